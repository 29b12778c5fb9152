"""Where scraped pages live: object storage (S3), read with a size limit checked before download."""

from __future__ import annotations

import hashlib
from functools import cache
from typing import TYPE_CHECKING, Any

from hirehound.errors import BadInputError, TransientError
from hirehound.limits import MAX_PAGE_BYTES

if TYPE_CHECKING:
    from hirehound.ingest.events import PageRef


def page_key(body: bytes) -> str:
    """Where a scraper stores a page body: content-addressed, so two versions of one URL never share
    an object and storing the same bytes again rewrites the same one."""
    return f"pages/{hashlib.sha256(body).hexdigest()}.html"


@cache
def _s3() -> Any:
    import boto3

    return boto3.client("s3")


def read_page(page: PageRef, *, max_bytes: int = MAX_PAGE_BYTES) -> bytes:
    """The stored page body; BadInputError when it is missing or larger than `max_bytes`."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        head = _s3().head_object(Bucket=page.bucket, Key=page.key)
        if head["ContentLength"] > max_bytes:
            raise BadInputError(f"page is {head['ContentLength']} bytes, over the {max_bytes}-byte limit")
        body: bytes = _s3().get_object(Bucket=page.bucket, Key=page.key)["Body"].read()
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        if code in {"404", "NoSuchKey", "NotFound"}:
            raise BadInputError(f"no page stored at s3://{page.bucket}/{page.key}") from exc
        raise TransientError(f"S3 error {code} reading s3://{page.bucket}/{page.key}") from exc
    except BotoCoreError as exc:
        raise TransientError(f"S3 unreachable: {exc}") from exc
    return body
