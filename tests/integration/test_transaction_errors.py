"""Database conflicts surface as TransientError, so the state machines retry them."""

from __future__ import annotations

import threading

import pytest
from hirehound.db.pool import transaction
from hirehound.errors import TransientError

pytestmark = pytest.mark.integration


def test_a_deadlock_is_a_transient_error(db: str) -> None:
    with transaction() as conn:
        conn.execute("CREATE TABLE locks (id int PRIMARY KEY)")
        conn.execute("INSERT INTO locks VALUES (1), (2)")
    both_locked_one = threading.Barrier(2)
    errors: list[BaseException] = []

    def lock(first: int, second: int) -> None:
        try:
            with transaction() as conn:
                conn.execute("UPDATE locks SET id = id WHERE id = %s", (first,))
                both_locked_one.wait(timeout=10)
                conn.execute("UPDATE locks SET id = id WHERE id = %s", (second,))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=lock, args=pair) for pair in ((1, 2), (2, 1))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(errors) == 1, errors
    assert isinstance(errors[0], TransientError)
    assert "DeadlockDetected" in str(errors[0])


def test_a_programming_error_is_not_transient(db: str) -> None:
    with pytest.raises(Exception) as raised, transaction() as conn:
        conn.execute("SELECT * FROM no_such_table")
    assert not isinstance(raised.value, TransientError)
