"""Word lists and token tests the actors stage shares between finding mentions (``actors``, ``actor_matching``,
``actor_persons``), giving them countries (``actor_countries``) and resolving references (``actor_references``)."""

from __future__ import annotations

from .lexicon import word_list, word_numbers

# dashes that close a dateline: "NEW YORK (AFP) - ", "MOSCOW — "
DATELINE_DASHES = {"-", "--", "\u2013", "\u2014"}
NAME_KINDS_STANDALONE = {"country", "capital", "seat", "org", "territory", "person"}
COUNTRY_EVIDENCE = {"country", "adjective", "capital", "territory", "territory_adj"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod"}
THING_PRONOUNS = {"it", "its", "they", "their", "them"}
# plain adjectives that open a sentence capitalised and name no people or bloc ("Angry crowds"); "Masked men" and
# "Armed men" stay unidentified attackers
PLAIN_OPENERS = {"angry", "furious", "irate", "enraged", "young", "local", "jubilant", "hungry", "striking",
                 "peaceful", "rival", "hundreds", "thousands", "dozens", "several", "many"}
STATE_NOUNS = {"country", "nation", "state", "island", "kingdom", "republic", "archipelago", "emirate", "monarchy"}
RECENT_SENTENCES = 3  # how far back a person of a pronoun's own gender is still its likelier antecedent
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# prepositions whose object is what an act is aimed at, not the scene: "retaliation on Russia", "flew to Beijing"
TOWARD_PREPS = {"on", "upon", "against", "to", "toward", "towards", "into", "with"}
# titles that tell a person's gender: "Mrs. Clinton", "Mr. Trump"
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f", "madame": "f", "lady": "f",
                "lord": "m", "king": "m", "queen": "f", "prince": "m", "princess": "f", "senor": "m", "senora": "f"}
# the plain honorifics of news prose, which go before a surname alone ("Mr. Clinton")
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# a role on a modifier that is more telling than a generic head ("opposition leader", "rebel commander")
SPECIFIC_ROLES = {"OPP", "REB", "SEP", "MIL", "COP", "JUD", "LEG", "SPY", "MED", "BUS", "LAB", "INS", "REF", "HRI",
                  "EDU", "REL", "NGO", "HLH", "AGR", "CRM", "UAF", "ENV", "SET", "RAD"}
GENERIC_ROLES = {"GOV", "CVL", "ELI"}
# verbs whose "to" names whom they address: a capital after them is its government
ADDRESS_VERBS = {"appeal", "plead", "write", "speak", "talk", "complain", "apologise", "apologize", "turn", "signal",
                 "petition", "protest", "report", "reach"}
# verbs of giving things, whose "to" capital is the government that receives them
GIVING_VERBS = {"send", "deliver", "supply", "ship", "provide", "lend", "donate", "sell", "give", "transfer"}
# people sent somewhere, who go to a place rather than to a government
SENT_PEOPLE = {"troop", "soldier", "force", "peacekeeper", "personnel", "police", "officer", "marine", "paratrooper",
               "contingent", "battalion", "unit", "envoy", "delegation", "team", "mission", "diplomat", "minister"}
# followers of a leader; of an ousted one, they are the opposition
FOLLOWER_NOUNS = {"supporter", "loyalist", "follower", "partisan"}
# office holders removed from office: one named is a former office holder (ELI)
DEPOSED = {"ousted", "deposed", "toppled", "overthrown"}
OUSTED = DEPOSED | {"jailed", "imprisoned", "exiled"}
NEGATING_PREFIXES = {"pro", "anti", "non", "ex"}
# determiners before a demonym in the singular that make it one person of that country: "an Israeli", "a Briton"
SINGLE_DETERMINERS = {"a", "an", "another"}
# the dependencies of a word that stands as a noun phrase of its own ("stabbed an Israeli": dobj)
NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "attr", "ROOT"}
LEFT_DEPS = {"det", "predet", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "advmod", "punct"}
# role nouns that name an actor only in the plural or with a modifier
PLURAL_OR_MODIFIED = {"force", "authority", "party"}
# role nouns that name an actor only with a nationality, a name or an owner before them ("Moroccan intelligence",
# "Israel's intelligence"); otherwise they are a thing ("shared intelligence", "new intelligence")
NAMED_OWNER = {"intelligence", "agent"}
# people nouns that name a group of civilians only in the plural
PLURAL_ONLY = {"woman", "man", "child", "boy", "girl", "family", "parent", "relative", "national", "youth"}
# people named by their kin: the role of whom they are kin to is not theirs
KIN_NOUNS = {"family", "relative", "parent", "mother", "father", "wife", "widow", "son", "daughter", "kin", "husband",
             "widower", "brother", "sister", "child", "uncle", "aunt", "cousin", "nephew", "niece", "grandson",
             "granddaughter", "grandfather", "grandmother", "fiancee", "fiance"}
# weapons that stand for a military only where a country or group names whose they are ("Turkish tanks",
# "Russian bombers"); alone they are things ("a suicide bomber", "a tank exploded")
NEEDS_OWNER = {"tank", "bomber", "drone", "artillery", "jet", "helicopter", "gunship", "warplane", "warship",
               "submarine", "frigate", "destroyer"}
FOREIGN_WORDS = {"foreign", "international", "overseas"}
# roles of international civil-society organizations (rights groups, aid charities): the organization keeps its
# bare role code wherever it works, unlike armed groups, whose country is the one they fight in
TRANSNATIONAL_CIVIL = {"HRI", "NGO"}
# armed opponents of a state, and the state bodies they fight at home
ARMED_OPPONENTS = {"REB", "INS", "SEP"}
STATE_ROLES = {"COP", "MIL", "GOV"}
# nouns of fighters whose role a people's adjective before them may change (peoples.tsv, column armed)
PEOPLE_FIGHTERS = {"fighter"}
# roles whose holders in a seat of an organization speak for it ("officials in Brussels" are the EU's)
OFFICIAL_ROLES = {"GOV", "ELI", "LEG", "JUD", "MIL", "COP", "SPY", "IGO"}
# roles of national bodies that many states have under one name (a congress, a conservative party, a foreign office)
NATIONAL_BODY_ROLES = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY"}
# nouns that, after "the" and with no name of their own, stand for the international organisation named last
BLOC_NOUNS = {"bloc", "alliance", "grouping"}
GROUP_NOUNS = {"group", "militia", "movement", "organisation", "organization", "faction", "insurgency"}
MEETING_VERBS = {"meet", "host", "receive", "welcome", "visit", "telephone", "phone", "call"}
AREA_NOUNS = {"province", "region", "state", "city", "town", "district", "county", "area", "village", "governorate",
              "oblast", "prefecture", "valley", "capital", "port", "island", "territory", "municipality"}
# the armed roles whose adjective alone names who holds a site ("militant camps", "military bases")
HOLDING_ROLES = {"MIL", "INS", "REB", "SEP", "COP"}
# prepositions that place a site: "camps in eastern Libya", "hideouts inside Afghanistan"
SITE_PREPS = {"in", "inside", "near", "outside", "across", "around", "along", "within"}
# lemmas of peacekeepers and their missions ("blue helmets", "a stabilisation force"); the events stage reads them
# too, for deployments that are peace missions (074)
PEACEKEEPERS = {"peacekeeper", "peacekeeping", "helmet", "stabilisation", "stabilization"}
# number words before a plural noun that stands for that many parties named before ("the two leaders", "the three
# countries")
GROUP_SIZES = word_numbers("group-size")
# "Iranian-backed militias": a backing participle after a hyphen names who backs the actor, not its owner
BACKING = word_list("backing")
# plural nouns that, after "the two" or "both", stand for the two parties named before
PAIR_NOUNS = {"leader", "side", "country", "government", "man", "president", "minister", "nation", "neighbour",
              "neighbor", "rival", "party", "delegation", "premier", "capital", "army", "foe", "adversary", "state"}


def _counted(tok):
    """The phrase that counts this noun, if any: "students" in "tens of thousands of students" is counted by
    "tens", which holds the noun's place in the clause."""
    from .arguments import QUANTITY_WORDS

    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.i and (
            tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in QUANTITY_WORDS | {"ten", "tens"}):
        tok = tok.head.head
    return tok


def backs_at(doc, i: int) -> bool:
    """Whether token i is a hyphen that joins a backer's name to a backing participle ("Russian-backed
    separatists", "UN-brokered talks")."""
    return 0 <= i < len(doc) - 1 and doc[i].text == "-" and doc[i + 1].lemma_.lower() in BACKING


def leads_at(doc, i: int) -> bool:
    """Whether token i is a hyphen that joins a leader's name to "led" ("US-led coalition")."""
    return 0 <= i < len(doc) - 1 and doc[i].text == "-" and doc[i + 1].lemma_.lower() == "lead"


def backed_at(sdoc) -> set[int]:
    """The hyphens that join a backer's name to a backing participle ("Russian-backed separatists"): a name that
    ends just before one names the backer, neither the actor's owner nor the scene."""
    return {t.i for t in sdoc if backs_at(sdoc, t.i)}


def led_at(sdoc) -> set[int]:
    """The hyphens that join a leader's name to "led" ("US-led coalition", "Saudi-led forces"): a name that ends
    just before one names who leads the actor, never the scene."""
    return {t.i for t in sdoc if leads_at(sdoc, t.i)}
