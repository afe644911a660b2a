"""The actors stage's token-level mentions, which the events and quotes stages read from
``sdoc.user_data["dyad.actors"]``: one ``ActorMention`` per actor phrase, pronoun or surname, and the ``ActorIndex``
that finds them by token."""

from __future__ import annotations

from dataclasses import dataclass, field

# the roles of a state's armed forces: a force of one of them named by the organizations table is not its army
ARMED_STATE_ROLES = frozenset({"MIL"})


@dataclass(slots=True)
class ActorMention:
    """An actor in the parse: token span [start, end), its syntactic head, and its code."""

    start: int
    end: int
    head: int
    code: str | None
    name: str
    kind: str
    territory: str | None = None
    person: str | None = None  # the fullest name, for persons and pronouns resolved to them
    gender: str | None = None
    antecedent: ActorMention | None = None
    role: str | None = None
    country: str | None = None
    # the same phrase's other actors where its modifiers are conjoined ("French and British aircraft")
    also: list[ActorMention] = field(default_factory=list)
    # a role phrase whose modifier names a place or group dyad cannot code: its country is not guessed
    unplaced: bool = False
    # a group active in many countries, by its name or its members' ("Islamic State", "Islamic State fighters"):
    # its country is that of the places its text names, never the document's alone
    transnational: bool = False

    def tokens(self) -> range:
        return range(self.start, self.end)

    def state_code(self) -> str:
        """The code as a state's actor: empty for a group coded by its role alone (a bare "INS" is of no state)."""
        return self.code or "" if self.code != self.role else ""

    def refer(self, start: int, end: int, head: int, kind: str) -> ActorMention:
        """A later mention of this actor (a surname, a pronoun): its codes and names, with this as antecedent."""
        return ActorMention(start, end, head, self.code, self.name, kind, self.territory, self.person, self.gender,
                            antecedent=self, role=self.role, country=self.country)


@dataclass(slots=True)
class ActorIndex:
    """What the events and quotes stages read: mentions by token."""

    mentions: list[ActorMention] = field(default_factory=list)
    by_token: dict[int, ActorMention] = field(default_factory=dict)
    # adjectives and names that modify a noun which is not itself an actor ("Ukrainian positions")
    modifiers: dict[int, ActorMention] = field(default_factory=dict)

    def add(self, m: ActorMention) -> None:
        """Record a mention; a token already covered keeps the mention headed by it, else the shorter one."""
        self.mentions.append(m)
        for i in m.tokens():
            cur = self.by_token.get(i)
            if cur is None or (cur.head != i and (m.head == i or (m.end - m.start) < (cur.end - cur.start))):
                self.by_token[i] = m

    def at(self, i: int) -> ActorMention | None:
        return self.by_token.get(i)


def two_people(a: ActorMention, b: ActorMention) -> bool:
    """Two named actors of one code that are not one actor, at least one of them a person: rival candidates of
    the same party ("Bush attacked Trump"), a party and its nominee ("Republicans criticized Trump"); or a named
    armed force that the organizations table codes as its state's military (a paramilitary: "the Rapid Support
    Forces") and another of that code, the army named by its role or another force by its name. Their act is a
    dyad, unlike a state acting on its own name or a role that may be the person named."""

    def who(m: ActorMention) -> str | None:
        if m.kind == "pronoun":
            return m.person
        return (m.person or m.name) if m.kind in ("person", "org") else None

    wa, wb = who(a), who(b)
    kinds = {a.kind, b.kind}
    if "pronoun" in kinds and "org" in kinds:
        return False  # "the GOP candidate ... his plan": a party named as a modifier and a pronoun of its man
    if "org" in kinds and kinds <= {"org", "role"} and (a.code or "")[3:6] in ARMED_STATE_ROLES and wa != wb:
        return True  # "the RSF attacked army positions": a named armed force of the state and its army are two sides
    return bool(wa and wb and wa != wb and kinds & {"person", "pronoun"})
