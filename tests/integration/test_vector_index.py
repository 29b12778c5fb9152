"""The embedded server really runs pgvector: an HNSW index answers a cosine k-NN query."""

from __future__ import annotations

import numpy as np
import psycopg
import pytest
from pgvector.psycopg import register_vector

pytestmark = pytest.mark.integration


def test_hnsw_cosine_knn_uses_the_index(db: str) -> None:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(500, 16)).astype(np.float32)
    query = vectors[42] + rng.normal(scale=0.01, size=16).astype(np.float32)
    with psycopg.connect(db, autocommit=True) as conn:
        register_vector(conn)
        conn.execute("CREATE TABLE items (id int PRIMARY KEY, embedding vector(16))")
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO items VALUES (%s, %s)", list(enumerate(vectors)))
        conn.execute("CREATE INDEX items_hnsw ON items USING hnsw (embedding vector_cosine_ops)")
        conn.execute("SET enable_seqscan = off")
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                "EXPLAIN SELECT id FROM items ORDER BY embedding <=> %s LIMIT 5", (query,)
            )
        )
        rows = conn.execute(
            "SELECT id, embedding <=> %s AS distance FROM items ORDER BY embedding <=> %s LIMIT 5",
            (query, query),
        ).fetchall()
    assert "items_hnsw" in plan
    assert rows[0][0] == 42
    assert rows[0][1] < 0.01
    expected = np.argsort(1 - (vectors @ query) / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)))[
        :5
    ]
    assert {row[0] for row in rows} == set(expected.tolist())
