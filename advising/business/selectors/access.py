"""The business an advisor's or staff's request may open."""

from django.shortcuts import get_object_or_404

from onboarding.profile.models import Business
from onboarding.profile.selectors import visible_businesses


def followed_business(user, pk: int) -> Business:
    """The business if ``user`` sees it (assigned advisor, staff), else 404."""
    return get_object_or_404(visible_businesses(user).select_related("owner"), pk=pk)
