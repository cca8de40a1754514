"""The portfolio page: filters, search, sort, pagination, bad input, accessible table."""

from datetime import timedelta

import pytest
from django.utils import timezone

from advising.models import Assignment
from tests.advising.portfolio.conftest import (
    apply,
    diagnose,
    enrol,
    follow,
    open_shop,
)
from tests.advising.portfolio.helpers import URL, page_headers, page_names, page_rows
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db

HEADERS = [
    "Entreprise",
    "Dirigeant",
    "Commune",
    "Diagnostic",
    "Tronc commun",
    "Formations terminées",
    "Dernière activité",
    "Webinaires suivis",
    "Bootcamps suivis",
    "Boutique",
    "Commandes (30 jours)",
    "Demande d'aide",
]


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


def test_the_table_shows_every_column_in_french(signed_in, advisor, programme):
    business = follow(advisor, trade_name="Fromagerie Dupont", commune="Lyon")
    diagnose(business, 67, days_ago=3)
    open_shop(business, orders_days_ago=(1, 2))
    apply(business, programme, "more_info")
    response = signed_in.get(URL)
    assert response.status_code == 200
    assert page_headers(response) == HEADERS
    [row] = page_rows(response)
    assert row[0] == "Fromagerie Dupont"
    assert row[1] == business.owner.get_full_name()
    assert row[2:6] == ["Lyon", "67 / 100", "0\u00a0%", "0"]
    assert row[6] == timezone.localdate().strftime("%d/%m/%Y")
    assert row[7:] == ["0", "0", "En ligne", "2", "Compléments demandés"]
    content = response.content.decode()
    assert "<caption>Entreprises suivies</caption>" in content
    assert 'aria-sort="ascending"' in content
    assert 'scope="row"' in content


def test_a_business_with_nothing_yet_reads_plainly(signed_in, advisor):
    follow(advisor, trade_name="Café Neuf")
    [row] = page_rows(signed_in.get(URL))
    assert row[3] == "Pas encore fait"
    assert row[6] == "Jamais"
    assert row[9] == "Aucune"
    assert row[11] == "Aucune"


def test_search_by_trade_name_owner_siren_and_commune(signed_in, advisor):
    bakery = follow(advisor, trade_name="Boulangerie Soleil", commune="Lyon")
    florist = follow(advisor, trade_name="Fleurs du Quai", commune="Annecy")
    florist.owner.first_name, florist.owner.last_name = "Inès", "Marchetti"
    florist.owner.save()
    for query, expected in [
        ("soleil", ["Boulangerie Soleil"]),
        ("marchetti", ["Fleurs du Quai"]),
        ("Inès Marchetti", ["Fleurs du Quai"]),
        (bakery.siren, ["Boulangerie Soleil"]),
        (f"{bakery.siren[:3]} {bakery.siren[3:6]} {bakery.siren[6:]}", ["Boulangerie Soleil"]),
        ("annecy", ["Fleurs du Quai"]),
        ("introuvable", []),
    ]:
        response = signed_in.get(URL, {"q": query})
        assert page_names(response) == expected, query
    response = signed_in.get(URL, {"q": "introuvable"})
    assert "Aucune entreprise ne correspond à ces critères." in response.content.decode()
    assert 'value="introuvable"' in response.content.decode()


def test_filter_by_storefront(signed_in, advisor):
    follow(advisor, trade_name="A sans boutique")
    open_shop(follow(advisor, trade_name="B brouillon"), status="draft")
    open_shop(follow(advisor, trade_name="C en ligne"), status="published")
    assert page_names(signed_in.get(URL, {"boutique": "none"})) == ["A sans boutique"]
    assert page_names(signed_in.get(URL, {"boutique": "draft"})) == ["B brouillon"]
    assert page_names(signed_in.get(URL, {"boutique": "published"})) == ["C en ligne"]


def test_filter_by_application_status(signed_in, advisor, programme):
    follow(advisor, trade_name="A sans demande")
    apply(follow(advisor, trade_name="B déposée"), programme, "submitted")
    apply(follow(advisor, trade_name="C accordée"), programme, "approved")
    assert page_names(signed_in.get(URL, {"demande": "aucune"})) == ["A sans demande"]
    assert page_names(signed_in.get(URL, {"demande": "submitted"})) == ["B déposée"]
    assert page_names(signed_in.get(URL, {"demande": "approved"})) == ["C accordée"]


def test_filter_by_commune_offers_the_portfolio_communes_only(signed_in, advisor):
    follow(advisor, trade_name="A", commune="Lyon")
    follow(advisor, trade_name="B", commune="Annecy")
    BusinessFactory(commune="Communesecrète")
    response = signed_in.get(URL, {"commune": "Annecy"})
    assert page_names(response) == ["B"]
    content = response.content.decode()
    assert '<option value="Lyon">' in content
    assert "Communesecrète" not in content


def test_filter_by_progress_band(signed_in, advisor, core_courses):
    first, second = core_courses["core"]
    follow(advisor, trade_name="A zéro")
    enrol(follow(advisor, trade_name="B moitié"), first)
    full = follow(advisor, trade_name="C tout")
    enrol(full, first)
    enrol(full, second)
    assert page_names(signed_in.get(URL, {"progression": "0-25"})) == ["A zéro"]
    assert page_names(signed_in.get(URL, {"progression": "25-50"})) == []
    assert page_names(signed_in.get(URL, {"progression": "50-75"})) == ["B moitié"]
    assert page_names(signed_in.get(URL, {"progression": "75-100"})) == ["C tout"]


def test_filter_inactive_for_more_than_14_days(signed_in, advisor):
    follow(advisor, trade_name="A jamais venue")
    diagnose(follow(advisor, trade_name="B partie"), 50, days_ago=20)
    diagnose(follow(advisor, trade_name="C active"), 50, days_ago=2)
    response = signed_in.get(URL, {"inactives": "on"})
    assert page_names(response) == ["A jamais venue", "B partie"]


def test_filters_combine(signed_in, advisor):
    open_shop(follow(advisor, trade_name="A", commune="Lyon"), status="draft")
    open_shop(follow(advisor, trade_name="B", commune="Annecy"), status="draft")
    follow(advisor, trade_name="C", commune="Lyon")
    response = signed_in.get(URL, {"commune": "Lyon", "boutique": "draft"})
    assert page_names(response) == ["A"]


@pytest.mark.parametrize(
    "key", ["nom", "commune", "diagnostic", "boutique", "demande", "dirigeant"]
)
def test_sort_by_column_both_ways(signed_in, advisor, programme, key):
    low = follow(advisor, trade_name="A", commune="Annecy")
    mid = follow(advisor, trade_name="B", commune="Brest")
    high = follow(advisor, trade_name="C", commune="Caen")
    for business, last_name in [(low, "Albert"), (mid, "Bernard"), (high, "Cohen")]:
        business.owner.last_name = last_name
        business.owner.save()
    diagnose(mid, 40, days_ago=30)
    diagnose(high, 90, days_ago=2)
    open_shop(mid, status="draft")
    open_shop(high, status="published")
    apply(mid, programme, "draft")
    apply(high, programme, "paid")
    assert page_names(signed_in.get(URL, {"tri": key})) == ["A", "B", "C"]
    assert page_names(signed_in.get(URL, {"tri": f"-{key}"})) == ["C", "B", "A"]


def test_sort_by_last_activity_puts_never_seen_first(signed_in, advisor):
    follow(advisor, trade_name="A jamais")
    diagnose(follow(advisor, trade_name="B ancienne"), 50, days_ago=30)
    diagnose(follow(advisor, trade_name="C récente"), 50, days_ago=2)
    assert page_names(signed_in.get(URL, {"tri": "activite"})) == [
        "A jamais",
        "B ancienne",
        "C récente",
    ]
    assert page_names(signed_in.get(URL, {"tri": "-activite"})) == [
        "C récente",
        "B ancienne",
        "A jamais",
    ]


def test_sort_by_counts(signed_in, advisor, core_courses):
    follow(advisor, trade_name="A")
    enrol(follow(advisor, trade_name="B"), core_courses["other"])
    response = signed_in.get(URL, {"tri": "-formations"})
    assert page_names(response) == ["B", "A"]
    content = response.content.decode()
    assert 'aria-sort="descending"' in content
    # The header of the sorted column reverses the order on the next click.
    assert "?tri=formations" in content


def test_pagination_keeps_the_filters(signed_in, advisor):
    for number in range(53):
        follow(advisor, trade_name=f"Commerce {number:02d}", commune="Lyon")
    follow(advisor, trade_name="Ailleurs", commune="Annecy")
    first = signed_in.get(URL, {"commune": "Lyon"})
    assert len(page_names(first)) == 50
    assert page_names(first)[0] == "Commerce 00"
    assert "Page 1 sur 2" in first.content.decode()
    assert "commune=Lyon&amp;page=2" in first.content.decode()
    second = signed_in.get(URL, {"commune": "Lyon", "page": 2})
    assert page_names(second) == ["Commerce 50", "Commerce 51", "Commerce 52"]
    # Beyond the last page: the last page.
    assert page_names(signed_in.get(URL, {"commune": "Lyon", "page": 9})) == page_names(second)


@pytest.mark.parametrize(
    "params",
    [
        {"tri": "mot_de_passe"},
        {"boutique": "fermée"},
        {"demande": "inconnue"},
        {"progression": "10-20"},
        {"commune": "Nulle-Part"},
        {"page": "abc"},
    ],
)
def test_bad_input_is_a_400_in_french_with_the_values_kept(signed_in, advisor, params):
    follow(advisor, trade_name="Visible seulement si valide")
    response = signed_in.get(URL, {"q": "gardé", **params} if "q" not in params else params)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Ces filtres ne sont pas valides" in content
    assert "Visible seulement si valide" not in content
    if "q" not in params:
        assert 'value="gardé"' in content


def test_the_row_links_to_the_business_page(signed_in, advisor):
    from django.urls import reverse

    business = follow(advisor)
    assert reverse("advising:business", args=[business.pk]) in signed_in.get(URL).content.decode()


def test_an_advisor_followed_twice_is_listed_once(signed_in, advisor, other_advisor):
    business = follow(advisor, trade_name="Partagée")
    Assignment.objects.create(advisor=other_advisor, business=business)
    assert page_names(signed_in.get(URL)) == ["Partagée"]


def test_activity_dates_are_shown_day_first(signed_in, advisor):
    business = follow(advisor)
    diagnose(business, 50, days_ago=20)
    expected = (timezone.localtime() - timedelta(days=20)).strftime("%d/%m/%Y")
    assert page_rows(signed_in.get(URL))[0][6] == expected
