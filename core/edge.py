"""Purges of the edge cache (Varnish, deploy/varnish/) that may sit in front of the site.

The edge cache keeps the anonymous copy of a public page for a few minutes (``s-maxage``).
core.page_cache says which public paths show a change; this module asks the edge cache to
forget each of them and everything below it (the VCL bans by prefix, so "/" is the whole site),
on every address the site answers on: each Wagtail Site's root URL and SITE_URL.

The purge leaves once the transaction commits: sent earlier, a visitor's request could refill
the edge cache with the old content before the new one is visible. It goes through Wagtail's
frontend cache module, as a task (a worker sends it where one runs), and again two seconds
later where the queue can defer it. The edge cache only saves work, so a purge that fails never
fails the change: it is logged, and the copy expires anyway.
"""

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

#: When the second purge of a change leaves: longer than a page takes to render.
REPEAT_AFTER = timedelta(seconds=2)


class _Batch:
    """The paths one transaction purges once it commits: many changes in one transaction (an
    import, a bulk edit) make one request per path, not one per change."""

    def __init__(self, paths: set[str]):
        self.paths = paths

    def __call__(self) -> None:
        try:
            from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
            from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

            urls = sorted(_urls(_covering(self.paths)))
            purge_urls_from_cache(urls)
            # A page rendered from the old rows while the transaction committed reaches the
            # edge after the ban, which only removes what is already stored: purge again once
            # such a request has finished, where the task queue can run a task later.
            if purge_urls_from_cache_task.get_backend().supports_defer:
                later = purge_urls_from_cache_task.using(run_after=timezone.now() + REPEAT_AFTER)
                later.enqueue(urls)
        except Exception as error:  # the change is committed: it must not look failed
            logger.warning(
                "Edge cache purge failed (%s) for %s",
                type(error).__name__,
                ", ".join(sorted(self.paths)),
            )


def purge_paths(paths: Iterable[str]) -> None:
    """Forget these public paths, and everything below them, once the transaction commits."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    if isinstance(paths, str):  # one path, not its characters
        paths = [paths]
    cleaned = {"/" + path.lstrip("/") for path in paths}
    if not cleaned:
        return
    # The batch waiting for this transaction, if any: a rolled-back transaction takes its
    # callbacks, and so its batch, away with it.
    waiting = transaction.get_connection().run_on_commit
    batch = next((entry[1] for entry in waiting if isinstance(entry[1], _Batch)), None)
    if batch is None:
        transaction.on_commit(_Batch(cleaned))
    else:
        batch.paths.update(cleaned)


def _covering(paths: set[str]) -> list[str]:
    """The paths not already below another one: a prefix ban covers them.

    In sorted order, every path that starts with another comes right after it.
    """
    kept: list[str] = []
    for path in sorted(paths):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def _roots() -> set[str]:
    from wagtail.models import Site

    roots = {root.root_url for root in Site.get_site_root_paths()}
    roots.add(settings.SITE_URL)
    return {root.rstrip("/") for root in roots if root}


def _urls(paths: list[str]) -> set[str]:
    return {f"{root}{path}" for root in _roots() for path in paths}
