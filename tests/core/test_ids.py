"""The ``id`` path converter and ``parse_id``: ids no row can have (25 digits overflow SQLite's
and PostgreSQL's integers) are a 404 in every address, never an OverflowError or a DataError."""

import pytest
from django.urls import reverse

from core.ids import parse_id, parse_ids
from tests.hostile_input import HUGE_ID


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("42", 42),
        (" 7 ", 7),
        ("9" * 18, int("9" * 18)),
        (HUGE_ID, None),
        ("²", None),
        ("٣", None),
        ("-1", None),
        ("1e3", None),
        ("", None),
        ("\x00", None),
        (None, None),
        (12, 12),
    ],
)
def test_parse_id(typed, expected):
    assert parse_id(typed) == expected


def test_parse_ids_keeps_the_good_ones_in_order():
    assert parse_ids(["3", HUGE_ID, "x", "1"]) == [3, 1]


def test_reverse_still_writes_ids():
    assert reverse("advising:business", args=[12]) == "/entreprises/12/"


OWNER_URLS = [
    f"/mon-parcours/formations/{HUGE_ID}/inscription/",
    f"/mon-parcours/lecons/{HUGE_ID}/terminee/",
    f"/mon-parcours/lecons/{HUGE_ID}/quiz/",
    f"/mon-parcours/quiz/{HUGE_ID}/",
    f"/diagnostic/resultats/{HUGE_ID}/",
    f"/demandes/{HUGE_ID}/",
    f"/ma-boutique/commandes/{HUGE_ID}/",
    f"/ma-boutique/commandes/{HUGE_ID}/statut/",
    f"/ma-boutique/creneaux/{HUGE_ID}/fermer/",
    f"/ma-boutique/fermetures/{HUGE_ID}/supprimer/",
    f"/ma-boutique/produits/{HUGE_ID}/",
    f"/ma-boutique/produits/{HUGE_ID}/dupliquer/",
    f"/ma-boutique/produits/{HUGE_ID}/supprimer/",
    f"/ma-boutique/produits/import/{HUGE_ID}/",
]

STAFF_URLS = [
    f"/entreprises/{HUGE_ID}/",
    f"/conseiller/entreprises/{HUGE_ID}/notes/",
    f"/conseiller/entreprises/{HUGE_ID}/relance/",
    f"/conseiller/cohortes/{HUGE_ID}/",
    f"/conseiller/cohortes/{HUGE_ID}/supprimer/",
    f"/conseiller/cohortes/{HUGE_ID}/membres/",
    f"/conseiller/cohortes/{HUGE_ID}/membres/{HUGE_ID}/retirer/",
    f"/conseiller/cohortes/{HUGE_ID}/certificats/",
    f"/evenements/{HUGE_ID}/participants/",
]


@pytest.mark.django_db
def test_every_owner_address_with_a_huge_id_is_404(client, owner, home_page):
    from tests.storefront_builder.catalogue.factories import make_shop

    make_shop(owner)
    client.force_login(owner)
    for url in OWNER_URLS:
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code == 404, url


@pytest.mark.django_db
def test_every_staff_address_with_a_huge_id_is_404(client, staff, home_page):
    client.force_login(staff)
    for url in STAFF_URLS:
        assert client.get(url).status_code in (404, 405), url
        assert client.post(url).status_code == 404, url
