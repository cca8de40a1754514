"""Importing products from CSV and XLSX files, with a report and the owner's confirmation."""

import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from storefront_builder.models import CatalogueImport, Product
from tests.storefront_builder.catalogue.factories import png_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db

IMPORT = reverse("shops:product_import")

GOOD_CSV = (
    "Nom;Prix TTC (€);TVA;Stock;Catégorie;Visible;Code interne\r\n"
    "Baguette tradition;1,30;5,5;;Pains;oui;B1\r\n"
    "Croissant;1,10;;illimité;Viennoiseries;1;C1\r\n"
    "Coffret cadeau;24,90;20 %;12;Cadeaux;non;K1\r\n"
)

BAD_CSV = (
    "nom,prix,stock,visible\n"
    'Baguette,"1,30",,oui\n'
    ",2,,oui\n"
    'Flan,"deux euros",-1,oui\n'
    "\n"
    "Tarte,3.5,4,peut-être\n"
    "Éclair,2.20,10,non\n"
)


def upload(name: str, content: bytes, content_type: str = "text/csv"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def send(client, name, content, content_type="text/csv"):
    return client.post(IMPORT, {"file": upload(name, content, content_type)})


def test_good_csv_with_bom_semicolons_and_commas(owner_client, shop):
    response = send(owner_client, "produits.csv", b"\xef\xbb\xbf" + GOOD_CSV.encode())
    catalogue_import = CatalogueImport.objects.get()
    assert response["Location"] == reverse(
        "shops:product_import_report", args=[catalogue_import.pk]
    )
    assert catalogue_import.errors == []
    assert not Product.objects.exists()  # nothing before the owner's go

    report = owner_client.get(response["Location"])
    assert "3 lignes valides" in report.content.decode()
    assert "Importer les 3 produits" in report.content.decode()

    response = owner_client.post(response["Location"], {"action": "apply"})
    assert response.status_code == 302
    products = {product.name: product for product in Product.objects.filter(shop=shop)}
    assert set(products) == {"Baguette tradition", "Croissant", "Coffret cadeau"}
    bread, croissant, gift = (
        products["Baguette tradition"],
        products["Croissant"],
        products["Coffret cadeau"],
    )
    assert (bread.price, bread.vat_rate, bread.stock, bread.category, bread.visible) == (
        Decimal("1.30"),
        "5.5",
        None,
        "Pains",
        True,
    )
    assert croissant.vat_rate == "5.5"  # blank: the bakery's usual rate
    assert (gift.price, gift.vat_rate, gift.stock, gift.visible) == (
        Decimal("24.90"),
        "20.0",
        12,
        False,
    )
    catalogue_import.refresh_from_db()
    assert catalogue_import.state == CatalogueImport.State.APPLIED


def test_csv_with_errors_waits_for_confirmation(owner_client, shop):
    response = send(owner_client, "erreurs.csv", BAD_CSV.encode())
    report_url = response["Location"]
    catalogue_import = CatalogueImport.objects.get()
    assert [row["name"] for row in catalogue_import.rows] == ["Baguette", "Éclair"]
    assert [(error["line"], error["column"]) for error in catalogue_import.errors] == [
        (3, "nom"),
        (4, "prix"),
        (4, "stock"),
        (6, "visible"),
    ]

    html = owner_client.get(report_url).content.decode()
    assert "2 lignes valides" in html and "4 erreurs" in html
    assert "Le nom du produit manque." in html
    assert "J'ai lu les erreurs : importer seulement les 2 lignes valides" in html
    assert not Product.objects.exists()

    refused = owner_client.post(report_url, {"action": "apply"})
    assert refused.status_code == 400
    assert "Cochez la case" in refused.content.decode()
    assert not Product.objects.exists()

    confirmed = owner_client.post(report_url, {"action": "apply", "errors_read": "on"})
    assert confirmed.status_code == 302
    assert sorted(Product.objects.values_list("name", flat=True)) == ["Baguette", "Éclair"]

    again = owner_client.post(report_url, {"action": "apply", "errors_read": "on"})
    assert again.status_code == 302
    assert Product.objects.count() == 2


def test_discard_imports_nothing(owner_client, shop):
    report_url = send(owner_client, "erreurs.csv", BAD_CSV.encode())["Location"]
    owner_client.post(report_url, {"action": "discard"})
    owner_client.post(report_url, {"action": "apply", "errors_read": "on"})
    assert not Product.objects.exists()
    assert CatalogueImport.objects.get().state == CatalogueImport.State.DISCARDED


def test_xlsx_file(owner_client, shop):
    content = xlsx_bytes(
        [
            ["Désignation", "Description", "Prix", "Taux de TVA", "Quantité", "Rayon", "En ligne"],
            ["Comté 18 mois", "Affiné au Fort", 4.5, 0.055, 10, "Fromages", True],
            ["Beurre doux", None, "3,20", 5.5, None, "Crèmerie", "oui"],
            [None, None, None, None, None, None, None],
            ["Vin jaune", None, "trop cher", 20, 2.5, "Cave", "non"],
        ]
    )
    response = send(
        owner_client,
        "catalogue.xlsx",
        content,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    catalogue_import = CatalogueImport.objects.get()
    assert response["Location"] == reverse(
        "shops:product_import_report", args=[catalogue_import.pk]
    )
    assert [row["name"] for row in catalogue_import.rows] == ["Comté 18 mois", "Beurre doux"]
    assert [(error["line"], error["column"]) for error in catalogue_import.errors] == [
        (5, "Prix"),
        (5, "Quantité"),
    ]
    owner_client.post(response["Location"], {"action": "apply", "errors_read": "on"})
    comte = Product.objects.get(name="Comté 18 mois")
    assert (comte.price, comte.vat_rate, comte.stock, comte.visible) == (
        Decimal("4.50"),
        "5.5",
        10,
        True,
    )


def test_windows_1252_file_with_accents(owner_client, shop):
    content = "nom;prix;rayon\r\nPâté en croûte;6,80;Traiteur\r\nÉclair café;2,40;Pâtisseries\r\n"
    send(owner_client, "caisse.csv", content.encode("cp1252"))
    rows = CatalogueImport.objects.get().rows
    assert [(row["name"], row["category"]) for row in rows] == [
        ("Pâté en croûte", "Traiteur"),
        ("Éclair café", "Pâtisseries"),
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.csv", png_bytes()),
        (
            "page.csv",
            b"<!DOCTYPE html><html><body><table><tr><td>nom</td></tr></table></body></html>",
        ),
        ("faux.xlsx", b"PK\x03\x04 not really a zip"),
    ],
)
def test_files_that_are_not_tables_are_refused(owner_client, shop, name, content):
    response = send(owner_client, name, content)
    assert response.status_code == 400
    assert "ni un CSV ni un classeur Excel" in response.content.decode()
    assert not CatalogueImport.objects.exists()


def test_missing_columns_are_refused(owner_client, shop):
    response = send(owner_client, "liste.csv", "article;quantité\nBaguette;3\n".encode())
    assert response.status_code == 400
    assert "au moins « nom » et « prix »" in response.content.decode()
    assert not CatalogueImport.objects.exists()


def test_too_many_rows_are_refused(owner_client, shop):
    content = "nom;prix\n" + "".join(f"Produit {n};1,00\n" for n in range(2001))
    response = send(owner_client, "gros.csv", content.encode())
    assert response.status_code == 400
    assert "plus de 2\u202f000 lignes" in response.content.decode()
    assert not CatalogueImport.objects.exists()


def test_exactly_two_thousand_rows_are_accepted(owner_client, shop):
    content = "nom;prix\n" + "".join(f"Produit {n};1,00\n" for n in range(2000))
    response = send(owner_client, "gros.csv", content.encode())
    assert response.status_code == 302
    owner_client.post(response["Location"], {"action": "apply"})
    assert Product.objects.filter(shop=shop).count() == 2000


def test_files_over_five_megabytes_are_refused(owner_client, shop):
    content = b"nom;prix\n" + b"x" * (5 * 1024 * 1024)
    response = send(owner_client, "enorme.csv", content)
    assert response.status_code == 400
    assert "dépasse 5 Mo" in response.content.decode()


def test_template_download_is_read_back_by_the_import(owner_client, shop):
    response = owner_client.get(reverse("shops:product_import_template"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    assert (
        content.decode("utf-8-sig").splitlines()[0]
        == "référence;nom;description;prix;tva;stock;rayon;visible"
    )
    send(owner_client, "modele-catalogue.csv", content)
    catalogue_import = CatalogueImport.objects.get()
    assert catalogue_import.errors == []
    assert len(catalogue_import.rows) == 2


def test_import_page_links_the_template(owner_client, shop):
    response = owner_client.get(IMPORT)
    assert response.status_code == 200
    assert reverse("shops:product_import_template") in response.content.decode()


def test_a_file_without_any_good_row_cannot_be_applied(owner_client, shop):
    report_url = send(owner_client, "vide.csv", b"nom;prix\n;1\nTarte;abc\n")["Location"]
    assert "Aucune ligne valide" in owner_client.get(report_url).content.decode()
    response = owner_client.post(report_url, {"action": "apply", "errors_read": "on"})
    assert response.status_code == 400
    assert not Product.objects.exists()
    assert CatalogueImport.objects.get().state == CatalogueImport.State.PENDING


def test_report_after_applying_shows_no_buttons(owner_client, shop):
    report_url = send(owner_client, "produits.csv", GOOD_CSV.encode())["Location"]
    owner_client.post(report_url, {"action": "apply"})
    html = owner_client.get(report_url).content.decode()
    assert "Import terminé : 3 produits ont été ajoutés." in html
    assert 'value="apply"' not in html


def test_the_preview_writes_french_decimals(owner_client, shop):
    response = send(owner_client, "produits.csv", GOOD_CSV.encode())
    html = owner_client.get(response["Location"]).content.decode()
    preview = html[html.index("Aperçu des lignes valides") :]
    cells = [
        re.findall(r"<td>([^<]*)</td>", row)
        for row in re.findall(r"<tr>(.*?)</tr>", preview, re.S)
        if "<td>" in row
    ]
    bread = next(row for row in cells if row[1] == "Baguette tradition")
    gift = next(row for row in cells if row[1] == "Coffret cadeau")
    assert bread[2] == "1,30\u00a0€" and gift[2] == "24,90\u00a0€"
    assert bread[3] == "5,5\u00a0%" and gift[3] == "20\u00a0%"
    assert "5.5" not in preview and "1.30" not in preview
