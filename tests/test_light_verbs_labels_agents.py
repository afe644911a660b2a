"""Light-verb rows, sport, named labels, past clauses under deliberation, state agents and ordered
detentions."""

from __future__ import annotations

from conftest import event_tuples


def events(text, date="2024-05-01"):
    return event_tuples(text, date)


def test_war_games_tagged_as_a_proper_noun_still_match_the_exercise_rows():
    got = events("China's navy will stage large-scale naval war games near the Strait of Malacca next week.")
    assert ("CHNMIL", "150", None, "future") in got, got


def test_intelligence_exchanged_between_two_states_is_shared_each_way():
    got = events("India and Pakistan have not exchanged any military intelligence since the crisis began.")
    assert ("IND", "064", "PAK", "negated") in got, got
    assert ("PAK", "064", "IND", "negated") in got, got


def test_joining_sanctions_imposes_them():
    got = events("Greece has not joined Western sanctions against Iran.")
    assert ("GRC", "163", "IRN", "negated") in got, got


def test_launching_a_ground_operation_against_militants_is_an_attack():
    got = events("Israel's army is expected to launch a new ground operation against Hamas militants in Rafah "
                 "within days.")
    assert any(s == "ISRMIL" and c == "190" and (t or "").startswith("PSE") and m == "future"
               for s, c, t, m in got), got


def test_gathering_evidence_of_war_crimes_investigates_them():
    got = events("UN investigators began gathering evidence of alleged war crimes by Sudanese forces in Darfur.")
    assert ("IGOUNO", "094", "SDNMIL", "asserted") in got, got


def test_letting_relief_agencies_in_is_humanitarian_access():
    got = events("The World Food Programme urged Ethiopia's government to let relief agencies into Tigray.")
    assert ("ETHGOV", "0863", "ETH", "requested") in got, got


def test_sport_title_defences_and_the_all_blacks_code_nothing():
    assert events("South Africa's Springboks crushed the All Blacks 35-7 in Johannesburg on Saturday.") == []
    assert events("Spain's world chess champion defended her title in Madrid, crushing her Chinese challenger.") == []


def test_the_namer_in_what_x_called_is_no_target_and_the_place_named_is():
    got = events("Turkish jets bombed what Ankara called Kurdish militant positions in northern Iraq on Sunday.")
    assert ("TURMIL", "195", "IRQ", "asserted") in got, got
    got = events("Israeli aircraft struck what Jerusalem called a weapons depot inside Syria overnight.")
    assert ("ISRMIL", "195", "SYR", "asserted") in got, got


def test_a_past_act_in_an_after_clause_is_asserted_under_a_deliberated_act():
    got = events("Norway is weighing whether to close its border after Oslo accused Moscow of meddling.")
    assert any(s.startswith("NOR") and c.startswith("112") and m == "asserted" for s, c, _, m in got), got
    assert not any(c.startswith("112") and m == "hypothetical" for _, c, _, m in got), got


def test_agents_named_by_a_nationality_are_intelligence():
    got = events("Germany accused Russian agents of plotting sabotage on Monday.")
    assert any(s == "DEU" and c.startswith("112") and t == "RUSSPY" for s, c, t, _ in got), got


def test_rushing_to_a_states_defence_defends_it():
    got = events("Russia's foreign ministry rushed to Iran's defence on Monday.")
    assert ("RUSGOV", "052", "IRN", "asserted") in got, got


def test_a_judge_ordering_someone_held_detains_them():
    got = events("A judge in Lima ordered the former minister held in pre-trial detention for six months.")
    assert ("PERJUD", "173", "PERELI", "asserted") in got, got
    got = events("Police in Lima arrested a former Peruvian minister on Monday. Hours later, a judge ordered him "
                 "held in custody for 18 months.")
    assert ("PERJUD", "173", "PERELI", "asserted") in got, got



def test_the_act_a_call_asks_for_is_requested_not_done():
    got = events("Rwandan troops have not left Congo despite repeated calls for them to withdraw.")
    assert not any(c.startswith("087") and m == "asserted" for _, c, _, m in got), got
