"""Pickup slots: made from the shop's weekly pickup windows, then counted and locked as rows.

Why rows rather than times computed on the fly: a slot must be something the database can
count and refuse (``booked < capacity`` in a conditional UPDATE, see
``storefront_builder.ordering``), and
the back office closes one slot without touching the weekly windows. So the slots the public
may book are materialised ahead of time, idempotently: ``ensure_slots`` only inserts the
missing ones, and two workers doing it at once are harmless (``ignore_conflicts`` on the
unique ``(shop, starts_at)``). The worker does it (``storefront_builder.tasks``), up to the
booking horizon and a spare day (``extend_horizon``), so that showing slots never writes.

A slot made inside one of the shop's dated closures (``storefront_builder.closures``) is made
closed: the holidays the merchant set weeks ahead stay closed as the horizon reaches them.

Times: windows are French wall-clock times ("9:00 to 12:00 on Saturdays"). Each slot starts
at a Paris local time turned into an aware datetime, so a slot at 10:00 stays at 10:00 on
both sides of a daylight saving change; a local time that does not exist (the spring-forward
hour) gives no slot, and an ambiguous one (the autumn hour seen twice) takes its first
occurrence. Its end is its start plus ``shop.slot_minutes`` of real time.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import F
from django.utils import timezone

from storefront_builder.closures import covers
from storefront_builder.models import Shop, ShopClosure, ShopStatus, Slot
from storefront_builder.public_pages import storefront_changed

PARIS = ZoneInfo("Europe/Paris")
#: Slots are made this many days past the horizon: when the horizon moves on at midnight, the
#: new last day's slots are already there, before the nightly run makes the next ones.
SPARE_DAYS = 1


def local_start(day: date, at: time) -> datetime | None:
    """The aware instant of ``at`` on ``day`` in Paris, or None if that wall time is skipped."""
    moment = datetime.combine(day, at, tzinfo=PARIS)
    back = moment.astimezone(ZoneInfo("UTC")).astimezone(PARIS)
    if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
        return None  # 02:30 on the last Sunday of March never happens in Paris
    return moment


def slot_starts(shop: Shop, windows, *, start: date, days: int) -> list[datetime]:
    """Every slot start the windows give over ``days`` days from ``start``, in order."""
    step = timedelta(minutes=shop.slot_minutes)
    starts = []
    for offset in range(max(0, days)):
        day = start + timedelta(days=offset)
        for window in windows:
            if window.weekday != day.weekday():
                continue
            wall = datetime.combine(day, window.starts)
            last = datetime.combine(day, window.ends)
            while wall + step <= last:
                moment = local_start(day, wall.time())
                if moment is not None:
                    starts.append(moment)
                wall += step
    return sorted(starts)


def ensure_slots(shop: Shop, *, start: date, days: int) -> int:
    """Create the missing slots of ``days`` days from ``start``; returns how many were created.

    Four queries at most whatever the number of days: the windows, the existing starts, and
    when some are missing, the closures over those days and one insert (so a page view usually
    reads two and writes nothing). Slots starting inside a closure are inserted closed.
    """
    if not shop.slot_minutes or days <= 0:
        return 0
    windows = list(shop.pickup_windows.all())
    starts = slot_starts(shop, windows, start=start, days=days)
    if not starts:
        return 0
    existing = set(
        Slot.objects.filter(
            shop=shop, starts_at__gte=starts[0], starts_at__lte=starts[-1]
        ).values_list("starts_at", flat=True)
    )
    missing = [moment for moment in starts if moment not in existing]
    if not missing:
        return 0
    closures = list(
        ShopClosure.objects.filter(
            shop=shop, starts_at__lte=missing[-1], ends_at__gt=missing[0]
        ).values_list("starts_at", "ends_at")
    )
    length = timedelta(minutes=shop.slot_minutes)
    Slot.objects.bulk_create(
        [
            Slot(
                shop=shop,
                starts_at=moment,
                ends_at=moment + length,
                capacity=shop.capacity_per_slot,
                closed=covers(closures, moment),
            )
            for moment in missing
        ],
        ignore_conflicts=True,
    )
    storefront_changed(shop)  # bulk_create sends no post_save: the next pickup may be new
    return len(missing)


def extend_horizon(shop: Shop, *, today: date | None = None) -> int:
    """Make the missing slots from today to the horizon's last day, and the spare days."""
    today = today or timezone.localdate(timezone=PARIS)
    return ensure_slots(shop, start=today, days=shop.booking_horizon_days + 1 + SPARE_DAYS)


def earliest_start(shop: Shop, now: datetime) -> datetime:
    """No slot before the shop has had its preparation time."""
    return now + timedelta(minutes=shop.lead_time_minutes)


def horizon_end(shop: Shop, now: datetime) -> datetime:
    """Midnight (Paris) after the last day the shop takes bookings for; today counts as day 0."""
    today = now.astimezone(PARIS).date()
    last_day = today + timedelta(days=shop.booking_horizon_days)
    return datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=PARIS)


def _bookable(shop: Shop, now: datetime):
    return Slot.objects.filter(
        shop=shop,
        closed=False,
        booked__lt=F("capacity"),
        starts_at__gte=earliest_start(shop, now),
        starts_at__lt=horizon_end(shop, now),
    ).order_by("starts_at")


def available_slots(shop: Shop, *, now: datetime) -> list[Slot]:
    """The slots a customer may choose now: after the lead time, within the horizon, open,
    not full; none while the shop is paused or not published. One query."""
    if shop.orders_paused or shop.status != ShopStatus.PUBLISHED:
        return []
    return list(_bookable(shop, now))


def next_available_slot(shop: Shop, *, now: datetime) -> Slot | None:
    """The first of ``available_slots``, for the storefront; one query (none when paused)."""
    if shop.orders_paused or shop.status != ShopStatus.PUBLISHED:
        return None
    return _bookable(shop, now).first()


def slots_on(shop: Shop, day: date) -> list[Slot]:
    """Every slot of a Paris calendar day, full or closed ones included (for the back office)."""
    begins = datetime.combine(day, time(0), tzinfo=PARIS)
    ends = datetime.combine(day + timedelta(days=1), time(0), tzinfo=PARIS)
    return list(
        Slot.objects.filter(shop=shop, starts_at__gte=begins, starts_at__lt=ends).order_by(
            "starts_at"
        )
    )


def by_day(slots: list[Slot]) -> list[tuple[date, list[Slot]]]:
    """Slots grouped by their Paris calendar day, in order, for radio lists and agendas."""
    days: list[tuple[date, list[Slot]]] = []
    for slot in slots:
        day = slot.starts_at.astimezone(PARIS).date()
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(slot)
    return days
