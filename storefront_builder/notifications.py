"""The customer's e-mails: the confirmation (with a calendar file) and the cancellation.

They are rendered in the order's language (the one of the page she ordered from, whoever
cancels it) inside the order's transaction but leave only after it commits
(``core.emails.email_send_after_commit``): an order that was rolled back never sends a word.
The calendar entry's UID stays the same for the life of the order, so the cancellation's
METHOD:CANCEL file removes the pickup the confirmation added to the customer's agenda.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.emails import email_render, email_send_after_commit
from core.languages import language_supported
from courses.live.ics import CalendarEvent, calendar_bytes


def order_url(order) -> str:
    """The customer's private link, absolute: it is sent by e-mail."""
    return f"{settings.SITE_URL}{reverse('shops:order', args=[order.token])}"


def order_language(order) -> str:
    """The customer's language: the one she ordered in."""
    return language_supported(order.language)


def shop_address(shop) -> str:
    return f"{shop.street_address}, {shop.postcode} {shop.commune}"


def order_calendar(order, *, cancelled: bool = False) -> bytes:
    """An .ics holding the pickup: the shop, its address and the private link."""
    shop = order.shop
    with translation.override(order_language(order)):
        summary = translation.gettext("Retrait de la commande %(number)s chez %(shop)s") % {
            "number": order.number,
            "shop": shop.name,
        }
    event = CalendarEvent(
        uid=f"commande-{order.pk}@accelerateur",
        sequence=1 if cancelled else 0,
        summary=summary,
        start=order.slot.starts_at,
        end=order.slot.ends_at,
        description=shop.pickup_instructions,
        location=shop_address(shop),
        url=order_url(order),
        cancelled=cancelled,
    )
    return calendar_bytes([event], name=shop.name, method="CANCEL" if cancelled else "PUBLISH")


def _lines(order):
    prepared = getattr(order, "prepared_lines", None)
    return prepared if prepared is not None else list(order.lines.all())


def _send(template: str, order, *, cancelled: bool) -> None:
    method = "CANCEL" if cancelled else "PUBLISH"
    calendar = (
        "retrait.ics",
        order_calendar(order, cancelled=cancelled),
        f"text/calendar; method={method}; charset=utf-8",
    )
    context = {
        "order": order,
        "shop": order.shop,
        "slot": order.slot,
        "lines": _lines(order),
        "address": shop_address(order.shop),
        "order_url": order_url(order),
    }
    email_send_after_commit(
        email_render(
            template_prefix=f"shops/storefront/emails/{template}",
            context=context,
            to=[order.customer_email],
            language=order_language(order),
            attachments=[calendar],
        )
    )


def send_order_confirmation(order) -> None:
    _send("order_confirmation", order, cancelled=False)


def send_order_cancelled(order) -> None:
    _send("order_cancelled", order, cancelled=True)
