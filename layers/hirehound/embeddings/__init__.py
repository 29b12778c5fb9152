"""Text embeddings: one :class:`Embedder` protocol, three implementations, a factory.

- ``local``: :class:`MiniLMEmbedder`, all-MiniLM-L6-v2 int8 on onnxruntime (semantic, offline).
- ``hashing``: :class:`HashingEmbedder`, word n-gram feature hashing (lexical only, instant).
- ``bedrock``: :class:`BedrockEmbedder`, Amazon Titan Text Embeddings v2 (semantic, remote).

All return ``(n, 384)`` float32 L2-normalized rows. Importing this package loads neither onnxruntime
nor boto3.
"""

from hirehound.embeddings.base import DIMENSIONS, Embedder, Vectors, l2_normalize, posting_text
from hirehound.embeddings.bedrock import BedrockEmbedder
from hirehound.embeddings.factory import EMBEDDER_NAMES, get_embedder
from hirehound.embeddings.hashing import HashingEmbedder
from hirehound.embeddings.local import EmbeddingModelUnavailable, MiniLMEmbedder

__all__ = [
    "DIMENSIONS",
    "EMBEDDER_NAMES",
    "BedrockEmbedder",
    "Embedder",
    "EmbeddingModelUnavailable",
    "HashingEmbedder",
    "MiniLMEmbedder",
    "Vectors",
    "get_embedder",
    "l2_normalize",
    "posting_text",
]
