"""The view restrictions of a page served, read once per publication instead of on every request.

Wagtail checks, before serving any page, the restrictions of the page and of its ancestors: two
queries (the ancestors, then their restrictions), which were all the queries of the home page
and a quarter of its time. Restrictions are few and change rarely, so each process keeps the
whole table, by the path of the page they protect, with the paths of alias pages (an alias is
protected by its source's restrictions), under the site's content version (core.page_cache).
That version changes on every publication, move or deletion of a page, on every page created
(a new alias) and on every change to a restriction (``connect_signals``), so a restriction
added in the admin applies to the next request. The groups a restriction names are read when
it is checked, as Wagtail reads them.

The answer is the same queryset Wagtail's ``Page.get_view_restrictions`` returns, already
filled: iterating it (Wagtail's ``check_view_restrictions`` hook) costs no query, and the
admin's ``order_by()`` or ``exists()`` on it query the database as before.
"""

from dataclasses import dataclass

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction


@dataclass(frozen=True)
class _Table:
    version: int
    #: {path of the protected page: its restrictions}
    restrictions: dict[str, list[PageViewRestriction]]
    #: {path of an alias page: path of its source}
    aliases: dict[str, str]


_table: _Table | None = None


def _read_table(version: int) -> _Table:
    restrictions: dict[str, list[PageViewRestriction]] = {}
    for restriction in PageViewRestriction.objects.select_related("page").order_by("pk"):
        restrictions.setdefault(restriction.page.path, []).append(restriction)
    aliases = dict(
        Page.objects.filter(alias_of__isnull=False).values_list("path", "alias_of__path")
    )
    return _Table(version, restrictions, aliases)


def _current_table() -> _Table:
    global _table  # noqa: PLW0603 (one table per process, replaced whole)
    from core.page_cache import content_version

    version = content_version()
    table = _table
    if table is None or table.version != version:
        table = _table = _read_table(version)
    return table


def _source_path(path: str, aliases: dict[str, str]) -> str:
    """The page whose restrictions apply: an alias's source (itself perhaps an alias)."""
    seen = set()
    while path in aliases and path not in seen:
        seen.add(path)
        path = aliases[path]
    return path


def restrictions_for(page: Page):
    """The restrictions on ``page`` and its ancestors, as Wagtail computes them."""
    table = _current_table()
    steps = Page.steplen
    paths = {
        _source_path(page.path[:end], table.aliases)
        for end in range(steps, len(page.path) + 1, steps)
    }
    found = [restriction for path in paths for restriction in table.restrictions.get(path, ())]
    if found:
        queryset = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
    else:
        # Most pages: an empty queryset says the same at a sixth of a filter's cost.
        queryset = PageViewRestriction.objects.none()
    # Filled as prefetch_related fills the querysets it makes: iterated, it queries nothing and
    # makes Django write no SQL (which an empty queryset would, only to find it has none).
    queryset._result_cache = found
    queryset._prefetch_done = True
    return queryset


class CachedViewRestrictionsMixin:
    """For every page type of the site: its view restrictions read from the process's table."""

    def get_view_restrictions(self):
        return restrictions_for(self)


def _invalidate(**_kwargs) -> None:
    from core.page_cache import invalidate

    invalidate()


def _page_created(sender, created=False, **_kwargs) -> None:
    if created and issubclass(sender, Page):
        _invalidate()


def connect_signals() -> None:
    """Called from CoreConfig.ready."""
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(
            _invalidate, sender=PageViewRestriction, dispatch_uid=f"view-restriction-{name}"
        )
    post_save.connect(_page_created, dispatch_uid="view-restriction-page-created")
