"""Process-wide clients for the provider worker, built on first use (never at import)."""

from __future__ import annotations

import os
import threading
from functools import cache

import httpx

from hirehound.enrich.providers import HttpProvider, provider_from_env
from hirehound.enrich.worker import AwsTaskPort

_lock = threading.Lock()


@cache
def _http(timeout_s: float) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(timeout_s, connect=min(3.0, timeout_s)))


def http_client() -> httpx.Client:
    """The shared HTTP client; timeout from ``HIREHOUND_PROVIDER_TIMEOUT_S`` (default 10 s)."""
    with _lock:
        return _http(float(os.environ.get("HIREHOUND_PROVIDER_TIMEOUT_S", "10")))


def provider(name: str) -> HttpProvider:
    """Provider `name` configured from the environment (URL, key) on the shared client."""
    return provider_from_env(name, http_client())


def task_port() -> AwsTaskPort:
    import boto3

    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
    return AwsTaskPort(
        boto3.client("stepfunctions", region_name=region), boto3.client("sqs", region_name=region)
    )
