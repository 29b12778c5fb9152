"""A lexical, dependency-light embedder: signed feature hashing of word n-grams.

**Not semantic.** Two texts are close only when they share words; paraphrases with different
vocabulary are not. Use it where speed and determinism matter more than meaning: unit tests, local
``--no-embeddings`` runs, and as a stand-in when no model is available. Its vectors are incompatible
with every other embedder's (different ``model_id``).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from hirehound.embeddings.base import DIMENSIONS, Vectors, empty_vectors, l2_normalize

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=200_000)
def _bucket(feature: str, dimensions: int) -> tuple[int, float]:
    """Column and sign of one feature; blake2b, so the same in every process (unlike ``hash()``)."""
    digest = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "little")
    return digest % dimensions, 1.0 if (digest >> 63) & 1 else -1.0


class HashingEmbedder:
    """Word 1..``max_ngram``-grams hashed into ``dimensions`` signed buckets, weighted ``1 + log(tf)``.

    Deterministic across processes, machines and Python versions; needs only numpy.
    """

    def __init__(self, dimensions: int = DIMENSIONS, *, max_ngram: int = 2) -> None:
        if dimensions < 1 or max_ngram < 1:
            raise ValueError("dimensions and max_ngram must be positive")
        self._dimensions = dimensions
        self._max_ngram = max_ngram

    @property
    def dimensions(self) -> int:
        """Length of each vector."""
        return self._dimensions

    @property
    def model_id(self) -> str:
        """``hashing-v1-<dimensions>-ng<max_ngram>``."""
        return f"hashing-v1-{self._dimensions}-ng{self._max_ngram}"

    def _features(self, text: str) -> Counter[str]:
        words = _WORD.findall(text.casefold())
        counts: Counter[str] = Counter()
        for n in range(1, self._max_ngram + 1):
            counts.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
        return counts

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalized row per text; texts without words get a zero row."""
        if not texts:
            return empty_vectors(self._dimensions)
        matrix = np.zeros((len(texts), self._dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature, count in self._features(text).items():
                column, sign = _bucket(feature, self._dimensions)
                matrix[row, column] += sign * (1.0 + math.log(count))
        return l2_normalize(matrix)
