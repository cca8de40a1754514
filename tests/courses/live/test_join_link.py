"""The join link: registered people only, from 15 minutes before the start; the replay after."""

from datetime import timedelta

import pytest
import time_machine

from courses.live import services
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db
JOIN = "https://visio.example/avis"


def page_at(client, webinar, moment) -> str:
    with time_machine.travel(moment, tick=False):
        return client.get(webinar.url).content.decode()


def test_the_link_appears_15_minutes_before_for_the_registered_only(client, owner, webinar):
    services.register(owner, webinar)
    client.force_login(owner)
    assert JOIN not in page_at(client, webinar, webinar.start - timedelta(minutes=16))
    assert JOIN in page_at(client, webinar, webinar.start - timedelta(minutes=14))
    assert JOIN in page_at(client, webinar, webinar.start + timedelta(minutes=30))
    client.force_login(OwnerFactory())
    assert JOIN not in page_at(client, webinar, webinar.start + timedelta(minutes=5))
    client.logout()
    assert JOIN not in page_at(client, webinar, webinar.start + timedelta(minutes=5))


def test_the_replay_shows_once_it_is_over(client, home_page):
    from tests.courses.live.factories import make_webinar

    webinar = make_webinar(home_page, replay_url="https://video.example/replay")
    assert "video.example/replay" not in page_at(client, webinar, webinar.start)
    assert "video.example/replay" in page_at(client, webinar, webinar.end + timedelta(minutes=1))
