"""Invariants that must hold for any input, checked with hypothesis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import InputError, Source
from compare.ingest.reading import normalise_text

WORDS = st.sampled_from(
    "the council said Monday bridge U.S. Inc. $1.5bn 57-country “quoted” 'single' \"double\" "
    "Mr. Smith, — — ... José café 10 HOURS AGO © Reuters/Jane Doe [link](http://x.y) **bold** "
    "*em* _u_ # ## --- > - 1. http://a.b/c <b> &amp; Skip to main content".split(" ")
)
LINE = st.lists(WORDS, min_size=0, max_size=25).map(" ".join)
SEPARATOR = st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n", "\n  \n"])
ARTICLE = st.lists(st.tuples(LINE, SEPARATOR), min_size=1, max_size=15).map(
    lambda pairs: "".join(line + sep for line, sep in pairs)
)


def _check(source: Source, original: str) -> None:
    for block in source.blocks:
        assert 0 <= block.start < block.end <= len(source.text)
    for sentence in source.sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip()
    for i, ch in enumerate(source.text):
        j = source.offsets.original_offset(i)
        assert 0 <= j <= len(original)
        # Copied characters are identical; inserted ones are only joins and entities.
        if j < len(original) and original[j] != ch:
            assert ch.isspace() or original[j] == "&", (i, ch, original[j])
    for sentence in source.sentences:
        line = source.line_of(sentence.start)
        assert 1 <= line <= original.count("\n") + 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_offsets_point_at_their_text(article):
    try:
        source = Source.from_text(article, id="p")
    except InputError:
        return  # "no article text" is a fine answer for pure noise
    _check(source, normalise_text(article))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text):
    try:
        source = Source.from_text(text, id="p")
    except InputError:
        return
    _check(source, normalise_text(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_extraction_never_crashes_and_spans_point_at_text(article):
    from compare.extract import extract_claims

    try:
        source = Source.from_text(article, id="p")
    except InputError:
        return
    for claim in extract_claims(source):
        assert source.text[claim.start : claim.end] == claim.text
        assert source.text[claim.sentence_start : claim.sentence_end] == claim.sentence
        assert claim.sentence_start <= claim.start <= claim.end <= claim.sentence_end
        assert claim.line == source.line_of(claim.start)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_extraction_of_arbitrary_text_never_crashes(text):
    from compare.extract import extract_claims

    try:
        source = Source.from_text(text, id="p")
    except InputError:
        return
    for claim in extract_claims(source):
        assert source.text[claim.start : claim.end] == claim.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE, ARTICLE)
def test_comparison_never_crashes_and_keeps_its_contract(a, b):
    from compare.align import compare_sources

    try:
        sources = [Source.from_text(a, id="a"), Source.from_text(b, id="b")]
    except InputError:
        return
    comparison = compare_sources(sources)
    texts = {s.id: s.text for s in sources}
    for alignment in comparison.alignments:
        assert alignment.verdict in ("agree", "approximate", "differ")
        assert (alignment.verdict != "agree") == bool(alignment.differences)
        assert len({m.source for m in alignment.members}) >= 2
        for member in alignment.members:
            assert texts[member.source][member.start : member.end] == member.text
    for unique in comparison.unique:
        claim = unique.claim
        assert texts[claim.source][claim.start : claim.end] == claim.text
    data = comparison.to_dict()
    assert data["schema"] == "claimdiff.comparison/2"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_an_article_never_disagrees_with_itself(article):
    from compare.align import compare_sources

    try:
        sources = [Source.from_text(article, id="a"), Source.from_text(article, id="b")]
    except InputError:
        return
    comparison = compare_sources(sources)
    assert [a for a in comparison.alignments if a.verdict != "agree"] == []
