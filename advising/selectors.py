"""Reads for the advisor's portfolio: the businesses she follows and where each one stands.

Every read starts from ``onboarding.profile.selectors.visible_businesses``: an advisor only ever
gets
the businesses assigned to her, staff get them all. Nothing here widens that set.
"""

from datetime import datetime

from django.db.models import QuerySet

from accounts.models import User
from accounts.roles import ADVISORS_GROUP
from advising.metrics import annotate_progress
from core.ids import parse_id
from onboarding.profile.models import Business
from onboarding.profile.selectors import visible_businesses
from storefront_builder.networks.selectors import networks_with_businesses


def portfolio(user, *, now: datetime | None = None) -> QuerySet[Business]:
    """The businesses ``user`` follows (all of them for staff), with their owner and every
    figure of ``advising.metrics.annotate_progress``, by name: one query, however many
    businesses (plus two small ones for the common core)."""
    return annotate_progress(visible_businesses(user).select_related("owner"), now=now).order_by(
        "trade_name", "pk"
    )


def portfolio_communes(user) -> list[str]:
    """The communes of the businesses ``user`` follows, for the filter's choices."""
    return list(
        visible_businesses(user).order_by("commune").values_list("commune", flat=True).distinct()
    )


def portfolio_networks(user) -> list[tuple[str, str]]:
    """The networks of shops her own businesses belong to (every one with a business for
    staff), as (id, name) pairs for the filter's choices: one query, however many."""
    networks = networks_with_businesses(visible_businesses(user))
    return [(str(pk), name) for pk, name in networks.values_list("pk", "name")]


def advisors() -> QuerySet[User]:
    """Every advisor, for staff to pick whose portfolio to look at."""
    return User.objects.filter(groups__name=ADVISORS_GROUP, is_active=True).order_by(
        "last_name", "first_name", "pk"
    )


def advisor_by_id(typed: str) -> User | None:
    """The active advisor whose id was typed, or None for anything else."""
    pk = parse_id(typed)
    return advisors().filter(pk=pk).first() if pk is not None else None
