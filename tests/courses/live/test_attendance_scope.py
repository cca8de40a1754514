"""Who may mark attendance, and when; who may read and decide applications.

Attendance issues certificates, so an advisor marks it only for the participants whose business
she follows (staff: everyone), and only for sessions that have started. A refused roster or
file changes nothing and says why in French. Bootcamp motivations are read, and applications
decided, only by the applicant's advisors and staff.
"""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from advising.models import Assignment
from certificates.models import Certificate
from courses.live.models import Attendance, Registration
from tests.accounts.factories import OwnerFactory
from tests.courses.live.factories import make_bootcamp, make_webinar
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def followed_by(advisor):
    person = OwnerFactory()
    Assignment.objects.create(advisor=advisor, business=BusinessFactory(owner=person))
    return person


def stranger():
    return OwnerFactory()


def confirmed(event, person):
    return Registration.objects.create(event_id=event.pk, user=person, status=Status.CONFIRMED)


@pytest.fixture
def started(home_page):
    """A webinar that began 30 minutes ago."""
    return make_webinar(home_page, starts_in=-timedelta(minutes=30), slug="en-cours")


@pytest.fixture
def future(home_page):
    return make_webinar(home_page, starts_in=timedelta(days=12), slug="a-venir")


def mark(client, event, *registrations):
    return client.post(
        reverse("events:mark_attendance", args=[event.pk]),
        {f"present-{r.pk}-webinar": "on" for r in registrations},
        follow=True,
    )


def import_file(client, event, *people):
    csv = "Nom;Adresse e-mail;Durée (minutes)\n" + "".join(
        f"X;{person.email};55\n" for person in people
    )
    return client.post(
        reverse("events:import_attendance", args=[event.pk]),
        {"file": SimpleUploadedFile("presence.csv", csv.encode(), "text/csv")},
        follow=True,
    )


def test_an_advisor_marks_her_portfolio_at_a_started_session(
    client, advisor, started, django_capture_on_commit_callbacks
):
    registration = confirmed(started, followed_by(advisor))
    client.force_login(advisor)
    with django_capture_on_commit_callbacks(execute=True):
        response = mark(client, started, registration)
    assert "Présences enregistrées" in response.content.decode()
    assert Attendance.objects.get().present is True
    assert Certificate.objects.count() == 1


def test_ticking_someone_outside_the_portfolio_changes_nothing(client, advisor, started):
    mine = confirmed(started, followed_by(advisor))
    other = confirmed(started, stranger())
    client.force_login(advisor)
    page = mark(client, started, mine, other).content.decode()
    assert "entreprises que vous suivez" in page
    assert "Rien n&#x27;a été enregistré" in page or "Rien n'a été enregistré" in page
    assert not Attendance.objects.exists()
    assert not Certificate.objects.exists()


def test_a_session_that_has_not_started_cannot_be_marked(client, advisor, staff, future):
    registration = confirmed(future, followed_by(advisor))
    for user in (advisor, staff):
        client.force_login(user)
        page = mark(client, future, registration).content.decode()
        assert "pas encore commencé" in page
    assert not Attendance.objects.exists()
    assert not Certificate.objects.exists()


def test_the_roster_offers_no_tick_before_the_start(client, advisor, future):
    registration = confirmed(future, followed_by(advisor))
    client.force_login(advisor)
    page = client.get(reverse("events:roster", args=[future.pk])).content.decode()
    assert f'name="present-{registration.pk}-webinar"' not in page


def test_staff_mark_anyone_at_a_started_session(client, staff, started):
    registration = confirmed(started, stranger())
    client.force_login(staff)
    mark(client, started, registration)
    assert Attendance.objects.get().present is True


def test_the_roster_lists_only_the_portfolio_for_an_advisor(client, advisor, started):
    mine, other = followed_by(advisor), stranger()
    confirmed(started, mine), confirmed(started, other)
    client.force_login(advisor)
    page = client.get(reverse("events:roster", args=[started.pk])).content.decode()
    assert mine.email in page and other.email not in page


def test_an_import_for_a_session_to_come_changes_nothing(client, advisor, future):
    person = followed_by(advisor)
    confirmed(future, person)
    client.force_login(advisor)
    page = import_file(client, future, person).content.decode()
    assert "pas encore commencé" in page
    assert not Attendance.objects.exists()


def test_an_import_records_only_the_portfolio(client, advisor, started):
    mine, other = followed_by(advisor), stranger()
    confirmed(started, mine), confirmed(started, other)
    client.force_login(advisor)
    response = import_file(client, started, mine, other)
    assert response.status_code == 200
    marks = dict(Attendance.objects.values_list("registration__user__email", "present"))
    assert marks == {mine.email: True}


def test_motivations_and_decisions_stay_within_the_portfolio(client, advisor, home_page):
    bootcamp = make_bootcamp(home_page)
    mine, other = followed_by(advisor), stranger()
    kept = Registration.objects.create(
        event_id=bootcamp.pk, user=mine, status=Status.APPLIED, motivation="Vendre mes savons."
    )
    hidden = Registration.objects.create(
        event_id=bootcamp.pk, user=other, status=Status.APPLIED, motivation="Secret de Paul."
    )
    client.force_login(advisor)
    page = client.get(reverse("events:roster", args=[bootcamp.pk])).content.decode()
    assert "Vendre mes savons." in page and "Secret de Paul." not in page
    decide = reverse("events:decide", args=[hidden.pk])
    assert client.post(decide, {"decision": "accept"}).status_code == 404
    client.post(reverse("events:decide", args=[kept.pk]), {"decision": "accept"})
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses == {kept.pk: Status.CONFIRMED, hidden.pk: Status.APPLIED}


def test_staff_read_every_motivation(client, staff, home_page):
    bootcamp = make_bootcamp(home_page)
    Registration.objects.create(
        event_id=bootcamp.pk, user=stranger(), status=Status.APPLIED, motivation="Secret de Paul."
    )
    client.force_login(staff)
    page = client.get(reverse("events:roster", args=[bootcamp.pk])).content.decode()
    assert "Secret de Paul." in page


def test_a_bootcamp_is_marked_session_by_session_as_they_start(client, advisor, home_page):
    """Its first session has started, the next ones have not; session keys hold dashes."""
    bootcamp = make_bootcamp(home_page)
    first, second, _third = bootcamp.bootcamp_sessions.all()
    first.start = timezone.now() - timedelta(hours=1)
    first.save(update_fields=["start"])
    mine = confirmed(bootcamp, followed_by(advisor))
    other = confirmed(bootcamp, stranger())
    keys = [session.key for session in bootcamp.sessions()]
    url = reverse("events:mark_attendance", args=[bootcamp.pk])
    client.force_login(advisor)

    page = client.post(url, {f"present-{mine.pk}-{keys[1]}": "on"}, follow=True)
    assert "pas encore commencé" in page.content.decode()
    page = client.post(url, {f"present-{other.pk}-{keys[0]}": "on"}, follow=True)
    assert "entreprises que vous suivez" in page.content.decode()
    assert not Attendance.objects.exists()

    client.post(url, {f"present-{mine.pk}-{keys[0]}": "on"})
    assert list(Attendance.objects.values_list("session_key", "present")) == [(keys[0], True)]
