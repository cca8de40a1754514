"""The page and its exports run a constant number of queries, at most 20, however many
businesses the portfolio holds and whatever their activity."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.advising.portfolio.conftest import with_activity
from tests.advising.portfolio.helpers import CSV_URL, URL, XLSX_URL

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20

CASES = [
    {},
    {"q": "Commerce", "tri": "-activite"},
    {"boutique": "published", "demande": "submitted", "progression": "50-75"},
    {"inactives": "on", "commune": "Paris", "tri": "demande", "page": 2},
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
    for params in CASES:
        for url in (URL, CSV_URL, XLSX_URL):
            with django_assert_max_num_queries(MAX_QUERIES):
                few[url, str(params)] = count(client, url, {**params, **extra})
    build(57)
    for params in CASES:
        for url in (URL, CSV_URL, XLSX_URL):
            with django_assert_max_num_queries(MAX_QUERIES):
                assert count(client, url, {**params, **extra}) == few[url, str(params)], (
                    url,
                    params,
                )
