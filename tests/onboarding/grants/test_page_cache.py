"""The programmes' public pages are stored for anonymous visitors until an editor changes a
programme, or until midnight in Paris, when one may open or close."""

from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.utils import timezone

from core.page_cache import HEADER
from onboarding.grants.models import Programme

pytestmark = pytest.mark.django_db


def test_an_editors_change_shows_at_once(client):
    programme = Programme.objects.get(slug="cheque-france-num")
    for url in ("/aides/", f"/aides/{programme.slug}/"):
        assert client.get(url)[HEADER] == "miss"
        assert client.get(url)[HEADER] == "hit"
    programme.summary = "Un résumé tout neuf pour les commerçants."
    programme.save()
    for url in ("/aides/", f"/aides/{programme.slug}/"):
        response = client.get(url)
        assert response[HEADER] == "miss"
    assert programme.summary in client.get("/aides/").content.decode()


def test_a_copy_does_not_outlive_the_day(client):
    evening = timezone.make_aware(datetime.combine(timezone.localdate(), time(23, 59)))
    with time_machine.travel(evening, tick=False) as clock:
        response = client.get("/aides/")
        assert response["Cache-Control"] == "public, max-age=0, s-maxage=60"
        assert client.get("/aides/")[HEADER] == "hit"
        clock.shift(timedelta(seconds=61))
        assert client.get("/aides/")[HEADER] == "miss"


def test_a_signed_in_owner_gets_her_own_page(client, owner):
    client.force_login(owner)
    response = client.get("/aides/")
    assert HEADER not in response
    assert response["Cache-Control"] == "private"
