"""Taking the diagnostic, reading a result, the history, and who may see what."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from advising.models import Assignment
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.diagnostic.selectors import latest_result
from tests.onboarding.diagnostic.conftest import add_result, answers_with

pytestmark = pytest.mark.django_db

START = reverse("diagnostic:start")


def result_url(result) -> str:
    return reverse("diagnostic:result", args=[result.pk])


def test_owner_without_business_is_sent_to_the_profile(client, owner):
    client.force_login(owner)
    response = client.get(START, follow=False)
    assert response.status_code == 302
    assert response.url == reverse("businesses:profile") == "/mon-entreprise/"
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("Présentez d'abord votre entreprise" in message for message in messages)


def test_only_owners_take_the_diagnostic(client, advisor):
    assert client.get(START).status_code == 302  # anonymous: to the login page
    client.force_login(advisor)
    assert client.get(START).status_code == 403


def test_form_lists_fifteen_questions(client, owner, business):
    client.force_login(owner)
    response = client.get(START)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select("form.diagnostic-form fieldset")) == 15
    assert len(page.select("form.diagnostic-form h2")) == 5
    assert "fiche d&#x27;établissement Google" in response.content.decode()


def test_taking_the_diagnostic_records_the_server_side_score(client, owner, business):
    client.force_login(owner)
    answers = answers_with({"visibility": 3, "selling": 2, "relationship": 1})
    response = client.post(START, answers)
    result = DiagnosticResult.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("diagnostic:result", args=[result.pk])
    assert result.business == business
    assert result.taken_by == owner
    assert result.questionnaire_version == 1
    assert result.answers == answers
    assert result.scores == {
        "visibility": 100,
        "selling": 67,
        "relationship": 33,
        "tools": 0,
        "security": 0,
    }
    assert result.overall_score == 40  # 18 / 45
    assert latest_result(business) == result


@pytest.mark.parametrize(
    "change",
    [
        {"backups": None},  # missing
        {"backups": "jamais-de-la-vie"},  # forged
        {"passwords": "999"},  # forged
    ],
)
def test_missing_or_forged_answers_are_refused_and_kept(client, owner, business, change):
    client.force_login(owner)
    answers = answers_with(default=2)
    for key, value in change.items():
        if value is None:
            del answers[key]
        else:
            answers[key] = value
    response = client.post(START, answers)
    assert response.status_code == 400
    assert not DiagnosticResult.objects.exists()
    content = response.content.decode()
    assert "Votre diagnostic n&#x27;est pas enregistré" in content
    page = BeautifulSoup(content, "html.parser")
    # The valid answers are still ticked; the faulty question is flagged.
    checked = {tag["name"]: tag["value"] for tag in page.select("input[type=radio][checked]")}
    assert checked == {key: value for key, value in answers.items() if key not in change}
    (question,) = change
    assert page.select(f"fieldset.has-error input[name={question}]")


def test_retake_shows_progress(client, owner, business):
    client.force_login(owner)
    client.post(START, answers_with(default=1))
    first = latest_result(business)
    # The retake form starts from the previous answers.
    page = BeautifulSoup(client.get(START).content, "html.parser")
    assert len(page.select("input[type=radio][checked]")) == 15

    client.post(START, answers_with({"visibility": 3, "security": 0}, default=1))
    second = latest_result(business)
    assert second != first
    response = client.get(result_url(second))
    assert response.status_code == 200
    dimensions = {item.key: item for item in response.context["dimensions"]}
    assert dimensions["visibility"].previous == 33
    assert dimensions["visibility"].change == 67
    assert dimensions["security"].change == -33
    assert dimensions["tools"].change == 0
    assert response.context["overall_change"] == second.overall_score - first.overall_score
    page = BeautifulSoup(response.content, "html.parser")
    row = page.select_one("table.diagnostic-table tr[data-dimension=visibility]")
    assert "+67 points" in row.get_text()
    assert "−33 points" in page.select_one("tr[data-dimension=security]").get_text()
    assert page.select("svg line.chart-previous")

    history = client.get(reverse("diagnostic:history"))
    assert history.status_code == 200
    rows = BeautifulSoup(history.content, "html.parser").select("tbody tr[data-result]")
    assert [int(row["data-result"]) for row in rows] == [second.pk, first.pk]
    assert str(second.overall_score) in rows[0].select_one(".diagnostic-score").get_text()


def test_svg_and_table_show_the_same_figures(client, owner, business):
    answers = answers_with({"visibility": 3, "selling": 2, "relationship": 1})
    answers["invoicing"] = "software"
    result = add_result(business, answers)
    client.force_login(owner)
    page = BeautifulSoup(client.get(result_url(result)).content, "html.parser")

    svg = page.select_one("svg[role=img]")
    assert svg.select_one("title").get_text()
    assert set(svg["aria-labelledby"].split()) == {
        svg.select_one("title")["id"],
        svg.select_one("desc")["id"],
    }
    # The drawing's rows are named by the shared chart's data-key, the table's by dimension.
    in_chart = {
        row["data-key"]: (
            row.select_one(".chart-label").get_text(),
            int(row.select_one(".chart-value").get_text()),
        )
        for row in svg.select("g.chart-row")
    }
    in_table = {
        row["data-dimension"]: (
            row.select_one("th").get_text(strip=True),
            int(row.select_one(".diagnostic-score").get_text()),
        )
        for row in page.select("table.diagnostic-table tbody tr")
    }
    assert in_chart == in_table
    assert {key: score for key, (_, score) in in_table.items()} == result.scores
    # The bars are as long as the scores say: 3 px per point.
    bars = {row["data-key"]: row.select_one("rect.chart-bar") for row in svg.select("g.chart-row")}
    assert int(bars["visibility"]["width"]) == 300
    assert int(bars["selling"]["width"]) == 3 * 67
    assert bars["security"] is None  # a score of 0 draws no bar
    overall = page.select_one("table.diagnostic-table tfoot .diagnostic-score").get_text()
    assert int(overall) == result.overall_score


def test_another_owner_gets_404(client, business, other_owner, other_business):
    result = add_result(business, answers_with(default=1))
    client.force_login(other_owner)
    assert client.get(result_url(result)).status_code == 404
    mine = add_result(other_business, answers_with(default=2))
    assert client.get(result_url(mine)).status_code == 200
    # Her history only lists her own results.
    history = client.get(reverse("diagnostic:history"))
    assert [entry.result for entry in history.context["entries"]] == [mine]


def test_advisor_sees_only_assigned_businesses(client, advisor, business):
    result = add_result(business, answers_with(default=1))
    client.force_login(advisor)
    assert client.get(result_url(result)).status_code == 404
    Assignment.objects.create(advisor=advisor, business=business)
    response = client.get(result_url(result))
    assert response.status_code == 200
    content = response.content.decode()
    assert business.trade_name in content
    # No retake button for her.
    assert f'href="{reverse("diagnostic:start")}"' not in content


def test_staff_sees_any_result(client, staff, business):
    result = add_result(business, answers_with(default=1))
    client.force_login(staff)
    assert client.get(result_url(result)).status_code == 200


def test_unknown_result_is_404(client, owner, business):
    client.force_login(owner)
    assert client.get(reverse("diagnostic:result", args=[999999])).status_code == 404


def test_result_page_queries_do_not_grow_with_history(
    client, owner, business, django_assert_max_num_queries
):
    client.force_login(owner)
    first = add_result(business, answers_with(default=0), days_ago=400)
    client.get(result_url(first))  # warm the caches, as in production
    # 10 for the page, 6 for the journey bar and the next-stage offer (the plan, read once).
    with django_assert_max_num_queries(16) as few:
        assert client.get(result_url(first)).status_code == 200
    for days_ago in range(300, 0, -10):
        latest = add_result(business, answers_with(default=days_ago % 4), days_ago=days_ago)
    with django_assert_max_num_queries(16) as many:
        assert client.get(result_url(latest)).status_code == 200
    # One more query at most: the previous result exists only in the second case.
    assert len(many.captured_queries) <= len(few.captured_queries) + 1
    with django_assert_max_num_queries(16):
        assert client.get(reverse("diagnostic:history")).status_code == 200
