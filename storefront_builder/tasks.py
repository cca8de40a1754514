"""Pickup slots made ahead on the worker, so that no page view has to write them.

A shop's slots are made up to its booking horizon (``slots.extend_horizon``) when it is
published, when its pickup settings change, and every night for every published shop, as the
horizon moves on by a day. The nightly run enqueues the next one; the run of a given night is
enqueued once whoever asks (a cache key per night, in the cache the web and worker processes
share), and making slots twice changes nothing anyway. Migrating the database runs it once at
once and starts the chain again (``ShopsConfig.ready``), so a new deployment, or a queue that
was lost, catches up by itself.

The morning summary is chained the same way: each run enqueues the next morning's, the nightly
run and the migration make sure one is enqueued, and a run that happens twice sends nothing
more (``backoffice.summary`` claims each shop's day first).
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django_tasks import task

from core.tasks import enqueue_once
from storefront_builder.backoffice.summary import send_morning_summaries as send_summaries
from storefront_builder.selectors import published_shops
from storefront_builder.slots import PARIS, extend_horizon

#: Paris time of the nightly run: just after the horizon has moved on.
NIGHTLY_AT = time(0, 10)
#: Paris time of the morning summary: before most shops open.
MORNING_AT = time(7, 0)


@task()
def extend_slots(*, shop_id: int) -> int:
    """One published shop's slots up to its horizon; returns how many were made.

    It also makes sure the nightly run is scheduled, should the chain have been lost.
    """
    shop = published_shops().filter(pk=shop_id).first()
    schedule_next_night()
    return extend_horizon(shop) if shop is not None else 0


@task()
def extend_all_slots() -> int:
    """Every published shop's slots up to its horizon, then the same again the next night."""
    made = sum(
        extend_horizon(shop) for shop in published_shops().prefetch_related("pickup_windows")
    )
    schedule_next_night()
    schedule_next_morning()
    return made


def schedule_next_night(now: datetime | None = None) -> bool:
    """Enqueue ``extend_all_slots`` for the coming night, unless it already is.

    Backends that cannot run a task later (the immediate one of the tests) get none.
    """
    night = (now or timezone.now()).astimezone(PARIS).date() + timedelta(days=1)
    return enqueue_once(
        extend_all_slots,
        key=f"shops:slots-night:{night.isoformat()}",
        run_after=datetime.combine(night, NIGHTLY_AT, tzinfo=PARIS),
    )


@task()
def send_morning_summaries(*, day: str) -> int:
    """The summary of ``day`` (ISO date) to every published shop that wants it, then the next
    morning's run. A run that comes after its day (a worker down all day) sends nothing: the
    pickups it would list are over."""
    target = date.fromisoformat(day)
    sent = 0
    if target >= timezone.now().astimezone(PARIS).date():
        shops = list(published_shops().filter(notify_morning_summary=True).select_related("owner"))
        sent = send_summaries(shops, target)
    schedule_next_morning()
    return sent


def schedule_next_morning(now: datetime | None = None) -> bool:
    """Enqueue ``send_morning_summaries`` for the next 7:00 in Paris, unless it already is."""
    now = (now or timezone.now()).astimezone(PARIS)
    day = now.date() if now.time() < MORNING_AT else now.date() + timedelta(days=1)
    return enqueue_once(
        send_morning_summaries,
        key=f"shops:morning:{day.isoformat()}",
        run_after=datetime.combine(day, MORNING_AT, tzinfo=PARIS),
        day=day.isoformat(),
    )
