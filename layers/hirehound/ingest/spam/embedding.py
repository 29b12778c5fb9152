"""The spam model's third margin: an RBF SVM on the posting's sentence embedding, the vector the Embed
stage stores (MiniLM, 384-d). numpy only; the support vectors are a float32 ``.npy`` side file next to
``spam_model.json`` (:mod:`hirehound.ml.spam_vectors` writes both).

A vector is used only when the configured embedder (``Settings.embedder``, the one the Embed stage used)
is the one the SVM was trained on and the vector has its width; anything else (no vector, another
embedder, a wrong width, no direction) is a stated reason, and the model then scores the posting as it
does without a vector.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

type Vector = npt.NDArray[np.float64]


@dataclass(frozen=True)
class EmbeddingMargin:
    """``margin(x) = sum_i dual_coef_i * exp(-gamma * |x - sv_i|^2) + intercept`` (scikit-learn's
    ``SVC.decision_function``, positive for spam)."""

    embedder: str  # the embedder's configured name ("local"): compared, as the handler knows it
    model_id: str  # its vector space (:attr:`hirehound.embeddings.Embedder.model_id`), for the record
    support_vectors: npt.NDArray[np.float64]  # (n, dimensions)
    squared_norms: npt.NDArray[np.float64]  # (n,)
    dual_coef: npt.NDArray[np.float64]  # (n,)
    gamma: float
    intercept: float

    @property
    def dimensions(self) -> int:
        return int(self.support_vectors.shape[1])

    @classmethod
    def from_spec(cls, spec: dict[str, Any], directory: Path) -> EmbeddingMargin:
        """The SVM of the model file's ``embedding`` section; its side file is checked against the
        recorded shape and sha256."""
        side = spec["support_vectors"]
        path = directory / str(side["file"])
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != side["sha256"]:
            raise ValueError(f"{path.name} is not the file the spam model was trained with (sha256)")
        vectors = np.load(path, allow_pickle=False)
        if vectors.dtype != np.float32 or list(vectors.shape) != list(side["shape"]):
            expected = f"float32 {side['shape']}"
            raise ValueError(f"{path.name}: {vectors.dtype} {vectors.shape}, expected {expected}")
        dual = np.asarray(spec["dual_coef"], dtype=np.float64)
        if dual.shape != (vectors.shape[0],) or vectors.shape[1] != int(spec["dimensions"]):
            raise ValueError(f"{len(dual)} dual coefficients for {vectors.shape} support vectors")
        support = vectors.astype(np.float64)
        return cls(
            embedder=str(spec["embedder"]),
            model_id=str(spec["model_id"]),
            support_vectors=support,
            squared_norms=np.einsum("ij,ij->i", support, support),
            dual_coef=dual,
            gamma=float(spec["gamma"]),
            intercept=float(spec["intercept"]),
        )

    def problem(self, vector: object, embedder: str | None) -> str | None:
        """Why ``vector`` (from the embedder configured as ``embedder``) cannot be scored; None when it
        can."""
        if vector is None:
            return "the posting has no stored vector"
        if embedder is None or embedder.strip().lower() != self.embedder:
            ours = f"{self.embedder!r} ({self.model_id})"
            return f"the embedder is {embedder!r}, the spam model's vectors are {ours}"
        array = np.asarray(vector)
        if array.shape != (self.dimensions,):
            return f"a vector of shape {array.shape}, the spam model's have {self.dimensions} dimensions"
        if not np.issubdtype(array.dtype, np.number) or not bool(np.all(np.isfinite(array))):
            return "the vector is not finite numbers"
        if not bool(np.any(array)):
            return "the vector is all zeros (no direction)"
        return None

    def margin(self, vector: npt.ArrayLike) -> float:
        """The SVM's decision value for one vector (check it with :meth:`problem` first)."""
        x = np.asarray(vector, dtype=np.float64)
        distances = self.squared_norms + float(x @ x) - 2.0 * (self.support_vectors @ x)
        kernel = np.exp(-self.gamma * np.maximum(distances, 0.0))
        return float(kernel @ self.dual_coef) + self.intercept
