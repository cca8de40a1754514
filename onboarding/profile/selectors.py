"""Who may see which business: the single place the other apps ask.

An owner sees her own business; an advisor, the businesses assigned to her; staff, all of
them. Views turn a refusal into a 404, so that a business's existence is not revealed.
"""

from django.db.models import QuerySet

from accounts.roles import Role, role_of
from onboarding.profile.models import Business


def business_of(user) -> Business | None:
    """The owner's business (one per owner for now), or None before the profile exists."""
    if not user.is_authenticated:
        return None
    return Business.objects.filter(owner=user).order_by("pk").first()


def visible_businesses(user) -> QuerySet[Business]:
    role = role_of(user)
    if role is Role.STAFF:
        return Business.objects.all()
    if role is Role.ADVISOR:
        return Business.objects.filter(assignments__advisor=user)
    if role is Role.OWNER:
        return Business.objects.filter(owner=user)
    return Business.objects.none()


def can_see(user, business: Business) -> bool:
    return visible_businesses(user).filter(pk=business.pk).exists()


def follows(user, business: Business) -> bool:
    """Whether ``user`` is an advisor assigned to ``business`` (staff count as following all)."""
    role = role_of(user)
    if role is Role.STAFF:
        return True
    return role is Role.ADVISOR and business.assignments.filter(advisor=user).exists()
