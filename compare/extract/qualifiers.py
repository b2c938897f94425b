"""A sentence's dates, times and places: found once, then made claims with the frame
of their clause (compare.extract.frames) or, in run-on text, without one."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from compare.extract.claims import Claim, Date, Frame, Place, Time
from compare.extract.context import Context
from compare.extract.places import find_places
from compare.extract.temporal import Found, find_dates, find_times, parse_published
from compare.extract.zones import open_zone, utc_clock, utc_in_zone
from compare.ingest import Sentence

Framed = list[tuple[Found, Frame | None]]


def find_qualifiers(
    sentence: Sentence, published: date | None
) -> tuple[list[Found], list[Found], list[Found]]:
    """The sentence's dates, times and places (places only in the body, none inside
    a date: "in June" is no place), each sorted by where it starts."""
    dates = find_dates(sentence.text, sentence.start, published)
    times = find_times(sentence.text, sentence.start)
    places = [
        Found(p.start, p.end, p.name)
        for p in (find_places(sentence.text, sentence.start) if sentence.role == "body" else [])
    ]
    date_starts = [d.start for d in dates]
    places = [p for p in places if not _overlaps(p, dates, date_starts)]
    return dates, times, places


def qualifier_claims(
    ctx: Context, sentence: Sentence, dates: Framed, times: Framed, places: Framed
) -> list[Claim]:
    """One sentence's dates, times and places as claims, each with its frame."""
    out: list[Claim] = []
    for found, frame in dates:
        fields = ctx.fields(found.start, found.end, sentence)
        out.append(Date(**fields, frame=frame, value=found.value, basis=found.basis))
    published = parse_published(ctx.source.metadata.published) if times else None
    for found, frame in times:
        fields = ctx.fields(found.start, found.end, sentence)
        if found.zone is None or found.zone.lower().startswith("local"):
            utc = utc_in_zone(found.value, ctx.place_zone, published)  # the place's clock
        else:
            utc = utc_clock(found.value, found.zone, published)
            if utc is None:  # "IST": India's, Ireland's or Israel's, as the place says
                name = open_zone(found.zone, ctx.place_zone, published)
                utc = utc_in_zone(found.value, name, published)
        out.append(Time(**fields, frame=frame, value=found.value, zone=found.zone, utc=utc))
    for found, frame in places:
        fields = ctx.fields(found.start, found.end, sentence)
        out.append(Place(**fields, frame=frame, name=found.value or ""))
    return out


def _overlaps(place: Found, dates: list[Found], starts: list[int]) -> bool:
    """Whether a date overlaps the place; dates are sorted."""
    at = bisect_right(starts, place.end)
    return any(d.start < place.end and place.start < d.end for d in dates[max(0, at - 3) : at])
