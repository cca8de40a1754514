"""The static files' storage in production: whitenoise's compressed manifest, whose addresses
are worked out once per process.

``{% static %}`` asks the storage for a file's address on every render: the manifest lookup,
name cleaning and URL joining cost more than the rest of a small page's header. The manifest
is written by ``collectstatic`` before the processes start and never changes while they run,
so an address, once known, stays true until the next deploy restarts them.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage

#: More names than the templates use: a name built from data could not grow the memory.
MAX_NAMES = 1024


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls: dict[str, str] = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        found = self._urls.get(name)
        if found is None:
            found = super().url(name)  # raises for a file missing from the manifest
            if len(self._urls) >= MAX_NAMES:
                self._urls.clear()
            self._urls[name] = found
        return found
