"""Amazon Titan Text Embeddings v2 on Bedrock (``bedrock-runtime`` ``InvokeModel``), stored as 384 columns.

For AWS deployments where the Lambda should not carry the local model. Titan v2 embeds one text per
call; the client is a parameter so tests pass a stubbed one and Lambdas reuse theirs across calls.

Titan v2 only returns 1024, 512 or 256 dimensions (``dimensions`` request field), not 384. To fit the
``vector(384)`` columns it is asked for 256 and the vector is zero-padded to 384: padding changes neither
norms nor dot products, so cosine similarities are exactly Titan's 256-dimensional ones (AWS reports
256 dimensions keep ~97% of the 1024-dimension retrieval accuracy).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, cast

import numpy as np

from hirehound.embeddings.base import DIMENSIONS, Vectors, blank_rows, empty_vectors, l2_normalize
from hirehound.errors import PermanentError, TransientError

TITAN_V2_MODEL = "amazon.titan-embed-text-v2:0"
#: Titan v2 accepts 8,192 tokens / 50,000 characters; longer texts are cut here instead of rejected.
MAX_INPUT_CHARS = 50_000
#: The widths Titan v2 can return.
TITAN_DIMENSIONS = (256, 512, 1024)
_TRANSIENT_CODES = frozenset(
    {
        "ThrottlingException",
        "ServiceUnavailableException",
        "ModelTimeoutException",
        "InternalServerException",
        "ModelNotReadyException",
        "ServiceQuotaExceededException",
    }
)


class InvokeModelClient(Protocol):
    """The one ``bedrock-runtime`` client method used."""

    def invoke_model(self, **kwargs: Any) -> Mapping[str, Any]:
        """botocore's ``InvokeModel``."""
        ...


class BedrockEmbedder:
    """Titan Text Embeddings v2 through Bedrock, normalized by the service and checked here.

    Throttling, timeouts and 5xx raise :class:`TransientError` (the state machine retries them); a
    rejected request (validation, access denied, unknown model) raises :class:`PermanentError`.
    """

    def __init__(
        self,
        client: InvokeModelClient | None = None,
        *,
        model: str = TITAN_V2_MODEL,
        titan_dimensions: int = 256,
        dimensions: int = DIMENSIONS,
        region_name: str | None = None,
    ) -> None:
        """Ask Titan for ``titan_dimensions``, zero-pad to ``dimensions``.

        Without ``client`` one is made lazily with boto3's default credentials and ``region_name``.
        """
        if titan_dimensions not in TITAN_DIMENSIONS:
            raise ValueError(f"Titan v2 returns {TITAN_DIMENSIONS} dimensions, not {titan_dimensions}")
        if dimensions < titan_dimensions:
            raise ValueError("dimensions must be at least titan_dimensions (vectors are padded, not cut)")
        self._client = client
        self._model = model
        self._titan_dimensions = titan_dimensions
        self._dimensions = dimensions
        self._region_name = region_name

    @property
    def dimensions(self) -> int:
        """Width of the returned (padded) vectors: 384 by default, to fit ``vector(384)``."""
        return self._dimensions

    @property
    def model_id(self) -> str:
        """``<bedrock model id>@<titan dimensions>``, e.g. ``amazon.titan-embed-text-v2:0@256``."""
        return f"{self._model}@{self._titan_dimensions}"

    def _get_client(self) -> InvokeModelClient:
        if self._client is None:
            import boto3

            client = boto3.client("bedrock-runtime", region_name=self._region_name)
            self._client = cast("InvokeModelClient", client)
        return self._client

    def _embed_one(self, text: str) -> list[float]:
        from botocore.exceptions import BotoCoreError, ClientError

        body = {"inputText": text[:MAX_INPUT_CHARS], "dimensions": self._titan_dimensions, "normalize": True}
        try:
            response = self._get_client().invoke_model(
                modelId=self._model,
                body=json.dumps(body),
                contentType="application/json",
                accept="application/json",
            )
            payload = json.loads(response["body"].read())
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
            if code in _TRANSIENT_CODES or status == 429 or status >= 500:
                raise TransientError(f"bedrock {code or status}: {exc}") from exc
            raise PermanentError(f"bedrock rejected the request ({code}): {exc}") from exc
        except BotoCoreError as exc:  # connection errors, read timeouts
            raise TransientError(f"bedrock call failed: {exc}") from exc
        vector = payload.get("embedding")
        if not isinstance(vector, list) or len(vector) != self._titan_dimensions:
            raise TransientError(f"bedrock returned no {self._titan_dimensions}-dimensional embedding")
        return [float(x) for x in vector] + [0.0] * (self._dimensions - self._titan_dimensions)

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit-length row per text (one call each); blank texts get zero rows without a call."""
        if not texts:
            return empty_vectors(self._dimensions)
        blank = blank_rows(texts)
        rows = [
            [0.0] * self._dimensions if blank[i] else self._embed_one(text) for i, text in enumerate(texts)
        ]
        return l2_normalize(np.array(rows, dtype=np.float32))
