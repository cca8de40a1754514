"""The page and its exports run a constant number of queries, at most 20, however many
businesses the portfolio holds and whatever their activity."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from onboarding.profile.models import Business
from tests.advising.portfolio.conftest import with_activity
from tests.advising.portfolio.helpers import CSV_URL, URL, XLSX_URL, page_names

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20

#: Each case with the rows its page lists once the portfolio holds 60 businesses: every
#: filter matches them all, so the counts are measured on full pages, not empty ones.
CASES = [
    ({}, 50),
    ({"q": "picerie", "tri": "-activite"}, 50),
    ({"boutique": "published", "demande": "submitted", "progression": "50-75"}, 50),
    ({"inactives": "on", "commune": "Paris", "tri": "demande", "page": 2}, 10),
]


def count(client, url, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


@pytest.fixture
def build(advisor, other_advisor, programme, core_courses, events):
    def build(n):
        for _ in range(n):
            with_activity(advisor, programme, core_courses, events)
            with_activity(other_advisor, programme, core_courses, events)
        # Last seen 15 to 75 days ago, all different: inactive, and a real sort by activity.
        for days, pk in enumerate(Business.objects.order_by("pk").values_list("pk", flat=True)):
            Business.objects.filter(pk=pk).update(
                last_activity_at=timezone.now() - timedelta(days=15 + days % 60)
            )

    return build


@pytest.mark.parametrize("role", ["advisor", "staff"])
def test_constant_and_at_most_20_queries(
    client, request, advisor, build, django_assert_max_num_queries, role
):
    user = request.getfixturevalue(role)
    client.force_login(user)
    extra = {"conseiller": advisor.pk} if role == "staff" else {}
    build(3)
    client.get(URL)  # warm the per-process caches (site, content types) out of the count
    few = {}
    for params, _rows in CASES:
        for url in (URL, CSV_URL, XLSX_URL):
            with django_assert_max_num_queries(MAX_QUERIES):
                few[url, str(params)] = count(client, url, {**params, **extra})
    build(57)
    for params, rows in CASES:
        assert len(page_names(client.get(URL, {**params, **extra}))) == rows, params
        for url in (URL, CSV_URL, XLSX_URL):
            with django_assert_max_num_queries(MAX_QUERIES):
                assert count(client, url, {**params, **extra}) == few[url, str(params)], (
                    url,
                    params,
                )
