"""Event pages are stored for anonymous visitors with their seats left, which every
registration renews, and until the page would change by itself."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from core.page_cache import HEADER
from courses.live import services
from courses.live.models import Registration
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db


def test_a_registration_renews_the_seats_left_of_the_stored_page(client, webinar):
    first = client.get(webinar.url)
    assert first[HEADER] == "miss"
    assert client.get(webinar.url)[HEADER] == "hit"
    services.register(OwnerFactory(), webinar)
    after = client.get(webinar.url)
    assert after[HEADER] == "miss"
    assert "10 places restantes" in first.content.decode()
    assert "9 places restantes" in after.content.decode()


def test_cancelling_renews_it_too(client, webinar):
    registration = services.register(OwnerFactory(), webinar)
    client.get(webinar.url)
    services.cancel(registration)
    assert client.get(webinar.url)[HEADER] == "miss"
    assert Registration.objects.get().status == Registration.Status.CANCELLED


def test_the_copy_ends_when_registration_closes(client, home_page):
    from tests.courses.live.factories import make_webinar

    closes = timezone.now().replace(microsecond=0) + timedelta(minutes=3)
    webinar = make_webinar(home_page, registration_closes_at=closes)
    with time_machine.travel(closes - timedelta(minutes=1), tick=False) as clock:
        response = client.get(webinar.url)
        assert response[HEADER] == "miss"
        assert response["Cache-Control"] == "public, max-age=0, s-maxage=60"
        assert "Se connecter pour s'inscrire" in response.content.decode()
        clock.shift(timedelta(seconds=30))
        assert client.get(webinar.url)[HEADER] == "hit"
        clock.shift(timedelta(seconds=31))
        later = client.get(webinar.url)
        assert later[HEADER] == "miss"  # stored again, until the webinar starts
        assert "Se connecter pour s'inscrire" not in later.content.decode()
        assert "Les inscriptions ne sont pas ouvertes." in later.content.decode()


def test_the_listing_and_the_home_page_are_stored(client, webinar):
    for url in ("/", webinar.get_parent().url):
        assert client.get(url)[HEADER] == "miss"
        assert client.get(url)[HEADER] == "hit"
