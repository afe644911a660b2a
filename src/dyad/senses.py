"""Senses: a coded verb used in another sense than the political act its pattern names.

News uses the words of force, aid and protest for other things: "the ads targeting Clinton", "released a
statement", "the campaign hit a record", "Hillary shot back", "Trump beat Cruz in Indiana", "attacked the
proposal". ``Senses.review`` looks at each coded event's verb in the parse and drops the event, or recodes it as
criticism (111) where force is only words, by five general readings:

- a thing as subject: an act of aid, release, protest, coercion or force whose own subject is a thing ("the ads
  targeting", "the bill would help"), not an actor, a weapon or an act, is no act of an actor;
- a thing as object: a verb whose coded act needs an actor as its object (senses.tsv, actor-object), used of a
  thing ("released an ad", "confronted questions");
- an idea as object: force used on words, ideas or records (senses.tsv, idea) is criticism of their owner
  ("attacked Obama's plan" is 111 against Obama);
- a phrasal verb in another sense ("shot back", "backed off", "fighting for working families");
- an election: unarmed actors (parties, legislators, candidates, the press ...) that "beat" or "defeat" one
  another in a sentence about a vote win at the polls (not an event); their "attacks" are criticism (111);
- a market: force by a company in a sentence about trade is competition, and a "rally" no one is named for is
  a rise in prices (neither is an event).
"""

from __future__ import annotations

from collections import defaultdict

from .actors import ActorIndex
from .arguments import INCLUDING, MEMBER_NOUNS, SPEAKING_FOR, Arguments, time_prep
from .document import Event
from .lexicon import Lexicon, data_path, read_tsv, word_list
from .moods import to_infinitive

# roots of material acts: aid, yielding and release, protest, force posture, coercion, assault, fighting, mass
# violence; their subject must be an actor (or the weapon or act that carries the act out)
MATERIAL_ROOTS = {"07", "08", "14", "15", "17", "18", "19", "20"}
FORCE_ROOTS = {"18", "19", "20"}
# roles that carry arms: force said of them is force
ARMED_ROLES = {"MIL", "REB", "INS", "COP", "SEP", "SPY", "UAF", "CRM", "RAD"}
# roles of civil and political life that carry no arms: their force is words, their defeats are at the polls
CIVIL_ROLES = {"PTY", "LEG", "ELI", "MED", "BUS", "EDU", "LAB", "NGO", "HLH", "HRI", "REL", "JUD", "ENV", "AGR"}
# roles whose rallies are campaigning: office holders, parties, candidates, former officials
CAMPAIGN_ROLES = {"GOV", "LEG", "PTY", "ELI"}
# roles that take no part in force: what they "attack" or "clash" with is words (companies are left to the market
# rules; not event_words.UNARMED_ROLES, the roles that hold protests and strikes)
WORDS_ONLY_ROLES = CIVIL_ROLES - {"BUS"}
# disapproval, rejection and threats: in the plural with no target a noun names a habit, not an act
VERBAL_CONFLICT_ROOTS = {"11", "12", "13"}
# a state as such ("" for a bare country code), its institutions, companies and the press: no protesters
INSTITUTION_ROLES = {"", "GOV", "LEG", "JUD", "BUS", "MED"}
# armies and armed groups, whose flight is a military retreat
RETREATING_ROLES = {"MIL", "REB", "INS", "SEP", "UAF"}
RETREAT = "0874"
# unarmed crowds and their organisations: the force verbs they are subjects of are protest (14x)
CROWD_ROLES = {"CVL", "EDU", "LAB", "OPP", "HLH", "HRI", "REL", "AGR", "REF"}
# force codes that, done by a crowd, are protest: fighting, blockade, occupation
CROWD_FORCE = {"190", "191", "192"}
OBSTRUCT, VIOLENT_PROTEST, STRIKE = "144", "145", "143"
PEACEKEEPING = "074"
SHOW_OF_FORCE = "150"
DEPLOYMENT = "154"
# a state's missiles launched at no one are a show of force (150), as the annotation guide codes missile launches
LAUNCH_VERBS = {"fire", "launch", "test", "test-fire"}
LAUNCHED = {"missile", "rocket"}
VISIT_CODES = {"042", "043"}
PHONE_CALL = "041"
# prepositions that lay a deed at an actor's door: "blamed the bombing on the rebels"
BLAME_PREPS = {"on", "upon", "against"}
GENERIC_DETS = {"any", "every"}
CLAIM = "015"
DEFEND = "052"
MODALS = {"may", "might", "could", "would", "should", "must", "will", "can", "shall"}
REFLEXIVES = {"himself", "herself", "itself", "themselves", "oneself", "myself", "ourselves", "yourself",
              "yourselves"}
# acts that need another as their object: done to oneself they are another sense (a suicide bombing, 18x, is not)
REFLEXIVE_OTHER_ROOTS = {"05", "07", "08", "14", "15", "17", "19", "20"}
WH_WORDS = {"whether", "if", "who", "whom", "whose", "what", "which", "why", "how", "when", "where"}
QUOTE_MARKS = {'"', "”", "''", "'"}  # marks that close a quotation
# what forces can withdraw from: a named country, territory or place, or a noun for one ("left the country")
LAND_KINDS = {"country", "place", "capital", "territory", "seat"}
LAND_NOUNS = {"country", "territory", "region", "province", "city", "town", "area", "soil", "enclave", "zone"}
CRITICIZE = "111"
ARMED_NOUNS = word_list("armed-noun")  # "Taliban gunmen": a group's attackers, armed whatever the group's code
# people acting privately: their border crossings are migration and their money sent home is no aid
PRIVATE_ROLES = {"CVL", "REF"}
# pronouns that name things: "executed this flawlessly" (a plan), "released it"
THING_PRONOUNS = {"it", "this", "that"}


def _role(code: str | None) -> str:
    return (code or "")[3:6]


def _armed(ev: Event) -> bool:
    """The source may carry arms: an armed role, a whole state (a bare country code) or an organisation of states."""
    code = ev.source.code or ""
    return _role(code) in ARMED_ROLES or len(code) == 3 or code.startswith("IGO")


def _state(ev: Event) -> bool:
    """The source is a state: a bare country code or its government."""
    code = ev.source.code or ""
    return len(code) == 3 or _role(code) == "GOV"


def _abroad(ev: Event) -> bool:
    """The target is an organisation of states, outside any race at home: "Greek Cypriot voters rejected a UN plan"
    is a rejection, no vote cast for or against a candidate. (Voters' own country is too often only guessed from
    the story to tell a foreign state's plan from a candidate's.)"""
    return ((ev.target.code if ev.target else None) or "").startswith("IGO")


def _of_objects(tok) -> list:
    """The objects of the token's own of-phrases: "documents" in "the release of documents"."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def doubled(noun) -> bool:
    """A noun in an adverbial of manner made of it twice: "face to face", "side by side"."""
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ == noun.lower_ for o in p.children)
               for p in (*noun.children, *noun.head.children))


class Senses:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.args = Arguments(lexicon)
        words: dict[str, set[str]] = defaultdict(set)
        for _, r in read_tsv(data_path("senses.tsv")):
            words[r["kind"]].add(" ".join(r["word"].lower().split()))
        self.actor_object = words["actor-object"]
        self.phrasal = {tuple(w.split()) for w in words["phrasal"]}
        self.particle = {tuple(w.split()) for w in words["particle"]}
        self.ideas = words["idea"]
        self.contest = words["contest"]
        self.verbal = words["verbal"]
        self.contest_words = words["contest-word"]
        self.offerable = words["offerable"]
        self.rally = words["rally"]
        self.campaign_march = words["campaign-march"]
        self.campaign_mods = words["campaign-mod"]
        self.rally_speech = words["rally-speech"]
        self.object_other: dict[str, set[str]] = {}
        for w in words["object-other"]:  # rows for one verb add up
            self.object_other.setdefault(w.split()[0], set()).update(w.split(maxsplit=1)[1].split("|"))
        self.that_clause = words["that-clause"]
        self.mandative = words["mandative"]
        self.ditransitive = words["ditransitive"]
        self.followers = words["follower"]
        self.poll_words = words["poll-word"]
        self.verb_complement = words["verb-complement"]
        self.transitive = words["transitive"]
        self.voted_texts = words["voted-text"]
        self.intransitive = words["intransitive"]
        self.refusing = words["refusing"]
        self.stance_adj = words["stance-adj"]
        self.to_actor = words["to-actor"]
        self.migration = words["migration"]
        self.bidding = words["bidding"]
        self.owning = words["owning"]
        self.retreat = words["retreat"]
        self.quality = words["quality"]
        self.plural = words["plural"]
        self.question = words["question"]
        self.topic = words["topic"]
        self.view = words["view"]
        self.deem = words["deem"]
        self.doubt = words["doubt"]
        self.business = words["business"]
        # the last word of every name in the persons file: "Trump rallies" are a person's
        self.surnames = {n.split()[-1].lower() for r in lexicon.persons
                         for n in [r.get("name") or "", *(r.get("aliases") or "").split("|")] if n.strip()}
        self.armed_only = words["armed"]
        self.crowd_block = words["crowd-block"]
        self.sport_words = words["sport-word"]
        self.market_words = words["market-word"]
        self.anonymous = words["anonymous"]
        self.goods = words["goods"]
        self.economic = words["economic"]
        self.deploy_places = words["deploy-place"]
        self.walkout = words["walkout"]
        self.protection = words["protection"]
        self.press_inquiry = words["press-inquiry"]
        self.claimable = words["claimable"]
        self.to_phrase = words["to-phrase"]

    def review(self, events: list[Event], by_idx, index: ActorIndex, match, recode) -> list[Event]:
        """The events whose verb is used in the sense the code names; force that is only words recoded as 111
        (``recode(event, code)``). ``match(token)`` gives the verb pattern a token's dependents satisfy; ``by_idx``
        is the parse's tokens by start offset."""
        out = []
        for ev in events:
            tok = by_idx.get(ev.verb.start)
            if tok is None:
                out.append(ev)
                continue
            # nominal events ("the attack on Kharkiv") name their act themselves, but for the attacks of a campaign
            if tok.pos_ == "NOUN":
                # "at its annual winter meeting": a body's own meeting, with no one else, is no contact
                verdict = "drop" if self._place_modifier_source(ev, tok) or self._quality(tok) or (
                    ev.code[:2] == "04" and ev.target is None) or self._danger(ev, tok) or self._economic(tok) or (
                    tok.lemma_.lower() in self.plural and tok.tag_ == "NN") \
                    or self._personal_rally(ev, tok) else self._politics(ev, tok)
            else:
                verdict = self.reading(ev, tok, index, match)
            if verdict == "drop":
                continue
            if verdict == "verbal":
                recode(ev, CRITICIZE)  # the target stays: the object's owner ("Obama's plan") or the actor attacked
            elif verdict in (OBSTRUCT, VIOLENT_PROTEST, STRIKE, PEACEKEEPING, SHOW_OF_FORCE, DEPLOYMENT):
                recode(ev, verdict)
            out.append(ev)
        return out

    @staticmethod
    def _to_thing(v, index: ActorIndex) -> bool:
        """The verb's to-phrase names a thing, not an actor, and nothing asked follows (no infinitive, no clause,
        no for-phrase): "appealed to a sense of grievance", not "appealed to the court" or "appealed to the
        public for calm"."""
        tos = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
               if o.dep_ == "pobj"]
        if not tos or any(o.pos_ == "PROPN" or index.at(o.i) is not None or o.pos_ == "PRON" for o in tos):
            return False
        return not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and to_infinitive(c)
                       or c.dep_ == "prep" and c.lower_ == "for" for c in v.children)

    @staticmethod
    def _stance_complement(v, index: ActorIndex) -> bool:
        """An adjective of readiness or confidence with what it is about: an infinitive, a clause, or a phrase
        naming an act or a matter ("ready to hold talks", "confident that the row will end", "ready for talks");
        a phrase naming only an actor or a place ("get ready for Nevada") tells none."""
        for c in v.children:
            if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and to_infinitive(c):
                return True
            if c.dep_ == "prep":
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if any(o.pos_ != "PROPN" and index.at(o.i) is None for o in objs):
                    return True
        return False

    def reading(self, ev: Event, v, index: ActorIndex, match) -> str | None:
        """"drop" (another sense), "verbal" (force that is only words) or None (the coded sense)."""
        lemma = v.lemma_.lower()
        root = ev.code[:2]
        if self._participle_modifier(v):
            return "drop"  # "leads by 271 pledged delegates": a participle before its noun describes it
        if ev.code == "042" and _role(ev.source.code) in ("CVL", "REF"):
            return "drop"  # "refugees arriving in Macedonia", "pilgrims travelling to a monastery": people on the move
            # pay no visit (crowds that welcome a leader still host one, 043)
        # ("pressed on Monday for talks": a preposition of time says when, no particle)
        particles = {c.lower_ for c in v.children if c.dep_ in ("prt", "prep", "advmod") and not time_prep(c)}
        # ("pleaded guilty": the parser makes the adjective a complement, a particle in all but name)
        phrasal = particles | {c.lower_ for c in v.children if c.dep_ in ("acomp", "oprd")}
        if any(lemma == p[0] and p[1] in phrasal for p in self.phrasal) and not (
                root in FORCE_ROOTS and _armed(ev)):
            return "drop"  # "Hillary shot back"; an army that hits back retaliates
        bare = {c.lower_ for c in v.children if c.dep_ in ("prt", "advmod") or c.dep_ == "prep" and not any(
            k.dep_ == "pobj" for k in c.children)}
        if any(lemma == p[0] and p[1] in bare for p in self.particle) and not (
                root in FORCE_ROOTS and _armed(ev) or ev.code.startswith("171") and _state(ev)):
            # "vied to take over its rival", "took over as chairman"; rebels that take over a town, and a
            # government that takes over a foreign company's plant, seize it
            return "drop"
        objects = self._objects(v)
        pat = match(v)
        generic = pat is None or pat.noun is None
        # aid asked for ("asked India for helicopters to help earthquake survivors") names its own beneficiaries
        asked = ev.modality == "requested"
        # ("returned to the negotiating table": a pattern that names its noun is its own sense)
        if lemma in self.to_phrase and generic and not any(
                c.dep_ in ("prep", "dative") and c.lower_ == "to" or c.dep_ in ("xcomp", "ccomp") and any(
                    k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
                for c in v.children):
            return "drop"  # "most murders were committed by people they knew": no commitment to anyone (a pattern
            # naming its noun, "committed genocide", is its own act)
        if lemma in self.transitive and generic and not any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
            return "drop"  # "returned home", "traders returning from market": a journey, not a handover
        if lemma in self.intransitive and generic and any(c.dep_ == "dobj" for c in v.children):
            return "drop"  # "will quit Afghanistan": a place or a thing left, not an office (rows name those)
        if ev.code == RETREAT and lemma in self.retreat and (
                _role(ev.source.code) not in RETREATING_ROLES or v.dep_ == "relcl"):
            return "drop"  # "robbers fled with the cash", "rebels who had fled across the border"
        if ev.code == RETREAT and _role(ev.source.code) == "BUS" and self._market(v):
            return "drop"  # "shares surrendered early gains", "exporters retreated": a market's fall, no retreat
        if lemma in self.refusing and not any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") or (
                c.dep_ == "advcl" and to_infinitive(c)) for c in v.children):
            return "drop"  # "Russia's gas exports declined": a fall, not a refusal ("declined to allow" refuses)
        if _role(ev.source.code) in PRIVATE_ROLES and (
                root == "04" and lemma in self.migration
                or root == "07" and ev.target is not None and ev.target.code == (ev.source.code or "")[:3]):
            # "migrants crossing into the United States" migrate, no visit paid; "money migrants send to Mexico"
            # is a family's remittance home, no aid from one party to another
            return "drop"
        if lemma in self.to_actor and generic and self._to_thing(v, index):
            return "drop"  # "trying to appeal to a sense of displacement": to attract, not to ask anyone
        if lemma in self.stance_adj and not self._stance_complement(v, index):
            return "drop"  # "will have little time to get ready for Nevada", "they are confident": no act intended
        if GENERIC_DETS & set((ev.source.text or "").lower().replace(",", " ").split()):
            return "drop"  # "any company that turns customers down", "every employer offers": no one in particular
        # ("pour into": forces that pour into a town mass there; a crowd that pours into the streets protests)
        armed_only = lemma in self.armed_only or root != "14" and any(
            f"{lemma} {p}" in self.armed_only for p in particles)
        if armed_only and (_role(ev.source.code) not in ARMED_ROLES or self._not_left_land(v, index)):
            return "drop"  # "the president left Iraq" travelled; "the last American troops left Iraq" withdrew
        if root == "14" and _role(ev.source.code) in ARMED_ROLES and any(
                f"{lemma} {p}" in self.armed_only for p in particles):
            return "drop"  # "police reinforcements poured into the square": forces massed, no protest
        if root in FORCE_ROOTS and _role(ev.source.code) == "CVL" and (ev.source.text or "").lower().split()[-1:] \
                and (ev.source.text or "").lower().split()[-1] in self.anonymous and not self._nationality_named(
                    ev.source, v):
            # "the men who attacked the journalists": unidentified attackers are not coded ("a Palestinian man"
            # is identified by his nationality)
            return "drop"
        if self._follower_source(ev, v, index):
            return "drop"  # "Sanders supporters threaten ...": the supporters act, not Sanders
        if self._place_modifier_source(ev, v):
            return "drop"  # "Richard Burr, a North Carolina Republican who embraced Trump": not North Carolina
        counted = [p for o in objects for p in _of_objects(o)]  # "invested a lot of time"
        if any(o.lemma_.lower() in self.object_other.get(lemma, ()) and not (
                index.at(o.i) is not None and index.at(o.i).code) for o in objects + counted) and not (
                ev.code.startswith("064") and ev.target is not None and ev.target.code
                and ev.target.code[:3] != (ev.source.code or "")[:3]) and not (
                pat is not None and pat.noun and all(" " in n for n in pat.noun)):
            # "signed the Dodd-Frank Act" ("released seven opposition figures": people); records handed to
            # another state's officials are information shared with it; a row that names its noun with a modifier
            # is its own sense ("struck an upbeat note", where "struck populist notes" is none)
            return "drop"
        if lemma in self.business and self._business(ev, v, index):
            return "drop"  # "hedge funds lent the company money", "the union invested in a coal mine"
        if root == "09" and lemma in self.doubt and generic and objects and all(
                self._thing(o, index) or self._doubted_act(o, index) for o in objects):
            # ("questioned the police investigation": an inquiry, a report or a verdict doubted is criticism of
            # whoever made it, not an inquiry of the doubter's own)
            return "verbal"  # "questioned Cruz's eligibility": doubt cast on a quality, criticism of its owner
        if ev.code == DEFEND and generic and self._own_thing_defended(v, index):
            return "drop"  # "defended his endorsement", "stood by his comments": one's own words, no other party
        if root in REFLEXIVE_OTHER_ROOTS and objects and all(o.lower_ in REFLEXIVES for o in objects):
            return "drop"  # "surround themselves with advisers", "cannot defend themselves": no act on another
        clauses = [c for c in v.children if c.dep_ == "ccomp"]
        if ev.code == CLAIM and generic and lemma in self.owning and not clauses:
            return "drop"  # "admitted 500 refugees": entry granted, no deed owned up to
        if ev.code == CLAIM and generic and not clauses and not any(
                c.dep_ in ("xcomp", "nsubjpass") or c.dep_ == "dobj" and c.pos_ != "ADJ" for c in v.children):
            return "drop"  # "his strategists acknowledged as much": nothing owned up to is named
        if ev.code == CLAIM and clauses and not any(self._own_deed(c, ev, index) for c in clauses):
            return "drop"  # "acknowledged that a rift does exist": a fact admitted, not a deed claimed
        if ev.code == CLAIM and generic and objects and all(
                o.pos_ == "NOUN" and index.at(o.i) is None and o.lemma_.lower() not in self.claimable
                and o.lemma_.lower() not in self.lex.event_nouns for o in objects):
            return "drop"  # "acknowledged the administration's efforts": credit given, no deed claimed
        if root == "09" and lemma in self.press_inquiry and _role(ev.source.code) == "MED":
            return "drop"  # "reporters questioned the press secretary": a reporter's question, not an inquiry
        if ev.code == CLAIM and generic and not clauses and not objects:
            return "drop"  # "as Sanders has sometimes acknowledged", "these supporters acknowledge, ...": an aside
        if lemma in self.deem and root != "11" and (any(
                # ("considered drug companies her enemies": the parser may read the object as a clause)
                c.dep_ == "oprd" and (objects or any(k.dep_ == "ccomp" and k.pos_ in ("NOUN", "PROPN")
                                                     for k in v.children))
                or c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be"
                # "voters who consider themselves liberal", "consider the feud a useful distraction": a verbless
                # clause (subject and predicate) is an opinion of its subject
                or c.dep_ in ("xcomp", "ccomp", "dobj") and c.pos_ in ("ADJ", "NOUN") and any(
                    k.dep_ == "nsubj" for k in c.children)
                # "considers his recommendation handled": a participle with no auxiliary or complementiser
                or c.dep_ in ("xcomp", "ccomp") and c.tag_ in ("VBN", "VBD") and any(
                    k.dep_ in ("nsubj", "nsubjpass") for k in c.children) and not any(
                    k.dep_ in ("aux", "auxpass", "mark") for k in c.children)
                # "considered the emails as classified", "regards the pact as dead": the object's label
                or objects and (c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
                    k.dep_ == "mark" and k.lower_ == "as" for k in c.children) and not any(
                    k.dep_ in ("nsubj", "nsubjpass") for k in c.children)) for c in v.children)
                or len([c for c in v.children if c.dep_ == "dobj" or v.dep_ == "relcl" and c.tag_ in ("WP", "WDT")
                        and (c.dep_ == "dep" or c.lower_ == "whom")]) > 1):  # "whom he considers a friend"
            # "a man whom most Americans consider to be a fringe extremist": an opinion of him ("called the move a
            # provocation", coded as criticism of the move's author, is the naming's act)
            return "drop"
        if lemma in self.view and clauses and (ev.target is None or any(
                ev.target.start is not None and c.left_edge.idx <= ev.target.start <= c.right_edge.idx
                for c in clauses)):
            # (or one whose only other party is named inside the view: "agrees that Trump is an opportunist")
            return "drop"  # "the GOP contenders agree that ...": a view shared, no accord with anyone
        if lemma in self.question and any(self._wh_clause(c) for c in clauses):
            return "drop"  # "asked who he was", "when asked whether he was encouraging ...": a question
        if lemma in self.question and self._quoted_question(v):
            return "drop"  # '"But why?" the reporter asked him': a question quoted, not a favour asked
        if lemma in self.that_clause and clauses:
            return "drop"  # "recognizes that the issue could get out of control"
        if root in ("03", "12", "13") and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in self.that_clause and any(k.dep_ == "ccomp" for k in c.children)
                for c in v.children):
            return "drop"  # "refused to concede that the race was lost": a point not granted, no act refused
        if lemma in self.bidding and not any(c.dep_ == "xcomp" and to_infinitive(c) for c in v.children):
            return "drop"  # "told Reuters", "told Putin that ...": speech; "told China to stop" is a demand
        # ("insisted in an interview that he was wrong": the parser may hang the that-clause on the adjunct's noun)
        told = clauses or [a for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                           for a in o.children if a.dep_ == "acl" and any(
                               k.dep_ == "mark" and k.lower_ == "that" for k in a.children)]
        if lemma in self.mandative and told and all(self._indicative(c) for c in told):
            return "drop"  # "insisted that he's still in the race"
        if ev.modality == "requested" and v.dep_ == "ccomp" and v.head.lemma_.lower() in self.mandative \
                and self._indicative(v):
            return "drop"  # "insist that they give no support": stated, not asked for
        if lemma in self.ditransitive and (len([c for c in v.children if c.dep_ == "dobj"]) > 1
                                           or any(c.dep_ == "dative" for c in v.children)):
            return "drop"  # "denied his party the victory"
        if root in FORCE_ROOTS and generic and lemma in self.verbal and not _armed(ev) and objects and all(
                self._thing(o, index) and o.lemma_.lower() in self.ideas for o in objects):
            return "verbal"  # "attacked the proposal", "targeted Clinton's record"
        if root in FORCE_ROOTS and lemma in self.verbal and not _armed(ev) and self._for_reason(v, index):
            return "verbal"  # "attacked Rubio for not answering the question", "slammed him for his remarks"
        if (root in MATERIAL_ROOTS or root == "13") and ev.source.kind != "implied" and self._thing_subject(v, index):
            # (a count of people the text implies, "thousands marched", is no thing)
            return "drop"  # "the ads targeting Clinton", "the bill would help farmers", "the plan threatens jobs"
        helping_asked = asked and lemma in self.verb_complement
        armed_force = root in FORCE_ROOTS and _armed(ev)  # "Israeli jets targeted a weapons depot": an attack
        # ("ordered the release of internal documents": a nominal act's of-phrase is its object)
        owned = objects or (_of_objects(v) if v.pos_ == "NOUN" else [])
        if lemma in self.actor_object and generic and owned and not helping_asked and not armed_force and all(
                (self._thing(o, index) or self._thing_pronoun(o, ev, index))
                and not (lemma == "offer" and o.lemma_.lower() in self.offerable) for o in owned) \
                and not self._target_beside(ev, v, owned):
            return "drop"  # "released a statement", "confronted profound questions"
        if ev.code.startswith("0841") and ev.target is None:
            # "ordered the release of internal documents": papers, not persons, set free
            acts = [v] if v.pos_ == "NOUN" else [o for o in v.children if o.dep_ == "dobj" and pat is not None
                                                  and pat.noun and o.lemma_.lower() in pat.noun]
            freed = [p for a in acts for p in _of_objects(a)]
            if freed and all(self._thing(p, index) for p in freed):
                return "drop"
        comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
        if lemma in self.verb_complement and generic and not asked and comps and not any(
                index.at(o.i) is not None or o.pos_ in ("PROPN", "PRON")
                for o in [*objects, *(k for c in comps for k in c.children if k.dep_ == "nsubj")]):
            return "drop"  # "helped save the hotel": the act helped along is coded, if at all, by its own verb
        if root == "14" and _role(ev.source.code) in CAMPAIGN_ROLES and any(
                o.lemma_.lower() in self.rally for o in objects):
            return "drop"  # "Sanders held a rally": campaigning
        if root in FORCE_ROOTS | {"17"} and (lemma in self.contest or lemma in self.verbal) and self._sport(v):
            return "drop"  # "Sri Lanka crushed Australia by nine wickets": a match won
        crowd = self._crowd_force(ev, v, objects)
        if crowd:
            return crowd
        if ev.code == "072" and lemma in ("send", "dispatch") and any(
                p.lemma_.lower() in self.deploy_places for c in v.children
                if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"):
            return DEPLOYMENT  # "sent warships to the coast of Abkhazia": deployed there, not given as aid
        if ev.code == "195" and ev.target is None and lemma in LAUNCH_VERBS and \
                _role(ev.source.code) in ("", "GOV", "MIL") and any(o.lemma_.lower() in LAUNCHED for o in objects):
            return SHOW_OF_FORCE  # "North Korea fired a long-range rocket": a state's launch at no one shows force
        if (root == "15" or ev.code in VISIT_CODES) and ev.modality != "requested" and ev.target is not None and any(
                self._protection_force(n) for n in v.children if n.dep_ in ("nsubj", "nsubjpass", "dobj")):
            return PEACEKEEPING  # "peacekeepers landed in East Timor", "will deploy peacekeepers to Haiti"
        if ev.code[:2] == "04" and lemma in self.topic and self._topic_actor(ev, v, index):
            return "drop"  # "discussed the differences between the policies of Clinton and Trump": the topic's actors
        verdict = self._politics(ev, v)
        sides = {_role(ev.source.code)} | ({_role(ev.target.code)} if ev.target is not None else set())
        if verdict is None and root in FORCE_ROOTS and lemma in self.verbal and sides & WORDS_ONLY_ROLES and \
                sides <= WORDS_ONLY_ROLES | {"GOV"} and not self._armed_words(ev, v):
            # "the senator attacked Clinton", "Clinton clashed with Johnson at the hearing": parties, lawmakers,
            # the press and the like bear no arms; force they use on an unarmed side is words
            return "verbal"
        return verdict

    def _armed_words(self, ev: Event, v) -> bool:
        """The source's own words name armed men ("Taliban gunmen", "government troops", "the regime's police"),
        whatever the role its code carries: their force is force."""
        nouns = set()
        for t in v.doc:
            if ev.source.start <= t.idx < ev.source.end:
                nouns.add(t)
                while t.dep_ in ("compound", "amod", "nmod", "poss") and t.head.i != t.i:
                    t = t.head  # "Taliban" in "Taliban gunmen": the noun the name qualifies
                    nouns.add(t)
        for t in nouns:
            lemma = t.lemma_.lower()
            if t.pos_ in ("NOUN", "PROPN") and (
                    lemma in ARMED_NOUNS or (self.lex.roles.get((lemma,)) or "")[:3] in ARMED_ROLES):
                return True
        return False

    def _protection_force(self, noun) -> bool:
        """A noun for a peacekeeping or protection force, or a contingent or battalion of one."""
        for n in (noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj")):
            if n.lemma_.lower() in self.protection or any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.protection for c in n.children):
                return True
        return False

    def _crowd_force(self, ev: Event, v, objects) -> str | None:
        """Force done by unarmed crowds, workers or opposition supporters is protest: a strike they launch is a
        strike (143), a building or road they surround, block or occupy is obstructed (144), and one they storm or
        overrun is violent protest (145). Weapons fired stay force."""
        if ev.code[:2] != "19" or _armed(ev) or _role(ev.source.code) not in CROWD_ROLES:
            return None
        if any(o.lemma_.lower() in self.walkout for o in objects):
            return STRIKE
        if ev.code not in CROWD_FORCE or v.lemma_.lower() in self.verbal and ev.code == "190":
            return None
        if any(o.lemma_.lower() in self.lex.arms or o.lemma_.lower() in self.lex.event_nouns for o in objects):
            return None  # "fired rockets", "carried out attacks": force
        return OBSTRUCT if v.lemma_.lower() in self.crowd_block else VIOLENT_PROTEST

    def _politics(self, ev: Event, v) -> str | None:
        """Acts of force, protest and visits that politics does in words and on the campaign trail: force by unarmed
        actors of civil and political life against unarmed ones, or by anyone unarmed in a sentence about a vote,
        is a win at the polls ("Trump beat Cruz in Indiana", not an event) or criticism ("Sanders attacked
        Clinton", "attacks from Bush"); a campaign rally is no protest; a visit to no one is no event, and a
        politician's visit at home is campaigning."""
        lemma = v.lemma_.lower()
        source, target = _role(ev.source.code), _role(ev.target.code if ev.target else None)
        if (ev.code[:2] in FORCE_ROOTS | {"01", "12"} and source == "BUS" or ev.code[:2] == "14"
                and ev.source.kind == "implied") and self._market(v):
            # "the carmaker launched an offensive in the van market", "shares rose after a rally", "investors
            # shrugged off fears of a downgrade", "investors fretted over rising US interest rates"
            return "drop"
        if ev.code[:2] in FORCE_ROOTS and ev.source.kind != "implied" and any(
                ev.source.start <= t.idx < ev.source.end and t.dep_ in ("amod", "compound", "nmod", "poss")
                and t.head.lower_ in self.goods and not ev.source.start <= t.head.idx < ev.source.end
                for t in v.sent):
            return "drop"  # "voters hardest hit by Chinese imports": where goods come from is no one using force
        if ev.code[:2] in FORCE_ROOTS and self._market_aim(v):
            return "drop"  # "launched an all-out assault on the smartphone market in India": competition
        if ev.code[:2] == "14" and not ev.code.startswith(("142", "143")) and (
                source in INSTITUTION_ROLES or ev.code.startswith("144") and source in CAMPAIGN_ROLES):
            # "Congress has continued to block his efforts", "justices who would block gun rights": a state, its
            # institutions, companies and the press do not take to the street; what they block is politics (a
            # hunger strike, "a jailed reporter went on hunger strike", is anyone's own act)
            return "drop"
        if ev.code[:2] == "14" and source in CAMPAIGN_ROLES and (lemma in self.rally or lemma in self.campaign_march):
            return "drop"  # "Sanders held a rally", "Clinton marched in the parade", "marching toward November"
        if ev.code[:2] == "14" and ev.source.kind == "implied" and lemma in self.rally and (
                self._election(v) or self._named_subject(v) or self._spoken_at(v)):
            # "Sanders insisted at an Indiana rally that ...", "said at a midday rally": a campaign's rally, or the
            # audience of whoever spoke there, no protesters
            return "drop"
        if ev.code == PHONE_CALL and ev.target is not None and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(
                    p.dep_ == "pobj" and p.left_edge.idx <= ev.target.start <= p.idx for p in c.children)
                for c in v.children):
            return "drop"  # "said, speaking by phone from Nice": where the speaker is, not whom a call joined
        if ev.code == PHONE_CALL and ev.target is None:
            return "drop"  # "held a conference call": a call with no one named is no contact between actors
        if ev.code[:2] == "04" and ev.target is None:
            return "drop"  # "the senator was discussing his tax plan": a consultation needs another party
        if ev.code == "020" and ev.target is None and ev.modality != "requested" and lemma in ("ask", "request") \
                and not any(c.dep_ in ("xcomp", "ccomp", "acl") for c in v.children):
            # "the lawyers requested another month": a thing asked of no one named ("called for calm" appeals)
            return "drop"
        if v.pos_ == "NOUN" and v.tag_ == "NNS" and ev.code[:2] in VERBAL_CONFLICT_ROOTS and ev.target is None:
            return "drop"  # "his attacks have reinforced stereotypes": a habit of words aimed at no one named
        if ev.code == "030" and ev.target is None and not any(
                c.dep_ in ("xcomp", "ccomp", "prep", "dobj") for c in v.children):
            return "drop"  # "Professor Smith agreed.": an opinion shared, no commitment to anyone
        if ev.code in VISIT_CODES and ev.target is not None and ev.target.code == (ev.source.code or "")[:3] \
                and len(ev.source.code or "") > 3:
            return "drop"  # "pilgrims travelling to a monastery south of Cairo": a journey at home, no visit
        if ev.code in VISIT_CODES and (ev.target is None or source in CAMPAIGN_ROLES - {"GOV"} and (
                ev.target.code or "")[:3] == (ev.source.code or "")[:3]):
            return "drop"
        if ev.code.startswith("051") and source in CAMPAIGN_ROLES and target == "CVL" and (
                ev.target.code or "")[:3] == (ev.source.code or "")[:3] and self._followers_named(ev.target.text):
            # "Kasich is thanking supporters at a rally", "praised the voters of New Hampshire": a campaign's thanks
            # to its own voters, no act between actors
            return "drop"
        if ev.code.startswith("023") and source in CAMPAIGN_ROLES - {"GOV"} and target in ("", "CVL", "PTY"):
            # "asking supporters to donate $3 to our campaign": a campaign raising money, not an appeal for aid
            return "drop"
        if ev.code[:2] == "07" and (target == "PTY" or target in CAMPAIGN_ROLES and not _state(ev)) and (
                not _armed(ev) or (ev.source.code or "")[:3] == (ev.target.code or "")[:3]):
            # "Trump gave money to Clinton", "an investor who gave money to Senator Rubio": campaign money, not aid
            return "drop"
        if (ev.code[:2] == "05" or ev.code in ("019", "014")) and source in ("CVL", "MIL") and self._poll(v):
            return "drop"  # "male troops backed Trump, 57 percent to 22 percent": an opinion poll
        if source == "CVL" and ev.source.kind not in ("person",) and not _abroad(ev) and (
                ev.code[:3] in ("051", "019") or ev.code[:2] in ("11", "12") and (
                    v.tag_ in ("VBP", "VBZ") or self._election(v)) and not self._voted_text(v)):
            # "voters who backed Sanders", "voters reject establishment Republicans", "rejected by an electorate"
            # in a sentence about the race: opinions held, votes cast
            return "drop"
        if ev.code[:2] not in FORCE_ROOTS | {"15", "17"} or _armed(ev):
            return None
        if source in CIVIL_ROLES and ev.code[:2] in ("15", "19", "20") and lemma not in self.verbal:
            # "won't repel supporters", "trying to recapture her momentum", "will mobilize his supporters":
            # parties, courts, the press and companies wage no war; their force is a figure of speech
            return "drop"
        civil = source in CIVIL_ROLES and target not in ARMED_ROLES
        if not civil and not self._election(v):
            return None
        if lemma in self.contest:
            return "drop"
        if lemma == "target" and target == "CVL":
            return "drop"  # "targeting voters in battleground states": campaigning
        if lemma in self.verbal:
            if v.pos_ == "NOUN" and v.tag_ == "NNS" and ev.target is None:
                return "drop"  # "his attacks have been aimed at her character": a habit of words, at no one named
            # "he fought really hard": a campaign's fight with no one named is no act
            return "verbal" if ev.target is not None or lemma in ("attack", "assail", "blast", "slam") else "drop"
        return None

    # ------------------------------------------------------------------ helpers

    def _own_thing_defended(self, v, index: ActorIndex) -> bool:
        """What is defended (the object, or the noun of "stand by") is a thing of the subject's own, named by a
        possessive pronoun: "defended his decision", "stood by her comments"."""
        things = [c for c in v.children if c.dep_ == "dobj"]
        things += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                   if p.dep_ == "pobj"]
        return bool(things) and all(
            t.pos_ == "NOUN" and index.at(t.i) is None
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children)
            and not any(c.dep_ == "appos" and index.at(c.i) is not None for c in t.children)  # "its ally Pakistan"
            for t in things)

    @staticmethod
    def _nationality_named(m, v) -> bool:
        """The actor's own words name its country by a modifier: "a Palestinian man", "Syrian men"."""
        span = v.doc.char_span(m.start, m.end, alignment_mode="expand") if m.text else None
        return span is not None and any(t.i < span.root.i and t.ent_type_ in ("NORP", "GPE") for t in span)

    def _followers_named(self, text: str | None) -> bool:
        """An actor's words name followers ("his supporters", "the voters of Iowa"), singular or plural."""
        words = (text or "").lower().replace(",", " ").split()
        return any(w in self.followers or w.endswith("s") and w[:-1] in self.followers for w in words)

    def _for_reason(self, v, index: ActorIndex) -> bool:
        """The verb has a "for" phrase that gives a reason: a gerund ("for not answering") or words or ideas ("for
        his remarks"), not a span of time or a purpose ("for hours", "for control of the town")."""
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"):
            for k in prep.children:
                if k.dep_ == "pcomp" and k.tag_ == "VBG":
                    return True
                if k.dep_ == "pobj" and self._thing(k, index) and k.lemma_.lower() in self.ideas:
                    return True
        return False

    @staticmethod
    def _not_left_land(v, index: ActorIndex) -> bool:
        """"Leaving 20 troops dead", "as he left a mosque": what is left is no country or territory."""
        if any(c.dep_ in ("oprd", "acomp") for c in v.children):
            return True
        for o in (c for c in v.children if c.dep_ == "dobj"):
            m = index.at(o.i)
            if not (m is not None and m.kind in LAND_KINDS or o.lemma_.lower() in LAND_NOUNS):
                return True
        return False

    def _follower_source(self, ev: Event, v, index: ActorIndex) -> bool:
        """The verb's subject (or agent) is a follower noun ("supporters", "criticized by his rivals") and the source is
        only its name modifier."""
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        subjects += [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        # "by some of his rivals", "many of Trump's critics": what the quantity counts
        subjects += [p for n in list(subjects) if index.at(n.i) is None for p in _of_objects(n)]
        for subj in subjects:
            own = index.at(subj.i)
            if subj.lemma_.lower() not in self.followers or (own is not None and own.head == subj.i and own.code):
                continue
            for m in (c for c in subj.children if c.dep_ in ("compound", "poss")):
                actor = index.at(m.i)
                if actor is not None and actor.code == ev.source.code:
                    return True
        return False

    @staticmethod
    def _place_modifier_source(ev: Event, v) -> bool:
        """The source is a place named only as a modifier of a noun that is no actor ("a North Carolina
        Republican", "a Rochester rally"), or a country named in another name ("USA TODAY"): the noun's referent
        acts, not the place."""
        if ev.source.kind not in ("place", "country"):
            return False
        heads = ("NOUN", "PROPN") if ev.source.kind == "place" else ("PROPN",)  # a country in a name: USA TODAY
        for t in v.sent:
            if t.idx <= ev.source.start < t.idx + len(t.text) or t.idx == ev.source.start:
                last = t
                while last.i + 1 < v.sent.end and last.idx + len(last.text) < ev.source.end:
                    last = v.doc[last.i + 1]
                return last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ in heads \
                    and not (last.head.idx <= ev.source.start < last.head.idx + len(last.head.text))
        return False

    @staticmethod
    def _indicative(clause) -> bool:
        """A finite clause in the indicative ("that he is", "that they had"), not a subjunctive or a modal one."""
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        if any(c.lower_ in ("should", "must", "shall") for c in verbs):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "can") for c in verbs[1:]):
            return True  # "insist that Sanders may yet win": a possibility stated, not a demand
        if len(verbs) == 1 and clause.tag_ == "VBP" and clause.lemma_.lower() not in ("be", "have", "do") and \
                clause.head.tag_ == "VBD":
            return False  # "insisted that the rebels free their hostages": a present under a past is subjunctive
        return any(t.tag_ in ("VBZ", "VBD", "VBP") or t.lower_ in ("'s", "'re", "are", "am", "is", "was", "were", "has",
                                                              "had", "will", "'ll", "would") for t in verbs)

    @staticmethod
    def _objects(v) -> list:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs and v.dep_ == "relcl" and v.head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in v.children):
            objs = [v.head]  # "the insults he'll level at her": the noun a relative qualifies is its object
        first = v
        while first.dep_ == "conj" and first.tag_ == "VBN" and first.head.i != first.i:
            first = first.head  # "the interview taped and released on Wednesday": the participles share the noun
        if not objs and first.dep_ == "acl" and first.tag_ == "VBN" and first.head.pos_ == "NOUN":
            objs = [first.head]  # "an executive order signed by the governor"
        if not objs:
            # "the ad is funded by a super PAC", "an ad that ... is funded by": the passive's subject is its object
            objs = [c for c in first.children if c.dep_ == "nsubjpass"]
            if objs and objs[0].tag_ in ("WDT", "WP") and first.dep_ == "relcl" and first.head.pos_ == "NOUN":
                objs = [first.head]
        return [o for d in objs for o in (d, *d.conjuncts)]

    @staticmethod
    def _target_beside(ev: Event, v, objects) -> bool:
        """The event's target is the object of a preposition on the verb or on its things as objects: "blamed the
        bombing on Chechen rebels" (not an actor named inside a clause on the thing, "ads targeting Obama", nor one
        the thing is of or done with: "a surge of Chinese imports", "hit the campaign trail with Clinton")."""
        if ev.target is None or ev.target.kind == "implied":
            return False
        return any(p.dep_ == "prep" and p.lower_ in BLAME_PREPS and p.head in (v, *objects) and k.dep_ == "pobj"
                   and k.left_edge.idx <= ev.target.start <= k.idx for p in v.subtree for k in p.children)

    def _thing(self, tok, index: ActorIndex) -> bool:
        """A common noun that names no actor ("thousands of protesters" counts actors, "20 countries, including the
        United States and Poland" lists them), weapon or act."""
        if tok.pos_ != "NOUN" or self._counts_actors(tok, index):
            return False
        if doubled(tok):
            return False  # "met face to face": how, not what
        lemma = tok.lemma_.lower()
        if lemma in self.lex.arms or lemma in self.lex.event_nouns:
            return False
        if lemma not in self.ideas and any(c.i in index.modifiers for c in tok.children
                                           if c.dep_ in ("amod", "compound")):
            return False  # "a Palestinian state": a polity its modifier names
        return not any(f"{m.lemma_.lower()} {lemma}" in self.lex.arms for m in tok.children if m.dep_ == "compound")

    def _doubted_act(self, tok, index: ActorIndex) -> bool:
        """A common noun of an act, one no actor names itself ("the inquiry", "the verdict", not "the protesters"):
        what a verb of doubt casts doubt on."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.event_nouns and index.at(tok.i) is None \
            and not self._counts_actors(tok, index)

    @staticmethod
    def _thing_pronoun(tok, ev: Event, index: ActorIndex) -> bool:
        """A pronoun for a thing ("released it", "executed this flawlessly") that names no actor, in an
        event with no target."""
        m = index.at(tok.i)  # a pronoun read as the source itself ("the Pentagon released them") names a thing
        return ev.target is None and tok.lower_ in THING_PRONOUNS and tok.tag_ not in ("WDT", "WP") and (
            m is None or m.code == ev.source.code)

    def _business(self, ev: Event, v, index: ActorIndex) -> bool:
        """A loan or an investment that is business: a company gives or gets it, or the money goes into a thing that
        no country owns ("invested in a coal mine", "lent his campaign money"), not to an actor."""
        if ev.code[:2] in ("15", "18", "19", "20"):
            return False  # "fired a missile at a tanker owned by a Greek company": force, whoever owns the target
        if "BUS" in (_role(ev.source.code), _role(ev.target.code if ev.target else None)):
            return True
        if ev.code[:2] not in ("06", "07"):
            return False  # "fired a rocket in defiance of a ban": force, with no money given
        takers = [c for c in v.children if c.dep_ == "dative"]
        takers += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")
                   for p in c.children if p.dep_ == "pobj"]
        return bool(takers) and all(self._thing(t, index) and not any(
            (index.at(c.i) is not None and len(index.at(c.i).code or "") == 3) for c in t.children
            if c.dep_ in ("poss", "compound", "amod", "nmod")) for t in takers)

    @staticmethod
    def _counts_actors(tok, index: ActorIndex, depth: int = 0) -> bool:
        """The noun is an actor, or counts or holds one through "of" ("tens of thousands of Egyptians")."""
        if index.at(tok.i) is not None:
            return True
        # ("countries, including France and Germany": the members it lists; "officers from the national police",
        # "officials representing Iran": whom they act for)
        # ("the head of the agency's mission": a part of a body an actor owns)
        member = tok.lemma_.lower() in MEMBER_NOUNS
        return depth < 3 and (any(Senses._counts_actors(p, index, depth + 1) or member and Senses._owned(p, index)
                                  for c in tok.children
                                  if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in INCLUDING
                                                           or member and c.lower_ == "from")
                                  for p in c.children if p.dep_ == "pobj") or any(
            Senses._counts_actors(o, index, depth + 1) for c in tok.children
            if c.dep_ == "acl" and c.lemma_.lower() in SPEAKING_FOR for o in c.children if o.dep_ == "dobj"))

    def _thing_subject(self, v, index: ActorIndex) -> bool:
        """The verb's own subject (or the noun a participle or a subject relative qualifies) is a thing."""
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj and v.dep_ == "acl" and v.tag_ == "VBG":
            subj = [v.head]  # "ads targeting Clinton"
        if not subj and v.dep_ == "relcl":
            return False
        if len(subj) == 1 and subj[0].dep_ == "nsubj" and subj[0].tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            subj = [v.head]  # "ads that target Clinton"
        # a thing an actor owns is its instrument ("Indian navy ships delivered", "the UN agency that provides"),
        # unless it is words or ideas ("Republican ads targeting Obama")
        return bool(subj) and all(self._thing(s, index) and (
            s.lemma_.lower() in self.ideas or not self._owned(s, index)) for s in subj)

    @staticmethod
    def _owned(tok, index: ActorIndex) -> bool:
        return any(index.at(c.i) is not None or c.i in index.modifiers for c in tok.children
                   if c.dep_ in ("compound", "amod", "poss", "nmod"))

    @staticmethod
    def _participle_modifier(v) -> bool:
        """A participle the parser reads as a verb whose object is the very next noun, with no subject or
        auxiliary of its own, after a determiner, a possessive or a count: "by 271 pledged delegates", "the
        elected officials", "his appointed aides" describe the noun, no act (a year, "in 2008 invaded", is a
        time, and the verb after it is one)."""
        doc = v.doc
        if v.tag_ not in ("VBD", "VBN") or v.i == 0 or v.i + 1 >= len(doc):
            return False
        before, after = doc[v.i - 1], doc[v.i + 1]
        if after.dep_ != "dobj" or after.head.i != v.i or after.pos_ != "NOUN":
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dative") for c in v.children):
            return False
        if before.tag_ in ("DT", "PRP$") and before.lower_ not in ("that", "which", "this"):
            return True
        return before.tag_ == "CD" and not (len(before.text) == 4 and before.text.isdigit())

    @staticmethod
    def _own_deed(clause, ev: Event, index: ActorIndex) -> bool:
        """A clause that tells a deed of the claimant: its subject a pronoun or an actor of the claimant's
        country, and its verb no modal ("acknowledged that its forces fired", not "that the party may have to", nor
        "acknowledged he won't be the nominee")."""
        if any(c.dep_ == "aux" and c.lower_ in MODALS | {"wo", "'ll"} for c in clause.children):
            return False
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.pos_ == "PRON":
                return True
            actor = index.at(subj.i) or next((index.at(c.i) for c in subj.children if c.dep_ == "poss"
                                              and index.at(c.i) is not None), None)
            if actor is not None and ev.target is not None and ev.target.start is not None \
                    and subj.left_edge.idx <= ev.target.start <= subj.right_edge.idx:
                continue  # "acknowledged that Trump had tapped into public anger": the clause tells the other's deed
            if actor is not None and (actor.code or "")[:3] == (ev.source.code or "")[:3]:
                return True
        return False

    def _topic_actor(self, ev: Event, v, index: ActorIndex) -> bool:
        """The event's target is named only inside a thing the verb takes as its object, the topic of a talk
        ("discussed the differences between the policies of Uganda and Tanzania"), not in a with-phrase ("discussed
        the dispute with Tanzania's president")."""
        if ev.target is None or ev.target.start is None:
            return False
        for o in v.children:
            if o.dep_ != "dobj" or not self._thing(o, index):
                continue
            if not o.left_edge.idx <= ev.target.start <= o.right_edge.idx:
                continue
            tok = next((t for t in o.subtree if t.idx == ev.target.start), None)
            path = []
            while tok is not None and tok.i != o.i:
                path.append(tok)
                tok = tok.head
            return not any(t.dep_ == "prep" and t.lower_ == "with" for t in path)
        return False

    @staticmethod
    def _quoted_question(v) -> bool:
        """A quotation ending in a question mark in the verb's sentence, with nothing asked for beside it (no
        infinitive, no "for" phrase): '"But why?" the reporter asked him', 'asked her: "Will you run?"'."""
        toks = [t for t in v.sent if not t.is_space]
        quoted = any(t.text == "?" and nxt.text in QUOTE_MARKS for t, nxt in zip(toks, toks[1:]))
        # (the parser may end a sentence at the quotation that opens it: look just before the speaker)
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < v.i:
            before = [t for t in v.doc[max(0, subject.left_edge.i - 3):subject.left_edge.i] if not t.is_space]
            quoted = quoted or len(before) >= 2 and before[-2].text == "?" and before[-1].text in QUOTE_MARKS
        asked_for = any(c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c) or c.dep_ == "prep" and c.lower_ == "for"
                        for c in v.children)
        return quoted and not asked_for

    @staticmethod
    def _wh_clause(clause) -> bool:
        """A clause opened by "whether", "if" or a wh-word: an indirect question."""
        first = clause.doc[clause.left_edge.i]
        return first.lower_ in WH_WORDS and first.i < clause.i

    def _quality(self, noun) -> bool:
        """A nominal act whose noun names a quality here (senses.tsv, quality): "his appeal to voters", "broaden
        his appeal" name an attraction; an appeal for something, to do something, or from someone asks."""
        if noun.lemma_.lower() not in self.quality:
            return False
        return not any(c.dep_ in ("prep", "agent") and c.lower_ in ("for", "from", "by") or
                       c.dep_ in ("acl", "relcl") and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
                       for c in noun.children)

    def _economic(self, noun) -> bool:
        """A demand or a boycott of goods ("weaker demand from Germany", "consumer demand"): the economy's, no act."""
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.economic for c in noun.children)

    @staticmethod
    def _danger(ev: Event, noun) -> bool:
        """A threat noun against no one that names no act threatened ("citing threats from militants", "the threat
        posed by the group"): a danger, not a threat made ("threats to scrap the exercises" is one)."""
        return ev.code[:2] == "13" and ev.target is None and not any(
            c.dep_ in ("acl", "relcl") and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
            or c.dep_ == "prep" and c.lower_ in ("of", "to", "against") for c in noun.children)

    def _personal_rally(self, ev: Event, noun) -> bool:
        """"interviewed at Trump rallies": a rally named for a person is that person's campaign, no protest."""
        surnames = self.surnames
        return ev.code[:2] == "14" and ev.source.kind == "implied" and any(
            c.dep_ in ("compound", "poss") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and c.lower_ in surnames)
            for c in noun.children)

    @staticmethod
    def _named_subject(noun) -> bool:
        """The clause a noun stands in ("at an Indiana rally") has a named person or a pronoun as its subject."""
        head = noun.head
        while (head.dep_ in ("prep", "pobj") or head.dep_ in ("attr", "dobj") and head.pos_ == "NOUN") \
                and head.head.i != head.i:
            head = head.head  # "said Obama was the founder of ISIS at a Florida rally": the clause of "was"
        if not any(c.dep_ == "nsubj" for c in head.children):
            if head.dep_ in ("acl", "advcl") and head.head.pos_ in ("PROPN", "PRON"):
                return True  # "Trump, speaking at a rally in Ohio, said ..."
            if head.dep_ in ("advcl", "xcomp", "conj", "pcomp") and head.head.i != head.i:
                head = head.head  # "he riffed rather than reading at rallies", "began speaking at a rally"
        return any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") for c in head.children)

    def _spoken_at(self, noun) -> bool:
        """The noun is the scene of a speech: the verb its phrase hangs on is one of speaking ("said at a rally",
        "speaking at a rally"), or the participle is that of a noun of what is said or who says it ("a comment made
        at a rally")."""
        # (the phrase may hang on the speaker: "a comment made by a speaker at a rally")
        words = [noun.head]
        while words[-1].dep_ in ("prep", "pobj", "agent") and words[-1].head.i != words[-1].i:
            words.append(words[-1].head)
        if words[-1].dep_ == "acl":
            words.append(words[-1].head)
        return any(w.pos_ in ("VERB", "NOUN") and w.lemma_.lower() in self.rally_speech for w in words)

    def _sport(self, v) -> bool:
        sent = " " + " ".join(t.lower_ for t in v.sent) + " "
        return any(f" {w} " in sent for w in self.sport_words)

    def _market(self, v) -> bool:
        """The sentence is about trade: markets, prices, shares, sales (senses.tsv, market-word), named outside a
        nominal act's own phrase ("a rally against fuel prices" is a protest)."""
        own = {t.i for t in v.subtree} if v.pos_ == "NOUN" else set()
        return any(t.lower_ in self.market_words and t.i not in own for t in v.sent)

    def _voted_text(self, v) -> bool:
        """A plan, a deal or a constitution put to the vote and rejected ("Greek Cypriot voters rejected a UN plan
        in a referendum"): the electorate's act on its authors, not an opinion of a candidate."""
        return v.tag_ == "VBD" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.voted_texts for c in v.children)

    def _market_aim(self, v) -> bool:
        """Force aimed at a market in a sentence about trade ("launched an all-out assault on the smartphone market,
        slashing prices"): the object of "on", "against" or "in" on the verb or on its object is a market word, and
        another market word is named besides (a bomb attack on a market in Kabul is force)."""
        heads = [v] + [c for c in v.children if c.dep_ == "dobj"]
        aims = {p.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "in")
                for p in c.children if p.dep_ == "pobj" and p.lower_ in self.market_words}
        return bool(aims) and any(t.lower_ in self.market_words and t.i not in aims for t in v.sent)

    def _poll(self, v) -> bool:
        return any(t.lower_ in self.poll_words for t in v.sent)

    def _election(self, v) -> bool:
        sent = " " + " ".join(t.lower_ for t in v.sent) + " "
        return any(f" {w} " in sent for w in self.contest_words)
