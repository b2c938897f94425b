"""Days the calendar reconciles in two aligned statements (sentence_days_places,
weekday_days.calendar_fits): a bare weekday and a month's day that falls on it; a
span's other end; a bound against a day the state held on. Sentences written here,
dated by front matter (2026-03-04 is a Wednesday)."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.weekday_days import calendar_fits
from compare.align.when_where import judge_dates
from compare.extract import extract_claims
from compare.extract.claims import Date
from compare.ingest import Source

HEAD = "---\npublished: 2026-03-04\n---\n\n"
FILLER_A = "The weather was mild for the time of year. Shops reported a busy afternoon. "
FILLER_B = "Traffic was light in the centre. A council spokesperson thanked residents. "


def _verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a.md": HEAD + FILLER_A + a, "b.md": HEAD + FILLER_B + b})
    return [
        (al.verdict, al.conflict)
        for al in comparison.alignments
        if al.kind == "statement" and any(m.sentence == a for m in al.members)
    ]


def _date(text: str, said: str) -> Date:
    (found,) = [
        c
        for c in extract_claims(Source.from_text(HEAD + text, id="t.md"))
        if isinstance(c, Date) and said in c.text
    ]
    return found


def test_a_weekday_and_its_date_fit() -> None:
    # the weekday read as last Friday (27 February), the date a week on (6 March)
    friday = _date("The bidders had until Friday to lodge their offers.", "Friday")
    sixth = _date("The bidders had until 6 March to lodge their offers.", "March")
    assert calendar_fits(friday, sixth)
    assert (Verdict.DIFFER, Conflict.DATE) not in _verdicts(
        "The bidders had until Friday to lodge their offers for the pier.",
        "The bidders had until 6 March to lodge their offers for the pier.",
    )


def test_a_weekday_and_a_date_on_another_weekday_do_not_fit() -> None:
    friday = _date("The bidders had until Friday to lodge their offers.", "Friday")
    fifth = _date("The bidders had until 5 March to lodge their offers.", "March")
    assert not calendar_fits(friday, fifth)


def test_a_span_whose_other_end_is_the_day() -> None:
    a = "Crews were called out 300 times between Monday evening and Tuesday morning."
    b = "Crews answered 300 calls from the evening of March 2 onwards."
    assert (Verdict.DIFFER, Conflict.DATE) not in _verdicts(a, b)


def test_a_bound_against_a_day_is_no_date_clash() -> None:
    a = "The coast road stayed closed on Tuesday after the landslide."
    b = "The coast road will stay closed until March 12 after the landslide."
    assert (Verdict.DIFFER, Conflict.DATE) not in _verdicts(a, b)


def test_two_days_of_one_event_still_clash() -> None:
    a = "The coast road reopened on Tuesday after the landslide."
    b = "The coast road reopened on Thursday after the landslide."
    assert (Verdict.DIFFER, Conflict.DATE) in _verdicts(a, b)


def test_the_date_judge_agrees_on_a_weekday_and_its_date() -> None:
    friday = _date("The bidders had until Friday to lodge their offers.", "Friday")
    sixth = _date("The bidders had until 6 March to lodge their offers.", "March")
    assert judge_dates([friday, sixth]).verdict == Verdict.AGREE


def test_a_weekday_whose_week_is_told_does_not_fit() -> None:
    last = _date("The bidders lodged their offers last Friday.", "Friday")
    sixth = _date("The bidders lodged their offers on 6 March.", "March")
    assert not calendar_fits(last, sixth)
