"""Extraction and aligning raise the cycle collector's first threshold for their own run only."""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator

import pytest

from compare import Source
from compare.align import align, registry
from compare.extract import extract_claims
from compare.extract.collection import YOUNG_THRESHOLD, fewer_collections


@pytest.fixture
def threshold() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


@pytest.mark.usefixtures("threshold")
@pytest.mark.parametrize("young", [1, 700, 2000, YOUNG_THRESHOLD - 1])
def test_raised_inside_and_put_back(young: int) -> None:
    gc.set_threshold(young, 11, 12)
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 11, 12)
    assert gc.get_threshold() == (young, 11, 12)


@pytest.mark.usefixtures("threshold")
@pytest.mark.parametrize("young", [0, YOUNG_THRESHOLD, YOUNG_THRESHOLD * 3])
def test_switched_off_or_higher_left_alone(young: int) -> None:
    gc.set_threshold(young, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (young, 10, 10)
    assert gc.get_threshold() == (young, 10, 10)


@pytest.mark.usefixtures("threshold")
def test_put_back_after_an_error_and_when_nested() -> None:
    gc.set_threshold(700, 10, 10)
    with pytest.raises(ValueError), fewer_collections():
        with fewer_collections():
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # the inner block left it raised
        raise ValueError
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.usefixtures("threshold")
def test_extraction_leaves_the_threshold_as_it_was() -> None:
    gc.set_threshold(700, 10, 10)
    seen: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        seen.append(gc.get_threshold()[0])

    source = Source.from_text("Police said 12 people were hurt in Leeds on Monday.", id="a")
    gc.callbacks.append(watch)
    try:
        claims = extract_claims(source)
        gc.collect()
    finally:
        gc.callbacks.remove(watch)
    assert claims
    assert gc.get_threshold() == (700, 10, 10)
    assert seen and seen[-1] == 700  # the collection after extraction ran at the old setting


@pytest.mark.usefixtures("threshold")
def test_aligning_raises_it_and_puts_it_back(monkeypatch: pytest.MonkeyPatch) -> None:
    gc.set_threshold(700, 10, 10)
    sources = [
        Source.from_text("The bakery in Tarrow sold 40 loaves on Sunday.", id="a"),
        Source.from_text("The bakery in Tarrow sold 45 loaves on Sunday.", id="b"),
    ]
    claims = [extract_claims(s) for s in sources]
    inside: list[int] = []
    real = registry.check_requested

    def watch(requested: Collection[str]) -> None:
        inside.append(gc.get_threshold()[0])
        real(requested)

    monkeypatch.setattr(registry, "check_requested", watch)
    comparison = align(sources, claims)
    assert comparison.alignments
    assert inside == [YOUNG_THRESHOLD]  # what align runs, it runs at the raised threshold
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.usefixtures("threshold")
def test_a_comparison_loads_the_matchers_first_and_forgets_its_texts_at_the_raised_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from compare import pipeline
    from compare.align.words import forget_texts

    gc.set_threshold(700, 10, 10)
    steps: list[tuple[str, int]] = []
    real_check, real_extract = registry.check_requested, pipeline.extract

    def check(requested: Collection[str]) -> None:
        steps.append(("matchers", gc.get_threshold()[0]))
        real_check(requested)

    def extract(sources: list[Source]) -> list[list[object]]:
        steps.append(("extract", gc.get_threshold()[0]))
        return real_extract(sources)  # type: ignore[return-value]

    def forget() -> None:
        steps.append(("forget", gc.get_threshold()[0]))
        forget_texts()

    monkeypatch.setattr(registry, "check_requested", check)
    monkeypatch.setattr(pipeline, "extract", extract)
    monkeypatch.setattr(pipeline, "forget_texts", forget)
    sources = [
        Source.from_text("The bakery in Tarrow sold 40 loaves on Sunday.", id="a"),
        Source.from_text("The bakery in Tarrow sold 45 loaves on Sunday.", id="b"),
    ]
    assert pipeline.compare_sources(sources).alignments
    # the matchers' one full collection (registry._load) comes before any claim is
    # made, and the remembered texts go before the young collection that follows
    # the block
    assert [s for s, _ in steps][:2] == ["matchers", "extract"]
    assert steps[-1] == ("forget", YOUNG_THRESHOLD)
    assert {t for _, t in steps} == {YOUNG_THRESHOLD}
    assert gc.get_threshold() == (700, 10, 10)
