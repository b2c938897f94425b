"""The JSON output: schema claimdiff.comparison/2 (see README, "JSON output").

Claims point at their sentence by `sentence_start`/`sentence_end`; each source
lists the text of those sentences once, so the output is linear in the input.
JSON has no infinity: a figure too large for a float is left out with a warning
rather than written as the invalid token `Infinity`.
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from compare.align import Comparison
from compare.errors import InputWarning
from compare.extract.claims import field_names, plain
from compare.ingest import Source
from compare.report.findings import Filters, findings


def comparison_to_dict(comparison: Comparison, filters: Filters | None = None) -> dict[str, Any]:
    data = comparison.to_dict()
    if filters is not None and filters != Filters():
        kept = {f.id for f in findings(comparison, filters)}
        data["alignments"] = [a for a in data["alignments"] if a["id"] in kept]
        data["unique"] = [u for u in data["unique"] if u["id"] in kept]
    data["alignments"] = [a for a in data["alignments"] if all(finite(m) for m in a["members"])]
    data["unique"] = [u for u in data["unique"] if finite(u)]
    members = [m for a in data["alignments"] for m in a["members"]] + data["unique"]
    for entry, source in zip(data["sources"], comparison.sources, strict=True):
        entry["sentences"] = sentence_table(source, members)
    return data


def comparison_to_json(comparison: Comparison, filters: Filters | None = None) -> str:
    return dumps(comparison_to_dict(comparison, filters))


def sentence_table(source: Source, claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sentences of `source` that the claims (as JSON dicts) point at, once each."""
    spans = sorted(
        {
            (c["sentence_start"], c["sentence_end"])
            for c in claims
            if c.get("source") == source.id and "sentence_start" in c
        }
    )
    return [{"start": s, "end": e, "text": source.text[s:e]} for s, e in spans]


_ALWAYS_FINITE = frozenset({str, int, bool, type(None)})


def finite(value: Any) -> bool:
    """No float anywhere inside is infinite or NaN (inside dicts, lists, tuples
    and attrs records such as claims)."""
    kind = type(value)
    if kind in _ALWAYS_FINITE:
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        items: Iterable[Any] = value.values()
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        check = _CHECKS.get(kind)
        if check is None:
            check = _CHECKS[kind] = _record_check(kind)
        return check(value)
    # The common leaves tested in the loop: a call per leaf made this check cost
    # about as much as writing the JSON of every claim.
    for item in items:
        if type(item) in _ALWAYS_FINITE:
            continue
        if not finite(item):
            return False
    return True


# For each record class, a check generated once with a line per field (see
# _record_writer): a record's fields read without a list or getattr each.
_CHECKS: dict[type, Callable[[Any], bool]] = {}


def _record_check(kind: type) -> Callable[[Any], bool]:
    names = field_names(kind)
    if names is None:
        return lambda _: True  # not a record: nothing inside is read
    lines = ["def check(value):"]
    for name in names:
        lines.append(f"    x = value.{name}")
        lines.append("    if type(x) not in _ALWAYS_FINITE and not finite(x):")
        lines.append("        return False")
    lines.append("    return True")
    scope: dict[str, Any] = {"_ALWAYS_FINITE": _ALWAYS_FINITE, "finite": finite}
    exec("\n".join(lines), scope)  # the source is built above from attrs field names
    check: Callable[[Any], bool] = scope["check"]
    return check


def only_finite(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims without out-of-range figures; says on stderr how many were left out."""
    kept = [c for c in claims if finite(c)]
    if len(kept) < len(claims):
        warnings.warn(
            f"{len(claims) - len(kept)} figure(s) too large to represent were left out",
            InputWarning,
            2,
        )
    return kept


def dumps(data: dict[str, Any]) -> str:
    """Strict JSON: a non-finite float that got this far is an error, not `Infinity`."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def dump_with_list(
    head: dict[str, Any],
    key: str,
    items: Iterable[Any],
    stream: TextIO,
    encode: Callable[[Any, str], str] | None = None,
) -> None:
    """Write `{**head, key: [*items]}` as `dump` would, one item at a time, so a
    long list of items never sits in memory as dicts all at once. `encode(item,
    newline)` writes an item as `indented` writes its dict (default: indented)."""
    encode = encode or indented
    opening = indented(head)
    stream.write(opening[:-2] if head else "{")  # drop the closing "\n}"
    stream.write(f",\n  {json.dumps(key)}: [" if head else f"\n  {json.dumps(key)}: [")
    first = True
    for item in items:
        stream.write(("\n    " if first else ",\n    ") + encode(item, "\n    "))
        first = False
    stream.write("]\n}\n" if first else "\n  ]\n}\n")


# json.dumps with an indent runs the pure-Python encoder, whose generators made
# writing the JSON of 10 MB of quotes take as long as extracting it; this writes
# the same text (ensure_ascii=False, indent=2, strict floats) for the plain
# values a report holds, and hands anything else back to json.dumps.
_encode_string = json.encoder.encode_basestring


class _Unusual(Exception):
    """A value the fast writer leaves to json.dumps."""


def indented(value: Any, newline: str = "\n") -> str:
    """json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False), with each
    line after the first starting `newline` instead of "\n"."""
    out: list[str] = []
    try:
        _write(value, out, newline)
    except _Unusual:
        text = json.dumps(plain(value), ensure_ascii=False, indent=2, allow_nan=False)
        return text.replace("\n", newline)
    return "".join(out)


def _write(value: Any, out: list[str], newline: str) -> None:
    """Append the JSON of value; an attrs record (a claim, its frame and spans) is
    written as the dict of its fields, as claims.plain would make it."""
    kind = type(value)
    if kind in _SCALARS:  # the common leaves, without a call each
        out.append(_SCALARS[kind](value))
    elif isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Unusual  # json.dumps raises its own error for it
        out.append(float.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        for key in value:
            if not isinstance(key, str):
                raise _Unusual
        _write_items(value.items(), out, newline)
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, out, inner)
            separator = "," + inner
        out.append(newline + "]")
    else:
        writer = _WRITERS.get((kind, newline))
        if writer is None:
            writer = _record_writer(kind, newline, field_names(kind))
        writer(value, out)


# For each record class, indentation and list of fields: a function writing a
# record's fields, generated once with the text before each value ('{\n    "start": ')
# as a constant and a line per field. A loop over field names with getattr and a
# look-up per value cost about twice as much: claims, frames and spans are most of
# what extract writes.
_WRITERS: dict[tuple[type, str], Callable[[Any, list[str]], None]] = {}
_FIELD = """\
    x = value.{name}
    t = type(x)
    if t is str:
        append(_opening{i} + _encode_string(x))
    elif x is None:
        append(_opening{i} + "null")
    elif t is int:
        append(_opening{i} + _int(x))
    elif t is bool:
        append(_opening{i} + ("true" if x else "false"))
    elif t is float:
        append(_opening{i} + _finite_float(x))
    else:
        append(_opening{i})
        writer = _writer((t, _inner))  # a frame or span: its writer at once
        if writer is None:
            _write(x, out, _inner)
        else:
            writer(x, out)
"""


def _record_writer(
    kind: type, newline: str, names: tuple[str, ...] | None
) -> Callable[[Any, list[str]], None]:
    """Write the attributes `names` of a `kind` record as a JSON object, as `_write`
    writes a dict of them; `_Unusual` when kind is no record."""
    if names is None:
        raise _Unusual
    inner = newline + "  "
    scope: dict[str, Any] = {
        "_encode_string": _encode_string,
        "_int": int.__repr__,
        "_finite_float": _finite_float,
        "_write": _write,
        "_writer": _WRITERS.get,
        "_inner": inner,
    }
    lines = ["def write(value, out):", "    append = out.append"]
    for i, name in enumerate(names):
        scope[f"_opening{i}"] = ("{" if i == 0 else ",") + inner + _encode_string(name) + ": "
        lines.append(_FIELD.format(name=name, i=i))
    lines.append(f"    append({newline + '}' if names else '{}'!r})")
    exec("\n".join(lines), scope)  # the source is built above from attrs field names
    writer: Callable[[Any, list[str]], None] = scope["write"]
    if names == field_names(kind):
        _WRITERS[(kind, newline)] = writer
    return writer


def indented_record(value: Any, names: tuple[str, ...], newline: str) -> str:
    """indented({name: getattr(value, name) for name in names}, newline), written
    by a generated writer (made once per class, names and indentation)."""
    key = (type(value), newline, names)
    writer = _MEMBER_WRITERS.get(key)
    if writer is None:
        writer = _MEMBER_WRITERS[key] = _record_writer(type(value), newline, names)
    out: list[str] = []
    try:
        writer(value, out)
    except _Unusual:
        return indented({name: getattr(value, name) for name in names}, newline)
    return "".join(out)


_MEMBER_WRITERS: dict[tuple[type, str, tuple[str, ...]], Callable[[Any, list[str]], None]] = {}


def _write_items(items: Iterable[tuple[str, Any]], out: list[str], newline: str) -> None:
    """The members of a non-empty JSON object."""
    inner = newline + "  "
    separator = "{" + inner
    for key, item in items:
        out.append(separator + _encode_string(key) + ": ")
        scalar = _SCALARS.get(type(item))
        if scalar is not None:
            out.append(scalar(item))
        else:
            _write(item, out, inner)
        separator = "," + inner
    out.append(newline + "}")


def _finite_float(value: float) -> str:
    if not math.isfinite(value):
        raise _Unusual  # json.dumps raises its own error for it
    return float.__repr__(value)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_string,
    int: int.__repr__,
    float: _finite_float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _: "null",
}


def dump(data: dict[str, Any], stream: TextIO) -> None:
    """`dumps` written piece by piece: with indent, json builds the whole text
    from a list of small strings, several times the size of the text itself."""
    json.dump(data, stream, ensure_ascii=False, indent=2, allow_nan=False)
    stream.write("\n")
