"""Two figures of one kind nothing else paired, told in the two articles' mutually
closest sentences, are one fact with two values (closest_figure_clashes); what tells
two facts apart parts them. Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.closest_figure_clashes import closest_figure_pairs, share_of_people
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def numbers_of(a: str, b: str) -> tuple[list[Number], SentenceClaims]:
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    return [c for c in claims if isinstance(c, Number)], SentenceClaims.index(claims)


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the figures the matcher pairs across the two articles."""
    numbers, sentences = numbers_of(a, b)
    found = closest_figure_pairs(numbers, Options(), sentences)
    return sorted((numbers[i].text, numbers[j].text) for _, i, j in found)


def test_one_count_in_other_words_pairs() -> None:
    a = "The observatory's volunteers catalogued 1,450 meteors during the clear night."
    b = "Volunteers at the observatory logged some 2,300 meteors over the clear night sky."
    assert paired(a, b) == [("1,450", "some 2,300")]


def test_two_sums_in_one_currency_pair_and_show_as_a_figure_conflict() -> None:
    a = "The museum paid £64,000 for the restored astronomical clock at auction."
    b = "At the auction the museum bought the restored astronomical clock for £46,000."
    assert paired(a, b) == [("£64,000", "£46,000")]
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    found = [al for al in comparison.alignments if al.kind == "number"]
    assert [al.verdict for al in found] == [Verdict.DIFFER]
    assert found[0].conflict is not None and found[0].conflict.value == "figure"


def test_values_beyond_twice_the_other_do_not_pair() -> None:
    a = "The observatory's volunteers catalogued 1,450 meteors during the clear night."
    b = "Volunteers at the observatory logged some 4,300 meteors over the clear night sky."
    assert paired(a, b) == []


def test_last_year_against_this_year_does_not_pair() -> None:
    a = "The observatory's volunteers catalogued 1,450 meteors during the clear night."
    b = "Last year volunteers at the observatory logged 2,300 meteors over one clear night."
    assert paired(a, b) == []


def test_a_forecast_against_an_outcome_does_not_pair() -> None:
    a = "The museum paid £64,000 for the restored astronomical clock at auction."
    b = "The museum expected to pay £46,000 for the restored astronomical clock at auction."
    assert paired(a, b) == []


def test_two_named_leads_do_not_pair() -> None:
    a = "Okafor ran 42 laps of the velodrome track before the break."
    b = "By the break Lindqvist had ran 57 laps of the velodrome track."
    assert paired(a, b) == []


def test_a_figure_the_other_sentence_gives_too_does_not_pair() -> None:
    a = "Thirty kites rose over the dunes at the festival, twelve of them from Lisbon."
    b = "Twelve kites from Lisbon rose over the dunes at the festival."
    assert paired(a, b) == []


def test_a_share_of_a_population_is_not_compared() -> None:
    numbers, _ = numbers_of("In the survey 58% of anglers said the river was cleaner.", "No word.")
    share = next(n for n in numbers if n.form == "percent")
    assert share_of_people(share)


def test_two_days_of_one_task_do_not_pair() -> None:
    a = "Divers lifted 1,300 bricks of the sunken pier on Saturday."
    b = "On Sunday divers lifted 2,100 bricks of the sunken pier."
    assert paired(a, b) == []


def test_two_tallies_of_one_vote_pair() -> None:
    a = "The chess federation's council elected its new president by 41 votes to 29."
    b = "The chess federation's council chose the new president by 38 votes to 32."
    assert paired(a, b) == [("41 votes to 29", "38 votes to 32")]


# fig23: what a rival is, whose modal a forecast is, what was asked for, where it was


def test_a_rival_of_another_period_does_not_stop_the_pair() -> None:
    a = (
        "The observatory's volunteers catalogued 1,450 meteors during the clear night. "
        "Last year the observatory's volunteers catalogued 1,900 meteors on one night."
    )
    b = "Volunteers at the observatory logged some 2,300 meteors over the clear night sky."
    assert paired(a, b) == [("1,450", "some 2,300")]


def test_a_rival_of_the_same_fact_still_stops_the_pair() -> None:
    a = (
        "The observatory's volunteers catalogued 1,450 meteors during the clear night. "
        "Organisers said the observatory's volunteers catalogued 1,900 meteors "
        "during the clear night."
    )
    b = "Volunteers at the observatory logged some 2,300 meteors over the clear night sky."
    assert paired(a, b) == []


def test_a_rival_of_another_size_does_not_stop_the_pair() -> None:
    a = "The bore reached groundwater at a depth of 1,240 feet below the farm's old well."
    b = (
        "The drilling crew struck groundwater 1,080 feet below the old well. "
        "The drilling crew added a further 260 feet of casing below the old well."
    )
    assert paired(a, b) == [("1,240", "1,080")]


def test_a_modal_in_a_relative_clause_after_the_figure_is_not_the_figures() -> None:
    a = "The tribunal ordered the shipyard to pay the welders £412,000 in back wages."
    b = (
        "The tribunal ordered the shipyard to pay the welders £468,000 in back wages, "
        "a ruling that could reshape pay across the yards."
    )
    assert paired(a, b) == [("£412,000", "£468,000")]


def test_a_modal_before_the_figure_is_still_a_forecast() -> None:
    a = "The tribunal ordered the shipyard to pay the welders £412,000 in back wages."
    b = "The shipyard could pay the welders £468,000 in back wages, the tribunal said."
    assert paired(a, b) == []


def test_the_month_may_is_no_modal() -> None:
    a = "On March 3 the tribunal ordered the shipyard to pay the welders £412,000 in back wages."
    b = "On May 3 the tribunal ordered the shipyard to pay the welders £468,000 in back wages."
    numbers, _ = numbers_of(a, b)
    from compare.align.forecasts import expecting

    assert not any(expecting(n) for n in numbers if n.form == "money")


def test_a_sum_asked_for_is_not_the_sum_awarded() -> None:
    a = "The tribunal ordered the shipyard to pay the welders £412,000 in back wages."
    b = "The welders asked the tribunal for £468,000 in back wages from the shipyard."
    assert paired(a, b) == []


def test_a_landmark_is_not_where_the_count_was() -> None:
    a = (
        "Some 640 hikers were stranded on the ridge trail in Glenmore County "
        "after the storm washed out the footbridge."
    )
    b = (
        "About 820 hikers were stranded on a ridge trail north of Carrow "
        "after the footbridge washed out."
    )
    assert paired(a, b) == [("Some 640", "About 820")]


def test_two_places_where_counts_were_still_part_them() -> None:
    a = "Some 640 hikers were stranded on the ridge trail in Glenmore County after the storm."
    b = "About 820 hikers were stranded on the ridge trail in Carrow County after the storm."
    assert paired(a, b) == []


def test_a_dateline_names_no_owner_of_the_figure() -> None:
    a = (
        "TRALEE, Ireland (IPS) — About 1,300 acres of barley in the valley were flooded "
        "on Monday, the farmers' union said."
    )
    b = (
        "The Valley Barley Growers' Guild puts the flooded barley at some 2,200 acres "
        "in the valley."
    )
    a += " The Valley Barley Growers' Guild asked for help."
    assert paired(a, b) == [("About 1,300", "some 2,200")]


def test_a_word_beside_one_figure_said_in_the_other_sentence_ties_them() -> None:
    a = (
        "Harbour Ferries, the city's largest operator, had carried more than 41,000 "
        "riders on its boats."
    )
    b = "Harbour Ferries said about 27,500 riders had travelled since the service began."
    assert paired(a, b) == [("more than 41,000", "about 27,500")]


def test_two_things_measured_in_words_of_their_own_do_not_pair() -> None:
    a = "A diesel mower can reach 98 decibels at the driver's seat, according to a parks report."
    b = (
        "Battery models run at about 70 decibels, according to suppliers' data "
        "cited by parks staff."
    )
    assert paired(a, b) == []


def test_a_sum_claimed_is_asked_for_but_a_toll_claimed_is_not() -> None:
    numbers, _ = numbers_of(
        "The growers claimed £275 million from the insurer.", "The fire claimed 14 lives."
    )
    from compare.align.closest_figure_clashes import asked_for

    assert [asked_for(n) for n in numbers] == [True, False]


def test_one_counted_noun_a_kind_of_the_other_pairs() -> None:
    a = "The Lisbury sawmill said on Monday it will cut 140 jobs at its Harwood plant."
    b = "The sawmill told staff that 190 posts will go at its Harwood plant."
    assert paired(a, b) == [("140", "190")]


def test_two_stations_near_two_towns_do_not_pair() -> None:
    a = "The gauge near Dunmore recorded 142 millimetres of rain in the storm overnight."
    b = "The gauge near Carrow recorded 96 millimetres of rain in the storm overnight."
    assert paired(a, b) == []


def test_one_payment_named_by_a_verb_and_a_noun_ties_two_sums() -> None:
    # the sentences share only names; the verb the sum is the object of ("fined")
    # and the noun it is "of" ("a fine of") name one payment
    a = "Gothenburg District Court found Mats Lindqvist negligent and fined him 250,000 kronor."
    b = "Gothenburg District Court ordered Mats Lindqvist to pay a fine of SEK 400,000."
    assert paired(a, b) == [("250,000", "SEK 400,000")]


def test_two_ceilings_of_one_limit_pair_as_two_values() -> None:
    a = "The licence lets the brewery draw up to 1.8 million litres of water from the spring."
    b = "Under its licence the brewery is allowed to take as much as 2.9 million litres of water."
    assert paired(a, b) == [("up to 1.8 million", "as much as 2.9 million")]


def test_words_of_one_sense_tie_two_sentences() -> None:
    # only "visitors" is said alike; "height" / "peak" are one sense in WordNet
    a = "At the height of the festival, 48,000 visitors crowded the old town."
    b = "Organisers counted 61,000 visitors at the peak on Saturday evening."
    assert paired(a, b) == [("48,000", "61,000")]


def test_words_of_two_senses_do_not_tie() -> None:
    a = "At the height of the festival, 48,000 visitors crowded the old town."
    b = "Organisers counted 61,000 visitors at the station on Saturday evening."
    assert paired(a, b) == []


def test_a_sum_a_thing_is_worth_and_its_value_put_at_a_sum_pair() -> None:
    # "worth" and "put the value ... at" both tell the thing's valuation
    a = "The forged manuscripts seized in Porto were worth an estimated 3.1 million euros."
    b = "Customs officers put the value of the seized manuscripts at around 5 million euros."
    assert paired(a, b) == [("an estimated 3.1 million", "around 5 million")]


def test_a_fine_and_a_reward_do_not_pair() -> None:
    a = "The court fined the dealer 3.1 million euros over the seized manuscripts."
    b = "A reward of 5 million euros was paid over the seized manuscripts."
    assert paired(a, b) == []


def test_a_deals_worth_and_its_price_pair() -> None:
    a = "Orsini Foods agreed to buy the dairy cooperative in a deal worth 410 million euros."
    b = "The dairy cooperative is being sold to Orsini Foods for 620 million euros."
    assert paired(a, b) == [("410 million", "620 million")]


def test_a_limit_per_occurrence_and_one_told_without_pair() -> None:
    a = "Anglers who break the closed season face fines of up to 2,000 pounds, the board said."
    b = "Fines for breaking the closed season rise to a maximum of 3,500 pounds per offence."
    assert paired(a, b) == [("up to 2,000", "a maximum of 3,500")]


def test_a_yearly_figure_and_a_total_do_not_pair() -> None:
    a = "The hatchery released 42,000 smolts into the river, the trust said."
    b = "The trust's hatchery releases 61,000 smolts a year into the river."
    assert paired(a, b) == []


def test_a_crowd_and_a_count_of_spectators_pair() -> None:
    # "a crowd of N" counts the people there, whatever the other outlet calls them
    a = "A crowd of 6,300 watched the regatta finish at the harbour wall."
    b = "The 4,900 spectators lining the harbour wall watched the regatta finish."
    assert paired(a, b) == [("6,300", "4,900")]


def test_a_crowd_put_at_a_figure_and_people_pair() -> None:
    a = "Organisers put the crowd at 18,000 as the parade crossed the old bridge."
    b = "Organisers said 11,500 people joined the parade across the old bridge."
    assert paired(a, b) == [("18,000", "11,500")]


def test_a_crowd_and_fans_pair() -> None:
    a = "The derby was played in front of a crowd of 23,400 at the riverside ground."
    b = "The derby at the riverside ground was played before 27,100 fans."
    assert paired(a, b) == [("23,400", "27,100")]


def test_people_and_a_kind_of_person_pair() -> None:
    a = "The ferry strike stranded 3,400 islanders on the mainland over the weekend."
    b = "The ferry strike stranded some 4,800 people on the mainland over the weekend."
    assert paired(a, b) == [("3,400", "some 4,800")]


def test_two_kinds_of_person_still_do_not_pair() -> None:
    # two groups as often as one: "nurses" and "patients" are two counts
    a = "The ferry strike stranded 3,400 nurses on the mainland over the weekend."
    b = "The ferry strike stranded some 4,800 patients on the mainland over the weekend."
    assert paired(a, b) == []


def test_a_crowd_and_spectators_tie_as_a_word_both_say() -> None:
    # the counted nouns differ in word, not in what they count: as one shared word,
    # so that one more word said alike ties the sentences, as with one noun
    a = "A crowd of 6,300 saw the regatta."
    b = "The 4,900 spectators who lined the quay saw it all."
    assert paired(a, b) == [("6,300", "4,900")]


def test_homes_and_houses_are_one_counted_thing() -> None:
    # a dwelling counted as a "home" by one outlet and a "house" by the other
    a = "Mudflows from the hillside buried 84 homes in the valley hamlet."
    b = "Mudflows from the hillside swept into 61 houses in the valley hamlet."
    assert paired(a, b) == [("84", "61")]


def test_a_count_under_ten_meets_one_over_ten() -> None:
    # "seven" against "eleven": the larger is no common count, so the pair is told
    a = "Eleven climbers were flown to hospital after the ice bridge gave way."
    b = "Seven climbers were flown to hospital when the ice bridge gave way."
    assert paired(a, b) == [("Eleven", "Seven")]


def test_two_counts_under_ten_still_do_not_pair() -> None:
    a = "Six climbers were flown to hospital after the ice bridge gave way."
    b = "Eight climbers were flown to hospital when the ice bridge gave way."
    assert paired(a, b) == []


def test_people_told_to_leave_and_people_who_left_do_not_pair() -> None:
    # what people were told to do and what they did are two facts, whatever nouns
    # count the people
    a = "About 2,600 islanders were told to leave the coast before the storm."
    b = "Before the storm, 3,900 people had left the coast, officials said."
    assert paired(a, b) == []
