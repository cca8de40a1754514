"""Erasing an account gives its seats back: the first person waiting gets the place."""

import pytest

from accounts.privacy import erase_account
from courses.live.models import CalendarFeed, Registration
from courses.live.services import register
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db


def test_erasure_frees_her_seat_for_the_first_person_waiting(home_page, mailoutbox):
    from tests.courses.live.factories import make_webinar

    webinar = make_webinar(home_page, capacity=1)
    leaving, waiting = OwnerFactory(), OwnerFactory()
    register(leaving, webinar)
    assert register(waiting, webinar).status == Registration.Status.WAITING
    CalendarFeed.objects.create(user=leaving)

    erase_account(user=leaving)

    assert not Registration.objects.filter(user=leaving).exists()
    assert not CalendarFeed.objects.filter(user=leaving).exists()
    promoted = Registration.objects.get(user=waiting)
    assert promoted.status == Registration.Status.CONFIRMED
