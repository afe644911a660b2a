"""Resolving references to actors named before: he/she to the last person of matching gender (or a role naming
one person, "the president"), it/they to the last actor that was a subject, "the group" and "the party" to the
last armed group or party, "the two leaders" and "both sides" to the last two parties, and counterparts to the
role of the one they are the counterpart of."""

from __future__ import annotations

from .actor_index import ActorIndex, ActorMention
from .actor_words import (
    BLOC_NOUNS,
    GROUP_NOUNS,
    GROUP_SIZES,
    MEETING_VERBS,
    PAIR_NOUNS,
    PRONOUNS,
    RECENT_SENTENCES,
    THING_PRONOUNS,
    TITLE_GENDER,
    _counted,
)
from .lexicon import data_path, read_tsv, word_list

# nouns for organisations that "the groups" can stand for, besides the armed ones ("aid agencies", "charities")
ORG_NOUNS = word_list("org-noun")
# verbs that report what another did: the subject of their clause stays the last one named
REPORTING = word_list("reporting")
# the person pronouns in the object case
OBJECT_CASE = ("him", "her")
# nouns for one private person, who names no actor, with the gender the noun tells
PRIVATE_PERSONS = {**dict.fromkeys(word_list("private-person")), **dict.fromkeys(word_list("private-man"), "m"),
                   **dict.fromkeys(word_list("private-woman"), "f")}


class ActorReferences:
    """Reference resolution (mixed into ``dyad.actors.Actors``)."""

    def _pronouns(self, sdoc, index: ActorIndex) -> None:
        """he/she/his/her -> the last person mentioned before, of the same gender where known (one of that gender
        named in the last three sentences over any of unknown gender named since); subjects first; a possessive in
        a phrase fronted before its clause's subject names that subject."""
        persons = sorted((m for m in index.mentions if m.kind == "person" or self._one_person(sdoc, m)),
                         key=lambda m: m.start)
        if not persons:
            return
        def gender(m, until: int) -> str | None:
            """The person's gender, or that of a person of the same surname named before ("Hillary Clinton ...
            Clinton")."""
            if m.gender is not None or m.kind != "person":
                return m.gender
            if m.start > 0 and sdoc[m.start - 1].lower_.rstrip(".") in TITLE_GENDER:
                return TITLE_GENDER[sdoc[m.start - 1].lower_.rstrip(".")]  # "Mrs. Clinton"
            named = {g for end, g in gendered.get(surnames[id(m)], ()) if end <= until}
            return named.pop() if len(named) == 1 else None

        def surname(m) -> str:
            words = [t.lower_ for t in sdoc[m.start:m.end] if t.tag_ != "POS"]  # "Hillary Clinton's"
            return words[-1] if words else ""

        # each person's surname, and the persons of known gender by surname, worked out once per document
        surnames = {id(p): surname(p) for p in persons}
        gendered: dict[str, list[tuple[int, str]]] = {}
        for p in persons:
            if p.gender:
                gendered.setdefault(surnames[id(p)], []).append((p.end, p.gender))

        sent_no = {}
        for k, sent in enumerate(sdoc.sents):
            sent_no.update((i, k) for i in range(sent.start, sent.end))
        for tok in sdoc:
            g = PRONOUNS.get(tok.lower_)
            if g is None or tok.pos_ != "PRON":
                continue
            ahead = self._fronted_owner(sdoc, tok, index, g)
            if ahead is not None:
                index.add((ahead.antecedent or ahead).refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            before = [p for p in persons if p.end <= tok.i and (gender(p, tok.i) in (None, g))]
            if tok.dep_ == "poss" and tok.head.dep_ == "appos":
                # "Rahm Emanuel, his chief of staff": not the one the phrase is in apposition to
                before = [p for p in before if p.head != tok.head.head.i]
            compatible = before
            # a person of the pronoun's own gender named lately is its antecedent over persons of unknown gender
            # named since ("Clinton ... a spokesman, Nick Merrill ... He attacked her")
            if before and gender(before[-1], tok.i) is None and any(
                    gender(p, tok.i) == g and sent_no[tok.i] - sent_no[p.head] <= RECENT_SENTENCES for p in before):
                before = [p for p in before if gender(p, tok.i) == g]
            if not before:
                continue
            if tok.dep_ == "poss" and tok.head.dep_ == "conj":
                # "Chelsea Clinton and her husband": the person the owned one is conjoined to
                partner = [p for p in before if p.head == tok.head.head.i]
                if partner:
                    index.add((partner[-1].antecedent or partner[-1]).refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                    continue
            main = _previous_main_subject(sdoc, tok, index, before, g)
            if main is not None:
                index.add(main.refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            # the last person named before; within the pronoun's own sentence, a subject over other persons; a
            # subject pronoun opening its clause continues the last subject ("X received Y. She urged him ...")
            ante = before[-1]
            # "ordered him held", "wants her freed": a pronoun in the object case heading a bare complement is the
            # governing verb's object, and is resolved as one
            object_case = tok.dep_ == "nsubj" and tok.lower_ in OBJECT_CASE and tok.head.dep_ == "ccomp"
            as_object = tok.dep_ in ("dobj", "pobj", "dative") or object_case
            # "He told X that he wanted ...": the reported clause's subject is the teller
            gov = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and not object_case else None
            private = [c for c in gov.children if c.dep_ == "nsubj" and _private_person(c, g, index)] if gov else []
            if private:
                # "a grocery worker said he was voting for Sanders": the worker, as the role names him if it does
                worker = index.at(private[0].i)
                if worker is not None:
                    index.add(worker.refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            teller = [index.at(c.i) for c in gov.children if c.dep_ == "nsubj" and index.at(c.i)] if gov else []
            if teller and teller[0].kind in ("person", "pronoun") and (
                    teller[0].antecedent or teller[0]).gender in (None, g) \
                    and PRONOUNS.get(sdoc[teller[0].head].lower_) in (None, g):  # "He demanded that she resign"
                root = teller[0].antecedent or teller[0]
                index.add(root.refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            same = [p for p in before if p.start >= tok.sent.start]
            subj = [p for p in same if sdoc[p.head].dep_ in ("nsubj", "nsubjpass")]
            # "He visited Netanyahu, where he met reporters": a subject pronoun of this gender earlier in the
            # sentence stands for a subject too
            said = {(p.antecedent or p).start for p in before}
            subj = sorted(subj + [m for m in index.mentions if m.kind == "pronoun" and m.antecedent is not None
                                  and tok.sent.start <= m.head < tok.i and PRONOUNS.get(sdoc[m.head].lower_) == g
                                  and sdoc[m.head].dep_ in ("nsubj", "nsubjpass")
                                  and (m.antecedent.antecedent or m.antecedent).start in said],
                          key=lambda m: m.start)
            # "Jammeh congratulated him": an object pronoun is not its own clause's subject
            own = {(m.antecedent or m).start for c in _clause_subjects(tok)
                   for m in [index.at(c.i)] if m is not None} if as_object else set()
            subj = [p for p in subj if (p.antecedent or p).start not in own]
            if subj:
                ante = subj[-1]
            elif tok.dep_ in ("nsubj", "nsubjpass") and not object_case:
                # "He demanded that she resign": not the one a pronoun of the other gender governing it refers to
                gov = [index.at(c.i) for c in tok.head.head.children if c.dep_ == "nsubj" and index.at(c.i)] \
                    if tok.head.dep_ == "ccomp" else []
                taken = {(m.antecedent or m).start for m in gov if PRONOUNS.get(sdoc[m.head].lower_) not in (None, g)}
                cands = [p for p in before if (p.antecedent or p).start not in taken]
                sent_start = sdoc[ante.head].sent.start
                subjects = [p for p in cands if p.start >= sent_start and sdoc[p.head].dep_ in ("nsubj", "nsubjpass")]
                if subjects:
                    ante = subjects[-1]
                elif taken and cands:
                    ante = cands[-1]
            elif as_object:
                # "She urged him": not the clause's own subject
                others = [p for p in before if (p.antecedent or p).start not in own]
                # ("X and Y sent the referral to the U.S. attorney, asking him": one of unknown gender, when all of
                # the pronoun's gender are its clause's subjects)
                others = others or [p for p in compatible if (p.antecedent or p).start not in own]
                if not others:
                    continue  # "Jammeh congratulated him" with no one else named: not Jammeh
                ante = others[-1]
            if as_object and tok.lower_ in OBJECT_CASE:
                # "She threw a book at an agent, hitting him": a private person named between the antecedent and
                # an object pronoun, not its clause's subject, is the one it stands for
                subject_words = {k.i for c in _clause_subjects(tok) for k in c.subtree}
                if any(_private_person(t, g, index) for t in sdoc[max(ante.end, tok.sent.start):tok.i]
                       if t.i not in subject_words):
                    continue
            root = ante.antecedent or ante
            index.add(root.refer(tok.i, tok.i + 1, tok.i, "pronoun"))

    def _fronted_owner(self, sdoc, tok, index: ActorIndex, g: str):
        """A possessive pronoun in a phrase put before its clause's subject names that subject, when it is a person
        of the pronoun's gender: "In her statement on Monday, Clinton said ...", "After his visit, the president"."""
        if tok.dep_ != "poss":
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "Asked about his criticisms of Trump, Christie said ...": the main clause's subject
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i:
                m = index.at(c.i)
                if m is not None and (m.kind in ("person", "pronoun") or self._one_person(sdoc, m)) \
                        and (m.antecedent or m).gender in (None, g) \
                        and not any(t.i == tok.i for t in c.subtree):
                    return m
        return None

    def _the_group(self, sdoc, index: ActorIndex) -> None:
        """"The group later said it had carried out the attack": "the group", "the militia", "the movement" with no
        name of their own stand for the armed group named last."""
        armed = sorted((m for m in index.mentions if m.code and (m.code or "")[3:6] in ("INS", "REB", "SEP")),
                       key=lambda m: m.start)
        self._refer_to_last(sdoc, index, armed, lambda tok: tok.lemma_.lower() in GROUP_NOUNS and tok.tag_ == "NN",
                            lambda c: c.dep_ in ("amod", "compound", "poss"))
        # "Sudan expelled 13 foreign aid agencies ... accused the groups of spying": "the groups" with no name of
        # their own stand for the groups of any kind named last in the plural
        plural = sorted((m for m in index.mentions if m.code and m.kind in ("role", "org")
                         and sdoc[m.head].tag_ == "NNS" and sdoc[m.head].lemma_.lower() in GROUP_NOUNS | ORG_NOUNS),
                        key=lambda m: m.start)
        # ("accused the groups of passing information": a gerund the parser hung on the noun is no name)
        self._refer_to_last(sdoc, index, plural,
                            lambda tok: tok.lemma_.lower() in GROUP_NOUNS | ORG_NOUNS and tok.tag_ == "NNS",
                            lambda c: c.dep_ in ("amod", "compound", "poss", "nummod") or (
                                c.dep_ == "prep" and any(p.pos_ in ("NOUN", "PROPN") for p in c.children)))
        # "... arrested the leader of the main opposition party. The party demanded ...": "the party" with no name
        # of its own stands for the party named last; "met the European Council president. She asked the bloc for
        # help": "the bloc", "the alliance" for the international organisation named last
        parties = sorted((m for m in index.mentions if m.code and sdoc[m.head].lemma_.lower() == "party"),
                         key=lambda m: m.start)
        blocs = sorted((m for m in index.mentions if (m.code or "").startswith("IGO")), key=lambda m: m.start)
        # ("the bloc's foreign policy chief" is left to the role phrase)
        self._refer_to_last(sdoc, index, blocs,
                            lambda tok: tok.lower_ in BLOC_NOUNS and tok.tag_ == "NN" and tok.dep_ != "poss",
                            lambda c: c.dep_ in ("amod", "compound", "poss"))
        self._refer_to_last(sdoc, index, parties, lambda tok: tok.lower_ == "party" and tok.tag_ == "NN",
                            lambda c: c.dep_ in ("amod", "compound", "poss", "prep"))

    @staticmethod
    def _refer_to_last(sdoc, index: ActorIndex, named: list[ActorMention], noun, bars) -> None:
        """Each "the <noun>" (a token ``noun`` accepts) that is no mention yet and has no child ``bars`` rejects (a
        modifier, an owner: a name of its own) refers to the last of ``named`` (in text order) before it."""
        for tok in sdoc:
            if not noun(tok) or index.at(tok.i) is not None:
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or any(bars(c) for c in tok.children):
                continue
            before = [m for m in named if m.end <= det[0].i]
            if before:
                root = before[-1].antecedent or before[-1]
                index.add(root.refer(det[0].i, tok.i + 1, tok.i, "pronoun"))

    @staticmethod
    def _after_meeting(sdoc, tok) -> bool:
        """A "they" opening the sentence after one whose main verb is a meeting ("X met Y at the crossing. They
        agreed to resume negotiations"): the two who met."""
        sent = tok.sent
        if sent.start == 0 or tok.i - sent.start > 1:
            return False
        prev = sdoc[sent.start - 1].sent
        return prev.root.lemma_.lower() in MEETING_VERBS

    def _counterparts(self, sdoc, index: ActorIndex) -> None:
        """"Saudi intelligence officials warned their British counterparts": a counterpart holds the role of the
        one it is the counterpart of, the subject of its clause (intelligence to intelligence, army to army)."""
        for m in index.mentions:
            head = sdoc[m.head]
            if head.lemma_.lower() != "counterpart" or not m.code or len(m.code) != 6:
                continue
            verb = head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subjects = [index.at(c.i) for c in verb.children if c.dep_ == "nsubj" and index.at(c.i) is not None]
            role = (subjects[0].code or "")[3:6] if subjects else ""
            if role and role != m.code[3:6] and len(subjects[0].code or "") == 6:
                m.code, m.role = m.code[:3] + role, role
                m.name = self._display(m, None)

    def _pairs(self, sdoc, index: ActorIndex) -> None:
        """"The two leaders", "both sides", "the two countries", "the two": the last two parties named before, so that
        "The two leaders signed agreements" is an act of each towards the other."""
        for tok in sdoc:
            they = tok.lower_ == "they" and tok.dep_ == "nsubj" and self._after_meeting(sdoc, tok)
            # "The two discussed oil shipments": the number standing alone as the subject
            they = they or (tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
            if not they and (tok.lemma_.lower() not in PAIR_NOUNS or tok.tag_ not in ("NNS", "NNPS")):
                continue
            # ("the three countries" after three were named: each of them)
            count = [tok] if they else [c for c in tok.children if c.lower_ in GROUP_SIZES and c.i < tok.i]
            if not count:
                continue
            size = GROUP_SIZES.get(count[0].lower_, 2)
            parties: list[ActorMention] = self._named_group(sdoc, index, count[0].i, size) if size > 2 else []
            for m in sorted(index.mentions, key=lambda m: -m.start) if size == 2 else ():
                if m.end > count[0].i or not m.code or m.kind == "place":
                    continue
                root = m.antecedent if m.antecedent is not None and m.antecedent.code else m
                # "The presidents of Argentina and Chile met ...": one mention may name both parties, the later ones
                # in its "also" list (taken first, as the search runs backwards)
                for cand in [*reversed([a for a in root.also if a.code]), root]:
                    # "talks between the Indonesian government and Aceh rebels ... the two sides": parties of one
                    # country conjoined with each other are two sides too
                    if all(cand.code[:3] != p.code[:3] or cand.code != p.code and (
                            cand is not root or self._conjoined(sdoc, m, p)) for p in parties):
                        parties.append(cand)
                    if len(parties) == size:
                        break
                if len(parties) == size:
                    break
            if len(parties) < size:
                continue
            parties.reverse()  # in the order the text named them
            start = min(count[0].i, tok.i)
            index.mentions = [m for m in index.mentions if not (start <= m.head <= tok.i)]
            for i in range(start, tok.i + 1):
                index.by_token.pop(i, None)
            pair = parties[0].refer(start, tok.i + 1, tok.i, "pronoun")
            pair.also.extend(p.refer(start, tok.i + 1, tok.i, "pronoun") for p in parties[1:])
            index.add(pair)

    @staticmethod
    def _named_group(sdoc, index: ActorIndex, before: int, size: int) -> list[ActorMention]:
        """The last list of ``size`` actors joined by "and" before token ``before`` ("Spain, Ireland and Norway ...
        the three countries"), last named first; empty if there is none."""
        for m in sorted(index.mentions, key=lambda m: -m.start):
            head = sdoc[m.head]
            if m.end > before or not m.code or m.kind == "place" or not head.conjuncts:
                continue
            group = [index.at(k.i) for k in sorted({head, *head.conjuncts}, key=lambda k: k.i)]
            codes = {g.code for g in group if g is not None and g.code}
            if len(group) == size and len(codes) == size and all(g is not None and g.end <= before for g in group):
                return group[::-1]
            return []  # the last list named is not of that many
        return []

    @staticmethod
    def _conjoined(sdoc, a: ActorMention, b: ActorMention) -> bool:
        """Two mentions joined by "and" (the parser may hang the first on the second: "between the Indonesian
        government and Aceh rebels")."""
        ha, hb = sdoc[a.head], sdoc[b.head]
        if any(c.i == hb.i for c in ha.conjuncts):
            return True
        return any(x.head.i == y.i and x.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in x.children)
                   for x, y in ((ha, hb), (hb, ha)))

    def _one_person(self, sdoc, m: ActorMention) -> bool:
        """A role mention that names one person ("Syria's interim president", "the king of Bahrain"), whom a later
        "he" or "she" can mean; its gender, where the noun tells it, is set on the mention. An office the
        organisations table names ("the UN secretary-general") is one person too."""
        if m.kind not in ("role", "org") or not (m.code or m.role):  # its country may come later from the context
            return False
        head = sdoc[m.head]
        if head.tag_ not in ("NN", "NNP") or head.lemma_.lower() not in self.person_nouns:
            return False
        if m.gender is None:
            m.gender = self.person_nouns[head.lemma_.lower()]
        return True

    def _allegiance(self, sdoc, index: ActorIndex) -> None:
        """"a suicide bomber linked to Islamic State", "a gunman loyal to al-Qaeda": an attacker tied to a named group
        is that group (the words are in ``data/allegiance.tsv``); a group tied to a person or a state is left as it
        is."""
        if not hasattr(self, "_ties"):
            rows = [r for _, r in read_tsv(data_path("allegiance.tsv"))]
            self._ties = {r["word"].lower() for r in rows if r["kind"] == "tie"}
            self._attackers = {r["word"].lower() for r in rows if r["kind"] == "noun"}
        for tok in sdoc:
            if tok.pos_ != "NOUN":
                continue
            cur = index.at(tok.i)
            if cur is not None and (cur.head != tok.i or cur.kind != "role"):
                continue
            if cur is None and tok.lemma_.lower() not in self._attackers:
                continue
            group = None
            for c in tok.children:
                if c.dep_ in ("acl", "amod", "relcl") and c.i > tok.i and (
                        c.lemma_.lower() in self._ties or c.lower_ in self._ties):
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                            for o in p.children:
                                g = index.at(o.i) if o.dep_ == "pobj" else None
                                if g is not None and g.kind == "org" and g.code and g.head == o.i:
                                    group = g
            if group is None:
                continue
            if cur is not None:
                cur.code, cur.role, cur.country, cur.name = group.code, group.role, group.country, group.name
                cur.unplaced = False
                continue
            start = tok.i
            while start > 0 and sdoc[start - 1].head.i == tok.i and sdoc[start - 1].dep_ in (
                    "det", "amod", "compound", "nummod"):
                start -= 1
            index.add(group.refer(start, tok.i + 1, tok.i, "role"))

    def _state_nouns(self, sdoc, index: ActorIndex) -> None:
        """"the kingdom", "the emirate", "the republic", "the island nation" -> the last state of that kind named
        before it ("Saudi Arabia deposited $3 billion ... The kingdom also agreed"); the kinds are in
        ``data/state_nouns.tsv``. A noun a name or "former" modifies ("the former Yugoslav republic"), or that an
        "of" phrase names ("the Republic of Congo"), is left alone."""
        if not hasattr(self, "_state_kinds"):
            kinds: dict[tuple[str, ...], set[str] | None] = {}
            for _, r in read_tsv(data_path("state_nouns.tsv")):
                codes = r["countries"].strip()
                kinds[tuple(r["noun"].lower().split())] = None if codes == "-" else set(codes.upper().split("|"))
            self._state_kinds = kinds
            self._monarchies = set().union(*(v for v in kinds.values() if v is not None))
        states = [m for m in index.mentions if m.kind in ("country", "capital", "seat") and m.code
                  and len(m.code) >= 3 and m.code[:3].isalpha() and m.code[:3] in self.country_name]
        states += [m for m in dict((id(v), v) for v in index.modifiers.values()).values()
                   if m.code and m.code[:3] in self.country_name]
        if not states:
            return
        for tok in sdoc:
            if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.i > 0 and sdoc[tok.i - 1].lower_ == "the"):
                continue
            lemma = tok.lemma_.lower()
            key = None
            prev = sdoc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.dep_ == "compound" and prev.head.i == tok.i \
                    and (prev.lower_, lemma) in self._state_kinds:
                key = (prev.lower_, lemma)
            elif (lemma,) in self._state_kinds:
                key = (lemma,)
            if key is None or index.at(tok.i) is not None:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            if any(c.lower_ in ("former", "ex", "other", "neighbouring", "neighboring", "fellow")
                   or (c.dep_ in ("amod", "compound", "nmod") and (c.i in index.modifiers or index.at(c.i)))
                   or (c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.lower_ != "gulf"
                       and c.i != c.sent.start)
                   or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
                continue
            allowed = self._state_kinds[key]
            cands = [m for m in states if m.end <= tok.i and (
                m.code[:3] in allowed if allowed is not None else m.code[:3] not in self._monarchies)]
            if not cands:
                continue
            ante = max(cands, key=lambda m: m.start)
            code = ante.code[:3]
            start = tok.i - (2 if key[0] != lemma else 1)
            start = max(start, 0)
            index.add(ActorMention(start=start, end=tok.i + 1, head=tok.i, code=code, name=self.country_name[code],
                                   kind="country", country=code))

    def _things(self, sdoc, index: ActorIndex) -> None:
        """it/its/they/their/them -> the last actor (not a person) that was a subject, in the pronoun's sentence or
        the one before: "Russia said it would ...", "Iran and its allies". An "it" that is the subject of "be" is
        left alone ("It is a big boost")."""
        subjects = sorted((m for m in index.mentions if m.kind not in ("person", "pronoun") and (m.code or m.role)
                           and not m.unplaced and _counted(sdoc[m.head]).dep_ in ("nsubj", "nsubjpass")),
                          key=lambda m: m.start)
        if not subjects:
            return
        for tok in sdoc:
            cur = index.at(tok.i)
            if tok.lower_ not in THING_PRONOUNS or tok.pos_ != "PRON" or cur is not None and not (
                    tok.dep_ == "poss" and cur.head != tok.i and cur.code is None and cur.kind == "role"):
                continue  # (a role phrase it opens, "its troops", takes its country from the pronoun's antecedent)
            if tok.lower_ == "it" and (tok.dep_ == "expl" or tok.head.lemma_ == "be" and not any(
                    c.dep_ == "acomp" and any(k.dep_ == "xcomp" or k.dep_ == "prep" and c.lemma_.lower() in
                                              self.lex.verbs for k in c.children) for c in tok.head.children)):
                continue  # "It is a big boost"; but "it was ready to cooperate", "it was open to talks" (an
                # adjective of the verb lexicon with its preposition) is the actor's stance
            other = self._reason_owner(sdoc, tok, index) or self._controller(tok, index)
            if other is not None:
                index.add((other.antecedent or other).refer(tok.i, tok.i + 1, tok.i, "pronoun"))
                continue
            window = sdoc[max(0, tok.sent.start - 1)].sent.start
            before = [m for m in subjects if window <= m.start and m.end <= tok.i]
            attackers = self._own_force_subject(tok)
            if attackers:
                before = [m for m in before if m.head not in attackers]
            if tok.lower_ in ("it", "its") and before and all(_plural_role(sdoc, m) for m in before):
                # "opposition parties urged the government to lift the curfew it imposed": "it" is no plural
                # group of people; a single body named as the object before it, in its sentence, is meant
                single = [m for m in index.mentions if m.kind in ("role", "org") and (m.code or m.role)
                          and not m.unplaced and tok.sent.start <= m.start and m.end <= tok.i
                          and not _plural_role(sdoc, m) and _counted(sdoc[m.head]).dep_ == "dobj"]
                before = single[-1:] or before
            if tok.lower_ == "them":
                # "accused two Lithuanian citizens of espionage. It said its officers had detained them": an object
                # "them" refers to the last plural actor before it, a subject or not (not its own clause's subject)
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                own = {k.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in c.subtree}
                if not own and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                    # "fired tear gas to disperse them", "urged the soldiers to surrender to them": an infinitive's
                    # own unstated subject is the one who would act (the object of a verb of asking, else the
                    # subject), which "them" is not
                    ctl = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
                    ctl = ctl or [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                    own = {k.i for c in ctl for k in c.subtree}
                # ("Iranian authorities said they had arrested them": nor whom its subject pronoun stands for)
                own |= {r.antecedent.head for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        for r in [index.at(c.i)] if r is not None and r.antecedent is not None}
                plural = [m for m in index.mentions if m.kind in ("role", "org") and (m.code or m.role)
                          and not m.unplaced and sdoc[m.head].tag_ in ("NNS", "NNPS") and window <= m.start
                          and m.end <= tok.i and m.head not in own]
                if plural:
                    before = [max(plural, key=lambda m: m.start)]
            if tok.lower_ == "they" and before and before[-1].kind in ("country", "capital") and not before[-1].also \
                    and not sdoc[before[-1].head].conjuncts:
                # "Russia deported 30 migrants after they were rounded up by police": a plural "they" after a
                # state named alone stands for the plural people named since, not for the state
                plural = [m for m in index.mentions if m.kind in ("role", "org") and (m.code or m.role)
                          and not m.unplaced and sdoc[m.head].tag_ in ("NNS", "NNPS")
                          and before[-1].end <= m.start and m.end <= tok.i]
                if plural:
                    before = [max(plural, key=lambda m: m.start)]
            if tok.lower_ in ("it", "its"):
                # "the state legislature passed the bill after the governor said he would sign it": "it" is no one
                # person's office, while another actor is named
                kept = [m for m in before if not self._one_person(sdoc, m)]
                since = kept[-1].end if kept else window  # (only offices named: a thing named anywhere since)
                before = kept or before
            if tok.lower_ == "it" and tok.dep_ in ("dobj", "pobj") and before and any(
                    t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass") and index.at(t.i) is None
                    and t.lemma_.lower() not in PRIVATE_PERSONS for t in sdoc[since:tok.i]):
                continue  # "Iran said the deal was fair and would abide by it": a thing named as a subject since
            if not before:
                continue
            ante = self._main_subject(sdoc, tok, before)
            ref = ante.refer(tok.i, tok.i + 1, tok.i, "pronoun")
            if tok.lower_ in ("they", "them", "their"):
                # "Israel and Jordan said they would cooperate", "the ministers of Kenya and Tanzania said they":
                # a plural pronoun refers to each of the conjoined subjects
                ref.also.extend(a.refer(tok.i, tok.i + 1, tok.i, "pronoun") for a in ante.also if a.code)
                head = sdoc[ante.head]
                owners = [head] + [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for p in c.children if p.dep_ == "pobj"]
                for k in (k for o in owners for k in o.conjuncts if k.i > o.i):
                    other = index.at(k.i)
                    if other is not None and other.code and other.code != ante.code and other.kind != "place":
                        ref.also.append(other.refer(tok.i, tok.i + 1, tok.i, "pronoun"))
            index.add(ref)

    @staticmethod
    def _controller(tok, index: ActorIndex) -> ActorMention | None:
        """"urged Russia to withdraw its troops", "urged Sudan's rival generals to lay down their arms": a possessive
        in an infinitive whose doer is the object of the verb over it stands for that object (the one asked, who is
        to act), not for the one who asks: the object of the pronoun's number, else the only one asked."""
        if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("dobj", "pobj", "prep"):
            verb = verb.head
        if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or verb.head.i == verb.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        asked = [(c, m) for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                 for m in [index.at(c.i)] if m is not None and (m.code or m.role)
                 and m.kind not in ("person", "pronoun", "place")]
        agreeing = [m for c, m in asked if (c.tag_ in ("NNS", "NNPS")) == (tok.lower_ == "their")]
        if agreeing:
            return agreeing[0]
        coded = [m for _, m in asked if m.code]
        return coded[0] if len(coded) == 1 else None

    def _own_force_subject(self, tok) -> set[int]:
        """"warplanes struck dozens of their sites", "troops shelled its positions": a possessive in the object of
        an act of force does not stand for the verb's own subject (no one strikes their own sites); the token
        indices of that subject and its conjuncts, or an empty set."""
        if tok.dep_ != "poss":
            return set()
        node = tok.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and node.dep_ in ("dobj", "pobj", "prep"):
            node = node.head
        if node.pos_ != "VERB" or not any(c.dep_ == "dobj" and tok.i in {k.i for k in c.subtree}
                                          for c in node.children):
            return set()
        pats = self.lex.verbs.get(node.lemma_.lower())
        if not pats or not all(p.code[:2] in ("18", "19", "20") for p in pats if not p.preps and not p.noun):
            return set()
        if not any(not p.preps and not p.noun for p in pats):
            return set()
        return {k.i for c in node.children if c.dep_ == "nsubj" for k in c.subtree}

    @staticmethod
    def _main_subject(sdoc, tok, before: list[ActorMention]) -> ActorMention:
        """The antecedent of a singular "it" or "its" opening a sentence: the last subject before it, unless that
        one is the subject of a clause the previous sentence's speaker demanded or asked for ("The opposition
        demanded that the council publish the results. Its leaders ..."): then the speaker, who the next sentence
        goes on about. A reported clause ("said the army had ...") keeps the last subject."""
        ante = before[-1]
        if tok.lower_ not in ("it", "its") or tok.i != tok.sent.start or sdoc[ante.head].sent.start == tok.sent.start:
            return ante
        verb = _counted(sdoc[ante.head]).head
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i or verb.head.dep_ != "ROOT" or \
                verb.head.lemma_.lower() in REPORTING:
            return ante
        main = [m for m in before if _counted(sdoc[m.head]).head.i == verb.head.i
                and _counted(sdoc[m.head]).dep_ == "nsubj"]
        return main[-1] if main else ante

    @staticmethod
    def _plural_pronouns(sdoc, index: ActorIndex) -> None:
        """"The government and the rebels said they were ready": a plural pronoun whose antecedent is the first of
        conjoined actors stands for each of them (run once the actors have their countries)."""
        for m in list(index.mentions):
            ante = m.antecedent
            if m.kind != "pronoun" or ante is None or m.also or sdoc[m.head].lower_ not in ("they", "their", "them"):
                continue
            for c in sdoc[ante.head].conjuncts:
                other = index.at(c.i)
                if other is not None and other is not ante and other.code and other.code != ante.code \
                        and other.kind not in ("person", "pronoun", "place"):
                    m.also.append(other.refer(m.start, m.end, m.head, "pronoun"))

    @staticmethod
    def _reason_owner(sdoc, tok, index: ActorIndex) -> ActorMention | None:
        """"Norway halted arms exports to Turkey because of its offensive", "severed ties with Israel over its
        offensive": a possessive in the reason phrase of an act done to another names that other, not the actor
        (who does not punish itself for its own deeds). The other is the act's object, or the object of a
        preposition on the verb or its object, of another country than the subject."""
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or tok.head.dep_ != "pobj" or any(
                c.lower_ == "own" for c in tok.head.children):
            return None  # "over its own security concerns" is the actor's
        prep = tok.head.head
        verb = prep.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "approve sanctions on Iran over its ...": the parser may hang the reason on the object
        if prep.lower_ not in ("over", "because", "for") or verb.pos_ != "VERB" or prep.head.i == prep.i:
            return None
        clause = verb
        # "are expected to approve sanctions on Iran over its ...": the subject of the verb the infinitive hangs on
        while clause.dep_ == "xcomp" and clause.head.i != clause.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = clause.head
        subjects = {(m.code or "")[:3] for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    for m in [index.at(c.i)] if m is not None}
        if not subjects:
            return None
        found = None
        for m in index.mentions:
            if not m.code or m.kind in ("person", "pronoun") or not verb.i < m.start or m.end > prep.i:
                continue
            node = sdoc[m.head]
            path = []
            while node.i != verb.i and node.head.i != node.i:
                path.append(node.dep_)
                node = node.head
            if node.i == verb.i and path and path[-1] in ("dobj", "prep") and m.code[:3] not in subjects:
                found = m
        return found


def _private_person(t, g: str, index: ActorIndex) -> bool:
    """A noun for one private person of gender ``g`` or of none the noun tells ("a grocery worker", "his father"),
    standing as a noun phrase of its own: no actor, or a role at most ("a worker" of labour), never a person's
    office."""
    if t.tag_ != "NN" or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "attr"):
        return False
    lemma = t.lemma_.lower()
    if lemma not in PRIVATE_PERSONS or PRIVATE_PERSONS[lemma] not in (None, g):
        return False
    m = index.at(t.i)
    return m is None or m.head == t.i and m.kind == "role"


def _previous_main_subject(sdoc, tok, index: ActorIndex, before: list, g: str):
    """A pronoun in the main subject of a sentence that names no person before it continues the subject of the
    sentence before, when that is a person of the pronoun's gender named by name, title or pronoun: "Limbaugh
    accused the Democrats. He said voters are unfamiliar with what Sanders is saying. He blames ..."; "Jay Carney,
    a former aide to Mr. Obama, is now at Amazon. He declined to comment"."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        clause = tok.head
    elif tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        clause = tok.head.head  # "Back in Washington, his staff churned out ..."
    else:
        return None
    sent = tok.sent
    if clause.i != sent.root.i or sent.start == 0:
        return None
    if any(m.start >= sent.start and m.end <= tok.i and m.kind in ("person", "pronoun") for m in index.mentions):
        return None
    last = sdoc[sent.start - 1].sent
    subjects = [c for c in last.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ in ("it", "they", "we", "i", "you"):
        return None
    m = index.at(subjects[0].i)
    if m is None or m.head != subjects[0].i:
        return None
    if m.kind == "pronoun" and PRONOUNS.get(subjects[0].lower_) != g:
        return None
    root = m.antecedent or m
    if not any((p.antecedent or p) is root or p is root for p in before):
        return None
    return root


def _clause_subjects(tok) -> list:
    """The subjects an object pronoun cannot stand for: its own clause's ("Jammeh congratulated him"), through a
    preposition ("agreed to work with him"), and the controller of an infinitive with none of its own ("Greece's
    prime minister promised to work with him")."""
    verb = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" else tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "dobj", "dative") \
            and verb.head.i != verb.i:
        verb = verb.head
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    # ("sent the referral to the attorney, asking him to ...": a participle's unstated subject is its clause's;
    # "met Modi and praised him": a verb conjoined to one with a subject shares it)
    while not out and (verb.dep_ in ("xcomp", "conj") or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
            and verb.head.i != verb.i:
        verb = verb.head
        out = [c for c in verb.children if c.dep_ == "nsubj"]
    # ("X and Y sent the referral, asking him": each of conjoined subjects)
    return out + [k for c in out for k in c.conjuncts]


def _plural_role(sdoc, m: ActorMention) -> bool:
    """A group of people named by a plural role noun ("opposition parties", "rebels"), which "it" cannot stand for."""
    return m.kind == "role" and sdoc[m.head].tag_ == "NNS"
