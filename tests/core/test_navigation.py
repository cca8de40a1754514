"""The header adapts to the role and costs a fixed number of queries."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_anonymous_header_offers_login_and_signup(client, home_page):
    content = client.get("/").content.decode()
    assert reverse("account_login") in content
    assert reverse("account_signup") in content
    assert reverse("onboarding:plan") not in content


def test_each_role_sees_its_workspace(client, owner, advisor, staff, home_page):
    expectations = {
        owner: ([reverse("onboarding:plan")], [reverse("advising:portfolio"), 'href="/cms/"']),
        advisor: ([reverse("advising:portfolio")], [reverse("onboarding:plan"), 'href="/cms/"']),
        staff: ([reverse("advising:portfolio"), 'href="/cms/"'], [reverse("onboarding:plan")]),
    }
    for user, (shown, hidden) in expectations.items():
        client.force_login(user)
        content = client.get("/").content.decode()
        assert all(link in content for link in shown), user
        assert not any(link in content for link in hidden), user


def test_home_page_query_count_does_not_grow_with_legal_pages(
    client, owner, home_page, django_assert_max_num_queries
):
    from core.models import StandardPage

    client.force_login(owner)
    client.get("/")
    with django_assert_max_num_queries(12):
        client.get("/")
    for n in range(5):
        home_page.add_child(instance=StandardPage(title=f"Page {n}", slug=f"page-{n}"))
    with django_assert_max_num_queries(12):
        client.get("/")
