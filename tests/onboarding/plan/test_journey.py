"""The journey bar on every stage's pages, and each stage offering the next one."""

from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Enrolment
from onboarding.diagnostic.services import record_result
from onboarding.plan.journey import journey_for
from storefront_builder.models import ShopStatus
from tests.accounts.factories import OwnerFactory
from tests.courses.factories import make_catalog, make_course, make_track
from tests.onboarding.diagnostic.conftest import answers_with
from tests.onboarding.dossiers.conftest import make_business, make_programme
from tests.onboarding.dossiers.helpers import complete_application
from tests.onboarding.profile.factories import BusinessFactory
from tests.onboarding.profile.test_profile_form import profile_data
from tests.storefront_builder.wizard.factories import ShopFactory, add_product, complete_shop

pytestmark = pytest.mark.django_db


def bar(response):
    """The stages of the bar as (key, classes, aria-current), or None when there is no bar."""
    page = BeautifulSoup(response.content, "html.parser")
    nav = page.select_one("nav.journey-bar")
    if nav is None:
        return None
    return [
        (item["data-stage"], set(item["class"]), item.a.get("aria-current"))
        for item in nav.select("li.journey-stage")
    ]


def current_of(response) -> str:
    return next(key for key, _classes, current in bar(response) if current == "step")


def test_the_journey_follows_the_plan(owner, home_page):
    journey = journey_for(owner, "profile")
    assert [stage.key for stage in journey.stages] == [
        "profile",
        "diagnostic",
        "training",
        "storefront",
        "grant",
    ]
    assert journey.current.key == "profile"
    assert journey.next.key == "diagnostic"

    business = BusinessFactory(owner=owner)
    record_result(business, owner, answers_with(default=1))
    ShopFactory(owner=owner, status=ShopStatus.PUBLISHED)
    journey = journey_for(owner, "storefront")
    assert [stage.done for stage in journey.stages] == [True, True, False, True, False]
    # After the storefront comes the grant; training, skipped, is still on the bar.
    assert journey.next.key == "grant"
    assert journey.next.offer_action == "Demander une aide"


@pytest.mark.parametrize(
    ("url", "stage"),
    [
        ("/mon-entreprise/", "profile"),
        ("/diagnostic/", "diagnostic"),
        ("/ma-boutique/", "storefront"),
        ("/ma-boutique/horaires/", "storefront"),
        ("/aides/", "grant"),
        ("/aides/cheque-france-num/", "grant"),
        ("/aides/cheque-france-num/demande/", "grant"),
        ("/demandes/", "grant"),
    ],
)
def test_every_stage_page_shows_the_bar_with_its_stage_current(
    client, owner, home_page, url, stage
):
    business = BusinessFactory(owner=owner)
    record_result(business, owner, answers_with(default=1))
    ShopFactory(owner=owner)
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200
    stages = bar(response)
    assert [key for key, _classes, _current in stages] == [
        "profile",
        "diagnostic",
        "training",
        "storefront",
        "grant",
    ]
    assert current_of(response) == stage
    assert "is-done" in stages[0][1]
    # The hub is linked from the bar.
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("nav.journey-bar a.journey-hub")["href"] == reverse("onboarding:plan")


def test_the_diagnostic_result_and_the_dossier_pages_show_the_bar(client, owner, home_page):
    business = make_business(owner)
    result = record_result(business, owner, answers_with(default=1))
    programme = make_programme()
    application = complete_application(owner, programme)
    client.force_login(owner)
    assert current_of(client.get(reverse("diagnostic:result", args=[result.pk]))) == "diagnostic"
    for name in ("detail", "expenses", "bank", "statement", "review"):
        response = client.get(reverse(f"dossiers:{name}", args=[application.pk]))
        assert response.status_code == 200, name
        assert current_of(response) == "grant", name


def test_the_next_stage_is_marked(client, owner, home_page):
    BusinessFactory(owner=owner)
    client.force_login(owner)
    stages = {key: classes for key, classes, _current in bar(client.get("/mon-entreprise/"))}
    assert "is-next" in stages["diagnostic"]
    assert "is-done" in stages["profile"]
    assert not any("is-next" in classes for key, classes in stages.items() if key != "diagnostic")


def test_anonymous_visitors_of_the_grants_see_no_bar(client, home_page):
    assert bar(client.get("/aides/")) is None
    assert bar(client.get("/aides/cheque-france-num/")) is None


def test_an_advisor_reading_a_dossier_sees_no_bar(client, advisor, home_page):
    from advising.models import Assignment

    business = make_business(OwnerFactory())
    Assignment.objects.create(advisor=advisor, business=business)
    programme = make_programme()
    application = complete_application(business.owner, programme)
    client.force_login(advisor)
    response = client.get(reverse("dossiers:detail", args=[application.pk]))
    assert response.status_code == 200
    assert bar(response) is None
    assert bar(client.get("/aides/")) is None


def test_the_bar_costs_a_constant_number_of_queries(
    client, owner, home_page, django_assert_max_num_queries
):
    """The bar reads the plan once per page, whatever the owner has done: the grants list
    costs the same with one diagnostic, course and product as with many."""
    business = BusinessFactory(owner=owner)
    record_result(business, owner, answers_with(default=1))
    shop = complete_shop(owner=owner)
    track = make_track(make_catalog(home_page))
    Enrolment.objects.create(user=owner, course=make_course(track, slug="formation-0"))
    client.force_login(owner)
    client.get("/aides/")  # per-process caches (site, content types) are filled once
    connection.queries_log.clear()  # the setup's page publications filled the log
    with CaptureQueriesContext(connection) as first:
        assert current_of(client.get("/aides/")) == "grant"
    first_count = len(first)  # read now: the log is cleared below
    assert 0 < first_count <= 14

    for _ in range(3):
        record_result(business, owner, answers_with(default=2))
    for index in range(1, 4):
        Enrolment.objects.create(user=owner, course=make_course(track, slug=f"formation-{index}"))
    for index in range(5):
        add_product(shop, name=f"Produit {index}")
    client.get("/aides/")  # publishing the courses emptied those caches
    connection.queries_log.clear()
    with django_assert_max_num_queries(first_count):
        assert current_of(client.get("/aides/")) == "grant"


def test_the_saved_profile_offers_the_diagnostic(client, owner, home_page):
    client.force_login(owner)
    response = client.post("/mon-entreprise/", profile_data(), follow=True)
    assert response.redirect_chain == [(reverse("businesses:profile"), 302)]
    content = unescape(response.content.decode())
    assert "Le profil de votre entreprise est enregistré." in content
    page = BeautifulSoup(content, "html.parser")
    offer = page.select_one("[data-next-stage]")
    assert offer["data-next-stage"] == "diagnostic"
    assert offer.select_one("a.button").get_text(strip=True) == "Faire mon diagnostic"
    assert offer.select_one("a.button")["href"] == reverse("diagnostic:start")


def test_a_new_profile_page_offers_nothing_yet(client, owner, home_page):
    client.force_login(owner)
    page = BeautifulSoup(client.get("/mon-entreprise/").content, "html.parser")
    assert page.select_one("[data-next-stage]") is None
    assert page.select_one("nav.journey-bar") is not None


def test_the_result_offers_its_first_course_then_the_storefront(client, owner, home_page):
    from tests.onboarding.diagnostic.test_recommendations import course_with_themes

    track = make_track(make_catalog(home_page))
    course = course_with_themes(track, "cyber", "Cybersécurité", "Mots de passe")
    business = BusinessFactory(owner=owner)
    result = record_result(business, owner, answers_with({"security": 0}, default=3))
    client.force_login(owner)
    page = BeautifulSoup(
        client.get(reverse("diagnostic:result", args=[result.pk])).content, "html.parser"
    )
    first = page.select_one("a.button-large")
    assert first["href"] == course.url
    assert "Commencer par" in first.get_text()
    offer = page.select_one("[data-next-stage]")
    assert offer["data-next-stage"] == "storefront"
    assert offer.select_one("a.button").get_text(strip=True) == "Ouvrir ma boutique"
    assert offer.select_one("a.button")["href"] == reverse("shops:wizard")


def test_the_published_storefront_offers_a_grant(client, owner, home_page):
    BusinessFactory(owner=owner)
    complete_shop(owner=owner, status=ShopStatus.PUBLISHED)
    client.force_login(owner)
    page = BeautifulSoup(client.get("/ma-boutique/").content, "html.parser")
    offer = page.select_one("[data-next-stage]")
    assert offer["data-next-stage"] == "grant"
    assert offer.select_one("a.button").get_text(strip=True) == "Demander une aide"
    assert offer.select_one("a.button")["href"] == reverse("grants:list")


def test_a_draft_storefront_offers_nothing_yet(client, owner, home_page):
    BusinessFactory(owner=owner)
    ShopFactory(owner=owner)
    client.force_login(owner)
    page = BeautifulSoup(client.get("/ma-boutique/").content, "html.parser")
    assert page.select_one("[data-next-stage]") is None


def test_a_completed_course_leads_back_to_the_plans_next_step(client, owner, home_page):
    business = BusinessFactory(owner=owner)
    record_result(business, owner, answers_with(default=1))
    course = make_course(make_track(make_catalog(home_page)))
    enrolment = Enrolment.objects.create(user=owner, course=course)
    enrolment.completed_at = enrolment.enrolled_at
    enrolment.save()
    client.force_login(owner)
    page = BeautifulSoup(client.get(course.url).content, "html.parser")
    link = page.select_one("a[data-plan-next]")
    assert link is not None
    # The link names no step: it is resolved when followed, so a stored page never goes stale.
    response = client.get(link["href"])
    assert response.status_code == 302
    assert response.url == reverse("shops:wizard")


def test_the_plans_next_step_link_falls_back_to_the_plan(client, owner, home_page):
    from tests.accounts.factories import totp_for

    business = BusinessFactory(owner=owner)
    record_result(business, owner, answers_with(default=1))
    complete_shop(owner=owner, status=ShopStatus.PUBLISHED)
    course = make_course(make_track(make_catalog(home_page)))
    Enrolment.objects.create(user=owner, course=course, completed_at="2026-01-05T10:00Z")
    totp_for(owner)
    # Everything but the grant is done: its step comes next; then nothing is left.
    client.force_login(owner)
    assert client.get(reverse("onboarding:next_step")).url == reverse("grants:list")
    application = complete_application(owner, make_programme())
    application.status = "submitted"
    application.save()
    assert client.get(reverse("onboarding:next_step")).url == reverse("onboarding:plan")


def test_only_owners_follow_the_next_step_link(client, advisor):
    client.force_login(advisor)
    assert client.get(reverse("onboarding:next_step")).status_code == 403
