"""Whose data an organiser may act on: the owners an advisor follows, everyone for staff.

Which advisor follows which business is decided above this layer (``advising`` assigns
businesses, ``onboarding.profile.selectors.visible_businesses`` reads it), yet features below
it need the answer: an advisor marks attendance, reads motivations and decides applications
only for the people she follows (``courses.live``). So the rule reaches them through the
Wagtail hook ``FOLLOWED_OWNERS_HOOK``: a function taking the advisor and returning a queryset
of user ids, registered by the package that knows the portfolio (``advising/wagtail_hooks.py``).
With no hook registered an advisor follows nobody: a missing rule never widens access.
"""

from django.db.models import Q, QuerySet
from wagtail import hooks

from accounts.models import User
from accounts.roles import Role, role_of

#: Name of the Wagtail hook through which the portfolio rule is given to the layers below.
FOLLOWED_OWNERS_HOOK = "accounts_followed_owners"


def followed_owners(user) -> QuerySet[User]:
    """The people ``user`` acts for: everyone for staff; for an advisor, the owners of the
    businesses she follows (one subquery, usable as ``user__in=``); nobody for anyone else."""
    role = role_of(user)
    if role is Role.STAFF:
        return User.objects.all()
    if role is not Role.ADVISOR:
        return User.objects.none()
    rules = [Q(pk__in=owner_ids(user)) for owner_ids in hooks.get_hooks(FOLLOWED_OWNERS_HOOK)]
    if not rules:
        return User.objects.none()
    allowed = rules[0]
    for rule in rules[1:]:
        allowed |= rule
    return User.objects.filter(allowed)
