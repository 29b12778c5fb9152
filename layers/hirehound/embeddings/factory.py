"""Pick an embedder by its configured name (``HIREHOUND_EMBEDDER``)."""

from __future__ import annotations

from functools import cache

from hirehound.embeddings.base import Embedder

#: Accepted names: the local MiniLM model, the lexical hashing fallback, Titan v2 on Bedrock.
EMBEDDER_NAMES = ("local", "hashing", "bedrock")


@cache
def _build(name: str) -> Embedder:
    if name == "local":
        from hirehound.embeddings.local import MiniLMEmbedder

        return MiniLMEmbedder()
    if name == "hashing":
        from hirehound.embeddings.hashing import HashingEmbedder

        return HashingEmbedder()
    if name == "bedrock":
        from hirehound.embeddings.bedrock import BedrockEmbedder

        return BedrockEmbedder()
    raise ValueError(f"unknown embedder {name!r}; expected one of {', '.join(EMBEDDER_NAMES)}")


def get_embedder(name: str | None = None) -> Embedder:
    """The process-wide embedder called ``name`` (default: ``Settings.embedder``), built on first use.

    Construction is cheap and does no I/O: the local model loads on its first ``embed``, the Bedrock
    client on its first call. Raises ``ValueError`` for an unknown name.
    """
    if name is None:
        from hirehound.config import get_settings

        name = get_settings().embedder
    return _build(name.strip().lower())
