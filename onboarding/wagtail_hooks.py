"""Wagtail hooks of the guided journey: a completed course leads back to the owner's plan."""

from django.urls import reverse

from accounts.roles import Role, role_of
from core.page_context import contributes_to
from courses.models import CoursePage


@contributes_to(CoursePage)
def plan_next_step_link(page, request, **kwargs) -> dict:
    """The link a completed course offers to an owner: the plan's next step, decided when it
    is followed (the course page is stored whole for her, see ``core.page_cache``)."""
    if role_of(request.user) is not Role.OWNER:
        return {}
    return {"plan_next_url": reverse("onboarding:next_step")}
