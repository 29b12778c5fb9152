"""A handler module whose import fails (Runtime.ImportModuleError)."""

import module_that_does_not_exist  # type: ignore[import-not-found]  # noqa: F401


def handler(event, context):  # pragma: no cover - never importable
    return event
