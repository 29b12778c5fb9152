"""Ingestion unit 'embed': the posting's vector from the configured embedder; idempotent."""

from __future__ import annotations

from typing import Any

import numpy as np

from hirehound.db import postings
from hirehound.db.pool import transaction
from hirehound.embeddings import get_embedder, posting_text


def embed(posting_id: int) -> dict[str, Any]:
    with transaction() as conn:
        row = postings.load(conn, posting_id)
    text = posting_text(row["title"], row["description_text"])
    vector = get_embedder().embed([text])[0] if text else None
    usable = vector is not None and bool(np.any(vector))  # an all-zero vector has no direction
    with transaction() as conn:
        postings.save_embedding(conn, posting_id, vector if usable else None)
    return {"posting_id": posting_id, "embedded": usable}
