"""Written amounts read as one figure, whichever way each outlet writes it.

"Forty-three others were hurt" and "At least 43 people were injured", "Thirty
thousand fans" and "about 30,000 ticket holders", "an eight-year sentence" and "8
years in prison" state one figure, but as words they share nothing: a word cosine
sees two sentences that have nothing in common. Here each run of number words
("forty-three", "thirty thousand", "two dozen") and each grouped figure ("30,000")
becomes its digits ("43", "30000"), and a figure joined to its noun ("eight-year")
splits into the figure and the noun, so two tellings of one figure meet as one
word. A lone "one" stays a word: it is a pronoun as often as a count ("no one",
"one of them"), and a clock time is one word of its own ("4am"), no count.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.extract.number_grammar import SCALES, TEN_VALUES, UNIT_VALUES

# The number words of the extractor's grammar, as whole numbers.
_UNITS = {word: int(value) for word, value in UNIT_VALUES.items()}
_TENS = {word: int(value) for word, value in TEN_VALUES.items()}
_SCALES = {word: int(value) for word, value in SCALES.items()} | {"dozen": 12}
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES)
YEARS = (1800, 2100)  # a figure in these bounds may be a year: the topic's, not a count


def figure_words(ws: Sequence[str]) -> list[str]:
    """The words (compare.align.words.words) with each written amount as its digits."""
    out: list[str] = []
    run: list[str] = []  # number words read so far
    for w in ws:
        parts = w.split("-")
        numeric = [p for p in parts if p in _NUMBER_WORDS]
        if numeric and parts[: len(numeric)] == numeric:
            run.extend(numeric)
            rest = parts[len(numeric) :]
            if rest:  # "eight-year": the figure, then the noun it is joined to
                _flush(run, out)
                out.append("-".join(rest))
            continue
        _flush(run, out)
        out.append(_ungrouped(w))
    _flush(run, out)
    return _clock_times(out)


# What follows the hour of a clock time, as words() splits it ("4 a.m.": 4, a, m).
_CLOCK_MARKS = (("a", "m"), ("p", "m"), ("am",), ("pm",), ("o'clock",))


def _clock_times(ws: list[str]) -> list[str]:
    """A clock time as one word ("4 a.m." "4am", "4:30 p.m." "4:30pm"): the hour of
    a time is no count, and "four lives" must not meet "at 4 a.m."."""
    out: list[str] = []
    k = 0
    while k < len(ws):
        w = ws[k]
        if w.isdigit():
            minutes = 1 if k + 1 < len(ws) and ws[k + 1].isdigit() else 0
            at = k + 1 + minutes
            mark = next((m for m in _CLOCK_MARKS if tuple(ws[at : at + len(m)]) == m), None)
            if mark is not None:
                hour = f"{w}:{ws[k + 1]}" if minutes else w
                out.append(hour + "".join(mark))
                k = at + len(mark)
                continue
        out.append(w)
        k += 1
    return out


def figures(ws: Sequence[str]) -> frozenset[str]:
    """The figures among `figure_words`' words, years left out."""
    found = set()
    for w in figure_words(ws):
        if not w[:1].isdigit():
            continue
        try:
            value = float(w)
        except ValueError:
            continue
        if not (YEARS[0] <= value <= YEARS[1] and value == int(value)):
            found.add(w)
    return frozenset(found)


def _flush(run: list[str], out: list[str]) -> None:
    if not run:
        return
    if run == ["one"]:
        out.append("one")  # "no one", "one of them": a pronoun as often as a count
    else:
        out.append(str(_value(run)))
    run.clear()


def _value(run: Sequence[str]) -> int:
    """The amount a run of number words writes: "thirty thousand" 30000, "two
    dozen" 24, "one hundred and six" 106 ("and" is no word of the run: 100, 6)."""
    total = current = 0
    for word in run:
        if word in _SCALES:
            scale = _SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
    return total + current


def _ungrouped(w: str) -> str:
    """ "30,000" as "30000"; any other word as it is."""
    if w[:1].isdigit() and "," in w and w.replace(",", "").isdigit():
        return w.replace(",", "")
    return w
