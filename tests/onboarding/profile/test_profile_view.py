"""/mon-entreprise/: the owner creates, then edits, her business profile."""

from html import unescape

import pytest
from django.urls import reverse

from onboarding.profile.models import Business
from tests.accounts.factories import OwnerFactory
from tests.onboarding.profile.factories import BusinessFactory
from tests.onboarding.profile.test_profile_form import profile_data

pytestmark = pytest.mark.django_db
URL = "/mon-entreprise/"


def test_url_names():
    assert reverse("businesses:profile") == URL
    assert reverse("advising:business", args=[7]) == "/entreprises/7/"


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert Business.objects.count() == 0


@pytest.mark.parametrize("role", ["advisor", "staff"])
def test_other_roles_are_refused(client, role, request, home_page):
    client.force_login(request.getfixturevalue(role))
    assert client.get(URL).status_code == 403


def test_owner_creates_her_profile(client, owner, home_page):
    client.force_login(owner)
    page = client.get(URL)
    assert page.status_code == 200
    assert "Numéro SIRET" in page.content.decode()

    response = client.post(URL, profile_data(social_networks=["facebook", "google"]), follow=True)
    assert response.redirect_chain == [(reverse("businesses:profile"), 302)]
    assert "Le profil de votre entreprise est enregistré." in response.content.decode()
    business = Business.objects.get(owner=owner)
    assert business.siret == "83214567600017"
    assert business.siren == "832145676"
    assert business.naf_code == "10.71C"
    assert business.social_networks == ["facebook", "google"]


def test_owner_edits_her_profile(client, owner, home_page):
    business = BusinessFactory(owner=owner)
    client.force_login(owner)
    page = client.get(URL).content.decode()
    assert f'value="{business.trade_name}"' in page

    data = profile_data(siret=business.siret, trade_name="Épicerie fine Martin", headcount="3")
    response = client.post(URL, data)
    assert response.status_code == 302
    business.refresh_from_db()
    assert business.trade_name == "Épicerie fine Martin"
    assert business.headcount == 3
    assert Business.objects.filter(owner=owner).count() == 1


def test_bad_input_is_refused_with_400_in_french_and_kept(client, owner, home_page):
    client.force_login(owner)
    data = profile_data(siret="832 145 676 00018", naf_code="47A", trade_name="Chez Lili")
    response = client.post(URL, data)
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert "Le profil n'a pas été enregistré" in page
    assert "Ce numéro SIRET n'est pas valide" in page
    assert "4 chiffres et une lettre" in page
    # What was typed is still there, so that nothing has to be typed again.
    assert 'value="832 145 676 00018"' in page
    assert 'value="Chez Lili"' in page
    assert 'value="47A"' in page
    assert 'aria-invalid="true"' in page
    assert not Business.objects.exists()


def test_bad_edit_changes_nothing(client, owner, home_page):
    business = BusinessFactory(owner=owner, headcount=2)
    client.force_login(owner)
    response = client.post(URL, profile_data(siret=business.siret, headcount="-1"))
    assert response.status_code == 400
    business.refresh_from_db()
    assert business.headcount == 2
    assert business.trade_name != "Boulangerie du Plateau"


def test_siret_of_another_owner_is_refused(client, owner, home_page):
    other = BusinessFactory(siret="83214567600017", trade_name="Chez Paulette")
    client.force_login(owner)
    response = client.post(URL, profile_data())
    assert response.status_code == 400
    page = response.content.decode()
    assert "déjà enregistré par un autre compte" in page
    assert "Chez Paulette" not in page
    assert other.owner.email not in page
    assert not Business.objects.filter(owner=owner).exists()


def test_an_owner_only_ever_sees_her_own_business(client, owner, home_page):
    BusinessFactory(owner=owner, trade_name="Mercerie Anne")
    neighbour = OwnerFactory()
    client.force_login(neighbour)
    page = client.get(URL).content.decode()
    assert "Mercerie Anne" not in page


def test_query_count_is_bounded(client, owner, home_page, django_assert_max_num_queries):
    BusinessFactory(owner=owner)
    client.force_login(owner)
    # 10 for the page, 6 for the journey bar (the plan's steps, read once).
    with django_assert_max_num_queries(16):
        assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.post(URL, profile_data(siret="35600000049837")).status_code == 302


def test_an_absurd_headcount_changes_nothing_and_keeps_what_was_typed(client, owner, home_page):
    business = BusinessFactory(owner=owner, headcount=4)
    client.force_login(owner)
    data = profile_data(siret=business.siret, headcount="250000", trade_name="Chez Lili")
    response = client.post(URL, data)
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert "249 salariés" in page
    assert 'value="250000"' in page
    assert 'value="Chez Lili"' in page
    business.refresh_from_db()
    assert business.headcount == 4


def test_the_closure_checkbox_comes_with_its_label_before_its_help(client, owner, home_page):
    """Reading order: the box, its label, then the help (not the help floating above)."""
    from bs4 import BeautifulSoup

    client.force_login(owner)
    page = BeautifulSoup(client.get(URL).content, "html.parser")
    box = page.find("input", attrs={"name": "closed_by_decree"})
    group = box.parent
    order = [
        "input" if child.name == "input" else "label" if child.name == "label" else "help"
        for child in group.find_all(["input", "label", "div"], recursive=False)
        if child.name != "div" or "helptext" in child.get("class", [])
    ]
    assert order == ["input", "label", "help"]
    assert box["aria-describedby"] == "id_closed_by_decree_helptext"


def test_the_creation_date_is_a_styled_date_input(client, owner, home_page):
    from pathlib import Path

    client.force_login(owner)
    content = client.get(URL).content.decode()
    assert 'type="date"' in content and 'name="created_on"' in content
    css = (Path(__file__).resolve().parents[3] / "static/css/site.css").read_text()
    assert ".form input[type=date]" in css
