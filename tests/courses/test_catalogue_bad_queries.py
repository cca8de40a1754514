"""/formations/?q= with what people paste or robots send: quotes, control characters, NUL,
very long or punctuation-only text. Never a 500 (an odd ``"`` was an FTS5 syntax error on
SQLite, a NUL a DataError on PostgreSQL)."""

from decimal import Decimal

import pytest

from tests.courses.factories import make_course, make_track
from tests.hostile_input import HOSTILE_QUERIES

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelves(catalog):
    core = make_track(catalog, slug="tronc-commun", title="Tronc commun", is_core=True)
    make_course(
        core,
        slug="fiche-google",
        title="Votre fiche d'établissement Google",
        summary="Être trouvé sur Google Maps.",
        effort_hours=Decimal("1"),
        lessons=1,
    )
    return catalog


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_a_hostile_query_is_answered_not_a_500(client, shelves, query):
    response = client.get("/formations/", {"q": query})
    assert response.status_code == 200


def test_quotes_are_dropped_not_the_words(client, shelves):
    page = client.get("/formations/", {"q": '"google\x1f'}).content.decode()
    assert "Votre fiche d&#x27;établissement Google" in page


def test_punctuation_alone_finds_nothing(client, shelves):
    page = client.get("/formations/", {"q": "!!! ?? ..."}).content.decode()
    assert "Votre fiche d&#x27;établissement Google" not in page
