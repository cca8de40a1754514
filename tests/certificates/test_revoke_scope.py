"""Only the holder's advisors (and staff) may revoke a certificate, and only they see the form.

The verification page is public and shows the certificate's id in the form's address: any
advisor could otherwise revoke anyone's certificate.
"""

from datetime import date

import pytest
from django.urls import reverse

from advising.models import Assignment
from certificates import services
from certificates.models import Certificate
from tests.accounts.factories import AdvisorFactory, totp_for
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(owner):
    return services.issue(
        holder=owner,
        kind=Certificate.Kind.MANUAL,
        source="manual:test",
        title="Vendre en ligne",
        completed_on=date(2026, 11, 20),
    )


@pytest.fixture
def business(owner):
    return BusinessFactory(owner=owner)


def revoke(client, certificate, reason="Émis par erreur."):
    return client.post(reverse("certificates:revoke", args=[certificate.pk]), {"reason": reason})


def verify_page(client, certificate) -> str:
    return client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()


def test_an_advisor_who_does_not_follow_the_holder_gets_a_403_and_no_form(
    client, certificate, business
):
    stranger = AdvisorFactory()
    totp_for(stranger)  # second factor set up: the guard lets her through
    Assignment.objects.create(advisor=AdvisorFactory(), business=business)  # someone else's
    client.force_login(stranger)
    assert "Révoquer ce certificat" not in verify_page(client, certificate)
    assert revoke(client, certificate).status_code == 403
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_the_holders_advisor_sees_the_form_and_revokes(client, certificate, business, advisor):
    Assignment.objects.create(advisor=advisor, business=business)
    client.force_login(advisor)
    assert "Révoquer ce certificat" in verify_page(client, certificate)
    assert revoke(client, certificate).status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None and certificate.revoked_by == advisor


def test_staff_revoke_any_certificate(client, certificate, staff):
    client.force_login(staff)
    assert "Révoquer ce certificat" in verify_page(client, certificate)
    assert revoke(client, certificate).status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None


def test_visitors_and_the_holder_see_no_form(client, certificate, owner):
    assert "Révoquer ce certificat" not in verify_page(client, certificate)
    client.force_login(owner)
    assert "Révoquer ce certificat" not in verify_page(client, certificate)
