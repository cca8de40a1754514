"""The search engine on documents handed in directly: analysis, slots, typos, extracts,
misses. Runs on the suite's database (SQLite by default, PostgreSQL in CI): the same
assertions hold on both, which is the point of analysing texts in Python."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.search.analysis import fold, terms
from core.search.engine import search, similarity
from core.search.indexing import Document, index_documents, recount_words, remove_documents
from core.search.misses import record_miss
from core.search.models import SearchDocument, SearchMiss, SearchSynonym

pytestmark = pytest.mark.django_db


def doc(object_id, title, summary="", body="", kind="course", **fields):
    return Document(
        kind=kind, object_id=object_id, title=title, summary=summary, body=body, **fields
    )


@pytest.fixture
def library():
    index_documents(
        [
            doc(1, "Les bons réflexes de cybersécurité", "Mots de passe et sauvegardes."),
            doc(2, "Photographier vos produits", "Lumière, cadrage, retouche."),
            doc(3, "Choisir une place de marché", "Amazon, Etsy : commissions et règles."),
            doc(4, "Se préparer à la facture électronique", "Le calendrier de la réforme."),
            doc(
                5,
                "Fidéliser par e-mail",
                "Votre fichier clients.",
                "Une lettre d'information par mois suffit. Le rançongiciel chiffre vos fichiers.",
            ),
            doc(6, "Boutique", kind="shop"),
        ]
    )
    return [1, 2, 3, 4, 5]


def ids(query, **kwargs):
    kwargs.setdefault("kinds", ["course"])
    return [hit.object_id for hit in search(query, **kwargs).hits]


def test_folding_and_stemming_make_one_term_of_every_spelling():
    assert fold("Sécurité Œuvre") == "securite oeuvre"
    assert terms("sécurité") == terms("SECURITE") == terms("securite")
    assert terms("photos") == terms("photo")
    assert terms("les photos de vos produits") == terms("photo produit")


def test_accents_plural_and_compounds_find_the_same_course(library):
    assert ids("sécurité")[0] == ids("securite")[0] == 1  # « cybersécurité » contains it
    assert ids("photos")[0] == ids("photo")[0] == 2
    assert ids("factur")[0] == 4  # a prefix, as typed


def test_a_body_match_ranks_below_a_title_match():
    index_documents(
        [
            doc(1, "Vendre en ligne", body="Un mot sur les photos."),
            doc(2, "Réussir ses photos", body="Rien d'autre."),
        ]
    )
    assert ids("photos") == [2, 1]


def test_synonyms_find_each_other_phrases_included(library):
    assert ids("marketplace") == []
    SearchSynonym.objects.create(terms="marketplace, place de marché")
    SearchSynonym.objects.create(terms="newsletter, lettre d'information")
    assert ids("marketplace") == [3]
    assert ids("newsletter") == [5]
    assert ids("place de marché") == [3]


def test_a_mistyped_word_is_corrected_and_said(library):
    recount_words()
    outcome = search("facturaton", kinds=["course"])
    assert [hit.object_id for hit in outcome.hits] == [4]
    assert outcome.correction == "facture"  # the closest word of the texts, as written
    assert search("cybersecurte", kinds=["course"]).hits[0].object_id == 1
    assert search("zzzzqqq", kinds=["course"]).hits == []


PAIRS = [("facturaton", "facturation"), ("cybersecurte", "cybersecurite"), ("abc", "xyz")]


def test_similarity_is_pg_trgm_s():
    assert similarity("word", "word") == 1.0
    assert similarity("facturaton", "facturation") == pytest.approx(9 / 14)
    assert similarity("abc", "xyz") == 0.0
    if connection.vendor == "postgresql":  # the same figures as PostgreSQL's own
        with connection.cursor() as cursor:
            for first, second in PAIRS:
                cursor.execute("SELECT similarity(%s, %s)", [first, second])
                assert cursor.fetchone()[0] == pytest.approx(similarity(first, second), abs=1e-6)


def test_every_word_must_match_unless_none_does(library):
    assert ids("photos amazon") == [3, 2] or ids("photos amazon") == [2, 3]  # any, ranked
    assert ids("mots sauvegardes") == [1]


def test_kinds_and_groups_scope_the_search(library):
    assert ids("boutique") == []
    assert ids("boutique", kinds=["shop"]) == [6]
    index_documents([doc(7, "Pain", kind="product", group_id=1)])
    assert ids("pain", kinds=["product"], group_ids=[2]) == []
    assert ids("pain", kinds=["product"], group_ids=[1]) == [7]


def test_the_extract_highlights_the_words_found_and_escapes_the_rest(library):
    index_documents([doc(8, "Sécurité", body="Texte <script> puis le rançongiciel, encore.")])
    hit = search("rançongiciel", kinds=["course"]).hits[0]
    assert "<mark>rançongiciel</mark>" in hit.extract
    hit = next(h for h in search("rançongiciel", kinds=["course"]).hits if h.object_id == 8)
    assert "&lt;script&gt;" in hit.extract and "<script>" not in hit.extract


def test_removed_documents_are_not_found(library):
    remove_documents("course", [2])
    assert ids("photos") == []
    assert not SearchDocument.objects.filter(object_id=2, kind="course").exists()


def test_reindexing_replaces_rather_than_duplicates(library):
    index_documents([doc(2, "Filmer vos produits")])
    assert ids("filmer") == [2]
    assert ids("photographier") == []
    assert SearchDocument.objects.filter(kind="course", object_id=2).count() == 1


def test_queries_do_not_grow_with_the_index(library):
    SearchSynonym.objects.create(terms="marketplace, place de marché")

    def count(query):
        with CaptureQueriesContext(connection) as context:
            search(query, kinds=["course"])
        return len(context.captured_queries)

    before = (count("photos"), count("marketplace"), count("facturaton"))
    index_documents(doc(100 + n, f"Photos {n}", body="place de marché") for n in range(40))
    assert (count("photos"), count("marketplace"), count("facturaton")) == before


def test_misses_are_counted_without_personal_data():
    assert record_miss("catalogue", "Astrophysique")
    assert record_miss("catalogue", "astrophysique ")
    assert not record_miss("catalogue", "jeanne@example.com")
    assert not record_miss("catalogue", "06 12 34 56 78")
    assert not record_miss("catalogue", "   ")
    miss = SearchMiss.objects.get()
    assert (miss.query, miss.count) == ("astrophysique", 2)
