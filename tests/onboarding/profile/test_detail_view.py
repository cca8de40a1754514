"""/entreprises/<pk>/: advisors who follow the business and staff read it; others get a 404."""

import pytest
from django.urls import reverse

from advising.models import Assignment
from tests.accounts.factories import AdvisorFactory, OwnerFactory
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def business(db):
    return BusinessFactory(
        trade_name="Fromagerie Lucas",
        postcode="20000",
        commune="Ajaccio",
        social_networks=["instagram"],
    )


def url(business) -> str:
    return reverse("advising:business", args=[business.pk])


def test_anonymous_visitor_is_sent_to_login(client, business):
    response = client.get(url(business))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_assigned_advisor_reads_the_profile(client, advisor, business, home_page):
    Assignment.objects.create(advisor=advisor, business=business)
    client.force_login(advisor)
    response = client.get(url(business))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Fromagerie Lucas" in page
    assert business.siret in page
    assert business.siren in page
    assert "(2A)" in page
    assert "Instagram" in page
    # The profile stays read-only here: the page's only forms are the advisor's note and reminder.
    main = page.split("<main", 1)[-1].split("</main>")[0]
    assert main.count("<form") == 2
    assert reverse("advising:note_add", args=[business.pk]) in main
    assert reverse("advising:reminder_send", args=[business.pk]) in main
    assert f'action="{reverse("businesses:profile")}"' not in main


def test_advisor_not_assigned_gets_404(client, advisor, business, home_page):
    Assignment.objects.create(advisor=AdvisorFactory(), business=business)
    client.force_login(advisor)
    assert client.get(url(business)).status_code == 404


def test_staff_reads_any_profile(client, staff, business, home_page):
    client.force_login(staff)
    assert client.get(url(business)).status_code == 200


def test_another_owner_gets_404(client, business, home_page):
    client.force_login(OwnerFactory())
    assert client.get(url(business)).status_code == 404


def test_the_owner_is_sent_to_her_own_page(client, business, home_page):
    client.force_login(business.owner)
    response = client.get(url(business))
    assert response.status_code == 302
    assert response.url == reverse("businesses:profile")


def test_unknown_business_is_a_404(client, staff, home_page):
    client.force_login(staff)
    assert client.get(reverse("advising:business", args=[999999])).status_code == 404
