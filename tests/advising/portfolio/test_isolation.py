"""An advisor never sees a business outside her portfolio: page and exports, whatever the
filters, and whatever she puts in ``?conseiller=``. Staff see everything, or one advisor's."""

from datetime import timedelta

import pytest
from django.utils import timezone

from onboarding.profile.models import Business
from tests.advising.portfolio.conftest import follow, open_shop
from tests.advising.portfolio.helpers import (
    CSV_URL,
    URL,
    XLSX_URL,
    csv_table,
    page_names,
    xlsx_table,
)

pytestmark = pytest.mark.django_db

FILTERS = [
    {},
    {"q": "Secret"},
    {"q": "Lyon"},
    {"commune": "Lyon"},
    {"boutique": "published"},
    {"demande": "aucune"},
    {"progression": "0-25"},
    {"inactives": "on"},
    {"tri": "-nom"},
]


@pytest.fixture
def portfolios(advisor, other_advisor):
    """The first advisor follows "Visible", the second "Secret"; both are in Lyon, online,
    and last seen a month ago: each of ``FILTERS`` matches both."""
    mine = follow(advisor, trade_name="Visible", commune="Lyon")
    theirs = follow(other_advisor, trade_name="Secret", commune="Lyon")
    open_shop(mine)
    open_shop(theirs)
    Business.objects.filter(pk__in=[mine.pk, theirs.pk]).update(
        last_activity_at=timezone.now() - timedelta(days=30)
    )
    return mine, theirs


def names_in_exports(client, params) -> tuple[list[str], list[str]]:
    csv_rows = csv_table(client.get(CSV_URL, params))[1:]
    xlsx_rows = xlsx_table(client.get(XLSX_URL, params))[1:]
    return [row[0] for row in csv_rows], [row[0] for row in xlsx_rows]


@pytest.mark.parametrize("params", FILTERS)
def test_a_second_advisor_never_sees_the_firsts_businesses(
    client, other_advisor, advisor, portfolios, params
):
    client.force_login(other_advisor)
    for tampering in ({}, {"conseiller": advisor.pk}, {"conseiller": "abc"}):
        query = {**params, **tampering}
        response = client.get(URL, query)
        assert response.status_code == 200, query
        # Her own business is listed (the filter works), the first advisor's never is.
        assert page_names(response) == ["Secret"], query
        assert "Visible" not in response.content.decode()
        assert names_in_exports(client, query) == (["Secret"], ["Secret"]), query


def test_the_conseiller_parameter_is_ignored_for_advisors(
    client, advisor, other_advisor, portfolios
):
    client.force_login(advisor)
    response = client.get(URL, {"conseiller": other_advisor.pk})
    assert page_names(response) == ["Visible"]
    assert 'name="conseiller"' not in response.content.decode()
    assert names_in_exports(client, {"conseiller": other_advisor.pk}) == (["Visible"], ["Visible"])


def test_staff_see_every_business_and_can_narrow_to_one_advisor(
    client, staff, advisor, other_advisor, portfolios
):
    from tests.onboarding.profile.factories import BusinessFactory

    BusinessFactory(trade_name="Sans conseiller")
    client.force_login(staff)
    response = client.get(URL)
    assert page_names(response) == ["Sans conseiller", "Secret", "Visible"]
    content = response.content.decode()
    assert 'name="conseiller"' in content
    assert other_advisor.get_full_name() in content

    assert page_names(client.get(URL, {"conseiller": advisor.pk})) == ["Visible"]
    assert page_names(client.get(URL, {"conseiller": other_advisor.pk})) == ["Secret"]
    assert names_in_exports(client, {"conseiller": other_advisor.pk}) == (["Secret"], ["Secret"])


def test_staff_picking_someone_who_is_not_an_advisor_is_a_400(client, staff, owner, portfolios):
    client.force_login(staff)
    assert client.get(URL, {"conseiller": owner.pk}).status_code == 400
    assert client.get(CSV_URL, {"conseiller": "abc"}).status_code == 400


@pytest.mark.parametrize("url", [URL, CSV_URL, XLSX_URL])
def test_anonymous_visitors_go_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "connexion" in response["Location"]


@pytest.mark.parametrize("url", [URL, CSV_URL, XLSX_URL])
def test_owners_get_a_403(client, owner, url):
    client.force_login(owner)
    assert client.get(url).status_code == 403
