"""Run requests side by side, as many people clicking at once would."""

import threading

from django.db import connection


def in_parallel(calls, timeout: float = 60) -> list[BaseException]:
    """Run each callable in its own thread, all released together; returns the errors raised.

    Each thread closes its database connection when done: on PostgreSQL, a leftover one would
    keep the test database from being dropped.
    """
    barrier = threading.Barrier(len(calls))
    errors = []

    def run(call):
        try:
            barrier.wait()
            call()
        except BaseException as error:  # noqa: BLE001  (reported to the test)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    return errors
