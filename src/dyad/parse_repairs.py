"""Repairs of the parser's known misreadings, made to a document's parse before any coding stage reads it.

The small English model reads some clauses as noun phrases; where the words leave no doubt which verb heads the
clause, the tree is re-hung so every stage sees the clause the writer wrote. Each repair changes only the
tokens of the misread phrase.
"""

from __future__ import annotations


def mend_object_clauses(sdoc, verbs) -> None:
    """Re-hang a that-clause the parser read as one noun phrase: "demanded that Israel and Hezbollah halt
    hostilities", "that India share evidence", "that the army halt operations" come out as a noun ("hostilities")
    heading the clause, its verb a modifier of it. A that-clause has a verb: a bare form of a lexicon verb just before
    the noun, after the clause's subject, is that verb, and the noun is its object. ``verbs`` holds the verb lemmas."""
    for n in sdoc:
        if n.pos_ not in ("NOUN", "PROPN") or n.dep_ != "ccomp" or n.head.pos_ not in ("VERB", "AUX"):
            continue
        # ("that" may come out as the noun's determiner, tagged IN)
        marks = [c for c in n.children if c.lower_ == "that" and (c.dep_ == "mark" or c.tag_ == "IN")]
        v = sdoc[n.i - 1] if n.i > 0 else None
        if not marks or v is None or v.head.i != n.i or v.dep_ != "compound" or \
                v.lemma_.lower() not in verbs or v.lower_ != v.lemma_.lower() or v.tag_ not in ("VB", "VBP", "NN"):
            continue
        if v.tag_ == "NN" and n.tag_ == "NN" and n.lower_ == n.lemma_.lower() and n.lemma_.lower() in verbs:
            continue  # "that the police force resign": the last word may be the verb ("resign" read as a noun)
        # the subject: the noun's subject before the verb, or the word before the verb read as its modifier
        subjects = [c for c in n.children if c.i < v.i and (c.dep_ == "nsubj" or c.dep_ in ("nmod", "compound")
                                                            and c.pos_ in ("NOUN", "PROPN"))]
        subjects += [c for c in v.children if c.dep_ in ("nsubj", "compound") and c.i < v.i
                     and c.pos_ in ("NOUN", "PROPN")]
        if not subjects:
            continue
        head = n.head
        v.pos_, v.tag_ = "VERB", "VBP"
        v.dep_ = "ccomp"
        v.head = head
        n.dep_ = "dobj"
        n.head = v
        for c in subjects:
            c.dep_ = "nsubj"
            c.head = v
        subject = subjects[0]
        for c in list(n.children):
            if c.i < v.i and c in marks:
                c.dep_ = "mark"
                c.head = v
            elif c.i < subject.i and c.dep_ in ("det", "amod", "nummod", "poss", "compound"):
                c.head = subject  # "that the army halt operations": the article is the subject's
