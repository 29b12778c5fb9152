"""The embedder interface every implementation satisfies, and the vector helpers they share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

#: Width of every stored vector: ``postings.embedding`` and ``companies.embedding`` are ``vector(384)``.
DIMENSIONS = 384

type Vectors = npt.NDArray[np.float32]
"""An ``(n, dimensions)`` float32 matrix, one L2-normalized row per input text."""


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalized float32 vectors.

    Rows have unit length, so cosine similarity is a dot product (pgvector's ``<=>`` is ``1 - dot``).
    A blank text (empty or whitespace only) has nothing to embed and gets an all-zero row, whose cosine
    with anything is 0. Vectors from different ``model_id`` values live in different spaces and must
    never be compared.
    """

    @property
    def dimensions(self) -> int:
        """Length of each vector."""
        ...

    @property
    def model_id(self) -> str:
        """Stable name of the vector space (model, version and width)."""
        ...

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One row per text, in input order; shape ``(len(texts), dimensions)``."""
        ...


def l2_normalize(matrix: npt.ArrayLike) -> Vectors:
    """Rows scaled to unit length as float32; all-zero rows stay zero."""
    array = np.asarray(matrix, dtype=np.float32)
    if array.ndim != 2:
        raise ValueError(f"expected a 2-D matrix, got shape {array.shape}")
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return np.divide(array, norms, out=np.zeros_like(array), where=norms > 0)


def blank_rows(texts: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Mask of the texts that are empty or whitespace only."""
    return np.fromiter((not text.strip() for text in texts), dtype=np.bool_, count=len(texts))


def empty_vectors(dimensions: int) -> Vectors:
    """The ``(0, dimensions)`` result for an empty batch."""
    return np.zeros((0, dimensions), dtype=np.float32)


def posting_text(title: str | None, description: str | None) -> str:
    """What a posting's vector is made of: its title and cleaned description (the Embed stage, and the
    spam model's training, which must embed exactly what that stage embeds)."""
    return f"{title or ''}\n{description or ''}".strip()
