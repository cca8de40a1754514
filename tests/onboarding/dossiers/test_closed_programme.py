"""A programme past its deadline: no profile change can open it, so the start page says the
programme is closed instead of asking the owner to correct her profile."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.onboarding.dossiers.conftest import make_business

pytestmark = pytest.mark.django_db

PROFILE_ADVICE = "corrigez-la puis revenez"


def test_a_programme_closed_only_by_its_deadline_says_it_is_closed(
    client, owner, business, programme
):
    programme.application_deadline = date(2021, 7, 31)
    programme.save()
    client.force_login(owner)
    page = client.get(reverse("dossiers:start", args=[programme.slug])).content.decode()
    assert "Ce programme est clôturé" in page
    assert PROFILE_ADVICE not in page
    assert "Commencer ma demande" not in page


def test_a_closed_programme_never_asks_for_a_profile_change(client, owner, programme):
    make_business(owner, headcount=25)
    programme.application_deadline = date(2021, 7, 31)
    programme.save()
    client.force_login(owner)
    page = client.get(reverse("dossiers:start", args=[programme.slug])).content.decode()
    assert "Ce programme est clôturé" in page
    assert PROFILE_ADVICE not in page


def test_an_open_programme_still_points_to_the_profile(client, owner, programme):
    make_business(owner, annual_turnover=Decimal("3000000"))
    programme.application_deadline = timezone.localdate() + timedelta(days=30)
    programme.save()
    client.force_login(owner)
    page = client.get(reverse("dossiers:start", args=[programme.slug])).content.decode()
    assert PROFILE_ADVICE in page
    assert "Ce programme est clôturé" not in page
