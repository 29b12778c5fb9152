"""A Lambda handler that reports its process and process globals (for the local runtime's tests).

`left_by` is the `function_name` key that the project's Powertools logger held when this invocation
began: what the previous invocation *in this process* left there (Powertools' keys are process-global).
"""

from __future__ import annotations

import os
from typing import Any

from hirehound.observability import logger

calls = 0


@logger.inject_lambda_context
def _inside(event: dict[str, Any], context: Any) -> str:
    return str(logger.get_current_keys().get("function_name"))


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    global calls
    calls += 1
    left_by = logger.get_current_keys().get("function_name")
    return {
        "pid": os.getpid(),
        "calls": calls,
        "left_by": left_by,
        "keyed_as": _inside(event, context),
        "env_function": os.environ.get("AWS_LAMBDA_FUNCTION_NAME"),
    }
