"""The fast JSON writer and record helpers used on long input give exactly what
json.dumps and attrs.asdict give."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.enums import Kind
from compare.extract import Frame, Number, Quote, Span
from compare.extract.claims import plain
from compare.report.json import finite, indented

LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
    | st.sampled_from(list(Kind))
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, derandomize=True)
@given(VALUES)
def test_indented_writes_what_json_dumps_writes(value):
    expected = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    assert indented(value) == expected
    assert indented(value, "\n    ") == expected.replace("\n", "\n    ")


@pytest.mark.parametrize("value", [float("inf"), {"a": [1.0, float("nan")]}])
def test_indented_refuses_what_json_refuses(value):
    with pytest.raises(ValueError, match="not JSON compliant"):
        indented(value)


def test_non_string_keys_are_left_to_json():
    assert indented({1: "one", None: [True]}) == json.dumps({1: "one", None: [True]}, indent=2)


def _number(value: float, pair: tuple[float, float] | None = None) -> Number:
    where = {"source": "s", "text": "12 boats", "start": 3, "end": 11, "line": 1}
    sentence = {"sentence": "We saw 12 boats.", "sentence_start": 0, "sentence_end": 16}
    return Number(
        **where, **sentence, block="body", value=value, low=value, high=None, hedge=None,
        unit="boats", form="cardinal", reported_by=None, pair=pair,
        frame=Frame(predicate=Span(3, 6, "saw"), lemma="see", thing=Span(6, 11, "boats")),
    )  # fmt: skip


def test_plain_equals_asdict_for_claims():
    quote = Quote(
        source="s", text="“No”", start=0, end=4, sentence="“No” she said.", sentence_start=0,
        sentence_end=14, line=2, block="body", speaker="Ana Ruiz", speaker_mention="she",
        cue="said", partial=False, frame=Frame(negated=True),
    )  # fmt: skip
    for claim in (quote, _number(12.0), _number(7.0, (7.0, 2.0))):
        assert plain(claim) == attrs.asdict(claim, recurse=True)
        assert list(plain(claim)) == list(attrs.asdict(claim, recurse=True))


def test_finite_looks_inside_records():
    assert finite(_number(12.0))
    assert not finite(_number(float("inf")))
    assert not finite(_number(1.0, (1.0, float("nan"))))
    assert finite(_number(1.0).to_dict())
    assert not finite(_number(float("nan")).to_dict())


def test_records_are_written_as_their_plain_dicts():
    quote = Quote(
        source="s", text="“Ya”", start=0, end=4, sentence="“Ya” he said.", sentence_start=0,
        sentence_end=13, line=1, block="body", speaker=None, speaker_mention=None,
        cue=None, partial=True, frame=Frame(actor=Span(5, 7, "he")),
    )  # fmt: skip
    for claim in (quote, _number(12.0), _number(7.0, (7.0, 2.0))):
        expected = json.dumps(plain(claim), ensure_ascii=False, indent=2)
        assert indented(claim) == expected
        assert indented({"claim": claim, "list": [claim.frame]}, "\n  ") == json.dumps(
            {"claim": plain(claim), "list": [plain(claim.frame)]}, ensure_ascii=False, indent=2
        ).replace("\n", "\n  ")
    with pytest.raises(ValueError, match="not JSON compliant"):
        indented(_number(float("nan")))


def test_member_fields_are_member_dict_with_records_kept():
    from compare.align.model import member_dict
    from compare.report.claims import member_fields

    for claim in (_number(12.0), _number(7.0, (7.0, 2.0))):
        fields = member_fields(claim)
        assert plain(fields) == member_dict(claim)
        assert list(fields) == list(member_dict(claim))
        assert isinstance(fields["frame"], Frame)


def test_claims_are_written_as_their_member_dicts():
    # extract's JSON writes each claim from the record, never building member_dict.
    from compare.align.model import member_dict
    from compare.report.claims import _member_json

    quote = Quote(
        source="s", text="“Out”", start=0, end=5, sentence="“Out” they said.", sentence_start=0,
        sentence_end=16, line=3, block="caption", speaker="Ana Ruiz", speaker_mention="they",
        cue="said", partial=True, frame=Frame(negated=True, place=Span(9, 12, "Rom")),
    )  # fmt: skip
    for claim in (quote, _number(12.5), _number(7.0, (7.0, 2.0))):
        expected = json.dumps(member_dict(claim), ensure_ascii=False, indent=2)
        assert _member_json(claim, "\n") == expected
        assert _member_json(claim, "\n    ") == expected.replace("\n", "\n    ")
    with pytest.raises(ValueError, match="not JSON compliant"):
        _member_json(_number(float("inf")), "\n")
