

def test_time_prep_is_a_date_object_but_not_a_span_of_an_act(nlp):
    from dyad.arguments import time_prep

    doc = nlp("Protesters marched on Friday. The envoy called on Moscow. She is on the third day of a fast.")
    preps = {t.head.lower_ + " " + t.lower_ + " " + next(t.children).lower_: time_prep(t) for t in doc
             if t.dep_ == "prep" and t.lower_ == "on" and list(t.children)}
    assert preps.get("marched on friday") is True, preps
    assert preps.get("called on moscow") is False, preps
    assert preps.get("is on day") is False, preps
