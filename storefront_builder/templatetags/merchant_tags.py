"""The shop's own navigation on every merchant page reads the count of new orders once per
request, shared with the header (``selectors.merchant_badge``)."""

from django import template

from storefront_builder.navigation import new_orders_label
from storefront_builder.selectors import merchant_badge

register = template.Library()


@register.simple_tag(takes_context=True)
def merchant_new_orders(context) -> dict:
    """{"count": 3, "label": "3 nouvelles commandes"} for the signed-in owner's shop."""
    badge = merchant_badge(context["request"].user)
    count = badge.new_orders if badge else 0
    return {"count": count, "label": new_orders_label(count)}
