"""The overview, the checklist before going online, publishing, unpublishing, the preview."""

from html import unescape

import pytest

from storefront_builder.models import ShopStatus
from storefront_builder.wizard.selectors import missing_for_publication, progress, wizard_state
from tests.storefront_builder.wizard.factories import (
    ShopFactory,
    add_hours,
    add_product,
    add_windows,
    complete_shop,
    image_upload,
)

pytestmark = pytest.mark.django_db
PUBLISH = "/ma-boutique/publier/"


def test_state_and_progress_follow_the_data():
    assert progress(None) == 0
    assert [step.key for step in wizard_state(None)] == [
        "identity",
        "branding",
        "hours",
        "pickup",
        "payment",
        "catalogue",
        "publish",
    ]
    shop = ShopFactory()
    assert [step.done for step in wizard_state(shop)] == [True] + [False] * 6
    assert progress(shop) == 14

    shop = ShopFactory()
    add_windows(shop)
    add_product(shop, visible=False)
    done = {step.key: step.done for step in wizard_state(shop)}
    assert done["pickup"] and not done["catalogue"] and not done["hours"]

    shop = complete_shop()
    assert progress(shop) == 86
    assert missing_for_publication(shop) == []


def test_missing_lists_everything_in_french():
    shop = ShopFactory()
    add_product(shop, visible=False)
    assert missing_for_publication(shop) == [
        "Indiquez vos horaires d'ouverture.",
        "Indiquez au moins une plage horaire de retrait des commandes.",
        "Confirmez le mode de paiement (paiement au retrait).",
        "Ajoutez au moins un produit visible à votre catalogue.",
    ]
    assert missing_for_publication(None) == [
        "Renseignez l'identité de la boutique : nom, adresse, téléphone."
    ]


def test_overview_before_and_after_the_first_step(client, owner):
    client.force_login(owner)
    page = unescape(client.get("/ma-boutique/").content.decode())
    assert "Ouvrez votre boutique en click and collect" in page
    assert "Étapes terminées : 0 sur 7" in page

    shop = ShopFactory(owner=owner, name="Chez Lili")
    add_hours(shop)
    page = unescape(client.get("/ma-boutique/").content.decode())
    assert "Chez Lili" in page
    assert "Étapes terminées : 2 sur 7 (29\u00a0%)" in page
    assert "Brouillon : pas encore visible du public" in page
    assert 'href="/ma-boutique/apercu/"' in page
    assert 'href="/ma-boutique/produits/"' in page
    # The next step is the first one not done.
    assert "<h2>2. Apparence</h2>" in page


def test_publication_is_refused_with_what_is_missing_then_allowed(client, owner):
    shop = ShopFactory(owner=owner)
    client.force_login(owner)
    page = unescape(client.get(PUBLISH).content.decode())
    assert "Indiquez vos horaires d'ouverture." in page

    response = client.post(PUBLISH)
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert "La boutique n'a pas été mise en ligne. Il manque encore :" in page
    assert "Ajoutez au moins un produit visible à votre catalogue." in page
    shop.refresh_from_db()
    assert shop.status == ShopStatus.DRAFT
    assert shop.published_at is None

    add_hours(shop)
    add_windows(shop)
    add_product(shop)
    client.post("/ma-boutique/paiement/")
    assert "Tout est prêt" in unescape(client.get(PUBLISH).content.decode())
    response = client.post(PUBLISH, follow=True)
    assert response.redirect_chain == [("/ma-boutique/", 302)]
    assert "Votre boutique est en ligne !" in unescape(response.content.decode())
    shop.refresh_from_db()
    assert shop.is_published
    assert shop.published_at is not None
    # Appearance is optional for going online: it stays to do, with its defaults meanwhile.
    assert [step.key for step in wizard_state(shop) if not step.done] == ["branding"]


def test_unpublish_takes_the_shop_offline_and_keeps_everything(client, owner):
    shop = complete_shop(owner=owner, status=ShopStatus.PUBLISHED)
    client.force_login(owner)
    page = unescape(client.get(PUBLISH).content.decode())
    assert "Retirer ma boutique du site" in page
    assert f'href="/boutiques/{shop.slug}/"' in page
    assert f'href="/boutiques/{shop.slug}/"' in client.get("/ma-boutique/").content.decode()
    assert client.get("/ma-boutique/depublier/").status_code == 405
    response = client.post("/ma-boutique/depublier/", {"confirmation": "oui"})
    assert response.status_code == 302
    assert response.url == PUBLISH
    shop.refresh_from_db()
    assert shop.status == ShopStatus.DRAFT
    assert shop.products.count() == 1
    assert client.post(PUBLISH).status_code == 302
    shop.refresh_from_db()
    assert shop.is_published


def test_unpublishing_asks_first_and_an_unconfirmed_post_changes_nothing(client, owner):
    shop = complete_shop(owner=owner, status=ShopStatus.PUBLISHED)
    client.force_login(owner)
    page = unescape(client.get(PUBLISH).content.decode())
    assert "Retirer votre boutique du site ?" in page
    assert 'name="confirmation" value="oui"' in page
    response = client.post("/ma-boutique/depublier/")
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert "Votre boutique est toujours en ligne : confirmez son retrait ci-dessous." in html
    assert '<details class="confirm-step" open>' in html
    shop.refresh_from_db()
    assert shop.is_published


def test_preview_shows_the_unpublished_shop_in_its_colours(client, owner):
    shop = complete_shop(
        owner=owner,
        name="Chez Lili",
        palette="soleil",
        description="Du **bon** pain.\n\nhttps://chezlili.fr <img src=x onerror=alert(1)>",
        pickup_instructions="Porte de droite.",
    )
    client.force_login(owner)
    client.post("/ma-boutique/apparence/", {"palette": "soleil", "logo": image_upload()})
    response = client.get("/ma-boutique/apercu/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    page = response.content.decode()
    assert "Chez Lili" in page
    assert "--shop-primary: #f2c230;" in page
    assert "<strong>bon</strong>" in page
    assert '<a href="https://chezlili.fr" rel="nofollow noopener">' in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "Porte de droite." in page
    assert "08:00–19:00" in page and "10:00–18:00" in page
    assert "Fermé" in page  # Sunday.
    assert "shop-preview-logo" in page
    assert "n'est pas encore en ligne" in page
    shop.refresh_from_db()
    assert not shop.is_published


def test_step_pages_show_the_preview_frame(client, owner):
    ShopFactory(owner=owner)
    client.force_login(owner)
    for url in ("/ma-boutique/", "/ma-boutique/identite/", "/ma-boutique/horaires/"):
        page = client.get(url).content.decode()
        assert '<iframe src="/ma-boutique/apercu/"' in page, url


def _catalogue(shop, count):
    from decimal import Decimal

    from storefront_builder.models import Product
    from tests.storefront_builder.storefront.factories import make_image

    rayons = ["Vrac", "Épicerie"]
    photo = make_image("bocal")
    Product.objects.bulk_create(
        Product(
            shop=shop,
            name=f"Article {number:02d}",
            price=Decimal("3.20"),
            category=rayons[number % len(rayons)],
            position=number,
            photo=photo if number % 2 else None,
        )
        for number in range(count)
    )
    Product.objects.create(shop=shop, name="Article caché", price=Decimal("1"), visible=False)


def test_preview_shows_the_first_products_by_rayon_in_french_order(client, owner):
    from storefront_builder.wizard.selectors import PREVIEW_PRODUCTS

    shop = ShopFactory(owner=owner)
    _catalogue(shop, 28)
    client.force_login(owner)
    page = unescape(client.get("/ma-boutique/apercu/").content.decode())
    shown = [name for name in (f"Article {n:02d}" for n in range(28)) if name in page]
    assert len(shown) == PREVIEW_PRODUCTS
    assert "Article caché" not in page
    assert "3,20\u00a0€" in page
    # « Épicerie » comes before « Vrac » (the database's own order puts it after): the first
    # twelve of 14 + 14 are all from « Épicerie », as on the storefront.
    assert ">Épicerie<" in page and ">Vrac<" not in page
    assert "28 produits en ligne" in page
    assert "shop-preview-product-photo" in page


def test_preview_costs_the_same_queries_for_3_or_28_products(
    client, owner, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    shop = ShopFactory(owner=owner)
    _catalogue(shop, 3)
    client.force_login(owner)
    client.get("/ma-boutique/apercu/")  # renditions made once
    with CaptureQueriesContext(connection) as few:
        client.get("/ma-boutique/apercu/")
    _catalogue(shop, 25)
    client.get("/ma-boutique/apercu/")
    with CaptureQueriesContext(connection) as many:
        client.get("/ma-boutique/apercu/")
    assert len(many) == len(few)
