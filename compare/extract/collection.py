"""Fewer garbage collections while extracting.

Extraction makes millions of short-lived tuples and records (tokens, spans, frames),
freed by reference counting as soon as they are dropped: on 1 MB of ECB+ news the
cycle collector found 29 objects in cycles. At CPython's default threshold (a young
collection every 700 allocations) it still ran ~220 young and 2 full collections per
MB, each full one walking every live object (the claims so far, the per-word
caches): 0.2-0.25 s of ~5.5 s of CPU. A young collection every 50,000 allocations
costs ~0.05 s there, and what little is in cycles is still collected.

Aligning (compare.align.align) runs under it too, for the same reason: the
matchers' readings, pairs and remembered judgements are short-lived records or
kept to the end of the comparison. On all 509 ECB+ articles at the default
threshold it ran 5,645 young and 19 full collections, 6.1 s of ~60 s of CPU;
under this one 259 and 2, 2.2 s, with the same peak memory (492 MB).

The threshold was 50,000 until stop 45. Each young collection walks every
tracked object still alive since the last one (a comparison's claims, readings
and remembered judgements, most of them kept to its end), and in a comparison
it frees nothing: on 80 pooled ECB+ articles 10 young collections, 0 objects
collected, 0.25 s of ~5.5 s of CPU; at 1,000,000, 3 collections, 0 collected,
0.05 s; on all 509, 2.3 s against 1.4 s, peak memory 665 / 667 MB. What little
is in cycles is still collected, within every million allocations.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 1_000_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold to YOUNG_THRESHOLD for the block, then
    put back what it was. A collector switched off, or set higher already (by the
    caller or an enclosing block), is left as it is."""
    young, *older = gc.get_threshold()
    if young == 0 or young >= YOUNG_THRESHOLD:
        yield
        return
    gc.set_threshold(YOUNG_THRESHOLD, *older)
    try:
        yield
    finally:
        gc.set_threshold(young, *older)
