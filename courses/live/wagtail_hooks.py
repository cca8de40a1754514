"""Wagtail hooks of webinars and bootcamps: what their pages show around their own fields."""

from core.page_context import contributes_to
from courses.live.models.pages import EventIndexPage, EventPage
from courses.live.selectors import event_context, event_listing


@contributes_to(EventIndexPage)
def listing_context(page, request, **kwargs) -> dict:
    return {"listing": event_listing(page, getattr(request, "content_version", None))}


@contributes_to(EventPage)
def visitor_context(page, request, **kwargs) -> dict:
    return event_context(page, request.user)
