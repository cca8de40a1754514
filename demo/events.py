"""Demo webinars (upcoming and past) and a bootcamp with its cohort, read from
``demo/content/webinaires/`` and ``demo/content/bootcamps/``. Idempotent.

Dates are written in days from the day the demo is loaded (``days_from_now``) and hours in
Paris time, so the site always has events to come and replays to watch.
"""

from copy import deepcopy
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from accounts.roles import Role
from accounts.services import user_ensure
from core.translations import in_default_locale
from courses.live import services
from courses.live.models import (
    Attendance,
    BootcampIndexPage,
    BootcampPage,
    BootcampSession,
    Registration,
    WebinarIndexPage,
    WebinarPage,
)
from courses.models import CoursePage
from demo.content import CONTENT_DIR
from demo.content.files import numbered, read_markdown, read_yaml
from demo.content.notation import clock
from demo.content.richtext import markdown_to_html

PARIS = ZoneInfo("Europe/Paris")
WEBINARS_DIR = CONTENT_DIR / "webinaires"
BOOTCAMPS_DIR = CONTENT_DIR / "bootcamps"


def _event(slug: str, path: Path) -> dict:
    """An event's fields from its front matter, its programme from the Markdown below."""
    metadata, markdown = read_markdown(path)
    return {**metadata, "slug": slug, "description": markdown_to_html(markdown)}


@cache
def demo_webinars() -> list[dict]:
    return [_event(slug, path) for slug, path in numbered(WEBINARS_DIR, suffix=".md")]


@cache
def demo_bootcamps() -> list[dict]:
    return [_event(slug, path) for slug, path in numbered(BOOTCAMPS_DIR, suffix=".md")]


def demo_cohort() -> list[dict]:
    """The accepted participants of every demo bootcamp."""
    return [person for bootcamp in demo_bootcamps() for person in bootcamp["participants"]]


def _at(days: int, start_time) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, clock(start_time), tzinfo=PARIS)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _index(home, model, directory: Path):
    page = model.objects.first()
    if page:
        return page
    data = read_yaml(directory / "index.yaml")
    return _publish(home, model(title=data["title"], slug=data["slug"], intro=data["intro"]))


def _courses(slugs) -> list[CoursePage]:
    return list(in_default_locale(CoursePage.objects).filter(slug__in=slugs))


def _webinar(index, spec: dict) -> WebinarPage:
    page = in_default_locale(WebinarPage.objects).filter(slug=spec["slug"]).first()
    if page:
        return page
    start = _at(spec["days_from_now"], spec["start_time"])
    page = WebinarPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        description=spec["description"],
        speakers=[
            {"type": "speaker", "value": {"name": s.get("name", ""), "role": s["role"]}}
            for s in spec["speakers"]
        ],
        start=start,
        end=start + timedelta(minutes=spec["duration_minutes"]),
        capacity=spec["capacity"],
        join_url=spec["join_url"],
        replay_url=spec.get("replay_url", ""),
        materials=[
            {"type": "material", "value": deepcopy(item)} for item in spec.get("materials") or []
        ],
    )
    page.related_courses = _courses(spec.get("related_courses") or [])
    return _publish(index, page)


def _bootcamp(index, spec: dict) -> BootcampPage:
    page = in_default_locale(BootcampPage.objects).filter(slug=spec["slug"]).first()
    if page:
        return page
    page = BootcampPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        description=spec["description"],
        capacity=spec["capacity"],
        sessions_required=spec["sessions_required"],
        application_prompt=spec["application_prompt"],
    )
    page.related_courses = _courses(spec.get("related_courses") or [])
    page.bootcamp_sessions = [
        BootcampSession(
            title=session["title"],
            start=_at(session["days_from_now"], session["start_time"]),
            end=_at(session["days_from_now"], session["start_time"])
            + timedelta(minutes=session["duration_minutes"]),
            online=session["online"],
            address=session.get("address", ""),
            join_url=spec["join_url"] if session["online"] else "",
        )
        for session in spec["sessions"]
    ]
    return _publish(index, page)


def _cohort(bootcamp: BootcampPage, spec: dict, owner, advisor) -> None:
    """The accepted participants, and the demo shopkeeper's application waiting for a
    decision."""
    for person in spec["participants"]:
        user, _created = user_ensure(
            email=person["email"],
            password=None,
            first_name=person["first_name"],
            last_name=person["last_name"],
            role=Role.OWNER,
        )
        if not Registration.objects.filter(event_id=bootcamp.pk, user=user).exists():
            Registration.objects.create(
                event_id=bootcamp.pk,
                user=user,
                status=Registration.Status.CONFIRMED,
                motivation=person["motivation"],
                decided_by=advisor,
            )
    if owner and not Registration.objects.filter(event_id=bootcamp.pk, user=owner).exists():
        Registration.objects.create(
            event_id=bootcamp.pk,
            user=owner,
            status=Registration.Status.APPLIED,
            motivation=spec["applicant_motivation"],
        )


def _past_attendance(owner) -> None:
    """The demo shopkeeper attended the most recent past webinar: it shows in Mon parcours."""
    past = (
        in_default_locale(WebinarPage.objects)
        .filter(end__lt=timezone.now())
        .order_by("-end")
        .first()
    )
    if owner is None or past is None:
        return
    registration, _created = Registration.objects.get_or_create(
        event_id=past.pk,
        user=owner,
        status=Registration.Status.CONFIRMED,
    )
    if not Attendance.objects.filter(registration=registration).exists():
        services.record_attendance(
            registration, "webinar", present=True, minutes=44, by=None, source="import"
        )


@transaction.atomic
def load_demo_events(home, owner=None, advisor=None) -> None:
    webinars = _index(home, WebinarIndexPage, WEBINARS_DIR)
    bootcamps = _index(home, BootcampIndexPage, BOOTCAMPS_DIR)
    for spec in demo_webinars():
        _webinar(webinars, spec)
    for spec in demo_bootcamps():
        _cohort(_bootcamp(bootcamps, spec), spec, owner, advisor)
    _past_attendance(owner)
