"""Throughput of the embedders and of the dedup signatures on this machine.

    .venv/bin/python -m benchmarks.embeddings [--texts 128] [--words 300] [--callers 8] [--bedrock]

Texts are synthetic job descriptions of ``--words`` words (the local model reads the first 256 tokens,
about 190 words, of each). Besides wall-clock embeddings/s it prints the process's CPU ms per text (on
a shared machine the steadier figure), and the pipeline's own pattern: one text per call from
``--callers`` threads at once (each Ingestion run embeds its one posting), with onnxruntime's thread
pool spinning (its default) and not (the embedder's setting). Bedrock is measured only with
``--bedrock`` (it calls AWS and costs money).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from hirehound.embeddings import BedrockEmbedder, Embedder, HashingEmbedder, MiniLMEmbedder
from hirehound.ingest.dedup import content_hash, lsh_band_keys, minhash_signature

_WORDS = (
    "we are hiring a senior junior backend frontend data platform engineer developer analyst manager "
    "to build operate design python java go sql aws kubernetes services pipelines dashboards apis for "
    "our customers team product payments logistics health retail you will own mentor review ship "
    "requirements years of experience with strong communication skills we offer salary vacation "
    "remote hybrid office learning budget equity pension apply now with your cv"
)
VOCABULARY = _WORDS.split()


def job_texts(count: int, words: int, seed: int = 42) -> list[str]:
    """Deterministic pseudo job descriptions."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(VOCABULARY, k=words)).capitalize() + "." for _ in range(count)]


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rate(label: str, items: int, run: Callable[[], object], repeat: int = 1) -> None:
    """Print items/second of ``run`` and the process's CPU ms per item (best of ``repeat``)."""
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _cpu_s()
        run()
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, _cpu_s() - cpu)
    print(
        f"  {label:<52} {items / best:>10,.1f} /s   ({items} in {best:.2f} s; "
        f"CPU {best_cpu / items * 1000:,.2f} ms each)"
    )


def bench_embedder(name: str, embedder: Embedder, texts: Sequence[str], repeat: int) -> None:
    start = time.perf_counter()
    embedder.embed(texts[:2])  # loads models / clients, warms caches
    print(f"  {name}: model_id={embedder.model_id} first call {time.perf_counter() - start:.2f} s")
    rate(f"{name} embed, batch of {len(texts)}", len(texts), lambda: embedder.embed(texts), repeat)


def bench_concurrent_calls(name: str, embedder: Embedder, texts: Sequence[str], callers: int) -> None:
    """One text per call from `callers` threads at once: how the pipeline's Embed stage calls it."""
    embedder.embed(texts[:1])
    with ThreadPoolExecutor(max_workers=callers) as pool:
        run = lambda: list(pool.map(lambda text: embedder.embed([text]), texts))  # noqa: E731
        rate(f"{name}, 1 text/call, {callers} callers", len(texts), run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=128)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--callers", type=int, default=8, help="concurrent one-text callers")
    parser.add_argument("--bedrock", action="store_true", help="also call Titan v2 on Bedrock (AWS)")
    args = parser.parse_args()

    texts = job_texts(args.texts, args.words)
    print(
        f"machine: {platform.platform()} | {platform.machine()} | cpu_count={os.cpu_count()} "
        f"| python {platform.python_version()}"
    )
    print(f"corpus: {len(texts)} texts x {args.words} words ({sum(map(len, texts)) // len(texts)} chars avg)")

    print("embeddings (texts/second):")
    bench_embedder("hashing", HashingEmbedder(), texts, args.repeat)
    bench_embedder("local", MiniLMEmbedder(), texts, args.repeat)
    bench_embedder("local, one text per call", MiniLMEmbedder(batch_size=1), texts, 1)
    bench_embedder("local, one thread", MiniLMEmbedder(threads=1), texts, 1)
    for spinning in (True, False):
        label = f"local, pool {'spinning' if spinning else 'not spinning'}"
        bench_concurrent_calls(label, MiniLMEmbedder(spinning=spinning), texts, args.callers)
    if args.bedrock:
        bench_embedder("bedrock", BedrockEmbedder(), texts[:16], 1)
    else:
        print("  bedrock: skipped (pass --bedrock to call AWS)")

    print("dedup (items/second):")
    rate("minhash_signature", len(texts), lambda: [minhash_signature(t) for t in texts], args.repeat)
    signatures = [minhash_signature(t) for t in texts]
    rate("lsh_band_keys", len(texts), lambda: [lsh_band_keys(s) for s in signatures], args.repeat)
    rate(
        "content_hash", len(texts), lambda: [content_hash("Engineer", "Acme", t) for t in texts], args.repeat
    )


if __name__ == "__main__":
    main()
