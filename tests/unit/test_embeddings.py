"""Embedders: the local MiniLM model (really run, offline), the hashing fallback, Bedrock via Stubber."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import numpy as np
import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber
from hirehound.config import get_settings
from hirehound.embeddings import (
    DIMENSIONS,
    BedrockEmbedder,
    Embedder,
    EmbeddingModelUnavailable,
    HashingEmbedder,
    MiniLMEmbedder,
    get_embedder,
    l2_normalize,
)
from hirehound.errors import PermanentError, TransientError

pytestmark = pytest.mark.unit

PYTHON_JOB = "Senior Python developer wanted to build backend services for our payments platform."
PYTHON_JOB_PARAPHRASE = "We are hiring an experienced Python backend engineer for our payment systems."
NURSE_JOB = "Registered nurse needed for night shifts in the intensive care unit of our hospital."
CHEF_JOB = "Head chef for an Italian restaurant, responsible for the menu and the kitchen staff."


def cosine(vectors: np.ndarray, i: int, j: int) -> float:
    return float(vectors[i] @ vectors[j])


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return MiniLMEmbedder()


# --- shared behaviour ------------------------------------------------------------------------------


def test_l2_normalize_keeps_zero_rows_zero() -> None:
    out = l2_normalize([[3.0, 4.0], [0.0, 0.0]])
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, [[0.6, 0.8], [0.0, 0.0]])


def test_implementations_satisfy_the_protocol() -> None:
    for embedder in (HashingEmbedder(), MiniLMEmbedder(), BedrockEmbedder(client=FakeClient())):
        assert isinstance(embedder, Embedder)
        assert embedder.dimensions == DIMENSIONS


# --- local model -----------------------------------------------------------------------------------


def test_minilm_paraphrases_are_closer_than_unrelated_jobs(minilm: MiniLMEmbedder) -> None:
    vectors = minilm.embed([PYTHON_JOB, PYTHON_JOB_PARAPHRASE, NURSE_JOB, CHEF_JOB])
    paraphrase = cosine(vectors, 0, 1)
    assert paraphrase > 0.6
    assert paraphrase > cosine(vectors, 0, 2) + 0.3
    assert paraphrase > cosine(vectors, 0, 3) + 0.3
    assert paraphrase > cosine(vectors, 2, 3)


def test_minilm_matches_the_reference_model(minilm: MiniLMEmbedder) -> None:
    # sentence-transformers' all-MiniLM-L6-v2 (fp32) scores this classic pair 0.755.
    vectors = minilm.embed(["A man is eating food.", "A man is eating a piece of bread."])
    assert cosine(vectors, 0, 1) == pytest.approx(0.755, abs=0.01)


def test_minilm_batch_shape_normalization_and_order(minilm: MiniLMEmbedder) -> None:
    texts = [CHEF_JOB * 20, PYTHON_JOB, "", NURSE_JOB, "   \n"]
    vectors = minilm.embed(texts)
    assert vectors.shape == (5, DIMENSIONS)
    assert vectors.dtype == np.float32
    norms = np.linalg.norm(vectors, axis=1)
    np.testing.assert_allclose(norms[[0, 1, 3]], 1.0, atol=1e-5)
    assert not vectors[[2, 4]].any()
    # Input order is kept even though texts are batched by length.
    np.testing.assert_allclose(vectors[1], minilm.embed([PYTHON_JOB])[0], atol=1e-5)
    assert minilm.embed([]).shape == (0, DIMENSIONS)


def test_minilm_is_deterministic_and_batch_independent(minilm: MiniLMEmbedder) -> None:
    alone = minilm.embed([NURSE_JOB])
    again = minilm.embed([NURSE_JOB])
    in_batch = MiniLMEmbedder(batch_size=2).embed([PYTHON_JOB * 10, NURSE_JOB, CHEF_JOB])
    np.testing.assert_array_equal(alone, again)
    np.testing.assert_allclose(alone[0], in_batch[1], atol=1e-5)


def test_minilm_truncates_long_texts(minilm: MiniLMEmbedder) -> None:
    long_text = PYTHON_JOB + " " + "lorem ipsum " * 2000
    vectors = minilm.embed([long_text, long_text + " completely different tail"])
    assert cosine(vectors, 0, 1) == pytest.approx(1.0, abs=1e-5)


def test_minilm_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: Any, **kwargs: Any) -> socket.socket:
        raise AssertionError("the local embedder must not open sockets")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    vectors = MiniLMEmbedder().embed([PYTHON_JOB])
    assert vectors.shape == (1, DIMENSIONS)


def test_minilm_refuses_a_model_file_that_is_not_the_pinned_one(tmp_path: Path) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not a model")
    with pytest.raises(EmbeddingModelUnavailable, match="not the pinned"):
        MiniLMEmbedder(model_path=fake).embed([PYTHON_JOB])


# --- hashing fallback ------------------------------------------------------------------------------


def test_hashing_shape_normalization_and_blank_rows() -> None:
    vectors = HashingEmbedder().embed([PYTHON_JOB, "", "!!!", NURSE_JOB])
    assert vectors.shape == (4, DIMENSIONS)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors[[0, 3]], axis=1), 1.0, atol=1e-6)
    assert not vectors[[1, 2]].any()
    assert HashingEmbedder(dimensions=64).embed([]).shape == (0, 64)


def test_hashing_is_lexical() -> None:
    vectors = HashingEmbedder().embed(
        [PYTHON_JOB, PYTHON_JOB.upper().replace(" ", "  "), PYTHON_JOB_PARAPHRASE, NURSE_JOB]
    )
    assert cosine(vectors, 0, 1) == pytest.approx(1.0, abs=1e-6)  # case and spacing do not matter
    assert cosine(vectors, 0, 2) > cosine(vectors, 0, 3)  # shares "python", "backend", "our"


def test_hashing_vectors_do_not_drift() -> None:
    vector = HashingEmbedder().embed(["Python"])[0]
    assert np.flatnonzero(vector).tolist() == [40]
    assert vector[40] == 1.0


def test_hashing_is_deterministic_across_processes() -> None:
    here = HashingEmbedder().embed([PYTHON_JOB])[0]
    code = (
        "import sys, json; from hirehound.embeddings import HashingEmbedder; "
        "print(json.dumps(HashingEmbedder().embed([sys.argv[1]])[0].tolist()))"
    )
    layers = str(Path(__file__).resolve().parents[2] / "layers")
    result = subprocess.run(
        [sys.executable, "-c", code, PYTHON_JOB],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": layers, "PYTHONHASHSEED": "12345"},
    )
    np.testing.assert_array_equal(here, np.array(json.loads(result.stdout), dtype=np.float32))


# --- Bedrock ---------------------------------------------------------------------------------------


class FakeClient:
    def invoke_model(self, **kwargs: Any) -> dict[str, Any]:
        raise AssertionError("not called")


@pytest.fixture
def bedrock() -> Iterator[tuple[Any, Stubber]]:
    client = boto3.client(
        "bedrock-runtime",
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    with Stubber(client) as stubber:
        yield client, stubber
    stubber.assert_no_pending_responses()


def titan_response(vector: list[float]) -> dict[str, Any]:
    raw = json.dumps({"embedding": vector, "inputTextTokenCount": 7}).encode()
    return {"body": StreamingBody(io.BytesIO(raw), len(raw)), "contentType": "application/json"}


def expected_request(text: str, dimensions: int = 256) -> dict[str, Any]:
    return {
        "modelId": "amazon.titan-embed-text-v2:0",
        "body": json.dumps({"inputText": text, "dimensions": dimensions, "normalize": True}),
        "contentType": "application/json",
        "accept": "application/json",
    }


def test_bedrock_requests_titan_v2_and_pads_to_384(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    first = [0.0] * 256
    first[0] = 2.0  # not unit length: the embedder normalizes anyway
    second = [1 / 16] * 256
    stubber.add_response("invoke_model", titan_response(first), expected_request(PYTHON_JOB))
    stubber.add_response("invoke_model", titan_response(second), expected_request(NURSE_JOB))
    embedder = BedrockEmbedder(client=client)

    vectors = embedder.embed([PYTHON_JOB, "  ", NURSE_JOB])  # the blank text costs no call

    assert embedder.model_id == "amazon.titan-embed-text-v2:0@256"
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    assert vectors[0, 0] == pytest.approx(1.0)
    assert not vectors[1].any()
    np.testing.assert_allclose(vectors[2, :256], 1 / 16, rtol=1e-6)
    assert not vectors[:, 256:].any()


def test_bedrock_truncates_very_long_input(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    text = "x" * 60_000
    stubber.add_response("invoke_model", titan_response([1.0] * 512), expected_request("x" * 50_000, 512))
    vectors = BedrockEmbedder(client=client, titan_dimensions=512, dimensions=512).embed([text])
    assert vectors.shape == (1, 512)


@pytest.mark.parametrize(
    ("code", "status", "error"),
    [
        ("ThrottlingException", 429, TransientError),
        ("ModelTimeoutException", 408, TransientError),
        ("InternalServerException", 500, TransientError),
        ("ValidationException", 400, PermanentError),
        ("AccessDeniedException", 403, PermanentError),
    ],
)
def test_bedrock_errors_map_to_retry_or_dead_letter(
    bedrock: tuple[Any, Stubber], code: str, status: int, error: type[Exception]
) -> None:
    client, stubber = bedrock
    stubber.add_client_error("invoke_model", service_error_code=code, http_status_code=status)
    with pytest.raises(error, match=code):
        BedrockEmbedder(client=client).embed([PYTHON_JOB])


def test_bedrock_rejects_a_malformed_answer(bedrock: tuple[Any, Stubber]) -> None:
    client, stubber = bedrock
    stubber.add_response("invoke_model", titan_response([0.5] * 100))
    with pytest.raises(TransientError, match="256-dimensional"):
        BedrockEmbedder(client=client).embed([PYTHON_JOB])


def test_bedrock_refuses_widths_titan_cannot_return() -> None:
    with pytest.raises(ValueError, match="Titan v2 returns"):
        BedrockEmbedder(client=FakeClient(), titan_dimensions=384)
    with pytest.raises(ValueError, match="padded"):
        BedrockEmbedder(client=FakeClient(), titan_dimensions=1024, dimensions=384)


# --- factory ---------------------------------------------------------------------------------------


def test_get_embedder_by_name() -> None:
    assert isinstance(get_embedder("hashing"), HashingEmbedder)
    assert get_embedder("hashing") is get_embedder(" Hashing ")
    assert isinstance(get_embedder("local"), MiniLMEmbedder)
    assert isinstance(get_embedder("bedrock"), BedrockEmbedder)  # no client, no call yet
    with pytest.raises(ValueError, match="unknown embedder 'word2vec'"):
        get_embedder("word2vec")


def test_get_embedder_defaults_to_the_configured_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIREHOUND_EMBEDDER", "hashing")
    get_settings.cache_clear()
    try:
        assert isinstance(get_embedder(), HashingEmbedder)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
