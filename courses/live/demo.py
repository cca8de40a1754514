"""Demo webinars (upcoming and past) and a bootcamp with its cohort, in French. Idempotent.

Dates are relative to the day the demo is loaded, so the site always has events to come.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from accounts.roles import Role
from accounts.services import user_ensure
from courses.live import services
from courses.live.demo_content import BOOTCAMP, WEBINARS
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

PARIS = ZoneInfo("Europe/Paris")
COHORT = [
    ("fleuriste.lyon@demo.example", "Inès", "Moreau"),
    ("cycles.croix-rousse@demo.example", "Thomas", "Garnier"),
    ("epicerie.vaise@demo.example", "Fatima", "Benali"),
    ("boulangerie.monplaisir@demo.example", "Lucas", "Perrin"),
]


def _at(days: int, hhmm: str) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _index(home, model, slug: str, title: str, intro: str):
    page = model.objects.first()
    return page or _publish(home, model(title=title, slug=slug, intro=intro))


def _courses(slugs) -> list[CoursePage]:
    return list(CoursePage.objects.filter(slug__in=slugs))


def _webinar(index, spec: dict) -> WebinarPage:
    page = WebinarPage.objects.filter(slug=spec["slug"]).first()
    if page:
        return page
    start = _at(spec["days_from_now"], spec["start_time"])
    page = WebinarPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        description=spec["description"],
        speakers=[{"type": "speaker", "value": speaker} for speaker in spec["speakers"]],
        start=start,
        end=start + timedelta(minutes=spec["duration_minutes"]),
        capacity=spec["capacity"],
        join_url=spec["join_url"],
        replay_url=spec.get("replay_url", ""),
        materials=[{"type": "material", "value": item} for item in spec.get("materials", [])],
    )
    page.related_courses = _courses(spec.get("related_courses", []))
    return _publish(index, page)


def _bootcamp(index) -> BootcampPage:
    page = BootcampPage.objects.filter(slug=BOOTCAMP["slug"]).first()
    if page:
        return page
    page = BootcampPage(
        title=BOOTCAMP["title"],
        slug=BOOTCAMP["slug"],
        summary=BOOTCAMP["summary"],
        description=BOOTCAMP["description"],
        capacity=BOOTCAMP["capacity"],
        sessions_required=BOOTCAMP["sessions_required"],
        application_prompt=BOOTCAMP["application_prompt"],
    )
    page.related_courses = _courses(BOOTCAMP.get("related_courses", []))
    page.bootcamp_sessions = [
        BootcampSession(
            title=spec["title"],
            start=_at(spec["days_from_now"], spec["start_time"]),
            end=_at(spec["days_from_now"], spec["start_time"])
            + timedelta(minutes=spec["duration_minutes"]),
            online=spec["online"],
            address=spec.get("address", ""),
            join_url="https://visio.example/bootcamp-lyon" if spec["online"] else "",
        )
        for spec in BOOTCAMP["sessions"]
    ]
    return _publish(index, page)


def _cohort(bootcamp: BootcampPage, owner, advisor) -> None:
    """Four accepted participants and the demo shopkeeper's application, waiting for a decision."""
    for email, first_name, last_name in COHORT:
        user, _created = user_ensure(
            email=email,
            password=None,
            first_name=first_name,
            last_name=last_name,
            role=Role.OWNER,
        )
        if not Registration.objects.filter(event_id=bootcamp.pk, user=user).exists():
            Registration.objects.create(
                event_id=bootcamp.pk,
                user=user,
                status=Registration.Status.CONFIRMED,
                motivation="Mettre en ligne nos produits phares avant les fêtes.",
                decided_by=advisor,
            )
    if owner and not Registration.objects.filter(event_id=bootcamp.pk, user=owner).exists():
        Registration.objects.create(
            event_id=bootcamp.pk,
            user=owner,
            status=Registration.Status.APPLIED,
            motivation=(
                "Ouvrir le click and collect de la boutique et apprendre à photographier "
                "nos créations pour les réseaux sociaux."
            ),
        )


def _past_attendance(owner) -> None:
    """The demo shopkeeper attended the most recent past webinar: it shows in Mon parcours."""
    past = WebinarPage.objects.filter(end__lt=timezone.now()).order_by("-end").first()
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
    webinars = _index(
        home,
        WebinarIndexPage,
        "webinaires",
        "Webinaires",
        "Une heure en direct avec un expert pour avancer sur un sujet précis, vos questions "
        "comprises. Le replay et les supports restent disponibles ensuite.",
    )
    bootcamps = _index(
        home,
        BootcampIndexPage,
        "bootcamps",
        "Bootcamps",
        "Quelques séances intensives en petit groupe, en ligne et près de chez vous, pour "
        "mener un projet concret de bout en bout avec d'autres chefs d'entreprise.",
    )
    for spec in WEBINARS:
        _webinar(webinars, spec)
    bootcamp = _bootcamp(bootcamps)
    _cohort(bootcamp, owner, advisor)
    _past_attendance(owner)
