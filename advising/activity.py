"""A business's last activity, kept on its row so that advisors can filter and sort by it.

"Last activity" is the latest dated trace the business leaves: its owner signing in, opening
a lesson or taking a quiz (``Enrolment.last_activity_at``), a diagnostic, a change to a grant
application or to a storefront, an order placed in that storefront. Computing it on every
page means the latest of six sources for every business in the portfolio, before it can be
compared or sorted: fine for 50 rows, not for "inactive for more than 14 days" or "sorted by
last activity" over thousands. So ``Business.last_activity_at`` is a plain indexed column:

- ``record`` moves it forward when one of those traces is written (the receivers in
  ``advising.receivers`` call it on every save of the sources, and on sign-in), except a
  change someone else made for the business: an advisor's request for changes or the
  funder's decision recorded by staff. The UPDATE is
  conditional, so a late or replayed write never moves the date back, and it costs one
  statement, with no read first;
- ``recompute`` sets it from the traces themselves, for rows written without signals: the
  migration that added the column, and bulk inserts such as ``seed_activity``.

Both read the same sources, so a business kept up to date by ``record`` holds what
``recompute`` would give it (a test checks it on a business with every kind of trace). The
one difference: ``recompute`` cannot tell who last changed a grant application, so after
staff recorded a decision it may show that date.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.db.models import DateTimeField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, NullIf

from accounts.models import User
from advising.metrics import latest, orders_of_business, shops_of_business
from courses.models import Enrolment
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application
from onboarding.profile.models import Business
from storefront_builder.models import Shop

#: Stands in for "never" inside ``Greatest``: on SQLite, ``MAX()`` of several values is NULL
#: as soon as one of them is, so every date is coalesced to this floor first, and a result
#: equal to the floor is turned back into NULL with ``NullIf``.
FLOOR = datetime(1970, 1, 1, tzinfo=UTC)


def record(*, at: datetime, business_id: int | None = None, owner_id: int | None = None) -> int:
    """Move the last activity of one business forward to ``at``: the business ``business_id``,
    or the business of ``owner_id``, or, given both, that business only if ``owner_id`` owns
    it (a change someone else made to it is not its activity).

    Returns the number of rows changed: 0 when the business already shows a later date, or
    when the owner has no business yet (an account signing in before creating it).
    """
    if business_id is None and owner_id is None:
        return 0
    rows = Business.objects.all()
    if business_id is not None:
        rows = rows.filter(pk=business_id)
    if owner_id is not None:
        rows = rows.filter(owner_id=owner_id)
    return _forward(rows, at)


def record_for_shop(*, at: datetime, shop_id: int) -> int:
    """The same for the business a storefront belongs to: the one it is attached to or, for a
    storefront opened before its owner created the business, the owner's. One statement: the
    shop is looked up inside the UPDATE rather than read first."""
    shop = Shop.objects.filter(pk=shop_id)
    rows = Business.objects.filter(
        Q(pk__in=shop.values("business_id"))
        | Q(owner_id__in=shop.filter(business__isnull=True).values("owner_id"))
    )
    return _forward(rows, at)


def _forward(rows: QuerySet, at: datetime) -> int:
    return rows.filter(Q(last_activity_at__isnull=True) | Q(last_activity_at__lt=at)).update(
        last_activity_at=at
    )


def recompute(queryset: QuerySet | None = None) -> int:
    """Set ``last_activity_at`` of ``queryset`` (every business by default) from the traces
    its owner and its storefronts left; None where there are none. One UPDATE."""
    queryset = Business.objects.all() if queryset is None else queryset
    return queryset.update(last_activity_at=last_activity_expression())


def last_activity_expression() -> NullIf:
    """The latest date of all sources for the business of the outer row, in SQL."""
    sources = [
        Subquery(User.objects.filter(pk=OuterRef("owner_id")).values("last_login")[:1]),
        latest(Enrolment.objects.filter(user=OuterRef("owner_id")), "last_activity_at"),
        latest(DiagnosticResult.objects.filter(business=OuterRef("pk")), "taken_at"),
        latest(Application.objects.filter(business=OuterRef("pk")), "updated_at"),
        latest(shops_of_business(), "updated_at"),
        latest(orders_of_business(), "created_at"),
    ]
    floor = Value(FLOOR, output_field=DateTimeField())
    return NullIf(Greatest(*(Coalesce(source, floor) for source in sources)), floor)
