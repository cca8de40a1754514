"""The nightly purge of what erased accounts left behind, on the worker.

The "Mes données" page promises a date for each record kept after an erasure
(``settings.RGPD_RETENTION``): this run keeps that promise without anyone having to remember
a cron line. Each run enqueues the next night's; the night is claimed once in the shared cache,
so asking twice enqueues one run; migrating the database starts the chain again
(``AccountsConfig.ready``), so a lost queue catches up by itself. ``manage.py
purge_erased_accounts`` does the same by hand.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django_tasks import task

from accounts.privacy import purge_expired
from core.search.indexing import recount_words
from core.tasks import enqueue_once

PARIS = ZoneInfo("Europe/Paris")
#: Paris time of the purge: a quiet hour, away from the shops' nightly run (00:10).
PURGE_AT = time(3, 30)


@task()
def purge_erased_data() -> dict[str, int]:
    """Delete what the law no longer asks to keep, recount the search's vocabulary (words of
    texts erased since are forgotten), then schedule the next night's run."""
    deleted = purge_expired()
    recount_words()
    schedule_next_purge()
    return deleted


def schedule_next_purge(now: datetime | None = None) -> bool:
    """Enqueue ``purge_erased_data`` for the next 03:30 in Paris, unless it already is."""
    now = (now or timezone.now()).astimezone(PARIS)
    day = now.date() if now.time() < PURGE_AT else now.date() + timedelta(days=1)
    return enqueue_once(
        purge_erased_data,
        key=f"accounts:purge:{day.isoformat()}",
        run_after=datetime.combine(day, PURGE_AT, tzinfo=PARIS),
    )
