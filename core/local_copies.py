"""Copies kept in one process's memory: what a page shows, made once and read by the next requests.

For values whose key names every version they depend on (the site's content version, a shop's
scope version: core.page_cache), so that a copy is never wrong, only unused once a write has
changed a version; unused copies go first when the store is full. Each copy also ends at a
moment of its own (``expires_at``, a wall-clock time: when what it shows changes with the
clock) and after ``max_age`` seconds at most, so what no key can name (an image file replaced
under the same rendition) is never older than a page the whole-page cache would serve.

Values are shared by every request of the process: they must be treated as read-only.
"""

import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any


class LocalCopies:
    def __init__(self, max_entries: int, max_age: float):
        self.max_entries = max_entries
        self.max_age = max_age
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            expires_at, value = found
            if expires_at <= time.time():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return value

    def set(self, key: Hashable, value: Any, expires_at: float | None = None) -> None:
        ends = time.time() + self.max_age
        if expires_at is not None:
            ends = min(ends, expires_at)
        with self._lock:
            self._entries[key] = (ends, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
