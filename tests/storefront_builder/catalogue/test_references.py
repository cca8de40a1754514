"""Product references: EAN, ISBN or the merchant's own code, one spelling each, unique in a shop."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from storefront_builder.catalogue import services
from storefront_builder.catalogue.forms import ProductForm
from storefront_builder.models import Product
from storefront_builder.references import ReferenceRefused, parse_reference
from tests.storefront_builder.catalogue.factories import make_product

ADD = reverse("shops:product_add")
BAD_EAN = "Ce code EAN n'est pas valide : vérifiez le dernier chiffre (clé de contrôle)."
BAD_ISBN = "Cet ISBN n'est pas valide : vérifiez le dernier chiffre (clé de contrôle)."


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("", ""),
        ("   ", ""),
        (None, ""),
        ("3017620422003", "3017620422003"),  # EAN-13
        ("3 017620 422003", "3017620422003"),  # as printed under the barcode
        ("96385074", "96385074"),  # EAN-8
        ("036000291452", "0036000291452"),  # UPC-A is the EAN-13 with a leading 0
        ("978-2-07-036822-8", "9782070368228"),  # ISBN-13
        ("2-07-036822-X", "9782070368228"),  # its ISBN-10
        ("207036822x", "9782070368228"),
        (3017620422003, "3017620422003"),  # a spreadsheet's number cell
        (3017620422003.0, "3017620422003"),
        ("pain-01", "PAIN-01"),  # the merchant's own code
        ("2024-0001", "2024-0001"),  # hyphens: a code, not an invalid EAN-8
        ("  BAG_tradi.2 ", "BAG_TRADI.2"),
        ("12345", "12345"),
    ],
)
def test_references_are_stored_in_one_spelling(typed, stored):
    assert parse_reference(typed) == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("3017620422004", BAD_EAN),
        ("96385075", BAD_EAN),
        ("036000291453", BAD_EAN),
        ("9782070368229", BAD_ISBN),
        ("2-07-036822-1", BAD_ISBN),
        ("1234567890", BAD_ISBN),
        ("3,01762E+12", "abrégé par le tableur"),
        ("AB 12", "sans espace"),
        ("-AB12", "commence par une lettre ou un chiffre"),
        ("CAFÉ-1", "lettres sans accent"),
        ("X" * 41, "dépasse 40 caractères"),
    ],
)
def test_malformed_references_are_refused_in_french(typed, message):
    with pytest.raises(ReferenceRefused, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_reference(typed)


@pytest.mark.django_db
def test_the_model_normalises_on_save_and_refuses_a_bad_code(shop):
    book = make_product(shop, name="L'Étranger", reference="2-07-036822-X")
    assert Product.objects.get(pk=book.pk).reference == "9782070368228"
    with pytest.raises(ReferenceRefused):
        make_product(shop, name="Faux", reference="9782070368229")
    product = Product(shop=shop, name="Faux", price=Decimal("1"), reference="3017620422004")
    with pytest.raises(ValidationError) as refused:
        product.full_clean()
    assert refused.value.message_dict["reference"] == [BAD_EAN]


@pytest.mark.django_db
def test_a_reference_is_unique_in_a_shop_only(shop, other_shop):
    make_product(shop, name="Nutella", reference="3017620422003")
    make_product(other_shop, name="Nutella", reference="3017620422003")  # another shop: fine
    make_product(shop, name="Sans code")
    make_product(shop, name="Sans code non plus")  # blank references never clash
    with pytest.raises(IntegrityError), transaction.atomic():
        make_product(shop, name="Pâte à tartiner", reference="3017620422003")


@pytest.mark.django_db
def test_the_form_shows_the_reference_field(owner_client, shop):
    html = owner_client.get(ADD).content.decode()
    assert "Référence (EAN, ISBN ou votre code)" in html
    assert 'name="reference"' in html


def product_data(**changes):
    data = {
        "name": "L'Étranger",
        "price": "8,90",
        "vat_rate": "5.5",
        "stock": "3",
        "category": "Romans",
        "visible": "on",
    }
    return {**data, **changes}


@pytest.mark.django_db
def test_the_form_stores_an_isbn10_as_its_isbn13(owner_client, shop):
    response = owner_client.post(ADD, product_data(reference="2-07-036822-X"))
    assert response.status_code == 302
    assert Product.objects.get(shop=shop).reference == "9782070368228"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "message"), [("3017620422004", BAD_EAN), ("9782070368229", BAD_ISBN)]
)
def test_the_form_refuses_a_malformed_code_and_saves_nothing(owner_client, shop, typed, message):
    response = owner_client.post(ADD, product_data(reference=typed))
    assert response.status_code == 400
    assert response.context["form"].errors["reference"] == [message]
    assert not Product.objects.exists()


@pytest.mark.django_db
def test_the_form_refuses_a_reference_another_product_has(owner_client, shop):
    make_product(shop, name="L'Étranger (poche)", reference="9782070368228")
    # The same book typed as its ISBN-10 is the same reference.
    response = owner_client.post(ADD, product_data(reference="207036822X"))
    assert response.status_code == 400
    assert response.context["form"].errors["reference"] == [
        "Cette référence est déjà celle de votre produit « L'Étranger (poche) »."
    ]
    assert Product.objects.filter(shop=shop).count() == 1


@pytest.mark.django_db
def test_editing_keeps_its_own_reference_and_copies_get_none(owner_client, shop):
    book = make_product(shop, name="L'Étranger", reference="9782070368228")
    url = reverse("shops:product_edit", args=[book.pk])
    response = owner_client.post(url, product_data(reference="978-2-07-036822-8", price="9,10"))
    assert response.status_code == 302
    book.refresh_from_db()
    assert (book.reference, book.price) == ("9782070368228", Decimal("9.10"))
    copy = services.duplicate_product(book)
    assert copy.reference == ""


@pytest.mark.django_db
def test_a_reference_taken_after_the_check_is_a_form_error_not_a_crash(shop):
    make_product(shop, name="Premier", reference="PAIN-01")
    form = ProductForm(product_data(reference="PAIN-02"), shop=shop)
    assert form.is_valid()
    data = {**form.cleaned_data, "reference": "PAIN-01", "low_stock_threshold": None}
    with pytest.raises(services.ReferenceTaken, match="Premier"):
        services.save_product(shop, None, data)
    assert Product.objects.filter(shop=shop).count() == 1
