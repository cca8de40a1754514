"""Staff assign businesses to advisors in bulk: idempotent, in constant queries, staff only."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from advising.models import Assignment
from tests.advising.cohorts.conftest import make_advisor
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db
URL = reverse("advising:assignments")


def pairs():
    return set(Assignment.objects.values_list("advisor_id", "business_id"))


def test_staff_assign_and_unassign_in_bulk_idempotently(staff_client, advisor, other_advisor):
    first, second, untouched = BusinessFactory.create_batch(3)
    data = {"businesses": [first.pk, second.pk], "advisors": [advisor.pk, other_advisor.pk]}

    for _attempt in range(2):
        response = staff_client.post(URL, {**data, "action": "assign"})
        assert response.status_code == 302
        assert pairs() == {(a.pk, b.pk) for a in (advisor, other_advisor) for b in (first, second)}

    content = staff_client.get(URL).content.decode()
    assert advisor.get_full_name() in content and other_advisor.get_full_name() in content

    for _attempt in range(2):
        response = staff_client.post(
            URL,
            {
                "businesses": [first.pk, second.pk],
                "advisors": [advisor.pk],
                "action": "remove",
                "confirmation": "oui",
            },
        )
        assert response.status_code == 302
        assert pairs() == {(other_advisor.pk, first.pk), (other_advisor.pk, second.pk)}
    assert not untouched.assignments.exists()


def test_removing_advisors_asks_first(staff_client, advisor):
    business = BusinessFactory()
    Assignment.objects.create(advisor=advisor, business=business)
    data = {"businesses": [business.pk], "advisors": [advisor.pk], "action": "remove"}
    response = staff_client.post(URL, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Retirer les conseillers choisis des entreprises cochées ?" in page
    assert page.count('<details class="confirm-step" open>') == 1
    assert f'value="{business.pk}" id="business-{business.pk}" checked' in page
    assert pairs() == {(advisor.pk, business.pk)}

    assert staff_client.post(URL, {**data, "confirmation": "oui"}).status_code == 302
    assert not pairs()


def test_one_business_may_have_several_advisors_and_keeps_them(
    staff_client, advisor, other_advisor
):
    business = BusinessFactory()
    Assignment.objects.create(advisor=advisor, business=business)
    staff_client.post(
        URL, {"businesses": [business.pk], "advisors": [other_advisor.pk], "action": "assign"}
    )
    assert pairs() == {(advisor.pk, business.pk), (other_advisor.pk, business.pk)}


def test_bad_input_is_a_400_that_changes_nothing_and_keeps_the_choice(staff_client, advisor):
    business = BusinessFactory()
    response = staff_client.post(URL, {"businesses": [business.pk], "action": "assign"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Choisissez au moins un conseiller." in content
    assert f'value="{business.pk}" id="business-{business.pk}" checked' in content
    response = staff_client.post(URL, {"businesses": [999999], "advisors": [advisor.pk]})
    assert response.status_code == 400
    owner = BusinessFactory().owner  # an owner is not an advisor
    response = staff_client.post(
        URL, {"businesses": [business.pk], "advisors": [owner.pk], "action": "assign"}
    )
    assert response.status_code == 400
    assert not Assignment.objects.exists()


def test_advisors_and_owners_get_403(client, advisor, owner, home_page):
    business = BusinessFactory()
    for user in (advisor, owner):
        client.force_login(user)
        assert client.get(URL).status_code == 403
        response = client.post(
            URL, {"businesses": [business.pk], "advisors": [advisor.pk], "action": "assign"}
        )
        assert response.status_code == 403
    assert not Assignment.objects.exists()


def test_search_and_pages(staff_client):
    BusinessFactory(trade_name="Fromagerie du Marché", commune="Annecy", postcode="74000")
    BusinessFactory.create_batch(55)
    content = staff_client.get(URL, {"q": "fromagerie"}).content.decode()
    assert "Fromagerie du Marché" in content and "Épicerie" not in content
    assert "Fromagerie du Marché" in staff_client.get(URL, {"q": "74000"}).content.decode()
    page_one = staff_client.get(URL).content.decode()
    assert "Page 1 sur 2" in page_one
    page_two = staff_client.get(URL, {"page": 2}).content.decode()
    assert page_two.count('name="businesses"') == 6


def test_the_list_runs_in_constant_queries(staff_client):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(URL).status_code == 200
        return len(queries)

    advisors = [make_advisor() for _ in range(3)]
    for business in BusinessFactory.create_batch(2):
        Assignment.objects.create(advisor=advisors[0], business=business)
    count_queries()  # the site's menus are cached by the first page
    few = count_queries()
    for business in BusinessFactory.create_batch(20):
        for advisor in advisors:
            Assignment.objects.create(advisor=advisor, business=business)
    assert count_queries() == few
