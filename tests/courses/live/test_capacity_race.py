"""50 people click "M'inscrire" at the same moment for 10 seats.

On PostgreSQL the requests really run side by side. With the guard (the event row locked before
counting), exactly 10 are confirmed and 40 wait. The control test runs the same race with the
guard (``services.lock_event``) replaced by a no-op, and with the moment between counting and
writing slowed a little as a busy server would, and the seats overflow: the guard is what holds
the invariant, not luck.
"""

import time

import pytest
from django.db import connection

from courses.live import services
from courses.live.models import Registration
from tests.accounts.factories import OwnerFactory
from tests.courses.live.factories import make_webinar
from tests.threads import in_parallel

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent connections: PostgreSQL"
    ),
]
PEOPLE, SEATS = 50, 10


def race(webinar, people) -> list[BaseException]:
    return in_parallel([lambda user=user: services.register(user, webinar) for user in people])


@pytest.fixture
def crowd(db):
    from demo.site import load_demo_site

    webinar = make_webinar(load_demo_site(), capacity=SEATS)
    return webinar, [OwnerFactory() for _ in range(PEOPLE)]


def counts(webinar) -> dict:
    rows = Registration.objects.filter(event_id=webinar.pk).values_list("status", flat=True)
    return {status: list(rows).count(status) for status in set(rows)}


@pytest.fixture
def slow_count(monkeypatch):
    """Widen the gap between reading the count and writing the row, as a busy server would."""
    counted = services.confirmed_count

    def slow(event_id):
        value = counted(event_id)
        time.sleep(0.05)
        return value

    monkeypatch.setattr(services, "confirmed_count", slow)


def test_fifty_at_once_for_ten_seats(crowd, slow_count):
    webinar, people = crowd
    assert race(webinar, people) == []
    assert counts(webinar) == {"confirmed": SEATS, "waiting": PEOPLE - SEATS}


def test_control_without_the_guard_the_seats_overflow(crowd, slow_count, monkeypatch):
    webinar, people = crowd
    monkeypatch.setattr(services, "lock_event", lambda event_id: None)
    assert race(webinar, people) == []
    assert counts(webinar)["confirmed"] > SEATS
