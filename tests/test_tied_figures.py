"""An equal figure given more than once in an article pairs with the other article's
when it is the only one of its value firmly tied to it (tied_figures). Sentences
written here."""

from __future__ import annotations

from conftest import numbers_of

from compare import Verdict, compare_texts
from compare.align.tied_figures import firmly_tied, tied_figure_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    numbers = numbers_of(a, b)
    return sorted(
        (numbers[i].sentence, numbers[j].sentence) for _, i, j in tied_figure_pairs(numbers)
    )


def test_the_one_tied_telling_of_a_repeated_small_count_pairs() -> None:
    a = "Two people died when the river burst its banks. Two bridges were damaged."
    b = "The flood killed two people, officials said."
    assert paired(a, b) == [
        (
            "Two people died when the river burst its banks.",
            "The flood killed two people, officials said.",
        )
    ]


def test_two_tellings_tied_alike_leave_the_figure_unpaired() -> None:
    # both of the first article's "three" count the dead: which is the other's?
    a = "Three climbers died on the north face. Three guides died on the glacier last year."
    b = "The avalanche left three people dead."
    assert paired(a, b) == []


def test_a_value_with_nothing_tying_it_stays_unpaired() -> None:
    a = "Four engineers inspected the pumps. Four depots were shut."
    b = "The council bought four new buses."
    assert paired(a, b) == []


def test_deaths_and_injuries_stay_apart() -> None:
    a = "Two miners were injured in the blast. Two shafts were closed."
    b = "Two workers were killed in the explosion."
    assert paired(a, b) == []


def test_the_tie_is_an_outcome_a_counted_noun_or_two_shared_words() -> None:
    numbers = numbers_of("Five fishermen were killed on the reef.", "Five men died.")
    assert firmly_tied(numbers[0], numbers[1])  # both count the dead
    numbers = numbers_of("Five judges sat on the panel.", "The court heard five appeals.")
    assert not firmly_tied(numbers[0], numbers[1])


def test_the_pair_is_shown_as_an_agreement() -> None:
    a = "Two hikers died on the ridge during the storm. Two helicopters joined the search at dawn."
    b = "The storm killed two climbers, rescuers said. Crews closed the mountain road."
    comparison = compare_texts({"a": a, "b": b})
    found = [
        (str(al.verdict), [m.text for m in al.members])
        for al in comparison.alignments
        if al.kind == "number"
    ]
    assert found == [(str(Verdict.AGREE), ["Two", "two"])]


def test_a_small_count_is_not_tied_by_words_across_its_sentences() -> None:
    # two sequels and two film-makers: the sentences share words, the figures count apart
    numbers = numbers_of(
        "Reyes co-wrote the thriller and later produced its two sequels for the studio.",
        "The two produced the thriller for the studio and directed its remake.",
    )
    assert not firmly_tied(numbers[0], numbers[1])
    # from ten up, two shared words tie the figures
    numbers = numbers_of(
        "The studio paid 14 writers to finish the thriller.",
        "Fourteen people were hired by the studio to finish the script.",
    )
    assert firmly_tied(numbers[0], numbers[1])
