"""A merchant exports her catalogue, changes a price and a stock in the file, and imports it
again: the product with that reference is updated, and nothing is created twice."""

import re

import pytest

from storefront_builder.models import Product
from tests.accounts.factories import OwnerFactory
from tests.browser.test_certificate_journey import sign_in
from tests.storefront_builder.backoffice.factories import make_product, make_shop

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_merchant_exports_then_reimports_a_changed_file(page, live_server, tmp_path):
    owner = OwnerFactory(first_name="Marguerite")
    shop = make_shop(owner, name="Librairie du Plateau", category="bookshop")
    book = make_product(shop, "L'Étranger", "8.90", stock=3)
    book.reference = "2-07-036822-X"  # stored as its ISBN-13
    book.save()
    make_product(shop, "Marque-page", "2.00")
    base = live_server.url

    sign_in(page, base, owner)
    page.get_by_role("link", name=re.compile("Ma boutique")).first.click()
    page.get_by_role("navigation", name="Gestion de la boutique").get_by_role(
        "link", name=re.compile("Produits")
    ).click()
    page.wait_for_url(re.compile(r"/ma-boutique/produits/"))

    with page.expect_download() as download:
        page.get_by_role("link", name="Exporter mon catalogue").click()
    exported = download.value.path().read_bytes().decode("utf-8-sig")
    assert exported.splitlines()[0] == "référence;nom;description;prix;tva;stock;rayon;visible"
    line = next(line for line in exported.splitlines() if line.startswith("9782070368228;"))
    assert ";8,90;20;3;" in line
    changed = tmp_path / "catalogue.csv"
    changed.write_bytes(
        ("\ufeff" + exported.replace(line, line.replace(";8,90;20;3;", ";9,20;20;7;"))).encode()
    )

    page.get_by_role("link", name="Importer un fichier").first.click()
    page.get_by_label("Fichier CSV ou Excel (.xlsx)").set_input_files(str(changed))
    page.get_by_role("button", name="Lire le fichier").click()
    page.wait_for_url(re.compile(r"/ma-boutique/produits/import/\d+/"))
    report = page.content()
    assert "1 produit existant sera mis à jour (même référence)" in report
    # « Marque-page » has no reference: it cannot be recognised and would be added again.
    assert "1 produit sera créé" in report

    page.get_by_role("button", name=re.compile("Importer les 2 produits")).click()
    page.wait_for_url(re.compile(r"/ma-boutique/produits/$"))
    assert "1 produit mis à jour d'après sa référence." in page.content()
    book.refresh_from_db()
    assert (str(book.price), book.stock) == ("9.20", 7)
    assert Product.objects.filter(shop=shop, name="L'Étranger").count() == 1
