"""Background consumers for queues whose messages a running execution waits on (waitForTaskToken).

`cloud.drain` polls in the caller's thread, which cannot run while the caller waits for an execution;
`QueueWorkers` runs `threads` pollers per queue through LocalCloud's public `poll_once` until stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from types import TracebackType

from hirehound_local.cloud import LocalCloud


class QueueWorkers:
    """`with QueueWorkers(cloud, ["EnrichClearbit"], threads=3): cloud.run(...)`."""

    def __init__(
        self, cloud: LocalCloud, queues: Iterable[str], *, threads: int = 1, idle_s: float = 0.05
    ) -> None:
        self._cloud = cloud
        self._queues = list(queues)
        self._threads_per_queue = threads
        self._idle_s = idle_s
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.errors: list[BaseException] = []
        self.received = 0
        self._lock = threading.Lock()

    def _loop(self, queue: str) -> None:
        while not self._stop.is_set():
            try:
                count = self._cloud.poll_once(queue)
            except Exception as exc:  # keep polling; the test inspects `errors`
                with self._lock:
                    self.errors.append(exc)
                count = 0
            with self._lock:
                self.received += count
            if not count:
                self._stop.wait(self._idle_s)

    def start(self) -> QueueWorkers:
        self._cloud.client("sqs")  # build botocore's loaders once, before threads race for them
        self._cloud.client("stepfunctions")
        for queue in self._queues:
            for index in range(self._threads_per_queue):
                thread = threading.Thread(
                    target=self._loop, args=(queue,), name=f"{queue}-{index}", daemon=True
                )
                thread.start()
                self._threads.append(thread)
        return self

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout_s)

    def __enter__(self) -> QueueWorkers:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
