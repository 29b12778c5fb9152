"""The spam model's embedding margin, trained: the examples' MiniLM vectors and an RBF SVM on them.

Each example is embedded as the Embed stage embeds a posting (its title and cleaned description) by the
local MiniLM embedder on one thread (deterministic; ~75 s CPU for the 1,771 examples, then read from a
cache under ``.hirehound/cache`` keyed by the texts and the model). The SVM (class-balanced, C
:data:`C`, ``gamma="scale"``) is fitted in each cross-validation fold for an out-of-fold margin and on
every example for the shipped model, whose support vectors go to a float32 ``.npy`` side file.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.svm import SVC  # type: ignore[import-untyped,import-not-found,unused-ignore]

from hirehound.embeddings import DIMENSIONS
from hirehound.embeddings.local import MODEL_ID, MODEL_SHA256, MiniLMEmbedder

#: The configured name of the embedder whose vectors the SVM reads (``Settings.embedder``).
EMBEDDER = "local"
C = 4.0  # employer folds, 4 seeds: ROC AUC 0.879 beside the text margins (logistic regression: 0.874)
VECTORS_FILE = "spam_model_vectors.npy"
CACHE_DIR = Path(__file__).resolve().parents[3] / ".hirehound" / "cache"

type Vectors = npt.NDArray[np.float32]


def _cache_key(texts: Sequence[str]) -> str:
    digest = hashlib.sha256(f"{MODEL_ID}\n{MODEL_SHA256}\n{len(texts)}\n".encode())
    for text in texts:
        digest.update(hashlib.sha256(text.encode("utf-8")).digest())
    return digest.hexdigest()[:24]


def embed(texts: Sequence[str], cache_dir: Path | None = CACHE_DIR) -> Vectors:
    """The texts' MiniLM vectors, ``(len(texts), 384)`` float32 (cached in ``cache_dir`` unless None)."""
    path = None if cache_dir is None else cache_dir / f"spam-vectors-{_cache_key(texts)}.npy"
    if path is not None and path.exists():
        cached: Vectors = np.load(path, allow_pickle=False)
        if cached.shape == (len(texts), DIMENSIONS):
            return cached
    vectors = np.asarray(MiniLMEmbedder(threads=1).embed(list(texts)), dtype=np.float32)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors, allow_pickle=False)
    return vectors


def fit(vectors: Vectors, labels: npt.NDArray[np.int64], seed: int) -> Any:
    """The RBF SVM on the vectors (float64, as scored)."""
    svm = SVC(C=C, kernel="rbf", gamma="scale", class_weight="balanced", random_state=seed)
    return svm.fit(np.asarray(vectors, dtype=np.float64), labels)


def out_of_fold_margins(
    vectors: Vectors,
    labels: npt.NDArray[np.int64],
    folds: Sequence[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]],
    seed: int,
) -> npt.NDArray[np.float64]:
    """Each example's SVM margin from the SVM fitted without its fold."""
    margins = np.zeros(len(labels))
    for train_idx, test_idx in folds:
        svm = fit(vectors[train_idx], labels[train_idx], seed)
        margins[test_idx] = svm.decision_function(np.asarray(vectors[test_idx], dtype=np.float64))
    return margins


def side_file(support_vectors: Vectors) -> bytes:
    """The ``.npy`` bytes of the support vectors (the same bytes for the same array)."""
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(support_vectors, dtype=np.float32), allow_pickle=False)
    return buffer.getvalue()


def export(svm: Any) -> tuple[dict[str, Any], bytes]:
    """The SVM as the model file's ``embedding`` section (without calibration and thresholds) and the
    side file's bytes. The support vectors are the training vectors themselves (float32 from MiniLM), so
    float32 loses nothing."""
    if list(svm.classes_) != [0, 1]:
        raise ValueError(f"expected classes [0, 1], got {svm.classes_}")
    support = np.asarray(svm.support_vectors_, dtype=np.float32)
    if not np.array_equal(support.astype(np.float64), svm.support_vectors_):
        raise ValueError("support vectors do not survive float32")
    data = side_file(support)
    spec = {
        "kernel": "rbf",
        "embedder": EMBEDDER,
        "model_id": MODEL_ID,
        "dimensions": int(support.shape[1]),
        "text": "title + cleaned description (the Embed stage's)",
        "C": C,
        "gamma": float(svm._gamma),
        "intercept": float(svm.intercept_[0]),
        "dual_coef": [float(v) for v in svm.dual_coef_[0]],
        "support_vectors": {
            "file": VECTORS_FILE,
            "shape": list(support.shape),
            "dtype": "float32",
            "sha256": hashlib.sha256(data).hexdigest(),
        },
    }
    return spec, data


def reference(svm: Any) -> dict[str, Any]:
    """scikit-learn's margins for a few vectors the numpy inference can rebuild without the embedder:
    support vectors and the means of pairs of them (renormalized), so the test needs only the side file."""
    support = np.asarray(svm.support_vectors_, dtype=np.float64)
    picks = list(range(0, len(support), max(len(support) // 40, 1)))
    pairs = [(i, (i + 7) % len(support)) for i in picks]
    means = np.array([support[i] + support[j] for i, j in pairs])
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    return {
        "support_rows": picks,
        "support_margins": [float(v) for v in svm.decision_function(support[picks])],
        "pairs": [list(p) for p in pairs],
        "pair_margins": [float(v) for v in svm.decision_function(means)],
    }
