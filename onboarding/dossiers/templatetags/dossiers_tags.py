"""Amounts on the dossier pages written as the eligibility reasons write them (« 1 500 € »)."""

from django import template

from onboarding.grants.formatting import euros as format_euros

register = template.Library()


@register.filter
def euros(value):
    if value in (None, ""):
        return ""
    return format_euros(value)
