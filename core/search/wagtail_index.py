"""Wagtail's two indexes (its search index, and the reference index behind "Usage") held
back during a bulk load.

Wagtail updates both on every save: a lesson created, given a revision and published is
indexed three times over, and that was two fifths of loading the demo catalogue. Within
:func:`core.search.indexing.paused`, saves are only noted, and each noted object is indexed
once at the end (search: in bulk per model).

Wagtail connects its ``post_save`` handlers to the models it watches when the app registry
is ready; :func:`route_through_pauses` swaps them, once per process, for handlers that hand
over to Wagtail's whenever no pause is active (every request, every worker). Deletions are
not held: Wagtail's delete handlers run as usual.
"""

from __future__ import annotations

from collections import defaultdict
from contextvars import ContextVar
from functools import cache

from django.db.models.signals import post_save
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task

#: The (model, pk) pairs saved during the active pause, per index, or None outside a pause.
_HELD: ContextVar[dict[str, set] | None] = ContextVar("wagtail_index_held", default=None)
SEARCH, REFERENCES = "search", "references"
_WAGTAIL_HANDLERS = {SEARCH: post_save_signal_handler, REFERENCES: update_reference_index_on_save}


def _handler(kind: str):
    wagtail_handler = _WAGTAIL_HANDLERS[kind]

    def handle(sender, instance, raw=False, **kwargs):
        held = _HELD.get()
        if held is None or raw:
            wagtail_handler(sender=sender, instance=instance, raw=raw, **kwargs)
        else:
            held[kind].add((sender, instance.pk))

    handle.__name__ = f"held_{kind}_on_save"
    return handle


@cache
def route_through_pauses() -> None:
    """Put a pause-aware handler in place of each of Wagtail's ``post_save`` handlers, on
    exactly the models Wagtail connected it to."""
    for kind, wagtail_handler in _WAGTAIL_HANDLERS.items():
        handler = _handler(kind)
        models = {*index.get_indexed_models(), *ReferenceIndex.tracked_models}
        for model in models:
            if post_save.disconnect(wagtail_handler, sender=model):
                post_save.connect(
                    handler, sender=model, weak=False, dispatch_uid=f"held-{kind}-{model._meta}"
                )


def hold():
    """Start noting saves instead of indexing them; returns the token for :func:`release`."""
    route_through_pauses()
    return _HELD.set({SEARCH: set(), REFERENCES: set()})


def update(instance) -> None:
    """Put ``instance`` in Wagtail's search index now, or at the end of the active pause."""
    held = _HELD.get()
    if held is None:
        index.insert_or_update_object(instance)
    else:
        held[SEARCH].add((type(instance), instance.pk))


def _by_model(pairs: set) -> dict[type, set]:
    grouped: dict[type, set] = defaultdict(set)
    for model, pk in pairs:
        grouped[model].add(pk)
    return grouped


def release(token, *, flush: bool) -> None:
    """End the pause; with ``flush``, index what was saved during it (objects deleted
    meanwhile are skipped)."""
    held = _HELD.get()
    _HELD.reset(token)
    if not flush:
        return
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in _by_model(held[SEARCH]).items():
        objects = list(model.get_indexed_objects().filter(pk__in=pks))
        for backend in backends if objects else ():
            backend.add_bulk(model, objects)
    for model, pks in _by_model(held[REFERENCES]).items():
        for pk in sorted(
            pks & set(model._default_manager.filter(pk__in=pks).values_list("pk", flat=True))
        ):
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, str(pk))
