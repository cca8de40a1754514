"""My sessions in "Mon parcours" and in a private, revocable calendar feed."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from courses.live import services
from courses.live.models import CalendarFeed
from tests.accounts.factories import OwnerFactory
from tests.courses.live.factories import make_webinar

pytestmark = pytest.mark.django_db


def test_mon_parcours_lists_my_upcoming_sessions_only(client, owner, home_page, bootcamp):
    mine = make_webinar(home_page, slug="le-mien", title="Mon webinaire")
    make_webinar(home_page, slug="autre", title="Un autre webinaire")
    services.register(owner, mine)
    client.force_login(owner)
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "Mon webinaire" in page and "Un autre webinaire" not in page


def test_the_feed_holds_my_sessions_and_its_address_can_be_revoked(client, owner, home_page):
    mine = make_webinar(home_page, slug="le-mien", title="Mon webinaire")
    services.register(owner, mine)
    client.force_login(owner)
    client.post(reverse("events:renew_feed"))
    token = CalendarFeed.objects.get(user=owner).token
    assert token in client.get(reverse("courses:dashboard")).content.decode()

    client.logout()  # a phone subscribes without a session: the token is the key
    response = client.get(reverse("events:feed", args=[token]))
    assert response.status_code == 200
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Mon webinaire"]

    client.force_login(owner)
    client.post(reverse("events:renew_feed"), {"confirmation": "oui"})
    assert client.get(reverse("events:feed", args=[token])).status_code == 404


def test_a_new_address_asks_first_once_there_is_one(client, owner, home_page):
    client.force_login(owner)
    url = reverse("events:renew_feed")
    assert client.post(url).status_code == 302  # the first address revokes nothing
    token = CalendarFeed.objects.get(user=owner).token

    response = client.post(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Changer l'adresse de votre agenda ?" in page
    assert page.count('<details class="confirm-step" open>') == 1
    assert CalendarFeed.objects.get(user=owner).token == token
    assert client.get(reverse("events:feed", args=[token])).status_code == 200

    assert client.post(url, {"confirmation": "oui"}).status_code == 302
    assert CalendarFeed.objects.get(user=owner).token != token


def test_another_account_never_sees_my_feed_or_my_calendar_file(client, owner, webinar):
    registration = services.register(owner, webinar)
    feed = services.calendar_feed_for(owner)
    client.force_login(OwnerFactory())
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert feed.token not in page
    url = reverse("events:registration_calendar", args=[registration.pk])
    assert client.get(url).status_code == 404
    assert client.get(reverse("events:feed", args=["mauvais-jeton"])).status_code == 404
