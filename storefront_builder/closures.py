"""Dated closures: which ones are coming, how they read, which slots they cover.

A closure (``ShopClosure``) is a range of time ``[starts_at, ends_at)``: holidays are whole
Paris days (from midnight to the midnight after the last day), exceptional hours a part of
one day. One module for what the back office, the storefront, the window poster and the
making of slots (``storefront_builder.slots``) all need to agree on: a slot is inside a
closure when it *starts* inside it, and a closure reads the same sentence everywhere
(« Fermeture exceptionnelle du 24 au 31 décembre : Congés »).

The writes (saving a closure closes its slots, deleting one reopens them) are in
``storefront_builder.backoffice.services``.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

from core.formatting import format_date
from storefront_builder.models import Shop, ShopClosure

PARIS = ZoneInfo("Europe/Paris")
#: The storefront and the poster show the next few closures, not a whole year of them.
UPCOMING_SHOWN = 5


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in Paris, as an aware instant."""
    return datetime.combine(day, time(0), tzinfo=PARIS)


def whole_days(first: date, last: date) -> tuple[datetime, datetime]:
    """Holidays from ``first`` to ``last`` included: midnight to the midnight after."""
    return day_start(first), day_start(last + timedelta(days=1))


def part_of_day(day: date, closes: time, reopens: time) -> tuple[datetime, datetime]:
    """Exceptional hours: closed on ``day`` from ``closes`` to ``reopens`` (Paris time)."""
    return (
        datetime.combine(day, closes, tzinfo=PARIS),
        datetime.combine(day, reopens, tzinfo=PARIS),
    )


def covers(ranges: Iterable[tuple[datetime, datetime]], moment: datetime) -> bool:
    """Whether a slot starting at ``moment`` is inside one of the ``(starts_at, ends_at)``."""
    return any(starts <= moment < ends for starts, ends in ranges)


@dataclass(frozen=True)
class Closure:
    """A closure as people read it: its period in words and, if typed, its label."""

    pk: int
    starts_at: datetime
    ends_at: datetime
    label: str
    whole_days: bool
    first_day: date
    last_day: date
    period: str

    @property
    def sentence(self) -> str:
        """« Fermeture exceptionnelle du 24 au 31 décembre : Congés »."""
        if self.label:
            return _("Fermeture exceptionnelle %(period)s : %(label)s") % {
                "period": self.period,
                "label": self.label,
            }
        return _("Fermeture exceptionnelle %(period)s") % {"period": self.period}


def _period(first: date, last: date, whole: bool, starts: datetime, ends: datetime) -> str:
    if not whole:
        return _("le %(day)s de %(start)s à %(end)s") % {
            "day": format_date(first, "EEEE d MMMM"),
            "start": f"{starts:%H:%M}",
            "end": f"{ends:%H:%M}",
        }
    if first == last:
        return _("le %(day)s") % {"day": format_date(first, "EEEE d MMMM")}
    if first.year != last.year:
        start_format, end_format = "d MMMM y", "d MMMM y"
    elif first.month != last.month:
        start_format, end_format = "d MMMM", "d MMMM"
    else:
        start_format, end_format = "d", "d MMMM"
    return _("du %(start)s au %(end)s") % {
        "start": format_date(first, start_format),
        "end": format_date(last, end_format),
    }


def describe(closure: ShopClosure) -> Closure:
    """The closure in words, in the active language; its times are those of Paris."""
    starts = closure.starts_at.astimezone(PARIS)
    ends = closure.ends_at.astimezone(PARIS)
    whole = starts.time() == time(0) and ends.time() == time(0)
    first = starts.date()
    last = ends.date() - timedelta(days=1) if whole else first
    return Closure(
        pk=closure.pk,
        starts_at=starts,
        ends_at=ends,
        label=closure.label,
        whole_days=whole,
        first_day=first,
        last_day=last,
        period=_period(first, last, whole, starts, ends),
    )


def upcoming_closures(
    shop: Shop, *, now: datetime | None = None, limit: int | None = UPCOMING_SHOWN
) -> list[Closure]:
    """The closures not over yet (one under way included), soonest first; one query."""
    closures = ShopClosure.objects.filter(shop=shop, ends_at__gt=now or timezone.now()).order_by(
        "starts_at", "pk"
    )
    if limit is not None:
        closures = closures[:limit]
    return [describe(closure) for closure in closures]
