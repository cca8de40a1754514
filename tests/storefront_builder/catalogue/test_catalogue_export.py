"""Exporting the catalogue and importing it again: products are recognised by their reference.

The issue's « done when »: a re-import of a price list updates prices and stocks by reference
and creates nothing twice; a file imported as exported changes nothing.
"""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from openpyxl import load_workbook

from storefront_builder.catalogue import services
from storefront_builder.catalogue.importing import read_catalogue
from storefront_builder.models import CatalogueImport, Product
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.catalogue.factories import make_product, make_shop, xlsx_bytes
from tests.threads import in_parallel

IMPORT = reverse("shops:product_import")
EXPORT_CSV = reverse("shops:product_export_csv")
EXPORT_XLSX = reverse("shops:product_export_xlsx")
HEADER = "référence;nom;description;prix;tva;stock;rayon;visible"
BAD_EAN = "Ce code EAN n'est pas valide : vérifiez le dernier chiffre (clé de contrôle)."
BAD_ISBN = "Cet ISBN n'est pas valide : vérifiez le dernier chiffre (clé de contrôle)."
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def send(client, content: bytes, name="catalogue.csv", content_type="text/csv"):
    response = client.post(IMPORT, {"file": SimpleUploadedFile(name, content, content_type)})
    assert response.status_code == 302, response.content.decode()[-2000:]
    return response["Location"]


def apply(client, report_url, **extra):
    return client.post(report_url, {"action": "apply", **extra})


def snapshot(shop) -> list[tuple]:
    return list(
        Product.objects.filter(shop=shop)
        .order_by("pk")
        .values_list(
            "pk",
            "reference",
            "name",
            "description",
            "price",
            "vat_rate",
            "stock",
            "category",
            "visible",
            "updated_at",
        )
    )


@pytest.fixture
def catalogue(shop):
    return [
        make_product(shop, name="Baguette tradition", reference="PAIN-01", stock=None),
        make_product(
            shop,
            name="Pot de miel",
            reference="3017620422003",
            price=Decimal("7.50"),
            vat_rate="5.5",
            stock=12,
            category="Épicerie",
            description="Miel de lavande.\nRécolte 2026.",
        ),
        make_product(
            shop,
            name="=Coffret « cadeau »; 2 pièces",  # looks like a formula, has the separator
            reference="",
            price=Decimal("24.90"),
            vat_rate="20.0",
            stock=0,
            category="Cadeaux",
            visible=False,
        ),
        make_product(shop, name="L'Étranger", reference="9782070368228", category="Livres"),
    ]


@pytest.mark.django_db
def test_csv_export_has_the_import_columns_and_french_values(owner_client, shop, catalogue):
    response = owner_client.get(EXPORT_CSV)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert "catalogue-boulangerie-martin-" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    lines = response.content.decode("utf-8-sig").split("\r\n")
    assert lines[0] == HEADER
    assert "PAIN-01;Baguette tradition;;1,30;5,5;illimité;Pains;oui" in lines
    assert "'=Coffret « cadeau »; 2 pièces" in response.content.decode("utf-8-sig")
    assert ";24,90;20;0;Cadeaux;non" in response.content.decode("utf-8-sig")


@pytest.mark.django_db
def test_the_list_offers_the_export(owner_client, shop, catalogue):
    html = owner_client.get(reverse("shops:products")).content.decode()
    assert "Exporter mon catalogue" in html
    assert EXPORT_CSV in html and EXPORT_XLSX in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "name", "content_type"),
    [(EXPORT_CSV, "c.csv", "text/csv"), (EXPORT_XLSX, "c.xlsx", XLSX)],
)
def test_export_then_import_creates_nothing_and_changes_nothing(
    owner_client, shop, catalogue, url, name, content_type
):
    gift = catalogue[2]
    gift.reference = "CADEAU-1"
    gift.save()
    before = snapshot(shop)
    report_url = send(owner_client, owner_client.get(url).content, name, content_type)
    catalogue_import = CatalogueImport.objects.get()
    assert catalogue_import.errors == []
    html = owner_client.get(report_url).content.decode()
    assert "aucun produit ne sera créé" in html
    assert "aucun produit existant ne sera modifié" in html
    assert "4 produits sont déjà à jour" in html

    assert apply(owner_client, report_url).status_code == 302
    assert snapshot(shop) == before  # not even updated_at moved
    catalogue_import.refresh_from_db()
    assert (catalogue_import.created_count, catalogue_import.updated_count) == (0, 0)


@pytest.mark.django_db
def test_rows_without_reference_are_still_created(owner_client, shop, catalogue):
    """As before references: a product without one cannot be recognised."""
    report_url = send(owner_client, owner_client.get(EXPORT_CSV).content)
    assert "1 produit sera créé" in owner_client.get(report_url).content.decode()
    apply(owner_client, report_url)
    gifts = Product.objects.filter(shop=shop, name="=Coffret « cadeau »; 2 pièces")
    assert gifts.count() == 2


@pytest.mark.django_db
def test_xlsx_export_keeps_codes_as_text(owner_client, shop, catalogue):
    response = owner_client.get(EXPORT_XLSX)
    assert response["Content-Type"] == XLSX
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER.split(";")
    honey = next(row for row in rows if row[1] == "Pot de miel")
    assert honey[0] == "3017620422003"  # a string: Excel does not shorten it
    assert (honey[3], honey[4], honey[5]) == (7.5, 5.5, 12)


@pytest.mark.django_db
def test_reimporting_a_price_list_updates_by_reference_and_creates_nothing_twice(
    owner_client, shop, catalogue
):
    """The issue's « done when »."""
    _bread, honey, gift, book = catalogue
    price_list = (
        "Code-barres;Désignation;Prix TTC;Qté\r\n"
        "3017620422003;Pot de miel;8,20;30\r\n"
        "2-07-036822-X;L'Étranger;9,10;5\r\n"  # the book's ISBN-10: the same product
        "3760123456784;Confiture de figues;4,90;6\r\n"
    )
    report_url = send(owner_client, price_list.encode())
    html = owner_client.get(report_url).content.decode()
    assert "1 produit sera créé" in html
    assert "2 produits existants seront mis à jour" in html
    apply(owner_client, report_url)

    honey.refresh_from_db()
    book.refresh_from_db()
    assert (honey.price, honey.stock) == (Decimal("8.20"), 30)
    # Columns the file does not have are left as they were.
    assert (honey.description, honey.category, honey.vat_rate) == (
        "Miel de lavande.\nRécolte 2026.",
        "Épicerie",
        "5.5",
    )
    assert (book.price, book.stock, book.category) == (Decimal("9.10"), 5, "Livres")
    jam = Product.objects.get(shop=shop, reference="3760123456784")
    assert (jam.name, jam.price, jam.stock, jam.vat_rate) == (
        "Confiture de figues",
        Decimal("4.90"),
        6,
        "5.5",
    )
    assert Product.objects.filter(shop=shop).count() == 5

    # The same file again, a week later with new stocks: still nothing created.
    report_url = send(owner_client, price_list.replace(";30\r", ";25\r").encode())
    apply(owner_client, report_url)
    assert Product.objects.filter(shop=shop).count() == 5
    honey.refresh_from_db()
    assert honey.stock == 25
    report_html = owner_client.get(report_url).content.decode()
    assert "1 produit a été mis à jour d'après sa référence." in report_html
    assert "2 produits étaient déjà à jour." in report_html


@pytest.mark.django_db
def test_an_update_writes_the_given_cells_blank_ones_keep(owner_client, shop, catalogue):
    _bread, honey, _gift, _book = catalogue
    content = (
        "référence;nom;description;prix;tva;stock;rayon;visible\r\n"
        "3017620422003;Miel de lavande;;7,50;20;;Miels;non\r\n"
    )
    apply(owner_client, send(owner_client, content.encode()))
    honey.refresh_from_db()
    assert (honey.name, honey.vat_rate, honey.category, honey.visible) == (
        "Miel de lavande",
        "20.0",
        "Miels",
        False,
    )
    assert honey.description == "Miel de lavande.\nRécolte 2026."  # blank: kept
    assert honey.stock == 12  # blank: kept (« illimité » would make it unlimited)


@pytest.mark.django_db
def test_a_malformed_code_is_an_error_on_its_cell_and_changes_nothing(
    owner_client, shop, catalogue
):
    before = snapshot(shop)
    content = "ean;nom;prix\r\n3017620422004;Pot de miel;1,00\r\n9782070368229;L'Étranger;1,00\r\n"
    report_url = send(owner_client, content.encode())
    catalogue_import = CatalogueImport.objects.get()
    assert catalogue_import.rows == []
    assert catalogue_import.errors == [
        {
            "line": 2,
            "column": "ean",
            "message": BAD_EAN,
        },
        {
            "line": 3,
            "column": "ean",
            "message": BAD_ISBN,
        },
    ]
    assert "Cet ISBN n&#x27;est pas valide" in owner_client.get(report_url).content.decode()
    assert apply(owner_client, report_url, errors_read="on").status_code == 400
    assert snapshot(shop) == before


@pytest.mark.django_db
def test_the_same_reference_twice_in_a_file_is_an_error_on_the_second(owner_client, shop):
    content = (
        "sku;nom;prix\r\n"
        "PAIN-01;Baguette;1,30\r\n"
        "pain-01;Baguette bis;1,40\r\n"
        "PAIN-02;Ficelle;0,90\r\n"
    )
    send(owner_client, content.encode())
    catalogue_import = CatalogueImport.objects.get()
    assert [row["reference"] for row in catalogue_import.rows] == ["PAIN-01", "PAIN-02"]
    assert catalogue_import.errors == [
        {
            "line": 3,
            "column": "sku",
            "message": "La référence PAIN-01 figure déjà à la ligne 2 du fichier.",
        }
    ]


@pytest.mark.django_db
def test_isbn10_in_the_file_and_isbn13_in_the_file_are_one_book(owner_client, shop):
    content = "isbn;nom;prix\r\n207036822X;L'Étranger;8,90\r\n978-2-07-036822-8;L'Étranger;8,90\r\n"
    send(owner_client, content.encode())
    catalogue_import = CatalogueImport.objects.get()
    assert len(catalogue_import.rows) == 1
    assert "figure déjà à la ligne 2" in catalogue_import.errors[0]["message"]


@pytest.mark.django_db
def test_xlsx_number_cells_are_read_as_codes(owner_client, shop, catalogue):
    content = xlsx_bytes([["EAN", "Nom", "Prix", "Stock"], [3017620422003, "Pot de miel", 8.2, 3]])
    apply(owner_client, send(owner_client, content, "prix.xlsx", XLSX))
    honey = Product.objects.get(shop=shop, reference="3017620422003")
    assert (honey.price, honey.stock) == (Decimal("8.20"), 3)
    assert Product.objects.filter(shop=shop).count() == 4


# Queries: constant in the number of products.


def _rows_file(count: int, start: int = 0) -> bytes:
    lines = ["référence;nom;prix;stock"]
    lines += [f"REF-{n};Produit {n};{n % 50 + 1},50;{n % 7}" for n in range(start, start + count)]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 60])
def test_applying_an_import_takes_a_fixed_number_of_queries(
    owner_client, shop, count, django_assert_max_num_queries
):
    # Half the rows update existing products (with two kinds of changes), half create.
    for n in range(count // 2):
        make_product(shop, name=f"Produit {n}", reference=f"REF-{n}", stock=None)
    parsed = read_catalogue(SimpleUploadedFile("f.csv", _rows_file(count)), shop)
    catalogue_import = services.store_import(shop, "f.csv", parsed.rows, parsed.errors)
    with django_assert_max_num_queries(22):
        written = services.apply_import(catalogue_import)
    assert written == count
    assert (catalogue_import.created_count, catalogue_import.updated_count) == (
        count - count // 2,
        count // 2,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 80])
def test_export_takes_a_fixed_number_of_queries(
    owner_client, shop, count, django_assert_max_num_queries
):
    for n in range(count):
        make_product(shop, name=f"Produit {n}", reference=f"REF-{n}")
    for url in (EXPORT_CSV, EXPORT_XLSX):
        with django_assert_max_num_queries(8):
            response = owner_client.get(url)
        assert response.status_code == 200


@pytest.mark.django_db
def test_the_report_takes_a_fixed_number_of_queries(
    owner_client, shop, django_assert_max_num_queries
):
    for n in range(40):
        make_product(shop, name=f"Produit {n}", reference=f"REF-{n}")
    report_url = send(owner_client, _rows_file(80))
    with django_assert_max_num_queries(12):
        html = owner_client.get(report_url).content.decode()
    assert "40 produits seront créés" in html


# Who may export and import.


@pytest.mark.django_db
def test_another_owner_exports_her_own_catalogue_only(client, shop, catalogue):
    other = OwnerFactory()
    other_shop = make_shop(other, slug="fromagerie-durand", name="Fromagerie Durand")
    make_product(other_shop, name="Comté", reference="COMTE-18")
    client.force_login(other)
    content = client.get(EXPORT_CSV).content.decode("utf-8-sig")
    assert "COMTE-18" in content
    assert "PAIN-01" not in content and "Pot de miel" not in content


@pytest.mark.django_db
def test_another_owner_cannot_apply_an_import_and_her_file_updates_only_her_shop(
    client, owner, shop, catalogue
):
    client.force_login(owner)
    report_url = send(client, "référence;nom;prix\r\nPAIN-01;Baguette;2,00\r\n".encode())
    client.logout()

    other = OwnerFactory()
    other_shop = make_shop(other, slug="fromagerie-durand", name="Fromagerie Durand")
    client.force_login(other)
    assert client.get(report_url).status_code == 404
    assert apply(client, report_url).status_code == 404
    # Her own file with the same reference creates her product; it never touches the bakery's.
    apply(client, send(client, "référence;nom;prix\r\nPAIN-01;Tomme;9,00\r\n".encode()))
    assert Product.objects.get(shop=other_shop).name == "Tomme"
    assert Product.objects.get(shop=shop, reference="PAIN-01").price == Decimal("1.30")
    assert CatalogueImport.objects.get(shop=shop).state == CatalogueImport.State.PENDING


@pytest.mark.django_db
def test_advisors_and_visitors_cannot_export(client, advisor):
    for url in (EXPORT_CSV, EXPORT_XLSX):
        response = client.get(url)
        assert response.status_code == 302 and "/compte/" in response["Location"]
    client.force_login(advisor)
    for url in (EXPORT_CSV, EXPORT_XLSX):
        assert client.get(url).status_code == 403


# Two imports of the same file at once (PostgreSQL: really side by side).


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent connections: PostgreSQL"
)
def test_two_imports_of_the_same_file_at_once_create_each_product_once(owner):
    shop = make_shop(owner)
    make_product(shop, name="Produit 0", reference="REF-0", stock=None)
    parsed = read_catalogue(SimpleUploadedFile("f.csv", _rows_file(200)), shop)
    imports = [services.store_import(shop, "f.csv", parsed.rows, parsed.errors) for _ in range(4)]
    errors = in_parallel([lambda item=item: services.apply_import(item) for item in imports])
    assert errors == []
    assert Product.objects.filter(shop=shop).count() == 200
    assert Product.objects.get(reference="REF-5").stock == 5
    created = sorted(
        CatalogueImport.objects.filter(shop=shop).values_list("created_count", flat=True)
    )
    assert created == [0, 0, 0, 199]  # one created them, the others found them


@pytest.mark.django_db
def test_a_reference_taken_during_the_import_rolls_it_all_back(owner_client, shop, monkeypatch):
    """The unique constraint is the last guard: were a product saved with a reference of the
    file between the read and the write (simulated: the read misses it), nothing is imported
    and the import waits, still pending, to be tried again."""
    report_url = send(owner_client, _rows_file(3))
    make_product(shop, name="Saisi entre-temps", reference="REF-2")
    monkeypatch.setattr(services, "products_by_reference", lambda shop, references: {})
    response = apply(owner_client, report_url)
    assert response.status_code == 400
    assert "rien n&#x27;a été importé" in response.content.decode()
    assert list(Product.objects.values_list("name", flat=True)) == ["Saisi entre-temps"]
    assert CatalogueImport.objects.get().state == CatalogueImport.State.PENDING
