"""The wizard's forms, one per step; the views save what they clean through the services."""

from storefront_builder.wizard.forms.branding import BrandingForm
from storefront_builder.wizard.forms.identity import (
    DESCRIPTION_MAX,
    RESERVED_SLUGS,
    IdentityForm,
    suggest_slug,
)
from storefront_builder.wizard.forms.schedule import (
    RANGES_PER_DAY,
    SLOT_CHOICES,
    WEEKDAYS,
    OpeningHoursForm,
    PickupForm,
    WeeklyRangesForm,
)

__all__ = [
    "DESCRIPTION_MAX",
    "RANGES_PER_DAY",
    "RESERVED_SLUGS",
    "SLOT_CHOICES",
    "WEEKDAYS",
    "BrandingForm",
    "IdentityForm",
    "OpeningHoursForm",
    "PickupForm",
    "WeeklyRangesForm",
    "suggest_slug",
]
