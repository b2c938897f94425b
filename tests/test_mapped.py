"""Text that keeps each character's original offset through cleaning edits."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.ingest.mapped import MappedText

ORIGINAL = "Intro.\nThe **mayor** said\nthe bridge is closed."


def _origins(mapped: MappedText) -> list[int]:
    return [mapped.origin(i) for i in range(len(mapped.text))]


def test_edits_keep_each_characters_origin() -> None:
    start = ORIGINAL.index("The")
    mapped = MappedText.of(ORIGINAL, start, len(ORIGINAL))
    mapped = mapped.edit(re.compile(r"\*\*(?P<text>[^*]+)\*\*"), lambda _: "text")
    mapped = mapped.edit(re.compile(r"\n"), lambda _: "= ")
    assert mapped.text == "The mayor said the bridge is closed."
    origins = _origins(mapped)
    # Copied characters point at themselves in the original...
    for offset, char in enumerate(mapped.text):
        if origins[offset] >= 0:
            assert ORIGINAL[origins[offset]] == char
    # ...the inserted space stands for the line break it replaced.
    space = mapped.text.index(" the bridge")
    assert origins[space] == ~ORIGINAL.index("\nthe bridge")


def test_pieces_are_the_runs_copied_or_inserted() -> None:
    mapped = MappedText.of(ORIGINAL, 0, len(ORIGINAL)).edit(re.compile(r"\*\*"), lambda _: None)
    runs = list(mapped.runs())
    # Two deletions cut the text into three copied runs; nothing is inserted.
    assert [text for text, _ in runs] == ["Intro.\nThe ", "mayor", " said\nthe bridge is closed."]
    assert [origin for _, origin in runs] == [0, ORIGINAL.index("mayor"), ORIGINAL.index(" said")]
    # Cutting inside a run keeps its origins, and the whole text again is the same record.
    cut = mapped.cut(3, 9)
    assert cut.text == "ro.\nTh" and _origins(cut) == list(range(3, 9))
    assert mapped.cut(0) is mapped


def test_a_replacement_inside_an_insertion_stays_one_run() -> None:
    mapped = MappedText.of("a&b", 0, 3).edit(re.compile("&"), lambda _: "=and")
    assert list(mapped.runs()) == [("a", 0), ("and", ~1), ("b", 2)]
    # "d" was inserted for the "&": its replacement stands for the same place.
    again = mapped.edit(re.compile("d"), lambda _: "=D")
    assert list(again.runs()) == [("a", 0), ("anD", ~1), ("b", 2)]
    # Separate line breaks each stand for their own place.
    spaced = MappedText.of("a\n\nb", 0, 4).edit(re.compile("\n"), lambda _: "= ")
    assert list(spaced.runs()) == [("a", 0), (" ", ~1), (" ", ~2), ("b", 3)]


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    st.text(alphabet="ab *\n", max_size=40),
    st.integers(0, 40),
    st.sampled_from(["= ", "=", None]),
    st.integers(0, 5),
)
def test_an_edit_of_one_verbatim_piece_is_the_general_edit(text, cut, replacement, base) -> None:
    """The shortcut for text copied as one piece gives the runs the general edit
    gives on the same text held as two pieces."""
    cut = min(cut, len(text))
    one = MappedText(text, [0], [base])
    two = MappedText(text, [0, cut], [base, base + cut]) if 0 < cut < len(text) else one
    edits = [
        (re.compile(r"\n| {2,}"), lambda _: replacement),
        (re.compile(r"\*(?P<text>a*)\*"), lambda _: "text"),
        (re.compile(r"\*(?P<text>a*)\*"), lambda _: replacement),
        (re.compile(""), lambda _: replacement),
    ]
    for pattern, action in edits:
        edited, general = one.edit(pattern, action), two.edit(pattern, action)
        assert edited.text == general.text
        assert _origins(edited) == _origins(general)
        if pattern.search(text):  # (unedited, `two` keeps its two pieces)
            assert list(edited.runs()) == list(general.runs())
    assert one.edit(re.compile(r"\n"), lambda _: "= ").text == text.replace("\n", " ")
