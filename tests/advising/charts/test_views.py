"""The charts page: who sees what, the same figures drawn and tabulated, a fixed query count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.advising.charts.helpers import busy_stranger, follow, known_portfolio, make_businesses

pytestmark = pytest.mark.django_db

URL = "/conseiller/graphiques/"


def figure(content: str, chart_id: str) -> str:
    pattern = rf"<figure class=\"portfolio-chart\" data-chart=\"{chart_id}\">(.*?)</figure>"
    match = re.search(pattern, content, re.S)
    assert match, chart_id
    return match.group(1)


def drawn(content: str, chart_id: str) -> list[int]:
    svg = figure(content, chart_id).split("</svg>")[0]
    return [int(value) for value in re.findall(r'class="chart-value"[^>]*>(\d+)</text>', svg)]


def tabulated(content: str, chart_id: str) -> list[int]:
    table = figure(content, chart_id).split("</svg>")[1]
    return [int(value) for value in re.findall(r'class="chart-table-value">(\d+)</td>', table)]


def test_the_url_is_named():
    assert reverse("advising:charts") == URL


def test_owners_are_refused_and_visitors_sent_to_log_in(client, owner, home_page):
    assert client.get(URL).status_code == 302
    client.force_login(owner)
    assert client.get(URL).status_code == 403


def test_the_drawing_and_the_table_show_the_same_figures(client, advisor, courses):
    known_portfolio(advisor, courses)
    busy_stranger(courses)
    client.force_login(advisor)
    response = client.get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert drawn(content, "completion") == tabulated(content, "completion") == [2, 0, 1, 0, 0, 1]
    assert drawn(content, "funnel") == tabulated(content, "funnel") == [4, 2, 3, 1, 1]
    assert drawn(content, "activity") == tabulated(content, "activity")
    assert len(drawn(content, "activity")) == 12
    assert 'role="img"' in content
    assert '<title id="funnel-title">Entreprises à chaque étape du programme</title>' in content
    assert "Commerce d'un autre conseiller" not in content
    # Whole pixels only: no decimal point or comma inside the drawings' coordinates.
    for svg in re.findall(r"<svg.*?</svg>", content, re.S):
        for attribute in re.findall(r'\s(?:x|y|x1|x2|y1|y2|width|height|cx|cy)="([^"]*)"', svg):
            assert attribute.isdigit(), attribute
        for points in re.findall(r'points="([^"]*)"', svg):
            assert re.fullmatch(r"(\d+,\d+ ?)+", points), points


def test_an_advisor_cannot_look_at_another_portfolio(client, advisor, other_advisor, courses):
    known_portfolio(advisor, courses)
    client.force_login(other_advisor)
    response = client.get(URL, {"conseiller": advisor.pk})
    assert response.status_code == 200
    content = response.content.decode()
    assert drawn(content, "funnel") == [0, 0, 0, 0, 0]
    assert 'name="conseiller"' not in content


def test_staff_see_everything_and_may_narrow_to_one_advisor(
    client, staff, advisor, other_advisor, courses
):
    known_portfolio(advisor, courses)
    follow(other_advisor, busy_stranger(courses))
    client.force_login(staff)
    assert drawn(client.get(URL).content.decode(), "funnel") == [5, 3, 4, 2, 2]
    response = client.get(URL, {"conseiller": other_advisor.pk})
    assert response.status_code == 200
    assert drawn(response.content.decode(), "funnel") == [1, 1, 1, 1, 1]
    assert f'<option value="{other_advisor.pk}" selected>' in response.content.decode()


@pytest.mark.parametrize("typed", ["abc", "999999"])
def test_staff_typing_an_unknown_advisor_get_a_400_in_french(client, staff, typed, home_page):
    client.force_login(staff)
    response = client.get(URL, {"conseiller": typed})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Ce conseiller n&#x27;existe pas" in content
    assert f'<option value="{typed}" selected>' in content


def count_queries(client, user) -> int:
    client.force_login(user)
    client.get(URL)  # the session and caches warm up once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_for_3_or_40_businesses(
    client, advisor, other_advisor, staff, courses
):
    make_businesses(advisor, 3)
    make_businesses(other_advisor, 40)
    few = count_queries(client, advisor)
    many = count_queries(client, other_advisor)
    assert few == many
    assert many <= 20
    assert count_queries(client, staff) <= 20
