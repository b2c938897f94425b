"""One figure given once in each article, counted with two nouns, is one fact
(same_figures); small, round or repeated values, and figures the clues part, are
not. Sentences written here."""

from __future__ import annotations

from conftest import numbers_of

from compare import Verdict, compare_texts
from compare.align.same_figures import distinctive, same_figure_pairs
from compare.extract import Number, extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def paired_values(a: str, b: str) -> list[float]:
    numbers = numbers_of(a, b)
    return sorted(numbers[i].value for _, i, j in same_figure_pairs(numbers))


def test_a_telling_figure_counted_with_two_nouns_pairs() -> None:
    a = "Around 260 trains were cancelled across the network on Monday."
    b = "Nearly 260 services were axed, the operator said."
    assert paired_values(a, b) == [260.0]


def test_a_figure_in_words_pairs_with_its_digits() -> None:
    a = "The storm tore the roofs off 37 barns in the valley."
    b = "Thirty-seven farm buildings lost their roofs."
    assert paired_values(a, b) == [37.0]


def test_a_small_count_needs_more_than_the_value() -> None:
    # two of anything is too common: nothing else ties these
    a = "Two engineers inspected the pumping station."
    b = "The council owns two depots on the ring road."
    assert paired_values(a, b) == []
    # the same outcome (both count the dead) ties them
    c = "Three hikers died on the ridge."
    d = "The storm left three people dead."
    assert paired_values(c, d) == [3.0]


def test_a_round_value_under_a_hundred_needs_a_shared_word() -> None:
    a = "About 40 families were moved to the school gym."
    b = "The quarry has been worked for 40 years."
    assert paired_values(a, b) == []
    assert not distinctive(40) and not distinctive(1000)
    assert distinctive(41) and distinctive(300) and distinctive(2400)


def test_a_value_given_for_two_things_in_one_article_does_not_pair() -> None:
    # which of the two 75s is the other outlet's?
    a = "The crash injured 75 passengers. Police closed 75 miles of the motorway."
    b = "Some 75 travellers were hurt."
    assert paired_values(a, b) == []


def test_deaths_and_injuries_stay_apart() -> None:
    a = "The blast killed 23 workers at the refinery."
    b = "A further 23 employees were injured in the explosion."
    assert paired_values(a, b) == []


def test_a_part_and_a_total_stay_apart() -> None:
    a = "Eleven of the injured were flown to the regional hospital."
    b = "In all, eleven people were hurt in the crash, the police said."
    assert paired_values(a, b) == []


def test_forms_must_agree() -> None:
    # a percentage and a count, two currencies: not one figure
    assert paired_values("Turnout rose to 62% of members.", "Some 62 members voted.") == []
    assert paired_values("The fine was $470,000.", "The penalty reached €470,000 overall.") == []


def test_the_pair_is_an_agreement_through_the_public_path() -> None:
    comparison = compare_texts(
        {
            "a": PUBLISHED + "A fox killed 53 hens at a farm near Ledbury on Tuesday.\n",
            "b": PUBLISHED + "The farmer has lost fifty-three chickens to a fox.\n",
        }
    )
    numbers = [al for al in comparison.alignments if str(al.kind) == "number"]
    assert [al.verdict for al in numbers] == [Verdict.AGREE]


def test_a_hedge_told_only_once_is_no_discrepancy_of_value() -> None:
    comparison = compare_texts(
        {
            "a": PUBLISHED + "About 8,700 households lost water supply.\n",
            "b": PUBLISHED + "Some 8,700 properties had no running water by evening.\n",
        }
    )
    verdicts = [al.verdict for al in comparison.alignments if str(al.kind) == "number"]
    assert verdicts and Verdict.DIFFER not in verdicts


def test_people_in_general_and_a_thing_stay_apart() -> None:
    a = "About 6,400 flats were left without heating in Dunmere."
    b = "Some 6,400 people had no heating in Dunmere overnight."
    assert paired_values(a, b) == []


def test_a_sentence_naming_the_other_count_uncounted_is_another_count() -> None:
    # b names the burglars, but its "three" counts the guards
    a = "Three burglars broke into the museum through a skylight in Ostrava."
    b = "Three guards were tied up when burglars broke into the museum in Ostrava."
    assert paired_values(a, b) == []


def test_a_small_figure_in_a_quotation_needs_more_than_words() -> None:
    # the quote's words are Varga's; another outlet gives them to Reyes
    comparison = compare_texts(
        {
            "a": PUBLISHED + '"The roof has given way in four places over the hall," Varga said.\n',
            "b": PUBLISHED + "Engineer Tom Reyes said the roof over the hall had given way in "
            "four spots.\n",
        }
    )
    assert not [al for al in comparison.alignments if str(al.kind) == "number"]


def test_people_harmed_and_people_counted_otherwise_stay_apart() -> None:
    a = "Lifeguards brought 27 swimmers back to the beach at Porthgwidden."
    b = "At Porthgwidden, 27 swimmers were injured by jellyfish stings."
    assert paired_values(a, b) == []


def test_a_piece_of_a_date_written_with_slashes_is_no_figure() -> None:
    # agree23: "27 / 09 / 2013" against "Dashoguz province - 27" (ECB+ 11_ecbplus)
    a = "14 / 06 / 2024 - Harbour board to vote on new mooring fees"
    b = "The marina's 14 new moorings will open next month."
    assert paired_values(a, b) == []
    c = "The harbour board added 37 moorings, 14/06/2024 records show."
    d = "Thirty-seven moorings were added by the harbour board."
    assert paired_values(c, d) == [37.0]


REPORTED = "---\npublished: 2026-03-13\n---\n\n"


def paired_published(a: str, b: str) -> list[float]:
    found: list[Number] = []
    for source_id, text in (("a", a), ("b", b)):
        claims = extract_claims(Source.from_text(REPORTED + text, id=source_id))
        found.extend(c for c in claims if isinstance(c, Number))
    return sorted(found[i].value for _, i, j in same_figure_pairs(found))


def test_a_sayings_day_just_after_the_event_parts_no_figure() -> None:
    # published on Friday 13 March: the saying's Friday reports the raid of the 12th
    a = (
        "Police found forged notes with a face value of 4.7 million euros, "
        "investigators said on Friday."
    )
    b = "The print shop was raided on March 12, and fake notes worth €4.7m were found inside."
    assert paired_published(a, b) == [4_700_000.0]


def test_a_sayings_day_long_after_the_others_day_still_parts() -> None:
    a = "The last such stranding was in 2011, when about 370 whales came ashore on the island."
    b = "More than 370 whales beached on the island, officials said on Friday."
    assert paired_published(a, b) == []


def test_one_span_in_minutes_and_hours_pairs() -> None:
    a = "The lions roamed the park for about an hour and a half before keepers caught them."
    b = "The lions were loose for roughly 90 minutes."
    assert len(paired_values(a, b)) == 1


def test_a_span_in_days_and_months_does_not_pair() -> None:
    a = "The ferry service was halted for 30 days while the pier was rebuilt."
    b = "The ferry service was halted for a month while the pier was rebuilt."
    assert paired_values(a, b) == []


def test_a_day_of_a_clause_set_off_from_the_figure_parts_nothing() -> None:
    # the founding year dates the founding, not the choir's size today
    a = "The choir, founded in 1962, has 48 singers and tours every summer."
    b = "The choir's forty-eight members sang at the festival on Saturday."
    assert paired_published(a, b) == [48.0]


def test_a_year_of_the_other_figure_is_not_this_figures_year() -> None:
    a = "The bakery chain reported sales of $212 million last year, up from $198 million in 2024."
    b = "Its revenue reached $212 million in 2025, the company said."
    assert paired_published(a, b) == [212_000_000.0]


def test_an_opening_day_still_dates_the_figure() -> None:
    a = "On Monday, police arrested 57 people in the capital."
    b = "Police arrested 57 protesters outside parliament on Wednesday."
    assert paired_published(a, b) == []


def test_a_day_set_right_after_the_figure_is_its_day() -> None:
    a = "The court on Monday jailed the clerk, and sentenced him to three years."
    b = "The clerk stole the money over three years, from 2019 to 2022."
    assert paired_published(a, b) == []


def test_a_figure_set_off_inside_a_dated_clause_keeps_the_day() -> None:
    a = "In March 2024, a 137-car pile-up closed the motorway for a day."
    b = "The bridge, close to junction 137 on the ring road, was still shut last night."
    assert paired_published(a, b) == []
