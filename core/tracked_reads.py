"""Small values read from Redis once and kept in this process for as long as Redis says they
have not changed: the page cache's versions (core.page_cache), read on every request.

Without this, every page-cache hit on Redis waits for one round trip to read its versions,
where a hit on files reads a small file: a hit on Redis served a quarter fewer pages a second.

Redis's own answer is *client-side caching* (``CLIENT TRACKING``, Redis 6 and later): on a
connection that speaks RESP3, Redis remembers which keys the connection read and, when one of
them changes (set, deleted, expired, evicted, or the database flushed), pushes an
``invalidate`` message on that same connection. Before each read, the messages already
received are applied, with one ``poll`` of the socket and no round trip; what is still held is
then exactly what a read from Redis would have answered a few microseconds earlier (the
time Redis takes to write its message after the change). A key still missing is read from
Redis on the same connection, which also registers it for tracking; since the messages come on
that connection in the order of the changes, a message about a change made before the read
arrives before its answer, and one made after arrives after it: a value is never kept past a
change.

redis-py has the same (``cache_config``) but refuses servers older than 7.4; Debian's is 7.0.

Guards:

- a broken connection (Redis restarted, the connection killed) forgets every value, and the
  read starts again on a new connection: messages lost with the old one cannot matter;
- each value is trusted for ``trust_seconds`` at most and read again after: a network that
  silently stops carrying the messages (the connection looks alive) cannot keep a value
  longer than that;
- a process forked from another (gunicorn workers, the task worker's jobs) opens its own
  connection: the parent's socket and messages are not its own;
- this process's own writes forget the value before they return (``forget``), so it reads its
  own writes without waiting for the message.
"""

from __future__ import annotations

import os
import threading
import time

import redis

#: Beyond this many keys, what is held is forgotten in one go (and read again when asked).
MAX_KEYS = 10_000


class TrackedReads:
    def __init__(
        self,
        connection_class: type[redis.Connection] = redis.Connection,
        connection_kwargs: dict | None = None,
        trust_seconds: float = 1.0,
    ):
        self._connection_class = connection_class
        self._connection_kwargs = {**(connection_kwargs or {}), "protocol": 3}
        self.trust_seconds = trust_seconds
        #: Set once the server refused RESP3 or tracking: reads then go the usual way.
        self.unsupported = False
        self._lock = threading.Lock()
        self._connection: redis.Connection | None = None
        self._pid: int | None = None
        #: key -> (trusted until, on time.monotonic(); the raw value Redis holds)
        self._values: dict[str, tuple[float, bytes]] = {}

    def get_many(self, keys: list[str]) -> dict[str, bytes] | None:
        """The raw values of the keys Redis holds, read or kept: missing keys are left out.
        None when the server cannot track reads (a Redis before 6, a proxy that speaks RESP2
        only): the caller reads as it would without this, and this is not tried again."""
        if self.unsupported:
            return None
        with self._lock:
            try:
                return self._get_many(keys)
            except redis.ResponseError:
                if self._connection is not None:
                    raise  # an answer to a read: as any command's error
                self.unsupported = True
                return None
            except (redis.ConnectionError, redis.TimeoutError, OSError):
                # Found closed (Redis restarted): once more, on a new connection.
                self._close()
            try:
                return self._get_many(keys)
            except (redis.ConnectionError, redis.TimeoutError, OSError):
                self._close()
                raise

    def forget(self, keys: list[str]) -> None:
        """Called once this process changed them: its next read asks Redis."""
        with self._lock:
            for key in keys:
                self._values.pop(key, None)

    def forget_all(self) -> None:
        with self._lock:
            self._values.clear()

    def _get_many(self, keys: list[str]) -> dict[str, bytes]:
        connection = self._connected()
        while connection.can_read(timeout=0):
            connection.read_response(push_request=True)  # an invalidation: see _invalidated
        now = time.monotonic()
        found = {}
        unread = []
        for key in keys:
            held = self._values.get(key)
            if held is not None and held[0] > now:
                found[key] = held[1]
            else:
                unread.append(key)
        if unread:
            trusted_until = now + self.trust_seconds
            connection.send_command("MGET", *unread)
            values = connection.read_response()
            if len(self._values) + len(unread) > MAX_KEYS:
                self._values.clear()
            for key, value in zip(unread, values, strict=True):
                if value is None:
                    self._values.pop(key, None)
                else:
                    self._values[key] = (trusted_until, value)
                    found[key] = value
        return found

    def _connected(self) -> redis.Connection:
        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        self._values.clear()
        self._connection = None  # a parent's socket is left to the parent
        connection = self._connection_class(**self._connection_kwargs)
        try:
            connection.connect()  # HELLO 3: refused by servers without RESP3
            # How redis-py's own client-side caching is told where the messages go.
            connection._parser.set_invalidation_push_handler(self._invalidated)
            connection.send_command("CLIENT", "TRACKING", "ON")
            connection.read_response()
        except redis.ResponseError:
            connection.disconnect()
            raise
        self._connection, self._pid = connection, os.getpid()
        return connection

    def _invalidated(self, message: list) -> None:
        """``["invalidate", keys]``, or ``["invalidate", None]`` when the database was flushed.
        Called while ``get_many`` holds the lock."""
        keys = message[1]
        if keys is None:
            self._values.clear()
            return
        for key in keys:
            self._values.pop(key.decode() if isinstance(key, bytes) else key, None)

    def _close(self) -> None:
        self._values.clear()
        if self._connection is not None and self._pid == os.getpid():
            self._connection.disconnect()
        self._connection = None
