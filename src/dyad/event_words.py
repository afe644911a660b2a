"""Word lists and token tests the event coder shares between its verb coding (``events``) and the passes over a
sentence's coded events (``event_passes``)."""

from __future__ import annotations

from .actor_words import ARMED_OPPONENTS, PEACEKEEPERS
from .document import Event, Mention
from .lexicon import word_list, word_numbers

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "ca"}


def aux_word(tok) -> str:
    """An auxiliary as the modality lists spell it: a curly apostrophe made straight ("he’ll"), and a modal "'d"
    read as "would" ("he'd support her"; the "'d" of "he'd supported" is "had", no modal)."""
    word = tok.lower_.replace("’", "'")
    return "would" if word == "'d" and tok.tag_ == "MD" and tok.head.tag_ == "VB" else word


def side_of(code: str | None) -> tuple[str, bool]:
    """An actor's side in its country's conflicts: its country, and whether it takes up arms or stands against the
    state (rebels, insurgents, separatists, the opposition) rather than for it."""
    code = code or ""
    return code[:3], code[3:6] in ARMED_OPPONENTS | {"OPP"}


# nouns of demand or appeal whose that-clause names the act asked for ("demands that he resign")
DEMAND_NOUNS = {"demand", "call", "request", "appeal", "plea", "ultimatum"}
# verbs under which a speaker tells what another will suffer: "warned that Washington would pay a heavy price"
FATE_SAYING_VERBS = word_list("fate-saying")
# verbs of saying under which "X must act" is the speaker's demand ("said Sweden must extradite the suspects")
MUST_SAYING_VERBS = word_list("must-saying")
HYPOTHETICAL_MARKS = {"if", "whether", "unless"}
DELIBERATION_VERBS = {"decide", "consider", "weigh", "debate", "mull", "ponder", "wonder", "ask", "discuss"}
NEGATION_WORDS = {"not", "n't", "never", "no"}
# verbs of saying whose clause of what the speaker will do is a stated intent ("Russia said it would scale back")
STATEMENT_VERBS = word_list("statement")
# roots of speech acts (comments, appeals, intents, demands, disapproval, rejection, threats): never a requested act
SPEECH_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}
# roots whose verbs, used of a thing rather than an actor, are in another sense ("met the deadline")
LITERAL_ROOTS = {"04", "05", "06", "18", "19"}
LITERAL_VERBS = {"demonstrate", "show"}  # "demonstrated their skill" is no protest
# texts whose content a participle describes ("a draft resolution demanding ...")
DOCUMENT_NOUNS = {"resolution", "draft", "bill", "law", "plan", "proposal", "report", "statement", "letter",
                  "motion", "text", "declaration", "decree", "petition", "communique", "communiqué"}
# nouns that name an appeal, whose for-phrase tells what is asked ("a request for weapons")
ASKING_FOR_NOUNS = {"request", "appeal", "call", "plea"}
# the rejection of an appeal of each kind: for material cooperation 121x, for aid 122x, for reform 123x, to yield
# 124x, to meet 125, to settle 127, to accept mediation 126
REJECTED_APPEALS = {"021": "121", "023": "122", "024": "123", "025": "124", "026": "125", "027": "127", "028": "126"}
MEETING_NOUNS = {"summit", "meeting", "conference", "talk", "forum", "gathering", "session", "ceremony", "funeral"}
NEGOTIATORS = {"negotiator", "delegation", "delegate"}
# act nouns whose possessor, with no "of" phrase, is the one who undergoes the act: "his arrest", "their release"
PATIENT_NOUNS = {"arrest", "detention", "release", "execution", "killing", "murder", "assassination", "abduction",
                 "kidnapping", "expulsion", "deportation", "extradition", "imprisonment", "sentencing", "conviction",
                 "capture", "torture", "jailing", "internment", "prosecution", "trial", "removal", "ouster",
                 "dismissal", "sacking", "impeachment"}
KILLING_VERBS = {"kill", "execute", "behead", "murder", "shoot", "slay"}
MASS_KILLING = 50  # victims killed at once from whom a killing is a mass killing
# number words that count victims ("hundreds of civilians"), with the number each stands for
NUMBER_WORDS = word_numbers("headcount")


def _headcount(tok) -> int:
    """The number a numeral token gives ("110", "1,200", "fifty", "thousands"), 0 if none."""
    text = tok.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text, 0)
CESSATION_VERBS = {"stop", "cease", "halt", "quit", "end"}
PROPOSAL_NOUNS = {"invitation", "offer", "proposal", "request", "call", "demand", "plan", "bid", "attempt",
                  "effort", "threat", "promise", "pledge", "ultimatum", "appeal", "order", "decision", "readiness",
                  "willingness", "refusal", "right", "push", "drive", "campaign", "move"}
# nouns of asking whose that-clause tells what is asked for ("demands that he resign")
ASKING_NOUNS = {"demand", "call", "request", "appeal", "proposal", "offer", "ultimatum", "invitation", "plea",
                "insistence", "suggestion"}
SPARING = {"085", "087"}  # easing economic sanctions, de-escalating: asked for by whom they spare
SPAN_NOUNS = word_list("span")  # "two days of talks"
# spans of history a conflict an act brings to an end has lasted ("..., ending two decades of hostility")
HISTORY_SPANS = word_list("history-span")
UNARMED_ROLES = {"CVL", "LAB", "HLH", "EDU", "OPP", "BUS", "MED", "REL", "REF", "AGR", "HRI", "NGO", "ELI"}
PAST_DATE_WORDS = {"last", "previous", "year", "years", "ago", "earlier", "decade"}  # "last year's protests"
BORDER_NOUNS = {"border", "frontier", "boundary", "borderland", "front", "front line", "frontline"}
SEIZING_VERBS = {"seize", "grab", "snatch"}
TAKEN_PEOPLE = {"CVL", "COP", "GOV", "MED", "NGO", "BUS", "HRI", "EDU", "REL", "LAB", "REF", "HLH", "ELI", "OPP"}
NAMING_VERBS = {"call", "brand", "label", "describe", "denounce", "condemn"}
# nouns by which a later clause names an earlier act: "called the move a provocation"
NAMED_ACTS = {"move", "step", "decision", "act", "action", "measure", "exercise", "drill", "deployment", "test",
              "launch", "vote", "plan", "visit", "remark", "statement", "comment", "raid", "strike", "incursion"}
DISPUTE_NOUNS = {"dispute", "war", "conflict", "row", "standoff", "stand-off", "feud", "quarrel", "rift", "fighting"}
HOLD_NOUNS = word_list("hold-noun")  # "seized control of the town": the town is what is seized
TIME_SPANS = word_list("time-span")  # "gave them a day to leave": the time an ultimatum allows
REPRESSION_ROOTS = {"17", "18", "19", "20"}  # coercion, assault, force: done to persons
STATE_ARMS = {"GOV", "COP", "MIL", "JUD", "SPY"}  # a state's government, police, forces, courts, intelligence
SCENE_PREPS = {"during", "at", "amid", "after", "following"}
PRIOR_PREPS = {"after", "following"}  # "resigned after weeks of protests": what came before the act told
GENERIC_AID = {"aid", "help", "assistance", "support"}  # asked for, they name no kind of aid
WHEN_PREPS = {"after", "before", "since", "following", "until", "till", "amid", "during"}
LAND_ROOTS = {"13", "17", "18", "19", "20"}  # threats, seizures and force a place can be what is aimed at
MEDIATED_ROOTS = {"03", "04", "05", "08"}  # acts between two parties a third may mediate
SETTLED_DEALS = word_list("settled-deal")  # "under a deal brokered by Moscow": its broker mediated
RIVAL_STRAINS = word_list("rival-strain")  # "on alert amid tensions with Kosovo": the rival the alert is aimed at
INSURGENT_ROLES = {"INS", "REB", "SEP"}  # armed groups that fight within their own country
UNDIRECTED_CODES = {"033", "034", "035", "038"}  # intents coded with no target (see Events.__call__)
MUTUAL_ROOTS = {"03", "05", "06"}  # intents and cooperation between conjoined parties run both ways
CLAIM_VERBS = {"say", "announce", "claim", "confirm", "admit", "acknowledge", "state", "boast"}
DEFIANCE_NOUNS = {"violation", "defiance", "breach"}
# participles after a hyphened noun that say what a thing holds: "a chlorine-filled cylinder" is a chlorine cylinder
FILLED_PARTICIPLES = word_list("filled")
# words that make a rocket a strategic missile, whose launch at no one is a test or a show of force
MISSILE_RANGES = {"ballistic", "long", "intercontinental", "medium", "intermediate", "hypersonic", "cruise",
                  "space", "satellite"}
# deployments abroad for a mission of peace or security (074), told by the force, its mandate or its purpose
DEPLOYING_VERBS = {"deploy", "send", "dispatch", "fly", "airlift", "station", "contribute"}
PEACE_WORDS = PEACEKEEPERS  # one list with the actors stage's (a token's lemma: "blue helmets" is "helmet")
HELPING_VERBS = {"help", "assist", "keep", "restore", "protect"}
MISSION_NOUNS = {"mission", "force", "operation", "contingent"}
ATTEMPT_VERBS = {"try", "attempt", "seek"}  # "could try to invade": the attempt's mood is the act's
ASPECT_VERBS = {"start", "begin", "continue", "resume", "keep", "go", "commence"}
CONDUCT_VERBS = {"launch", "mount", "stage", "conduct", "carry", "wage", "step", "intensify", "renew"}  # an act as object
# verbs and nouns whose complement is a disputed claim, not a reported act
# the nouns of military exercises, held by a country's forces
EXERCISE_NOUNS = {"exercise", "drill", "manoeuvre", "maneuver", "manoeuvres", "maneuvers"}
# nouns that name an act as alleged: "investigated allegations of police abuse"
ALLEGATION_NOUNS = {"allegation", "accusation", "claim", "report", "complaint"}
DISPUTING_WORDS = {"deny", "accuse", "allege", "blame", "allegation", "accusation", "charge", "suspect", "suspicion",
                   "rumour", "rumor", "dismiss", "refute"}
CLAIM_NOUNS = {"claim", "report", "suggestion", "assertion", "statement"}
REASON_NOUNS = {"protest", "response", "retaliation", "solidarity", "reprisal", "revenge"}
INQUIRY_NOUNS = {"investigation", "inquiry", "probe", "review", "enquiry"}
CLAIMING_VERBS = {"claim", "take", "accept", "admit", "assume", "deny", "disclaim"}
REJECTING_VERBS = {"reject", "deny", "dismiss", "refute", "rebut", "dispute"}
# nouns that name an act already told ("condemned the test", "snubbed the offer"), besides the event nouns
TOLD_ACT_NOUNS = {"test", "launch", "detonation", "blast", "explosion", "move", "step", "decision", "action", "act",
                  "offer", "proposal", "plan", "overture", "gesture"} | word_list("told-ruling")
# nouns of what is told or what happened, whose clause names the act an inquiry into them looks at ("investigating
# reports that its air strike killed civilians", "an incident in which a school was hit"), and the inquiry code the
# act's root gives
REPORT_NOUNS = word_list("report-noun")
# verbs of force used in answer, aimed at whoever acted before ("returned fire", "retaliated with air strikes")
ANSWERING_VERBS = word_list("answering")
PROBED_ACTS = {"18": "092", "19": "093", "20": "094"}
DEFINITE_DETS = {"the", "this", "these", "that", "those"}
# craft that, acted on other than by force, are their country's property ("let Indian warships make port calls",
# "handed back three Ukrainian naval vessels"), not its forces
CRAFT_NOUNS = {"warship", "ship", "vessel", "boat", "tanker", "frigate", "destroyer", "submarine", "aircraft", "plane",
               "jet", "drone", "helicopter", "carrier", "gunboat", "corvette"}
FORCE_ROOTS = {"15", "18", "19", "20"}
# the people a state acts on at home
DOMESTIC_ROLES = {"CVL", "OPP", "EDU", "MED", "HRI", "LAB", "REL", "HLH", "BUS"}
# verbs whose object is what is sent or given ("send peacekeepers", "deploy troops"), not whom it is for
SENDING_VERBS = {"send", "deploy", "dispatch", "contribute", "provide", "supply", "station", "offer", "lend", "airlift",
                 "fly", "deliver", "move", "rush", "commit"}
# people's homes and land: seizing or demolishing them (17x) is done to their owners, civilians ("demolished ten
# Palestinian homes" is PSECVL; "seized white-owned farms" the civilians of the seizer's country)
PROPERTY_NOUNS = {"home", "house", "farm", "farmland", "land", "shack", "stall", "property", "shop", "dwelling", "hut",
                  "orchard", "plot", "homestead", "shelter"}
# people held by a state: a hunger strike of theirs is aimed at the state that holds them ("Palestinian prisoners in
# Israeli jails", "an imprisoned activist")
HELD_NOUNS = {"prisoner", "detainee", "inmate", "captive", "hostage"}
HELD_WORDS = {"jailed", "imprisoned", "detained", "held", "incarcerated"}
JAIL_NOUNS = {"jail", "prison", "gaol", "cell", "camp", "centre", "center", "facility", "custody"}


def _conditioned(v) -> bool:
    """A clause with a condition of its own: "would lift the emergency if the rebels returned to talks"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in v.children)


def _verbal(tok) -> bool:
    """A verb, or a clause head the tagger took for a noun ("demanded that the president resign" tags "resign" as
    a noun; its clause role and subject show it is a verb)."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "acomp") and any(c.dep_ == "agent" for c in tok.children):
        return True  # "Mosul was overrun by militants": a passive participle read as a noun
    return tok.pos_ == "NOUN" and tok.dep_ in ("ccomp", "xcomp") and (any(
        c.dep_ in ("nsubj", "aux") for c in tok.children) or _misread_clause(tok))


def _misread_clause(tok) -> bool:
    """"demanded that the prime minister resign" read as a noun "prime minister resign" after "that": a clause
    head the tagger took for a noun, its subject for a modifier."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ccomp" and any(c.dep_ == "mark" for c in tok.children) and any(
        c.dep_ == "compound" and c.i == tok.i - 1 for c in tok.children)


def _participle_adjunct(tok) -> bool:
    """A participle set off by a comma that the parser hung on a verb as its complement: "urged Brazil to back
    Georgetown, accusing Caracas of ...". It tells another act of the verb's subject, not the one asked for."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.i > tok.head.i and tok.doc[tok.i - 1].text == ","


def _prior_protest(n) -> bool:
    """A noun under "after" or "following", or counted by a span of time under one ("after weeks of protests",
    "following violent protests"): what came before the act its clause tells."""
    if n.dep_ != "pobj":
        return False
    if n.head.lower_ in PRIOR_PREPS:
        return True
    span = n.head.head if n.head.lower_ == "of" else None
    return span is not None and span.lemma_.lower() in SPAN_NOUNS and span.dep_ == "pobj" \
        and span.head.lower_ in PRIOR_PREPS


def _in_show_of_force(v) -> bool:
    """An "in a show of force" adjunct on the verb ("jets flew near Taiwan in a show of force")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() == "show" and any(
            k.dep_ == "prep" and k.lower_ == "of" and any(
                f.dep_ == "pobj" and f.lemma_.lower() in ("force", "strength", "power") for f in k.children)
            for k in p.children) for p in c.children) for c in v.children)


def _past_dated(n) -> bool:
    """A noun dated by a year or a past phrase of its own: "the 2018 protests", "last year's rallies", "a rally
    in 2019"."""
    return any(c.ent_type_ == "DATE" and any(any(ch.isdigit() for ch in t.text) or t.lower_ in PAST_DATE_WORDS
                                             for t in c.subtree) for c in n.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            p.dep_ == "pobj" and p.ent_type_ == "DATE" and len(p.text) == 4 and p.text.isdigit() for p in c.children)
        for c in n.children)


def _negated(tok) -> bool:
    """A verb with a negation of its own: "did not meet", "never attacked"."""
    return any(c.dep_ == "neg" or (c.lower_ in NEGATION_WORDS and c.dep_ in ("advmod", "neg"))
               for c in tok.children)


def _implied(code: str, name: str, ev: Event) -> Mention:
    """An actor the text implies but does not name ("Egyptians demonstrated": against their government): no words
    of its own, so an empty span at the event's verb or noun, kind "implied"."""
    return Mention("", code, name, ev.verb.start, ev.verb.start, ev.sentence, None, "implied")


def _count(tok) -> float:
    """The value of a number token ("300,000", "1.5"), or 0 where it is not one."""
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}.get(tok.lower_, 0)
