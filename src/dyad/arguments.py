"""Arguments of a coded act: who acts and on whom, read from the dependency parse and the actors stage's mentions.

``actors_of`` gives the actors a noun phrase names (itself, its conjuncts, what a quantity counts, the actor a
linking or event noun points to); ``sources`` the actors of a verb (subject, passive agent, controller of a
complement, the noun a relative clause or participle qualifies); ``targets`` the pattern's target slots in order,
then the first actor in the verb's own phrase.
"""

from __future__ import annotations

from dataclasses import replace

from .actor_words import DATELINE_DASHES, GIVING_VERBS, backs_at, leads_at
from .actors import ActorIndex, ActorMention
from .event_words import NAMING_VERBS, SPEECH_ROOTS
from .lexicon import Lexicon, VerbPattern, word_list
from .moods import mood_words, to_infinitive

SUBJECT_DEPS = ("nsubj",)
# verbs of intent the parser may read as a plural noun heading the sentence ("the party plans to stage a rally")
PLAN_VERBS = mood_words().get("plan-verb", frozenset())
QUANTITY_WORDS = {"thousand", "hundred", "dozen", "million", "score", "number", "group", "some", "many", "several",
                  "all", "most", "both", "each", "one", "two", "three", "four", "five", "scores", "handful", "dozens",
                  # collectives: "a team of UN investigators", "a contingent of Brazilian peacekeepers"
                  "team", "contingent", "battalion", "unit", "squad", "column", "band", "batch", "wave", "convoy",
                  "brigade", "company", "platoon", "detachment", "fleet", "flotilla", "crowd", "mob", "party",
                  # parts: "a dissident faction of the rebels", "the armed wing of the movement"
                  "faction", "wing",
                  # members: "members of a drug cartel", "members of the ruling party"
                  "member"}
# nouns that are not actors but point to one through a preposition: "its border with Ukraine", "a request by
# Greece", "the city of Kherson"
LINKING_NOUNS = {
    **{n: ("with",) for n in ("border", "frontier", "boundary", "relation", "relationship", "tie")},
    **{n: ("by", "from") for n in ("request", "offer", "proposal", "demand", "call", "plea", "appeal", "plan", "bid",
                                   "invitation", "ultimatum", "initiative")},
    **{n: ("of",) for n in ("city", "town", "village", "region", "province", "district", "capital", "peninsula",
                            "island", "port", "outskirts", "suburbs", "area", "enclave")},
}
# prepositions by which a generic plural lists some of its members: "countries, including France and Germany"
INCLUDING = {"including", "like"}
# dependents of a verb that never hold its target
FALLBACK_SKIP = {"nsubj", "nsubjpass", "csubj", "advcl", "conj", "cc", "punct", "parataxis", "mark", "aux", "auxpass",
                 "neg", "agent", "npadvmod", "advmod", "prt"}
# roots of force, whose target may be the place where force is used (coercion, 17, is aimed at people: "arrested
# no one at the vigil in Almaty" names no target)
FORCE_ROOTS = {"15", "18", "19", "20"}
LOCATIVE_PREPS = {"in", "across", "through", "during", "over", "around", "outside", "inside", "within",
                  "throughout", "amid", "after", "before", "since", "despite"}
# prepositions of time or means whose gerund's act is done by the subject of the verb they hang on
GERUND_ADJUNCT_PREPS = {"after", "before", "since", "by", "upon", "while", "following", "despite"}
TIME_PREPS = {"after", "before", "since", "despite", "following", "until"}
REASON_NOUNS = {"violation", "defiance", "breach", "response", "retaliation", "protest", "solidarity", "support",
                "exchange", "return", "line", "accordance", "compliance", "memory", "honour", "honor"}
DELEGATES = {"negotiator", "delegation", "delegate", "mediator"}
# people named by whom they work for where they undergo an act: "took employees of an oil company hostage" (as
# subjects, "striking employees of X marched", they act as labour)
STAFF_NOUNS = {"employee", "staff", "staffer"}
SPOKESPERSONS = {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "emissary"}
# a person, part or share of a body that acts as the body its of- or from-phrase names ("the head of Kenya's largest
# opposition party", "members of the European Parliament"), and participles whose object names whom the noun they
# qualify acts for ("officials representing Iran")
MEMBER_NOUNS = word_list("member-noun")
SPEAKING_FOR = word_list("speaking-for")
# nouns that are not acts of the lexicon but point to an act's actor: "denied any role in the downing of a drone"
POINTING_NOUNS = {"role", "involvement", "downing", "part", "responsibility"}
# the dependencies from a verb down to its own arguments, not through a noun's clause ("a highway linking X")
ARGUMENT_PATH = {"dobj", "pobj", "prep", "dative", "xcomp", "ccomp", "pcomp", "attr", "acomp", "prt"}
# nouns that stand for the act of the clause they are in: "in a move that drew a rebuke"
ACT_NOUNS = {"move", "step", "decision", "act", "action", "shift", "measure"}
# particles the parser often reads as adverbs: "brushed aside the calls", "backed down", "sent troops back into"
ADVERB_PARTICLES = {"aside", "away", "back", "down", "off", "out", "up", "over", "in"}
# bases a force holds: "struck US bases" is aimed at the forces there; positions and posts of a government too
# ("shelled government positions"), while a country's ("Ukrainian positions") stand for the country
BASE_NOUNS = {"base", "airbase", "barracks", "barrack", "garrison"}
FORCE_SITES = BASE_NOUNS | {"position", "post", "outpost", "bunker"}
# deaths whose "of" names the dead, who are not whom an act about the death is aimed at
DEATH_NOUNS = {"death", "killing", "murder", "assassination", "disappearance", "poisoning", "shooting", "slaying"}
# nouns that, as "the island", refer back to the island or territory the text named before
ISLAND_NOUNS = {"island", "peninsula", "archipelago", "enclave"}
PLACE_KINDS = ("country", "place", "territory")
# relations whose other side a with-phrase names ("its standoff with the opposition")
RELATION_NOUNS = {"standoff", "dispute", "row", "conflict", "feud", "confrontation", "quarrel", "spat", "stand-off"}
# verbs of asking and demanding: the act they ask for is not done, so a participle after it is the asker's
APPEAL_VERBS = {"demand", "urge", "ask", "call", "appeal", "press", "insist", "request", "implore", "plead", "order",
                "tell", "beg", "exhort"}
# nouns of an armed host used for a great many people ("an army of volunteers"): with "a" and a plural of-phrase
# they count what the of-phrase names
HOST_NOUNS = word_list("host-noun")
# verbs besides those of appeal that press their object to do their infinitive ("pressured Sanders to quit")
PRESSING_VERBS = {"pressure", "pressurize", "pressurise", "encourage", "push", "persuade", "convince", "lobby"}
# nouns of talks that a backing participle ("UN-backed", "Qatari-mediated") makes its backer no party to
TALKS_NOUNS = {"talk", "negotiation", "dialogue", "process", "conference", "summit", "meeting", "round"}
MUTUAL = object()  # the target slot of acts between conjoined sources

# prepositions of time or circumstance: a phrase they open tells when or why, not who did the act
SCENE_TIME_PREPS = {"after", "before", "following", "during", "amid", "amidst", "despite", "since", "until",
                    "ahead"}


def misread_plan(v):
    """For an infinitive hanging on a verb of intent the parser read as a plural noun heading its clause, or as a
    verb whose subject it took for a modifier ("Zimbabwe's main opposition party plans to stage a rally", "the
    cabinet plans to extend the curfew, a spokesman said"), the noun phrase before that word, which is the subject;
    None otherwise."""
    head = v.head
    if not (v.dep_ == "xcomp" and head.i != v.i and head.dep_ in ("ROOT", "ccomp") and head.tag_ in ("NNS", "VBZ")
            and head.lemma_.lower() in PLAN_VERBS and head.i < v.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None  # tagged a verb with its own subject: the ordinary path finds it
    # a noun heading the sentence, or the clause a verb of saying reports, is the verb the parser missed ("The
    # government's plans to cut pensions angered unions" has a verb over it)
    return next((c for c in head.children if c.dep_ in ("compound", "nmod") and c.i == head.i - 1), None)


def _reciprocal_subject(tok) -> bool:
    """"each side", "each", "both sides", "either party": a subject that stands for parties named before."""
    if tok.lower_ in ("each", "both"):
        return True
    return tok.lemma_.lower() in ("side", "party", "country", "government", "army") and any(
        c.dep_ == "det" and c.lower_ in ("each", "both", "either") for c in tok.children)


def _quantified(tok):
    """What a quantity counts: "thousands of troops" -> troops."""
    if tok.lemma_.lower() in QUANTITY_WORDS or tok.pos_ == "NUM":
        return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]
    return []


# verbs that praise, condemn or punish someone "for" an act, which the text thereby takes as done
REASON_VERBS = {"condemn", "criticize", "criticise", "denounce", "praise", "thank", "commend", "congratulate",
                "applaud", "hail", "rebuke", "slam", "punish", "sanction", "fine", "arrest", "sentence", "reward",
                "censure", "reprimand", "chastise", "lambast", "castigate", "fault", "penalize", "penalise"}
# verbs that make their object do the act of their complement ("prompted the group to vow revenge")
CAUSATIVES = mood_words().get("causative", frozenset())
# prepositions whose gerund tells how or when the subject of the verb they hang on acted ("responded by closing")
MEANS_PREPS = {"by", "after", "before", "while"}
SPAN_NOUNS = word_list("prior-span")  # "after weeks of fighting"
CHANNELS = word_list("channel")  # "warned followers on social media"
LAUNCH_VERBS = word_list("launch-verb")  # "missiles fired from Russian ships"
LAUNCH_PLATFORMS = word_list("launch-platform")
DATELINE_MONTHS = word_list("dateline-month")  # "MEXICO CITY, Nov 14 - ...": a month's first three letters


def time_prep(c) -> bool:
    """Whether a preposition says when ("on Friday", "in March", "seized farms on Wednesday"), not what the verb it
    hangs on means ("call on"): its object is a date or a time. A span of time of an act is that act's, no time of
    the verb ("is on the ninth day of a hunger strike")."""
    return c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") and not any(
        k.dep_ == "prep" and k.lower_ == "of" for k in p.children) for p in c.children)


def object_gap(v) -> bool:
    """A relative clause whose own subject is named and whose object is the noun it describes: "the sailors they
    abducted", "the towns that the army shelled" (not "the day they met", "the town where they fought")."""
    kids = list(v.children)
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in kids):
        return False
    if any(c.tag_ == "WRB" or c.dep_ in ("prep", "dative") and any(p.tag_ in ("WDT", "WP") for p in c.children)
           for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj"]
    return all(o.tag_ in ("WDT", "WP") for o in objects)


def main_clause_conjunct(v) -> bool:
    """A past-tense verb with no subject joined to a subjunctive that-clause: "demanded that the government free
    him and called a strike". A past tense cannot share the bare verb's clause; it is the main verb's second act,
    done by the main subject."""
    head = v.head
    return v.dep_ == "conj" and v.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "ccomp" \
        and head.head.i != head.i and head.head.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in head.children) and not any(
            c.dep_ == "aux" for c in head.children)


def naming_clause(v) -> bool:
    """A complement clause whose verb names what its object "what" is: "struck what Ankara called militant camps".
    Its subject names the object, its predicate is the namer's label; neither is whom the governing act hits."""
    return v.dep_ == "ccomp" and v.lemma_.lower() in NAMING_VERBS and any(
        c.dep_ == "dobj" and c.tag_ == "WP" for c in v.children)


def misread_main_verb(v) -> bool:
    """A main verb the parser read as a participle on its subject, which it made the root: "Yemen's Houthi rebels
    offered on Monday to free ...". Only a participle with an object or an infinitive of its own is taken for one
    (a passive one, "three soldiers killed in an attack", has neither)."""
    return v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "agent" for c in v.children) and any(
            c.dep_ in ("dobj", "dative") or (c.dep_ in ("advcl", "xcomp") and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in c.children))
            or (c.dep_ == "advcl" and c.tag_ == "VBG" and any(k.dep_ == "dobj" for k in c.children))
            for c in v.children)  # "US-led forces crossed into Iraq on Thursday, launching a ground invasion"


def misread_modifier_verb(v):
    """For a main verb the parser read as a participle on its object, the subject's phrase running into it
    ("Guards at a prison in Tbilisi tortured inmates" read as "in [Tbilisi tortured inmates]", "Soldiers in the
    town tortured prisoners" with "prisoners" as the root), the subject: the noun heading the phrase the object
    was hung in. Taken only for a participle that stands between two nouns with nothing joining it to the one
    before ("a UN-backed plan" has a hyphen), where that noun's phrase opens the clause; None otherwise."""
    doc = v.doc
    if v.dep_ != "amod" or v.tag_ not in ("VBN", "VBD") or v.pos_ != "VERB" or v.i == 0 or v.head.i != v.i + 1:
        return None
    obj, prev = v.head, doc[v.i - 1]
    if obj.pos_ != "NOUN" or prev.pos_ not in ("NOUN", "PROPN") or prev.head.i == v.i or any(
            c.dep_ != "punct" for c in v.children):
        return None
    top = obj
    while top.head.i != top.i and (top.dep_ in ("pobj", "prep")
                                   or top.dep_ == "dobj" and top.head.pos_ in ("NOUN", "PROPN")):
        top = top.head
    if top is obj:
        # "Soldiers in the town tortured prisoners": the subject hung on the object, the root
        top = next((c for c in obj.children if c.dep_ == "nsubj" and c.i < v.i), None) if obj.dep_ == "ROOT" else None
    if top is None or top.pos_ not in ("NOUN", "PROPN") or top.i > prev.i or top.dep_ not in (
            "nsubj", "ROOT", "ccomp", "dep") or prev.i not in {t.i for t in top.subtree}:
        return None
    return top


def misread_modifier(v) -> bool:
    """A past-tense main verb the parser read as an adjective on its object, which it made the root: "Prison guards
    routinely tortured detainees, according to ..." ("tortured" a modifier of "detainees"). Only a verb with a
    subject of its own (which no participle modifier has), before the noun it is hung on."""
    return v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and v.pos_ == "VERB" and v.head.i > v.i \
        and v.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" for c in v.children)


REPORT_LEMMAS = {"say", "tell", "report", "announce", "add", "confirm", "state"}


def stranded_object(v):
    """The object the parser hung on the subject of a trailing speech verb: "is willing to meet President X, South
    Korean officials said" read as "X, ... officials" (X a modifier of "officials"). Taken only for a verb with no
    object of its own, where the name follows the verb at once and a comma closes it."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in v.children):
        return None
    end = max(t.i for t in v.subtree)
    doc = v.doc
    for n in doc[end + 1:end + 8]:
        h = n.head
        last = n.right_edge.i
        comma = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
        if n.dep_ in ("nmod", "compound", "amod") and n.pos_ == "PROPN" and n.left_edge.i == end + 1 and h.i > n.i and comma \
                and h.dep_ == "nsubj" and h.head.lemma_.lower() in REPORT_LEMMAS and h.head.i > h.i \
                and v.i in {t.i for t in h.head.subtree}:
            return n
    return None


def shared_object(v) -> list:
    """The object of a verb joined to this one by "and" right after it, which both verbs share where this one has
    none of its own: "beat and detained hundreds of protesters", "looted and burned shops", "fired on and seized
    three ships". Only a conjunct in the same tense with no subject, particle-free gap aside, is taken ("attacked
    and the army seized the town" gives none)."""
    if v.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in v.children):
        return []
    doc = v.doc
    for c in v.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.tag_ != v.tag_ or not 1 < c.i - v.i <= 3:
            continue
        between = doc[v.i + 1:c.i]
        if not any(t.lower_ == "and" for t in between) or any(
                t.dep_ not in ("cc", "prt") and t.lower_ not in ("on", "at") for t in between):
            continue
        if any(k.dep_ in ("nsubj", "nsubjpass", "auxpass") for k in c.children):
            continue
        return [o for o in c.children if o.dep_ == "dobj"]
    return []


def trailing_speaker(c) -> bool:
    """A conjunct that is the subject of the speech verb after it, which the parser left without one: "to meet
    President X, South Korean officials said" read as "X, officials"."""
    doc = c.doc
    nxt = c.right_edge.i + 1
    if c.dep_ != "conj" or nxt >= len(doc):
        return False
    verb = doc[nxt]
    if verb.lemma_.lower() not in REPORT_LEMMAS or verb.pos_ != "VERB" or any(
            k.dep_ in ("nsubj", "nsubjpass") for k in verb.children):
        return False
    # the speakers are the conjuncts from the last one a comma opens: "supporters who marched, witnesses and party
    # officials said"
    first = c
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    opened = [k for k in first.conjuncts if k.left_edge.i > 0 and doc[k.left_edge.i - 1].text == ","]
    return bool(opened) and c.i >= max(k.i for k in opened)


def _noun_complements(v, lemmas) -> list:
    """The infinitives of the given lemmas that complement the verb's object noun: "signalled its willingness |
    to hold talks"."""
    return [c for o in v.children if o.dep_ == "dobj" for c in o.children
            if c.dep_ == "acl" and c.lemma_.lower() in lemmas and any(k.dep_ == "aux" and k.lower_ == "to"
                                                                     for k in c.children)]


def _agent(v):
    return next((c for c in v.children if c.dep_ == "agent"), None)


def shared_passive(v):
    """A past participle in a chain of coordinated ones, each a passive whose by-agent is its actor: "a coalition
    led by Saudi Arabia and backed by the West" (each participle its own agent), "people shot and killed by
    police" (the last one's agent shared by the others, which the parser may read as active verbs). Gives (the
    by-phrase, the noun that undergoes the act) or None; the noun may be None where the parse gives none."""
    if v.tag_ not in ("VBN", "VBD") or any(c.dep_ == "dobj" for c in v.children):
        return None
    agent = _agent(v) if v.tag_ == "VBN" and v.dep_ == "conj" else None
    if agent is None and _agent(v) is None:
        later = [c for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN" and 0 < c.i - v.i <= 3
                 and not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for k in c.children)]
        agent = _agent(later[0]) if later else None
    if agent is None:
        return None
    head = v
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    kids = list(head.children)
    passive = any(c.dep_ == "auxpass" for c in kids)
    if head.i != v.i and (any(c.dep_ == "dobj" for c in kids) or head.tag_ not in ("VBN", "VBD")):
        return agent, None
    undergoer = None
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        undergoer = head.head
    elif passive:
        undergoer = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    elif any(c.dep_ == "aux" for c in kids):
        return None  # "police have shot and ...": an active verb
    elif any(c.dep_ == "nsubj" for c in kids):
        undergoer = next(c for c in kids if c.dep_ == "nsubj")  # "Hundreds of Iraqis shot and killed by"
    elif head.dep_ == "advcl" and head.i > 0 and head.doc[head.i - 1].pos_ in ("NOUN", "PROPN"):
        undergoer = head.doc[head.i - 1]  # "the deaths of black men shot and killed by police"
    elif head.i == v.i:
        return None
    return agent, undergoer


def _gerund_adjunct(v) -> bool:
    """A gerund in a phrase of time or means on a verb: "days after arresting them", "by shelling the port"."""
    head = v.head
    if v.dep_ in ("pcomp", "pobj") and v.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in GERUND_ADJUNCT_PREPS \
            and head.head.dep_ == "npadvmod" and head.head.head.pos_ in ("VERB", "AUX"):
        return True  # "a day after inviting Saudi troops": the span of time hangs on the main verb
    return v.dep_ in ("pcomp", "pobj") and v.tag_ == "VBG" and head.dep_ == "prep" \
        and head.lower_ in GERUND_ADJUNCT_PREPS and head.head.pos_ in ("VERB", "AUX")


def passive_participle(v) -> bool:
    """A participle qualifying a noun that undergoes the act ("officers accused by Ankara"); the tagger may take
    it for a past tense ("two generals killed when jets flattened the building"), which has no object then."""
    return v.dep_ == "acl" and (v.tag_ == "VBN" or v.tag_ == "VBD" and not any(
        c.dep_ in ("nsubj", "dobj", "dative") for c in v.children))


def _dateline_subject(tok) -> bool:
    """A sentence's opening place name, with any agency in brackets, ended by a dash: the dateline, which the parser
    may read as a second subject ("PARIS (AFP) - French President ...")."""
    edge = tok.right_edge
    # ("MEXICO CITY, Nov 14 - ...": the dateline's date between the place and the dash)
    j = edge.i + 1
    while j < len(tok.doc) and j <= edge.i + 5 and (tok.doc[j].text == "," or tok.doc[j].like_num
                                                     or tok.doc[j].lower_[:3] in DATELINE_MONTHS):
        j += 1
    nxt = tok.doc[j] if j < len(tok.doc) else None
    if tok.left_edge.i != tok.sent.start or not (edge.text in DATELINE_DASHES
                                                 or nxt is not None and nxt.text in DATELINE_DASHES):
        return False
    words = [t.text for t in tok.doc[tok.left_edge.i:edge.i + 1] if t.text not in DATELINE_DASHES
             and not (t.i > tok.i and (t.like_num or t.lower_[:3] in DATELINE_MONTHS))]
    # an agency in brackets, or a place in capitals ("MOSCOW -"), not a name run into a hyphen ("Moon Jae-in")
    return "(" in words and ")" in words or "".join(words).replace(",", "").isupper()


class Arguments:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.sites = lexicon.sites

    def actors_of(self, tok, index: ActorIndex, depth: int = 0) -> list[ActorMention]:
        """The actors a noun phrase headed by ``tok`` names: itself and its conjuncts; for a quantity ("thousands
        of protesters") what it counts; for a noun that is not an actor, its possessor or its actor modifier
        ("Indian army posts", "Ukrainian positions", "its border with Ukraine")."""
        if tok is None or depth > 3:
            return []
        out: list[ActorMention] = []
        m = index.at(tok.i)
        placed = (m is None and LINKING_NOUNS.get(tok.lemma_.lower()) == ("of",)) or (m is not None and m.kind == "place")
        within = self._territory_of(tok, index) if placed else None
        # "negotiators for the Colombian government and the FARC rebels": each negotiates for its party
        parties = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                   and tok.lemma_.lower() in DELEGATES for p in c.children if p.dep_ == "pobj"
                   for a in self.actors_of(p, index, depth + 1)] if m is None or m.kind == "role" else []
        # "officials representing Iran": whom the participle says they act for (over a country the context lent them)
        parties += [a for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in SPEAKING_FOR
                    for o in c.children if o.dep_ == "dobj" for a in self.actors_of(o, index, depth + 1)
                    if a.code and a.kind != "place"] if m is None or m.kind == "role" else []
        # "the Islamist group al-Shabaab", "the militant group Hamas": the organization the noun is in apposition to
        # names the actor better than the generic noun
        # (a role the organization's own code refines stays: "the Basque separatist group ETA")
        named = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and index.at(c.i) is not None
                 and index.at(c.i).kind == "org" and index.at(c.i).code
                 and not (m is not None and m.code and index.at(c.i).code.startswith(m.code))
                 ] if m is None or m.kind == "role" else []
        # "defended its ally Pakistan", "praised its neighbour Kenya": a noun that is no actor, in apposition to one
        named += [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and index.at(c.i) is not None
                  and index.at(c.i).kind in ("country", "org", "person") and index.at(c.i).code] \
            if m is None and tok.pos_ == "NOUN" else []
        if named and not parties:
            parties = self.actors_of(named[0], index, depth + 1)
        if (m is None or not m.code) and not parties and tok.tag_ == "NNS":
            # "more than 20 countries, including the United States, Germany and Poland", "states like France": the
            # members a generic plural names are the actors the text can code
            parties = [a for c in tok.children if c.dep_ == "prep" and c.lower_ in INCLUDING
                       for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p, index, depth + 1)]
        if m is None and tok.lemma_.lower() in ISLAND_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("amod", "compound", "prep", "poss", "nmod", "relcl", "acl") for c in tok.children):
            # "Taiwan put its forces on alert as Chinese warships surrounded the island": the island named before
            # (not the one acting on it: "North Korea threatened to fire missiles at the island")
            actors, node = set(), tok
            while node.head.i != node.i:
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    # (not an island a relative clause on the subject names: "China, which regards Taiwan as
                    # its own, sent warships around the island")
                    actors |= {k.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass") for k in c.subtree} - {
                        k.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass") for r in c.children
                        if r.dep_ in ("relcl", "acl") for k in r.subtree}
                    if node.dep_ not in ("xcomp", "conj"):
                        break
            named = [a for a in index.mentions if a.end <= tok.i and a.code and a.kind in PLACE_KINDS
                     and a.code[:3].isalpha() and not a.code.startswith("IGO") and a.head not in actors]
            if named:
                a = named[-1]
                return [a if a.kind in ("country", "territory") else replace(a, code=a.code[:3], kind="country")]
        if m is not None and m.kind == "role" and tok.lemma_.lower() in HOST_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("an", "a") for c in tok.children):
            # "an angry army of factory workers", "an army of lawyers": a great many of them, no armed force
            crowd = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj" and p.tag_ == "NNS" for a in self.actors_of(p, index, depth + 1)]
            if crowd or any(p.tag_ == "NNS" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"):
                return crowd
        if parties:
            out.extend(parties)
        elif within is not None and (m is None or not m.code or (m.code[:3] == within.code[:3] and len(m.code) == 3)):
            out.append(within)  # "the town of Shusha in Nagorno-Karabakh": a breakaway territory's place is its
        elif m is not None and m.code and m.kind == "role" and tok.lemma_.lower() in STAFF_NOUNS \
                and tok.dep_ not in ("nsubj", "nsubjpass") and (
                employers := [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p, index, depth + 1)
                              if a.code and a.kind != "place"]):
            # "employees of an oil company", "staff of the embassy": of whom they work for; a nationality of their
            # own names the country where the employer's phrase names none ("a Japanese employee of a
            # pharmaceutical company" is JPNBUS)
            own = m.country if any(index.at(k.i) is None and k.i in index.modifiers or k.ent_type_ == "NORP"
                                   for k in tok.children if k.dep_ in ("amod", "compound") and k.i < tok.i) else None
            out.extend(replace(a, code=own + a.code[3:], country=own) if own and a.kind == "role" and len(a.code) >= 6
                       and a.code[:3] != own and not any(t.ent_type_ in ("NORP", "GPE") for t in tok.doc[a.start:a.end])
                       else a for a in employers)
        elif m is not None and m.code:
            if m.kind == "role":
                # "the Philippine government and communist rebels", misread as a government-and-communist
                # modifier of "rebels": the role noun before "and" heads a party of its own
                for c in tok.children:
                    mc = index.at(c.i) if c.dep_ in ("nmod", "compound") and c.i < tok.i else None
                    # ("Chilean students and trade unions": the cc on the first noun, the second's modifier on the head)
                    if mc is not None and mc.kind == "role" and mc.head == c.i and mc.code and mc.code != m.code \
                            and any(k.dep_ == "cc" for k in c.children) \
                            and (any(k.dep_ == "conj" and k.i < tok.i and k.pos_ in ("ADJ", "NOUN", "PROPN")
                                     for k in c.children) or any(
                                k.dep_ in ("compound", "amod") and c.i + 1 < k.i < tok.i and k.pos_ in ("ADJ", "NOUN")
                                and k.doc[c.i + 1].dep_ == "cc" for k in tok.children)):
                        if any(k.dep_ == "poss" and k.i < c.i for k in tok.children) and m.code[:3].isalpha() \
                                and not m.code.startswith("IGO"):
                            mc = replace(mc, code=m.code[:3] + mc.code[3:])  # "Sudan's government and ... rebels"
                        out.append(mc)
            out.append(m)
            out.extend(m.also)  # "French and British aircraft"
        else:
            for q in _quantified(tok):
                out.extend(self.actors_of(q, index, depth + 1))
            if not out and tok.lemma_.lower() in LINKING_NOUNS:  # before the possessor: "its border with Ukraine"
                preps = LINKING_NOUNS[tok.lemma_.lower()]
                for c in tok.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ in preps:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                out.extend(self.actors_of(p, index, depth + 1))
            if not out and tok.lemma_.lower() in MEMBER_NOUNS:
                # "the chairman of the British parliament's foreign affairs committee", "officers from the Metropolitan
                # Police": the body the person belongs to (a place there says where they come from, not whom they
                # act for)
                out.extend(a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                           for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p, index, depth + 1)
                           if a.code and a.kind != "place")
            if not out and tok.lemma_.lower() in SPOKESPERSONS:
                # "a spokeswoman for the Chinese Foreign Ministry" speaks as the ministry
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                out.extend(self.actors_of(p, index, depth + 1))
            if not out:
                # "a missile fired by pro-Russian separatists", "a bomb planted by militants": the agent of the
                # participle that describes the thing
                for c in tok.children:
                    if c.dep_ == "acl" and c.tag_ == "VBN":
                        for a in c.children:
                            if a.dep_ == "agent":
                                for p in a.children:
                                    if p.dep_ == "pobj":
                                        out.extend(self.actors_of(p, index, depth + 1))
            if not out and tok.lemma_.lower() in self.lex.arms:
                out.extend(self._launched_from(tok, index, depth))
            if not out and (tok.lemma_.lower() in self.lex.event_nouns or tok.lemma_.lower() in POINTING_NOUNS):
                # an act named by a noun points to its actor: "condemned the attack by Russian forces", "criticised
                # the withdrawal of Turkish Cypriot negotiators", "denied any role in the downing of a drone"
                # the possessor acts: "condemned Russia's invasion of Ukraine"
                out.extend(a for c in tok.children if c.dep_ == "poss" for a in self.actors_of(c, index, depth + 1))
                for prep in ("by", "from", "of", "in") if not out else ():
                    for c in tok.children:
                        if c.dep_ in ("prep", "agent") and c.lower_ == prep:
                            for p in c.children:
                                if p.dep_ == "pobj":
                                    # "rallies in Harare": a place says where, not who
                                    out.extend(a for a in self.actors_of(p, index, depth + 1)
                                               if not (prep == "in" and a.kind == "place"))
                    if out:
                        break
            if not out:
                for c in tok.children:
                    # ("a UN fact-finding mission": the parser may read the name before a modified noun as nmod)
                    if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and index.at(c.i) is not None) or (
                            c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < tok.i and index.at(c.i) is not None
                            and index.at(c.i).kind == "org"):
                        found = self.actors_of(c, index, depth + 1)
                        if tok.lemma_.lower() in ("country", "nation") and c.dep_ == "poss" and tok.dep_ != "nsubj":
                            # "back his country's bid": the leader's country, not his government ("his country
                            # was ready to": as the one who acts, the leader speaks for it)
                            found = [replace(a, code=a.code[:3]) if a.code and a.code[:3].isalpha()
                                     and not a.code.startswith("IGO") else a for a in found]
                        out.extend(found)
            if not out:
                for c in tok.children:
                    if c.dep_ == "amod" and c.i not in index.modifiers:
                        # "a British-flagged tanker", "a Greek-owned ship": the modifier of the participle
                        out.extend(index.modifiers[k.i] for k in c.children
                                   if k.dep_ in ("amod", "npadvmod", "compound") and k.i < c.i
                                   and k.i in index.modifiers and index.modifiers[k.i] not in out)
                    if c.dep_ in ("amod", "compound") and c.i in index.modifiers:
                        out.append(index.modifiers[c.i])
                        # "South Korean and American military bases"
                        out.extend(index.modifiers[k.i] for k in c.conjuncts if k.i > c.i and k.i in index.modifiers
                                   and index.modifiers[k.i] not in out)
            if not out and tok.pos_ == "NOUN":
                # "a police training centre", "an army recruitment office": the role that names the owner of a
                # noun modifying the noun
                out.extend(a for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                           and index.at(c.i) is None
                           for k in c.children if k.dep_ == "compound" and k.i < c.i
                           for a in [index.at(k.i)] if a is not None and a.kind == "role" and a.code)
            if not out and tok.pos_ == "PROPN":
                # "Amara Diallo, Guinea's foreign minister, appealed": a name the actors stage does not know is
                # the office its apposition gives
                out.extend(a for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                           for a in self.actors_of(c, index, depth + 1) if a.kind != "place")
            if not out and tok.lemma_.lower() in self.sites - FORCE_SITES and tok.pos_ == "NOUN" \
                    and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into"):
                # "flew tents to camps in eastern Chad": a site no one owns, where something is sent, stands as a
                # place for the country it is in
                out.extend([a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                            for p in c.children if p.dep_ == "pobj" for a in [index.at(p.i)]
                            if a is not None and a.kind in ("place", "country") and a.code and len(a.code) == 3
                            and a.code.isalpha() and a.code != "IGO"][:1])
            if tok.lemma_.lower() in FORCE_SITES:
                # "Iraqi bases housing American troops": those housed there, not the host country
                housed = [a for c in tok.children if c.dep_ == "acl"
                          and (c.lemma_.lower() in ("house", "host") or c.lower_ in ("housing", "hosting"))
                          for o in c.children if o.dep_ == "dobj" for a in self.actors_of(o, index, depth + 1)
                          if a.code]
                out = housed or [self._forces_of(a, tok.lemma_.lower() in BASE_NOUNS) for a in out]
        conjuncts = [c for c in tok.conjuncts if c.i > tok.i]
        if m is not None and m.kind == "country":
            # "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain": the parser may read the second country of
            # a list as an apposition to the first, the rest as its conjuncts; a country is no apposition to another
            conjuncts += [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                          and any(k.dep_ == "conj" for k in (*c.children, *tok.children))
                          and (index.at(c.i) is not None and index.at(c.i).kind == "country")]
        for c in conjuncts:
            if trailing_speaker(c):
                continue
            for cm in self.actors_of(c, index, depth + 1):
                if cm not in out:
                    out.append(cm)
        return out

    def _launched_from(self, tok, index: ActorIndex, depth: int) -> list[ActorMention]:
        """The forces a weapon was fired from, by the craft of a country it was launched from: "missiles fired from
        Russian ships" are Russia's forces' (also where the parser reads "fired" as the weapon's verb: "missiles
        fired from Russian ships hit ...")."""
        verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if tok.dep_ == "nsubj" and tok.head.tag_ in ("VBD", "VBN"):
            verbs.append(tok.head)  # (a weapon does not fire: "missiles fired from ships" is a participle misread)
        out = []
        for v in verbs:
            if v.lemma_.lower() not in LAUNCH_VERBS:
                continue
            for p in (p for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in LAUNCH_PLATFORMS):
                out.extend(self._forces_of(a, True) for a in self.actors_of(p, index, depth + 1)
                           if a.code and a.kind != "place")
        return out

    @staticmethod
    def _forces_of(a: ActorMention, country: bool) -> ActorMention:
        """The forces of a government (or, with ``country``, of a country) that holds a base or a position
        ("government positions", "US bases" are its forces'); a force, a police or an armed group keeps its own
        code."""
        code = a.state_code()
        if country and len(code) == 3 and code.isalpha() and code != "IGO" or len(code) == 6 and code[3:] == "GOV":
            return replace(a, code=code[:3] + "MIL", role="MIL", kind="role", name=(a.name + " forces").strip())
        return a

    @staticmethod
    def _territory_of(tok, index: ActorIndex) -> ActorMention | None:
        """The breakaway territory a place lies in ("Shusha in Nagorno-Karabakh", "the village of Perevi in South
        Ossetia"), which the place stands for, as the annotation conventions code it."""
        heads = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and
                         tok.lemma_.lower() in LINKING_NOUNS for p in c.children if p.dep_ == "pobj"]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    for p in c.children:
                        t = index.at(p.i) if p.dep_ == "pobj" else None
                        if t is not None and t.code and t.code[3:6] == "SEP" and t.kind == "territory":
                            return t
        return None

    def sources(self, v, index: ActorIndex, depth: int = 0) -> list[ActorMention]:
        if depth > 4:
            return []
        kids = list(v.children)
        shared = shared_passive(v)
        if shared is not None:  # "led by Saudi Arabia and backed by the West", "people shot and killed by police"
            return [a for p in shared[0].children if p.dep_ == "pobj" for a in self.actors_of(p, index)]
        for c in kids:
            if c.dep_ in SUBJECT_DEPS and v.dep_ in ("advcl", "conj", "ccomp") and v.head.i != v.i and (
                    c.lower_ == "each" or c.lemma_.lower() in ("side", "party") and any(
                        d.lower_ in ("each", "both") for d in c.children)):
                # "clashed on Friday, each side blaming the other": the parties of the clause it hangs on
                return self.sources(v.head, index, depth + 1)
            if c.dep_ in SUBJECT_DEPS and _dateline_subject(c) and any(
                    k.dep_ in SUBJECT_DEPS and k.i > c.i for k in kids):
                continue  # "PARIS (AFP) - French President Emmanuel Macron criticized ...": the dateline is no subject
            if c.dep_ in SUBJECT_DEPS and not (c.tag_ in ("WP", "WDT") and v.dep_ == "relcl"):
                if _reciprocal_subject(c) and not self.actors_of(c, index):
                    # "..., with each side accusing the other": the parties of the clause the phrase hangs on
                    clause = v.head
                    while clause.head.i != clause.i and not (clause.pos_ in ("VERB", "AUX") and clause.dep_ != "pcomp"):
                        clause = clause.head
                    if clause.i != v.i and clause.pos_ in ("VERB", "AUX"):
                        return self.sources(clause, index, depth + 1)
                return self.actors_of(c, index)  # a relative "who" leaves the source to the noun it refers to
        if any(c.dep_ in ("nsubjpass", "csubjpass", "auxpass") for c in kids) or (
                v.dep_ in ("attr", "acomp") and any(c.dep_ == "agent" for c in kids)):
            for c in kids:
                if c.dep_ == "agent":
                    return [a for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p, index)]
            # the parser hung the agent lower ("pledged to Somalia by Turkey", "guilty of organising unrest by a
            # court"): the first by-phrase in the verb's own phrase, outside its subject and outside a phrase of time
            # or circumstance ("were sent to Kisumu after two days of rioting by opposition supporters")
            stack = [c for c in kids if c.dep_ not in ("nsubjpass", "csubjpass", "advcl", "conj", "punct") and not (
                c.dep_ in ("prep", "advmod") and c.lower_ in SCENE_TIME_PREPS)]
            while stack:
                t = stack.pop()
                if t.lower_ == "by" and t.dep_ in ("prep", "agent"):
                    found = [a for p in t.children if p.dep_ == "pobj" for a in self.actors_of(p, index)]
                    if found:
                        return found
                stack.extend(c for c in t.children if c.dep_ not in ("relcl", "advcl", "conj", "acl"))
            return []
        if v.pos_ == "NOUN" and v.dep_ == "ccomp" and any(c.dep_ == "mark" for c in kids):
            # "demanded that the prime minister resign", read as a noun: its subject was read as a modifier
            subject = [c for c in kids if c.dep_ == "compound" and c.i == v.i - 1]
            if subject:
                return self.actors_of(subject[0], index)
        # "Nauru cut diplomatic ties with Taiwan": the parser may read a name it does not know, opening the clause
        # before the verb, as an adverb; a country or an organisation there is the subject
        if v.dep_ == "ROOT" and v.tag_ in ("VBD", "VBZ", "VBP"):
            for c in kids:
                if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN" and c.i < v.i and \
                        c.left_edge.i == v.sent.start:
                    m = index.at(c.i)
                    if m is not None and m.code and m.kind in ("country", "org"):
                        return self.actors_of(c, index)
        # "After weeks of tension over grain imports, Poland and Ukraine signed ...": the parser may join a subject
        # that follows a fronted phrase and its comma to the phrase's last noun as a conjunct
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) and v.tag_ in ("VBD", "VBZ", "VBP"):
            for c in kids:
                if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < v.i and c.right_edge.i == v.i - 1:
                    found = [t for t in c.subtree if t.dep_ == "conj" and t.i > 0 and t.doc[t.left_edge.i - 1].text
                             == "," and index.at(t.i) is not None and index.at(t.i).code
                             and index.at(t.head.i) is None and t.head.pos_ == "NOUN"]
                    if found:
                        return self.actors_of(found[0], index)
        # "a day after a court in Hanoi sentenced ...": the parser may take the subject for the object of "after"
        for c in kids:
            if c.dep_ in ("npadvmod", "prep") and c.i < v.i:
                for p in (c, *c.children):
                    if p.dep_ == "prep" and p.lower_ in ("after", "before", "since") and p.i < v.i:
                        found = [a for o in p.children if o.dep_ == "pobj" for a in self.actors_of(o, index)]
                        if found:
                            return found
        head = v.head
        if head.i == v.i:
            return []
        if main_clause_conjunct(v):
            return self.sources(head.head, index, depth + 1)  # "demanded that ... and called a strike"
        if v.dep_ == "conj":
            if head.dep_ == "xcomp" and head.head.i != head.i and to_infinitive(head) and \
                    head.head.lemma_.lower() in APPEAL_VERBS | PRESSING_VERBS:
                # "pressuring Sanders to run on issues rather than continuing to attack her": an act joined to the
                # one asked of someone is that one's (the asked act itself is coded with the appeal)
                asked = [a for c in head.head.children if c.dep_ == "dobj" for a in self.actors_of(c, index)
                         if a.code]
                if asked:
                    return asked
            return self.sources(head, index, depth + 1)
        if v.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids) and any(
                c.dep_ == "mark" and c.lower_ in ("whether", "how", "when", "where") for c in kids) and not any(
                c.dep_ in ("dobj", "dative") for c in head.children):
            # "must decide by Friday whether to impose sanctions": an infinitive under "whether" or "how" is done,
            # if at all, by the subject of the verb it hangs on
            return self.sources(head, index, depth + 1)
        if v.dep_ in ("xcomp", "acomp"):
            planner = misread_plan(v)
            if planner is not None:
                return self.actors_of(planner, index)
            # "is expected to meet", "was forced to withdraw": the raised subject of a passive
            if not any(c.dep_ in SUBJECT_DEPS for c in head.children):
                raised = [c for c in head.children if c.dep_ == "nsubjpass"]
                # (an agent named changes nothing: "were advised by the WHO to consider delaying pregnancy", the ones
                # advised consider it)
                if raised:
                    return self.actors_of(raised[0], index)
            if v.dep_ == "xcomp" and head.lemma_.lower() in CAUSATIVES:
                # "prompting the group to vow revenge", "forced the rebels to retreat": the one made to act acts
                made = [a for c in head.children if c.dep_ == "dobj" for a in self.actors_of(c, index) if a.code]
                if made:
                    return made
            return self.sources(head, index, depth + 1)
        if v.dep_ == "pcomp" and head.lower_ in ("for", "over") and head.head.lemma_.lower() in REASON_VERBS:
            # "condemned North Korea for shelling an island", "thanked Turkey for supplying drones": the one
            # condemned or thanked did it
            return [a for c in head.head.children if c.dep_ == "dobj" for a in self.actors_of(c, index)]
        if v.dep_ == "pobj" and v.tag_ == "VBG" and head.lower_ == "of" and head.head.lemma_.lower() in SPAN_NOUNS \
                and head.head.dep_ == "pobj" and head.head.head.lower_ in MEANS_PREPS \
                and head.head.head.head.pos_ in ("VERB", "AUX"):
            # "seized the town after weeks of fighting with government troops": the subject fought
            return self.sources(head.head.head.head, index, depth + 1)
        if v.dep_ == "acl" and v.tag_ == "VBG" and head.dep_ == "dobj" and v.i > 0 and v.doc[v.i - 1].text == "," \
                and head.head.dep_ in ("ccomp", "xcomp") and head.head.head.lemma_.lower() in APPEAL_VERBS \
                and head.head.head.i != head.head.i:
            # "demanded that Canada free the executive, warning of grave consequences": the parser hangs the
            # participle set off by a comma on the object of the act asked for; the one who demands warns
            return self.sources(head.head.head, index, depth + 1)
        if v.dep_ == "advcl" and v.tag_ == "VBG":  # "..., demanding": the subject acts; "when asked": it does not
            if head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in APPEAL_VERBS and v.i > 0 and \
                    v.doc[v.i - 1].text == "," and head.head.i != head.i:
                # "demanded that NATO halt its air strikes, accusing the alliance of ...": the parser hangs the
                # participle on the act asked for, which is not done; the one who demands accuses
                return self.sources(head.head, index, depth + 1)
            return self.sources(head, index, depth + 1)
        if _gerund_adjunct(v):
            # "deported the officers days after arresting them", "retook the town before shelling the port": the
            # main clause's subject does what the gerund of a time or means phrase names
            main = head.head.head if head.head.dep_ == "npadvmod" else head.head
            return self.sources(main, index, depth + 1)
        if misread_main_verb(v):
            return self.actors_of(head, index)  # "Yemen's Houthi rebels offered on Monday to free ..."
        misread_subject = misread_modifier_verb(v)
        if misread_subject is not None:
            return self.actors_of(misread_subject, index)  # "Guards at a prison in Tbilisi tortured inmates"
        if passive_participle(v):
            # "officers accused by Ankara": a passive participle's actor is its by-phrase; without one, unknown
            return [a for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                    for a in self.actors_of(p, index)]
        if v.dep_ in ("relcl", "acl") and head.dep_ == "attr" and head.head.lemma_.lower() in ("be", "become") \
                and any(c.dep_ == "nsubj" for c in head.head.children):
            # "Japan's prime minister was the first foreign leader to visit Kyiv": the subject is the one described
            return self.sources(head.head, index, depth + 1)
        if v.dep_ in ("relcl", "acl"):
            if head.dep_ == "appos" and index.at(head.i) is None:
                # "Richard Burr, a North Carolina Republican who has embraced Trump": the person the noun describes
                found = self.actors_of(head.head, index)
                if found:
                    return found
            found = self.actors_of(head, index)
            if found:
                return found
            if head.pos_ == "PROPN" or index.at(head.i) is not None:
                return []  # "rebels fighting the Islamic State": an actor of unknown code acts, not the clause's
            if head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
                return self.sources(head.head, index, depth + 1)
            if v.dep_ == "relcl" and head.dep_ == "pobj" and head.head.dep_ == "prep" and \
                    head.head.head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ACT_NOUNS:
                # "recognised Kosovo ..., in a move that drew a rebuke": the move is the clause's act
                return self.sources(head.head.head, index, depth + 1)
        return []

    def targets(self, v, pat: VerbPattern, index: ActorIndex) -> list[ActorMention]:
        kids = list(v.children)
        passive = any(c.dep_ in ("nsubjpass", "csubjpass") for c in kids)
        objects = [c for c in kids if c.dep_ in (("nsubjpass", "csubjpass") if passive else ("dobj",))]
        # "accused Russian troops of executing captured soldiers": an object after a gerund the verb governs is
        # the gerund's, which the parser hung on the verb
        objects = [o for o in objects if not any(
            c.dep_ == "prep" and c.i < o.i and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i < o.i
                                                   for g in c.children) for c in kids)] if len(objects) > 1 else objects
        shared_objects = shared_object(v) if not objects and not passive else []
        objects = objects or shared_objects  # "beat and detained hundreds of protesters": the second verb's object
        stranded = stranded_object(v) if not objects and not passive and v.pos_ == "VERB" else None
        if stranded is not None:
            objects = [stranded]
        if not objects and v.dep_ in ("attr", "acomp") and any(c.dep_ == "agent" for c in kids):
            # "Mosul was overrun by militants" parsed as "was" + a noun: the subject of "was" was acted on
            objects = [c for c in v.head.children if c.dep_ == "nsubj"]
        if misread_modifier(v):
            objects = [v.head]  # "guards routinely tortured detainees" read as "tortured detainees": its object
        if passive_participle(v) and not misread_main_verb(v):
            objects = [v.head] + objects  # "officers accused by Ankara": the officers undergo it
        elif misread_modifier_verb(v) is not None:
            objects = [v.head] + objects  # "Guards at a prison in Tbilisi tortured | inmates"
        shared = shared_passive(v)
        if shared is not None and shared[1] is not None and not passive:
            objects = [shared[1]]  # "a coalition led by Saudi Arabia and backed by the West": the coalition
        if v.dep_ == "relcl" and self._relative_object(v, passive):
            # "the sailors they abducted", "the towns that the army shelled": the noun the clause describes is
            # the object of its verb
            objects = [v.head] + [o for o in objects if o.tag_ not in ("WDT", "WP")]
        if pat.comp:  # "attempted to assassinate the president": the complement's object
            # ("threatened on Sunday to strike US bases": the parser may read the complement as an adverbial clause)
            objects += [o for c in kids if (c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(
                            k.dep_ == "aux" and k.lower_ == "to" for k in c.children)) and c.lemma_.lower() in pat.comp
                        for o in c.children if o.dep_ == "dobj"]
            # "letting him go": the one let go is the complement's subject
            objects += [o for c in kids if c.dep_ == "ccomp" and c.lemma_.lower() in pat.comp
                        for o in c.children if o.dep_ == "nsubj"]
            # "signalled its willingness to meet the president", "... to hold talks | with Iran": the complement
            # the row names may hang on the verb's object noun
            objects += [o for c in _noun_complements(v, pat.comp) for o in c.children if o.dep_ == "dobj"]
        for slot in pat.targets:
            if slot in ("reverse", "inverse"):
                continue
            if slot == "-":
                return []
            if slot == "mutual":
                return [MUTUAL]
            found: list[ActorMention] = []
            if slot == "dobj":
                for o in objects:
                    if o.tag_ == "PRP" and v.tag_ == "VBG" and (v.dep_ == "advcl" or _gerund_adjunct(v)):
                        # "expelled 45 Russian diplomats, accusing them of spying", "deported them days after
                        # arresting them": the participle's pronoun object is the clause's object, which its own
                        # subject cannot be
                        main_verb = v.head if v.dep_ == "advcl" else v.head.head
                        main = [a for k in main_verb.children if k.dep_ == "dobj" for a in self.actors_of(k, index)
                                if a.code]
                        if main:
                            found.extend(main)
                            continue
                    found.extend(self.actors_of(o, index))
            elif slot == "dative":
                for c in kids:
                    if c.dep_ == "nsubjpass" and any(k.dep_ == "dobj" for k in kids):
                        # "was granted asylum by Ecuador": a passive with its thing kept as object has the one who
                        # receives it as subject
                        found.extend(self.actors_of(c, index))
                    if c.dep_ == "dative":
                        found.extend(self.actors_of(c, index))
                        found.extend(a for p in c.children if p.dep_ == "pobj" for a in self.actors_of(p, index))
            elif slot.startswith("prep:"):
                prep = slot[5:]
                # the verb, its particle ("pulled out | of"), its object and what that object counts or names
                # ("a new round of negotiations | with")
                holders = [v] + [c for c in kids if c.dep_ in ("prt", "prep") or (
                    c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)] + objects
                # the complement a row names: "stop sending weapons | to Taiwan"
                holders += [c for c in kids if pat.comp and c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in pat.comp]
                holders += _noun_complements(v, pat.comp) if pat.comp else []
                # the noun a governed preposition takes ("called for a ceasefire | between", "aid | from")
                # (not a phrase of time: "pulled out of the town after months of Russian assaults")
                holders += [p for c in kids if c.dep_ == "prep" and c.lower_ not in TIME_PREPS
                            for p in c.children if p.dep_ == "pobj"]
                holders += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"]
                # "pledged $800 million in weapons | for Ukraine", "500 million euros in aid | for": what a sum is in
                holders += [p for o in objects if o.pos_ == "NUM" or o.ent_type_ == "MONEY"
                            or any(k.dep_ == "nummod" for k in o.children)
                            for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
                            for p in c.children if p.dep_ == "pobj"]
                if prep in ("to", "for") and objects and not any(
                        c.dep_ in ("prep", "dative") and c.lower_ == prep for h in holders for c in h.children):
                    # "passed information about a planned attack | to its counterpart", "will release 30 million
                    # euros in aid | for Pakistan": the parser may hang the recipient on a noun inside the object's
                    # own phrase, or on the last of its conjoined objects ("flew a team of rescuers and 80 tonnes
                    # of tents | to Nepal")
                    things = objects + [k for o in objects for k in o.conjuncts if k.i > o.i]
                    holders += [k for o in objects for k in o.conjuncts if k.i > o.i]
                    holders += [p for o in things for c in o.children if c.dep_ == "prep" and c.lower_ != prep
                                for p in c.children if p.dep_ == "pobj"]
                if prep in pat.preps and pat.noun:
                    # the object noun of the pattern's own preposition ("ask for +help", prep:for: "asked for US
                    # help"), not a like preposition further in ("called for help for flood victims")
                    holders = [v] + [c for c in kids if c.dep_ == "prt" or (
                        c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)]
                if shared_objects and any(c.dep_ == "prt" and c.lower_ == prep for c in kids):
                    # "fired on and seized three ships": the preposition left stranded takes the shared object
                    found.extend(a for o in shared_objects for a in self.actors_of(o, index))
                for h in holders:
                    for c in h.children:
                        if c.dep_ in ("prep", "dative") and c.lower_ == prep:
                            for p in c.children:
                                if p.dep_ == "pobj":
                                    found.extend(self.actors_of(p, index))
                            if not any(p.dep_ in ("pobj", "pcomp") for p in c.children):
                                # "fired tear gas at opposition supporters marching on the palace": the parser may
                                # read the preposition's object as the subject of the participle after it
                                found.extend(a for g in h.children if g.dep_ == "advcl" and g.tag_ == "VBG"
                                             and g.i > c.i for k in g.children if k.dep_ == "nsubj"
                                             and k.left_edge.i == c.i + 1 for a in self.actors_of(k, index))
                if not found and prep in ("with", "to") and not (prep in pat.preps and pat.noun):
                    # "shared recordings related to the killing of a journalist | with Saudi Arabia": the parser
                    # may hang the verb's phrase at the end of a participle phrase on its object; a state or an
                    # organisation named there is the one the act is with
                    inner = [k for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                             for k in c.subtree]
                    found = [a for k in inner if k.dep_ == "prep" and k.lower_ == prep
                             for p in k.children if p.dep_ == "pobj" for a in self.actors_of(p, index)
                             if a.kind in ("country", "org", "capital")]
            if found:
                return found
        if "-" in pat.targets or "mutual" in pat.targets or "inverse" in pat.targets:
            # ("faced criticism from rivals": the one who acts is the slot's or no one, not an actor further on)
            return []
        if pat.code[:2] in ("02", "10") and any(c.dep_ == "dobj" for c in kids) and any(
                c.dep_ == "xcomp" for c in kids):
            # "urged others to attack Americans": the one asked is the object, whose act the complement names; an
            # addressee no actor names leaves the appeal without a target, not aimed at the complement's object
            return self.nearest_actor(v, index, skip=("xcomp",))
        if pat.code[:2] == "05" and not pat.noun and any(
                c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i > v.i
                and not (c.lemma_.lower() in GIVING_VERBS
                         and any(k.dep_ in ("prep", "dative") and k.lower_ in ("to", "for") for k in c.children))
                for c in kids):
            # "supports deporting Syrian refugees": a policy backed, whose object is no one the backing is for
            # ("supports sending tanks to Ukraine": the one given to is named, and backed)
            return self.nearest_actor(v, index, skip=("xcomp", "dobj"))
        # (what is handed over "about" someone is a topic too: "refused to give up information about her email")
        return self.nearest_actor(v, index, force=pat.code[:2] in FORCE_ROOTS,
                                  refusal=pat.code[:2] in ("06", "07", "12"),
                                  said=pat.code[:2] in SPEECH_ROOTS)

    @staticmethod
    def _relative_object(v, passive: bool) -> bool:
        """Whether the noun a relative clause qualifies is the clause's object: "the tanker (that) it had seized",
        "the vessels that were seized"; not its subject ("the rebels who attacked"), nor a place or a time ("the
        town where ...")."""
        kids = list(v.children)
        if any(c.lower_ in ("where", "when", "why", "whose") for c in kids):
            return False
        if passive:
            return any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in kids)
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if not subjects or any(c.tag_ in ("WDT", "WP") for c in subjects):
            return False
        # ("the sailors they held hostage": the predicate noun is no object of its own)
        objects = [c for c in kids if c.dep_ == "dobj" and c.lower_ not in ("hostage", "hostages", "captive")]
        return not objects or all(o.tag_ in ("WDT", "WP") for o in objects)

    @staticmethod
    def _sponsor(t) -> bool:
        """A name joined by a hyphen to a participle of sponsorship on a noun of talks: "UN-backed talks",
        "Qatari-mediated negotiations" name who sponsors the talks, not a party to them."""
        doc = t.doc
        if not (backs_at(doc, t.i + 1) or leads_at(doc, t.i + 1)):
            return False
        noun = doc[t.i + 2].head if doc[t.i + 2].dep_ == "amod" else t.head
        return noun.lemma_.lower() in TALKS_NOUNS

    def nearest_actor(self, v, index: ActorIndex, force: bool = False, refusal: bool = False,
                      skip: tuple = (), said: bool = False) -> list[ActorMention]:
        """Where no slot names the target, the first actor the verb's own phrase names after it: inside its object
        ("rejected a UN-brokered plan", "an offer of talks from the government"), a preposition it governs
        ("used gas against rebel-held suburbs") or its complement clause ("demanded that the United States stop
        ..."). Subjects, adverbial clauses and coordinated clauses are not searched: they are other events'."""
        stack = [(c, False) for c in v.children if c.i > v.i and c.dep_ not in FALLBACK_SKIP and c.dep_ not in skip]
        toks = []
        while stack:
            t, where = stack.pop()
            if t.dep_ == "prep" and t.lower_ == "in" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in REASON_NOUNS for p in t.children):
                continue  # "in defiance of a UN ban", "in response to", "in protest at": why, not where or whom
            if t.dep_ == "prep" and t.lower_ in TIME_PREPS:
                continue  # "days after the lifting of sanctions on Tehran": when, not where or whom
            if t.dep_ == "prep" and t.lower_ in ("for", "over") and t.head.i == v.i and any(
                    c.dep_ == "dobj" for c in v.children) and any(
                    p.dep_ == "pcomp" and p.tag_ == "VBG" for p in t.children):
                # "slammed the Boy Scouts for promoting trips for teenagers": what the one acted on did is why, and
                # whom that act touched is not the target
                continue
            if said and t.dep_ == "prep" and t.lower_ == "on" and any(
                    p.dep_ == "pobj" and (p.lemma_.lower() in CHANNELS or " ".join(
                        k.lower_ for k in p.subtree if k.dep_ != "det") in CHANNELS) for p in t.children):
                continue  # "warned followers on social media": where the words went out, not whom they were for
            if t.dep_ == "prep" and t.lower_ == "than" and not any(
                    p.dep_ == "pobj" and (p.pos_ == "NUM" or any(k.dep_ == "nummod" for k in p.children))
                    for p in t.children):
                continue  # "would get more from the plan than students": whom a comparison is with, not whom
            if t.dep_ == "nsubj" and naming_clause(t.head):
                continue  # "struck what Ankara called militant camps in Iraq": who names the object, not whom it hit
            if refusal and t.dep_ == "prep" and t.lower_ == "about" and t.head.pos_ == "NOUN" and t.head.i != v.i:
                # "rejecting an inquiry about her use of a server": what the thing refused is about, not whom (a
                # comment "about the talks with Somalia" is on the other party)
                continue
            if t.dep_ == "prep" and t.lower_ == "as" and any(
                    p.dep_ == "pobj" and p.pos_ == "NOUN" and not any(k.dep_ in ("det", "poss") for k in p.children)
                    and index.at(p.i) is not None and index.at(p.i).kind == "role" for p in t.children):
                continue  # "promised that as president he would ...": an office its holder acts in, not a target
            if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in DEATH_NOUNS:
                continue  # "demanded an inquiry into the killing of the former prime minister": the dead are no target
            if t.dep_ == "prep" and t.lower_ == "in" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in RELATION_NOUNS for p in t.children):
                # "backed down in its standoff with the opposition": a relation, not a place; its other side (not
                # where the verb has an object of its own: "back Georgetown in its dispute with Venezuela")
                if not any(c.dep_ == "dobj" for c in v.children):
                    stack.extend((w, where) for p in t.children if p.dep_ == "pobj" for w in p.children
                                 if w.dep_ == "prep" and w.lower_ == "with")
                continue
            if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS:
                if not force:
                    continue  # "demonstrated in Cairo": where it happened, not whom it was against
                where = True  # "an offensive in Gaza": force used in a place is used against it
            where = where or (t.dep_ == "prep" and t.lower_ == "at")
            toks.append((t, where))
            stack.extend((c, where) for c in t.children
                         if c.dep_ not in ("advcl", "relcl", "conj", "parataxis", "appos"))
        # "what Ankara called militant camps in Iraq": the label is the attacker's word; the place named is whom
        labels = {k.i for t, _ in toks if t.dep_ == "oprd" and naming_clause(t.head) for k in t.subtree}
        for t, where in sorted(toks, key=lambda x: x[0].i):
            m = index.at(t.i)
            if t.i in labels and (m is None or m.kind not in ("place", "capital", "country")):
                continue
            if m is not None and (self._sponsor(t) or m.kind in ("place", "capital") and t.dep_ == "compound"
                                  and t.head.lemma_.lower() in TALKS_NOUNS):
                continue  # "return to UN-backed talks", "the Geneva talks": who backs them, where they are held
            if m is not None and m.code and not (where and m.kind == "place" and not force):
                # "ask the United States and Japan for aid": the verb's own conjoined objects too (not those
                # of a thing, "a highway linking Bolivia and Brazil")
                h = t.doc[m.head]
                own, up = True, h
                while up.i != v.i and own:
                    # "demanded that Azerbaijan and Armenia agree": the complement's own subjects too
                    own = (up.dep_ in ARGUMENT_PATH or (up.dep_ == "nsubj" and up.head.dep_ == "ccomp")) \
                        and up.head.i != up.i
                    up = up.head
                return [m] + [a for c in h.conjuncts if c.i > h.i and own and not trailing_speaker(c)
                              for a in self.actors_of(c, index) if a.code and a is not m and a.kind != "place"]
            m = index.modifiers.get(t.i)
            if m is not None and m.code:
                return [m]
        return []
