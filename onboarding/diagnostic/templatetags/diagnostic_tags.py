"""Template helpers for the diagnostic pages."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def points_change(change: int | None) -> str:
    """ "+12 points", "−3 points" or "stable": the sign is shown, the plural follows the size."""
    if change is None:
        return "—"
    if change == 0:
        return _("stable")
    size = abs(change)
    text = ngettext("%(points)d point", "%(points)d points", size) % {"points": size}
    return f"+{text}" if change > 0 else f"−{text}"
