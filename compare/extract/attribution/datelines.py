"""Datelines: the place (and agency) that opens a news story, never a speaker.

    GAZA CITY, Gaza Strip — ...        WASHINGTON (AP) — ...
    Kyiv, Ukraine (Reuters) - ...      BEIRUT — ...

A dateline is recognised by its form, not by a list of places: at the start of
a paragraph, a run of capitalised words written in capitals (or followed by an
agency in brackets), perhaps a comma and a region, then a dash.
"""

from __future__ import annotations

import re

_CAPS_WORD = r"[A-Z][A-Z.'’\-]+"
_CAP_WORD = r"[A-Z][\w.'’\-]*"
_REGION = rf"(?:,\s*{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})?"
_AGENCY = r"\s*\([A-Za-z][\w .&/\-]{0,24}\)"
_DASH = r"\s*(?:—|–|--?)\s+"
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}){_REGION}(?:{_AGENCY})?{_DASH}"
    rf"|[ \t]*(?P<place2>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}){_REGION}{_AGENCY}{_DASH}"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """The offset after the dateline opening text[start:end], or `start` if none."""
    match = _DATELINE.match(text, start, end)
    return match.end() if match else start


def dateline_places(text: str, blocks: list[tuple[int, int]], cut: str = "") -> frozenset[str]:
    """The places the article's datelines name, lowercased, with each part alone:
    "GAZA CITY, Gaza Strip" gives "gaza city", "gaza strip", "gaza". `cut`: the
    dateline the reader already cut from the text (Metadata.dateline)."""
    heads = [cut] if cut else []
    for start, end in blocks:
        match = _DATELINE.match(text, start, end)
        if match is not None:
            heads.append(re.sub(_AGENCY, "", text[match.start() : match.end()]))
    places: set[str] = set()
    for head in heads:
        for part in re.split(r"[,—–]|\s-+\s", head):
            words = [w for w in part.split() if not any(ch.isdigit() for ch in w)]
            if words:
                places.add(" ".join(words).lower())
                places.add(words[0].lower())
    return frozenset(places)
