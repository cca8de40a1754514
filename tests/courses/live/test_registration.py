"""Registering, the waiting list, cancelling, applications, and who may do what."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from advising.models import Assignment
from courses.live import services
from courses.live.models import Registration
from tests.accounts.factories import OwnerFactory
from tests.courses.live.factories import make_webinar
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def register(client, event, **data):
    return client.post(reverse("events:register", args=[event.pk]), data)


def ics_of(message) -> Calendar:
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def test_register_confirms_and_mails_a_calendar_file(
    client, owner, webinar, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, webinar)
    assert response.status_code == 302
    assert Registration.objects.get().status == Status.CONFIRMED
    [message] = mailoutbox
    assert message.subject == f"Inscription confirmée : {webinar.title}"
    assert "heure de Paris" in message.body
    event = ics_of(message).walk("VEVENT")[0]
    assert str(event["UID"]) == f"webinar-{webinar.pk}@accelerateur"
    assert event.decoded("DTSTART") == webinar.start.replace(microsecond=0)


def test_registering_twice_keeps_one_seat(client, owner, webinar):
    client.force_login(owner)
    register(client, webinar)
    register(client, webinar)
    assert Registration.objects.count() == 1


def test_full_webinar_puts_people_on_the_waiting_list(
    home_page, mailoutbox, django_capture_on_commit_callbacks
):
    webinar = make_webinar(home_page, capacity=1)
    first, second = OwnerFactory(), OwnerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.register(first, webinar)
        waiting = services.register(second, webinar)
    assert waiting.status == Status.WAITING
    assert "position 1 sur la liste d'attente" in mailoutbox[-1].body


def test_cancelling_promotes_the_next_person_and_mails_them(
    home_page, mailoutbox, django_capture_on_commit_callbacks
):
    webinar = make_webinar(home_page, capacity=1)
    first, second, third = OwnerFactory(), OwnerFactory(), OwnerFactory()
    seat = services.register(first, webinar)
    services.register(second, webinar)
    services.register(third, webinar)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.cancel(seat)
    assert promoted.user == second
    statuses = dict(Registration.objects.values_list("user_id", "status"))
    assert statuses == {
        first.pk: Status.CANCELLED,
        second.pk: Status.CONFIRMED,
        third.pk: Status.WAITING,
    }
    to_second = next(m for m in mailoutbox if m.to == [second.email])
    assert "Une place s'est libérée" in to_second.subject
    assert ics_of(to_second).walk("VEVENT")
    to_first = next(m for m in mailoutbox if m.to == [first.email])
    assert str(ics_of(to_first)["METHOD"]) == "CANCEL"


def test_cancelling_asks_first_and_an_unconfirmed_post_changes_nothing(
    client, owner, webinar, mailoutbox
):
    registration = services.register(owner, webinar)
    mailoutbox.clear()
    client.force_login(owner)
    page = client.get(webinar.url).content.decode()
    assert "Annuler votre inscription ?" in page
    assert 'name="confirmation" value="oui"' in page
    url = reverse("events:cancel", args=[registration.pk])
    response = client.post(url)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Votre inscription n&#x27;est pas annulée : confirmez ci-dessous." in html
    assert '<details class="confirm-step" open>' in html
    assert Registration.objects.get().status == Status.CONFIRMED
    assert not mailoutbox

    response = client.post(url, {"confirmation": "oui"})
    assert response.status_code == 302
    assert Registration.objects.get().status == Status.CANCELLED


def test_nobody_cancels_someone_else(client, owner, webinar):
    registration = services.register(owner, webinar)
    client.force_login(OwnerFactory())
    response = client.post(
        reverse("events:cancel", args=[registration.pk]), {"confirmation": "oui"}
    )
    assert response.status_code == 404
    assert Registration.objects.get().status == Status.CONFIRMED


def test_registration_is_for_owners(client, advisor, webinar):
    assert register(client, webinar).url.startswith(reverse("account_login"))
    client.force_login(advisor)
    assert register(client, webinar).status_code == 403
    assert not Registration.objects.exists()


def test_closed_registration_says_so_and_writes_nothing(client, owner, home_page):
    webinar = make_webinar(home_page, registration_closes_at=timezone.now() - timedelta(hours=1))
    client.force_login(owner)
    response = register(client, webinar)
    assert response.status_code == 400
    assert "Les inscriptions sont fermées" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_bootcamp_application_needs_a_motivation_and_keeps_it(client, owner, bootcamp):
    client.force_login(owner)
    response = register(client, bootcamp, motivation="   ")
    assert response.status_code == 400
    assert "Dites-nous en quelques mots" in response.content.decode()
    register(client, bootcamp, motivation="Ouvrir ma boutique en ligne.")
    assert Registration.objects.get().status == Status.APPLIED


def test_advisors_decide_applications_within_capacity(client, advisor, bootcamp):
    applicants = [OwnerFactory() for _ in range(3)]
    for person in applicants:  # an advisor decides for the businesses she follows
        Assignment.objects.create(advisor=advisor, business=BusinessFactory(owner=person))
    registrations = [services.register(user, bootcamp, "Vendre en ligne.") for user in applicants]
    client.force_login(advisor)
    for registration in registrations:
        client.post(reverse("events:decide", args=[registration.pk]), {"decision": "accept"})
    statuses = [Registration.objects.get(pk=r.pk).status for r in registrations]
    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.APPLIED]  # two seats
    page = client.get(reverse("events:roster", args=[bootcamp.pk]), follow=True)
    assert page.status_code == 200


def test_owners_never_see_the_roster(client, owner, webinar):
    client.force_login(owner)
    assert client.get(reverse("events:roster", args=[webinar.pk])).status_code == 403
