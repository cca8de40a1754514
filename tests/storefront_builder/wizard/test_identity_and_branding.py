"""Steps 1 and 2: the identity creates the shop, the appearance adds images and colours."""

from html import unescape

import pytest
from django.urls import reverse

from storefront_builder.models import Shop
from storefront_builder.wizard.forms import IdentityForm
from tests.onboarding.profile.factories import BusinessFactory
from tests.storefront_builder.wizard.factories import ShopFactory, image_upload

pytestmark = pytest.mark.django_db
IDENTITY = "/ma-boutique/identite/"
BRANDING = "/ma-boutique/apparence/"


def identity_data(**overrides):
    data = {
        "name": "Chez Lili",
        "slug": "",
        "category": "bakery",
        "street_address": "12 rue des Lilas",
        "postcode": "69 004",
        "commune": "Lyon",
        "phone": "+33 4.78.12.34.56",
        "description": "Pain au levain.\n\nVoir https://chezlili.fr <script>alert(1)</script>",
    }
    data.update(overrides)
    return data


def test_url_names():
    assert reverse("shops:wizard") == "/ma-boutique/"
    assert reverse("shops:wizard_identity") == IDENTITY
    assert reverse("shops:wizard_branding") == BRANDING
    assert reverse("shops:wizard_hours") == "/ma-boutique/horaires/"
    assert reverse("shops:wizard_pickup") == "/ma-boutique/retrait/"
    assert reverse("shops:wizard_payment") == "/ma-boutique/paiement/"
    assert reverse("shops:wizard_publish") == "/ma-boutique/publier/"
    assert reverse("shops:wizard_unpublish") == "/ma-boutique/depublier/"
    assert reverse("shops:wizard_preview") == "/ma-boutique/apercu/"


def test_first_visit_is_prefilled_from_the_business(client, owner):
    BusinessFactory(owner=owner, trade_name="Épicerie Martin", postcode="75011")
    client.force_login(owner)
    page = unescape(client.get(IDENTITY).content.decode())
    assert 'value="Épicerie Martin"' in page
    assert 'value="75011"' in page
    assert not Shop.objects.exists()


def test_identity_creates_the_shop_then_resumes(communes, client, owner):
    business = BusinessFactory(owner=owner)
    client.force_login(owner)
    response = client.post(IDENTITY, identity_data())
    assert response.status_code == 302
    assert response.url == BRANDING
    shop = Shop.objects.get()
    assert shop.owner == owner
    assert shop.business == business
    assert shop.slug == "chez-lili"
    assert shop.postcode == "69004"
    assert shop.phone == "04 78 12 34 56"
    assert shop.completed_steps == ["identity"]
    assert '<a href="https://chezlili.fr" rel="nofollow noopener">' in shop.description_html
    assert "<script>" not in shop.description_html
    assert "&lt;script&gt;" in shop.description_html
    assert not shop.is_published

    page = unescape(client.get(IDENTITY).content.decode())
    assert 'value="Chez Lili"' in page
    assert 'value="chez-lili"' in page
    assert 'value="04 78 12 34 56"' in page
    assert "Pain au levain." in page

    response = client.post(IDENTITY, identity_data(name="Chez Lili et Léo", slug="chez-lili"))
    assert response.status_code == 302
    shop.refresh_from_db()
    assert shop.name == "Chez Lili et Léo"
    assert shop.slug == "chez-lili"
    assert Shop.objects.count() == 1
    assert shop.completed_steps == ["identity"]


def test_bad_identity_is_refused_in_french_and_kept(communes, client, owner):
    client.force_login(owner)
    data = identity_data(phone="12 34", postcode="690", name="Chez Lili", commune="Lyon 4e")
    response = client.post(IDENTITY, data)
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert "Rien n'a été enregistré" in page
    assert "Saisissez un numéro de téléphone français" in page
    assert "Le code postal compte 5 chiffres" in page
    assert 'value="12 34"' in page
    assert 'value="690"' in page
    assert 'value="Lyon 4e"' in page
    assert 'aria-invalid="true"' in page
    assert not Shop.objects.exists()


def test_bad_edit_leaves_the_shop_unchanged(communes, client, owner):
    shop = ShopFactory(owner=owner, name="Avant")
    client.force_login(owner)
    response = client.post(IDENTITY, identity_data(name="Après", phone="pas un numéro"))
    assert response.status_code == 400
    shop.refresh_from_db()
    assert shop.name == "Avant"


@pytest.mark.parametrize(
    "phone, stored",
    [
        ("0612345678", "06 12 34 56 78"),
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "06 12 34 56 78"),
        ("0033 1 23 45 67 89", "01 23 45 67 89"),
    ],
)
def test_french_phone_numbers_are_normalised(communes, client, owner, phone, stored):
    client.force_login(owner)
    assert client.post(IDENTITY, identity_data(phone=phone)).status_code == 302
    assert Shop.objects.get().phone == stored


@pytest.mark.parametrize("phone", ["01234", "+44 20 7946 0958", "00 12 34 56 78", "abc"])
def test_other_phone_numbers_are_refused(communes, client, owner, phone):
    client.force_login(owner)
    assert client.post(IDENTITY, identity_data(phone=phone)).status_code == 400
    assert not Shop.objects.exists()


def test_taken_slug_is_refused_and_suggested_slug_is_made_unique(communes, client, owner):
    ShopFactory(slug="chez-lili")
    client.force_login(owner)
    response = client.post(IDENTITY, identity_data(slug="chez-lili"))
    assert response.status_code == 400
    assert "Cette adresse est déjà prise" in unescape(response.content.decode())
    assert Shop.objects.filter(owner=owner).count() == 0

    assert client.post(IDENTITY, identity_data(slug="")).status_code == 302
    assert Shop.objects.get(owner=owner).slug == "chez-lili-2"


def test_an_address_taken_at_the_last_moment_is_explained_and_changes_nothing(
    communes, client, owner, monkeypatch
):
    ShopFactory(slug="chez-lili")
    shop = ShopFactory(owner=owner, name="Avant", slug="avant")
    # The other shop took the address between the form's check and the save.
    monkeypatch.setattr(IdentityForm, "_other_shops", lambda form: Shop.objects.none())
    client.force_login(owner)
    response = client.post(IDENTITY, identity_data(name="Après", slug="chez-lili"))
    assert response.status_code == 400
    assert "Cette adresse vient d'être prise" in unescape(response.content.decode())
    assert response.context["shop"].name == "Avant"  # the page shows the shop as saved
    shop.refresh_from_db()
    assert (shop.name, shop.slug) == ("Avant", "avant")


@pytest.mark.parametrize("slug", ["nouvelle", "admin", "ma-boutique-", "Chez Lili", "café"])
def test_reserved_or_malformed_slugs_are_refused(communes, client, owner, slug):
    client.force_login(owner)
    response = client.post(IDENTITY, identity_data(slug=slug))
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert "Cette adresse est réservée" in page or "lettres minuscules sans accent" in page
    assert not Shop.objects.exists()


def test_reserved_name_gets_a_suggested_slug_that_is_not(communes, client, owner):
    client.force_login(owner)
    assert client.post(IDENTITY, identity_data(name="Admin")).status_code == 302
    assert Shop.objects.get().slug == "admin-boutique"


def test_other_steps_send_to_identity_before_the_shop_exists(client, owner):
    client.force_login(owner)
    for url in (
        BRANDING,
        "/ma-boutique/horaires/",
        "/ma-boutique/retrait/",
        "/ma-boutique/paiement/",
        "/ma-boutique/publier/",
        "/ma-boutique/apercu/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url == IDENTITY
    assert client.post("/ma-boutique/horaires/", {}).url == IDENTITY
    assert not Shop.objects.exists()


def test_branding_saves_images_and_palette_then_resumes(client, owner):
    shop = ShopFactory(owner=owner)
    client.force_login(owner)
    data = {
        "palette": "prune",
        "logo": image_upload("logo.png"),
        "cover": image_upload("devanture.jpg", size=(800, 300), fmt="JPEG"),
    }
    response = client.post(BRANDING, data)
    assert response.status_code == 302
    assert response.url == "/ma-boutique/horaires/"
    shop.refresh_from_db()
    assert shop.palette == "prune"
    assert shop.logo.width == 64
    assert shop.cover.height == 300
    assert "branding" in shop.completed_steps

    page = client.get(BRANDING).content.decode()
    assert 'value="prune"' in page and "checked" in page.split('value="prune"')[1][:40]
    assert "Logo actuel" in page and "Photo actuelle" in page

    # An empty file field keeps the image; "remove" takes it off.
    response = client.post(BRANDING, {"palette": "foret", "remove_cover": "on"})
    assert response.status_code == 302
    shop.refresh_from_db()
    assert shop.palette == "foret"
    assert shop.logo is not None
    assert shop.cover is None


def test_not_an_image_is_refused_and_nothing_changes(client, owner):
    from django.core.files.uploadedfile import SimpleUploadedFile

    shop = ShopFactory(owner=owner, palette="ocean")
    client.force_login(owner)
    fake = SimpleUploadedFile("logo.png", b"<script>alert(1)</script>", content_type="image/png")
    response = client.post(BRANDING, {"palette": "prune", "logo": fake})
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert "Ce fichier n'est pas une image lisible" in page
    # The choice made is still selected.
    assert "checked" in page.split('value="prune"')[1][:40]
    shop.refresh_from_db()
    assert shop.palette == "ocean"
    assert shop.logo is None
    assert "branding" not in shop.completed_steps


def test_unknown_palette_is_refused(client, owner):
    shop = ShopFactory(owner=owner)
    client.force_login(owner)
    response = client.post(BRANDING, {"palette": "rose-fluo"})
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in unescape(response.content.decode())
    shop.refresh_from_db()
    assert shop.palette == "ocean"
