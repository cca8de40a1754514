"""Attendance marked by hand or imported from the video tool, and what it completes."""

from datetime import timedelta

import pytest
from django.urls import reverse

from advising.models import Assignment
from courses.live import services
from courses.live.models import Attendance, Registration
from courses.live.signals import attendance_completed
from tests.accounts.factories import OwnerFactory
from tests.courses.live.factories import make_webinar
from tests.onboarding.profile.factories import BusinessFactory
from tests.signals import received

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(home_page):
    """Attendance is marked once a session has started: this webinar began 40 minutes ago."""
    return make_webinar(home_page, starts_in=-timedelta(minutes=40), slug="en-cours")


def followed_by(advisor, event):
    """A person registered to ``event`` whose business ``advisor`` follows."""
    person = OwnerFactory()
    Assignment.objects.create(advisor=advisor, business=BusinessFactory(owner=person))
    Registration.objects.create(event_id=event.pk, user=person, status="confirmed")
    return person


@pytest.fixture
def completions():
    with received(attendance_completed, "registration") as items:
        yield items


def test_marking_present_completes_the_webinar_once(
    client, advisor, started, completions, django_capture_on_commit_callbacks
):
    registration = Registration.objects.get(user=followed_by(advisor, started))
    client.force_login(advisor)
    url = reverse("events:mark_attendance", args=[started.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {f"present-{registration.pk}-webinar": "on"})
        client.post(url, {f"present-{registration.pk}-webinar": "on"})
    assert Attendance.objects.get().present is True
    assert completions == [registration.pk]
    assert Registration.objects.get().completed_at is not None


def test_a_bootcamp_needs_its_required_sessions(bootcamp, staff):
    registration = Registration.objects.create(
        event_id=bootcamp.pk, user=OwnerFactory(), status="confirmed"
    )
    first, second, _third = bootcamp.sessions()
    services.record_attendance(registration, first.key, present=True, by=staff, source="manual")
    registration.refresh_from_db()
    assert registration.completed_at is None  # 1 of the 2 required
    services.record_attendance(registration, second.key, present=True, by=staff, source="manual")
    registration.refresh_from_db()
    assert registration.completed_at is not None


def test_importing_the_video_tool_file_reports_each_row(client, advisor, started):
    anna, bruno, absent = (followed_by(advisor, started) for _ in range(3))
    csv = (
        "Nom;Adresse e-mail;Durée (minutes)\n"
        f"Anna;{anna.email.upper()};55\n"
        f"Bruno;{bruno.email};12\n"
        "Inconnu;passant@ailleurs.example;40\n"
        "Cassé;pas-une-adresse;30\n"
    ).encode("cp1252")
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(advisor)
    response = client.post(
        reverse("events:import_attendance", args=[started.pk]),
        {"file": SimpleUploadedFile("presence.csv", csv, "text/csv")},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "2 lignes sur 3 rattachées" in page
    assert "Aucune inscription confirmée avec cette adresse" in page
    assert "Adresse e-mail invalide" in page
    assert absent.email in page  # registered, not in the file: listed, not marked
    marks = dict(Attendance.objects.values_list("registration__user__email", "present"))
    assert marks == {anna.email: True, bruno.email: False}  # 12 of 60 minutes is not attending


def test_an_unreadable_file_changes_nothing(client, advisor, started):
    from django.core.files.uploadedfile import SimpleUploadedFile

    followed_by(advisor, started)
    client.force_login(advisor)
    response = client.post(
        reverse("events:import_attendance", args=[started.pk]),
        {"file": SimpleUploadedFile("presence.csv", b"a;b\n1;2\n", "text/csv")},
        follow=True,
    )
    assert "Colonnes introuvables" in response.content.decode()
    assert not Attendance.objects.exists()


def test_owners_cannot_mark_attendance(client, owner, webinar):
    registration = services.register(owner, webinar)
    client.force_login(owner)
    url = reverse("events:mark_attendance", args=[webinar.pk])
    assert client.post(url, {f"present-{registration.pk}-webinar": "on"}).status_code == 403
    assert not Attendance.objects.exists()


def test_attended_events_show_in_mon_parcours(client, owner, webinar, staff):
    registration = services.register(owner, webinar)
    services.record_attendance(registration, "webinar", present=True, by=staff, source="manual")
    client.force_login(owner)
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "Mes participations" in page and webinar.title in page
