"""/aides/ and each programme's page: public, in French, open ones first, fixed query cost."""

import html
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from demo.programmes import load_demo_programmes
from onboarding.grants.models import Programme
from tests.onboarding.grants.factories import percent_programme, programme

pytestmark = pytest.mark.django_db
NBSP = "\u00a0"
NNBSP = "\u202f"  # between thousands, in French


def text(response) -> str:
    return html.unescape(response.content.decode()).replace(NBSP, " ").replace(NNBSP, " ")


def test_the_seeded_programmes_are_published():
    france_num = Programme.objects.get(slug="cheque-france-num")
    assert (france_num.amount_kind, france_num.flat_amount) == ("flat", Decimal("500"))
    assert france_num.max_headcount == 10
    assert france_num.minimum_spend == Decimal("450")
    assert (france_num.expenses_from, france_num.expenses_until) == (
        date(2020, 10, 30),
        date(2021, 6, 30),
    )
    assert len(france_num.eligible_categories) == 11
    assert not france_num.is_example and france_num.published
    idf = Programme.objects.get(slug="cheque-numerique-ile-de-france")
    assert (idf.rate, idf.cap, idf.step) == (Decimal("50"), Decimal("1500"), Decimal("150"))
    assert idf.included_departments == ["75", "77", "78", "91", "92", "93", "94", "95"]
    for seeded in (france_num, idf):
        seeded.clean()


def test_the_list_is_public_and_in_french(client):
    response = client.get(reverse("grants:list"))
    assert response.status_code == 200
    page = text(response)
    assert "Aides au numérique" in page
    assert "Chèque France Num" in page
    assert "Chèque numérique pour un commerce connecté (Île-de-France)" in page
    assert "Clôturé" in page
    assert "Demande à déposer au plus tard le 31 juillet 2021." in page
    assert "Dépenses du 30 octobre 2020 au 30 juin 2021 inclus." in page
    assert "Exemple" not in page


def test_open_programmes_come_first_and_examples_carry_a_badge(client):
    load_demo_programmes(timezone.localdate())
    response = client.get(reverse("grants:list"))
    page = text(response)
    assert page.index("Exemple – Chèque France Num") < page.index("Clôturées")
    assert page.index("Clôturées") < page.index(">Chèque France Num<")
    assert '<li class="tag-info">Exemple</li>' in page
    assert response.context["open_programmes"][0]["programme"].slug == "exemple-cheque-france-num"


def test_unpublished_programmes_are_hidden(client):
    Programme.objects.filter(slug="cheque-france-num").update(published=False)
    assert "Chèque France Num" not in text(client.get(reverse("grants:list")))
    assert client.get(reverse("grants:detail", args=["cheque-france-num"])).status_code == 404
    assert client.get("/aides/inconnue/").status_code == 404


def test_the_detail_page_states_every_rule_in_plain_french(client):
    response = client.get(reverse("grants:detail", args=["cheque-france-num"]))
    assert response.status_code == 200
    page = text(response)
    for sentence in [
        "500 € forfaitaires, dans la limite des dépenses HT.",
        "Dépenses éligibles d'au moins 450 € HT au total.",
        "Moins de 11 salariés.",
        "Chiffre d'affaires annuel d'au plus 2 000 000 €.",
        "Activité commencée avant le 30 octobre 2020.",
        "Territoires exclus : 986, 987, 988.",
        "Factures datées du 30 octobre 2020 au 30 juin 2021 inclus.",
        "Vente, promotion – Site e-commerce ou vitrine",
        "Accompagnement à la numérisation par un prestataire",
        "Relevé d'identité bancaire (RIB) au nom de l'entreprise",
        "Cette aide est clôturée",
        "Financée par : État (France Num, ASP)",
    ]:
        assert sentence in page, sentence
    assert "Faire ma demande" not in page


def test_the_percentage_rule_reads_as_a_sentence(client):
    page = text(client.get(reverse("grants:detail", args=["cheque-numerique-ile-de-france"])))
    assert "50 % des dépenses HT, plafonné à 1 500 €, par paliers de 150 €." in page
    assert "Établissement situé dans l'un de ces départements : 75, 77, 78" in page
    assert "jusqu'à 1 500 €" in page


def test_an_example_says_so_on_its_page(client):
    load_demo_programmes(timezone.localdate())
    page = text(client.get(reverse("grants:detail", args=["exemple-cheque-france-num"])))
    assert "Ceci est un exemple" in page
    assert "Exemple – Chèque France Num" in page
    assert "Ouvert" in page


def test_the_apply_button_shows_while_the_programme_is_open(client):
    load_demo_programmes(timezone.localdate())
    page = text(client.get("/aides/exemple-cheque-france-num/"))
    start = reverse("dossiers:start", args=["exemple-cheque-france-num"])
    assert f'href="{start}"' in page
    closed = text(client.get("/aides/cheque-france-num/"))
    assert "/demande/" not in closed  # no button once the deadline has passed


def queries_for(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_query_counts_do_not_grow_with_programmes(client):
    few = queries_for(client, reverse("grants:list"))
    deadline = timezone.localdate() + timedelta(days=30)
    for n in range(20):
        maker = percent_programme if n % 2 else programme
        maker(slug=f"aide-{n}", name=f"Aide {n}", application_deadline=deadline).save()
    assert queries_for(client, reverse("grants:list")) == few
    assert few <= 2
    assert queries_for(client, reverse("grants:detail", args=["aide-3"])) <= 2


def test_advisors_and_staff_are_not_offered_an_application(client):
    """Only an owner applies: the button would lead advisors and staff to a refusal."""
    from tests.accounts.factories import AdvisorFactory, OwnerFactory, StaffFactory, totp_for

    load_demo_programmes(timezone.localdate())
    start = reverse("dossiers:start", args=["exemple-cheque-france-num"])
    for user, offered in (
        (AdvisorFactory(), False),
        (StaffFactory(), False),
        (OwnerFactory(), True),
    ):
        totp_for(user)  # advisors and staff without a second factor are sent to set one up
        client.force_login(user)
        page = text(client.get("/aides/exemple-cheque-france-num/"))
        assert (f'href="{start}"' in page) is offered, user
