"""The cache backends: files on one machine, Redis at scale.

**Files.** The file cache of the embedded default, with counters that hold under parallel
requests, and culling that keeps what never expires (``_cull``).

Django's ``FileBasedCache`` reads then writes: ``add`` checks that the file is missing, then
writes it; ``incr`` reads the value, then writes value + 1. Two processes (gunicorn workers, the
task worker) or two threads doing either at the same moment both read the same state, so a rate
limit counted in it lets through more than its limit, and allauth's own lock (an ``add``) can be
taken twice. Here ``add``, ``incr`` and ``decr`` run under an exclusive ``flock`` on a lock file:
``flock`` locks belong to an open file, so they exclude other threads of the same process as
well as other processes, which ``lockf``/``fcntl`` record locks would not. The lock files are
16, chosen by the key's file name, so unrelated keys rarely wait for each other; they live in
``locks/``, out of the way of ``clear()`` and of culling, which only see ``*.djcache`` files.

``incr`` also keeps the key's expiry: Django's rewrites the value with the default timeout (five
minutes), which ended an hour's rate-limit window five minutes after its last request.

Redis needs none of this (``SET NX`` and ``INCRBY`` are atomic) and the local-memory cache of the
tests takes a lock of its own.

**Redis.** Django's client builds a new ``redis.Redis`` object around its connection pool for
every command, which costs about as much as the round trip itself; the page cache reads a
version on every request, so ``RedisCache`` here keeps one client per pool (a ``redis.Redis``
is safe to share between threads: each command takes a connection from the pool).
``get_many_tracked`` reads the page cache's versions without a round trip on most requests,
kept right by Redis's invalidation messages (core.tracked_reads), and every write here forgets
the keys it changed, so this process always reads its own writes.
"""

import fcntl
import os
import pickle
import tempfile
import threading
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends import filebased, redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.files.move import file_move_safe

from core.tracked_reads import TrackedReads

LOCK_SHARDS = 16


class FileBasedCache(filebased.FileBasedCache):
    """Django's file cache whose ``add``, ``incr`` and ``decr`` are atomic across processes."""

    @contextmanager
    def _locked(self, fname: str):
        folder = os.path.join(self._dir, "locks")
        os.makedirs(folder, exist_ok=True)
        shard = int(os.path.basename(fname)[:8], 16) % LOCK_SHARDS
        with open(os.path.join(folder, f"{shard:02d}.lock"), "ab") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked(self._key_to_file(key, version)):
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        fname = self._key_to_file(key, version)
        with self._locked(fname):
            try:
                # The cache's own files, read as Django's backend reads them.
                with open(fname, "rb") as f:
                    expiry = pickle.load(f)  # noqa: S301
                    expired = self._is_expired_at(expiry)
                    value = None if expired else pickle.loads(zlib.decompress(f.read()))  # noqa: S301
            except FileNotFoundError:
                expired = True
            if expired:
                raise ValueError(f"Key '{key}' not found.")
            value += delta
            self._write_with_expiry(fname, expiry, value)
            return value

    # ``decr`` is BaseCache's: ``incr(key, -delta)``, so locked as well.

    def _cull(self):
        """Make room as Django does (a third of the entries, once ``MAX_ENTRIES`` are there), but
        choose what goes: what has expired, then what expires soonest; never an entry kept
        without expiry.

        Django's picks at random, and the page cache keeps its versions without expiry
        (core.page_cache): a culled version came back as a new one, and every page that
        depended on it was rendered again: all of them, for the site's content version, at
        random moments under load. Only the expiry, at the head of each file, is read.
        """
        if self._cull_frequency == 0:
            return super()._cull()  # the whole cache cleared, as configured
        filelist = self._list_cache_files()
        if len(filelist) < self._max_entries:
            return
        expiring = []
        for fname in filelist:
            try:
                with open(fname, "rb") as f:
                    expiry = pickle.load(f)  # noqa: S301 (the cache's own files)
            except FileNotFoundError:
                continue  # deleted meanwhile
            except (EOFError, pickle.UnpicklingError):
                expiry = 0  # empty or cut short: as good as expired
            if expiry is not None:
                expiring.append((expiry, fname))
        expiring.sort()
        for _expiry, fname in expiring[: len(filelist) // self._cull_frequency]:
            self._delete(fname)

    @staticmethod
    def _is_expired_at(expiry) -> bool:
        return expiry is not None and expiry < time.time()

    def _write_with_expiry(self, fname: str, expiry, value) -> None:
        """Replace the file in one rename, keeping the expiry it had."""
        fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        renamed = False
        try:
            with open(fd, "wb") as f:
                f.write(pickle.dumps(expiry, self.pickle_protocol))
                f.write(zlib.compress(pickle.dumps(value, self.pickle_protocol)))
            file_move_safe(tmp_path, fname, allow_overwrite=True)
            renamed = True
        finally:
            if not renamed:
                os.remove(tmp_path)


#: One tracker per Redis server and process, shared by the threads' cache objects (Django
#: makes one per thread): its values serve every thread.
_trackers: dict[str, TrackedReads] = {}
_trackers_lock = threading.Lock()


class _SharedClientRedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def tracked(self) -> TrackedReads:
        server = self._servers[0]
        tracker = _trackers.get(server)
        if tracker is None:
            pool = self._get_connection_pool(write=True)
            with _trackers_lock:
                tracker = _trackers.setdefault(
                    server, TrackedReads(pool.connection_class, pool.connection_kwargs)
                )
        return tracker

    def get_many_tracked(self, keys):
        found = self.tracked().get_many(keys)
        if found is None:  # a server that cannot track reads
            return self.get_many(keys)
        return {key: self._serializer.loads(value) for key, value in found.items()}

    # Every write forgets what this process holds of the keys it changed, before it returns.

    def set(self, key, value, timeout):
        super().set(key, value, timeout)
        self.tracked().forget([key])

    def add(self, key, value, timeout):
        added = super().add(key, value, timeout)
        self.tracked().forget([key])
        return added

    def delete(self, key):
        deleted = super().delete(key)
        self.tracked().forget([key])
        return deleted

    def incr(self, key, delta):
        value = super().incr(key, delta)
        self.tracked().forget([key])
        return value

    def set_many(self, data, timeout):
        super().set_many(data, timeout)
        self.tracked().forget(list(data))

    def delete_many(self, keys):
        super().delete_many(keys)
        self.tracked().forget(list(keys))

    def clear(self):
        cleared = super().clear()
        self.tracked().forget_all()
        return cleared


class RedisCache(redis.RedisCache):
    """Django's Redis cache, with one client per connection pool instead of one per command,
    and ``get_many_tracked`` for the small values read on every request."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _SharedClientRedisCacheClient

    def get_many_tracked(self, keys, version=None) -> dict:
        """``get_many``, answered from this process's memory for keys Redis has not seen
        change since they were read (core.tracked_reads): no round trip on most requests."""
        made = {self.make_and_validate_key(key, version=version): key for key in keys}
        found = self._cache.get_many_tracked(list(made))
        return {made[key]: value for key, value in found.items()}
