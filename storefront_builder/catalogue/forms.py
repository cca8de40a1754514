"""The catalogue's forms: a product, one row of the bulk edit, a file to import.

Prices and stocks go through ``storefront_builder.catalogue.values``, the same parsers as the
import, so
"4,50", "4.50" and "4,50 €" are all understood wherever they are typed.
"""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from storefront_builder.catalogue.selectors import holder_of_reference
from storefront_builder.catalogue.values import parse_price, parse_stock
from storefront_builder.images import ImageRefused, check_image
from storefront_builder.models import Product, VatRate
from storefront_builder.references import ReferenceRefused, parse_reference

#: The id of the <datalist> of rayons that the category inputs point to.
CATEGORY_LIST_ID = "rayons-suggeres"


class EuroField(forms.Field):
    """A price in euros including VAT, shown with the reader's decimal separator."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", "size": 8})

    def to_python(self, value):
        if value in self.empty_values or not str(value).strip():
            return None
        try:
            return parse_price(value)
        except ValueError as error:
            raise ValidationError(str(error), code="invalid") from error

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return formats.number_format(value, decimal_pos=2)
        return value


class StockField(forms.Field):
    """A stock: blank (or "illimité") for unlimited, else a whole number from 0 up."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 6})

    def to_python(self, value):
        try:
            return parse_stock(value)
        except ValueError as error:
            raise ValidationError(str(error), code="invalid") from error


def reference_taken_message(holder: str) -> str:
    return _("Cette référence est déjà celle de votre produit « %(name)s ».") % {"name": holder}


class ProductForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Nom du produit"),
        max_length=120,
        error_messages={"required": gettext_lazy("Indiquez le nom du produit.")},
    )
    reference = forms.CharField(
        label=gettext_lazy("Référence (EAN, ISBN ou votre code)"),
        required=False,
        max_length=60,  # room for spaces and hyphens; the reference itself is 40 at most
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        help_text=gettext_lazy(
            "Facultatif. Le code-barres du produit (EAN à 13 ou 8 chiffres), l'ISBN d'un livre, "
            "ou votre propre code (lettres, chiffres, - _ .). Un import de fichier met à jour "
            "le produit qui porte la même référence au lieu d'en créer un autre."
        ),
    )
    description = forms.CharField(
        label=gettext_lazy("Description"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Texte simple : ingrédients, format, conseils."),
    )
    photo = forms.FileField(
        label=gettext_lazy("Photo"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=gettext_lazy("JPEG, PNG ou WebP, 10 Mo au plus."),
    )
    remove_photo = forms.BooleanField(label=gettext_lazy("Retirer la photo"), required=False)
    price = EuroField(
        label=gettext_lazy("Prix TTC (€)"),
        help_text=gettext_lazy("Le prix payé par le client, par exemple 4,50."),
        error_messages={"required": gettext_lazy("Indiquez le prix, par exemple 4,50.")},
    )
    vat_rate = forms.ChoiceField(
        label=gettext_lazy("Taux de TVA"),
        choices=VatRate.choices,
        error_messages={"required": gettext_lazy("Choisissez le taux de TVA du produit.")},
    )
    stock = StockField(
        label=gettext_lazy("Stock"),
        required=False,
        help_text=gettext_lazy("Laissez vide pour un stock illimité (fait à la demande)."),
    )
    low_stock_threshold = forms.IntegerField(
        label=gettext_lazy("M'alerter quand le stock descend à"),
        required=False,
        initial=Product._meta.get_field("low_stock_threshold").default,
        min_value=0,
        max_value=100_000,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "size": 6}),
        help_text=gettext_lazy(
            "Un e-mail vous prévient une fois, quand une commande fait descendre le stock à ce "
            "nombre ou en dessous. Laissez vide pour ne pas être alertée."
        ),
        error_messages={
            "invalid": gettext_lazy("Indiquez un nombre entier, par exemple 3."),
            "min_value": gettext_lazy("Indiquez un nombre positif ou zéro."),
        },
    )
    category = forms.CharField(
        label=gettext_lazy("Rayon"),
        required=False,
        max_length=60,
        widget=forms.TextInput(attrs={"list": CATEGORY_LIST_ID, "autocomplete": "off"}),
        help_text=gettext_lazy("Choisissez un rayon proposé ou tapez-en un nouveau."),
    )
    visible = forms.BooleanField(label=gettext_lazy("Visible en boutique"), required=False)

    def __init__(self, *args, shop=None, product: Product | None = None, **kwargs):
        """``shop`` is the owner's (the product's own when editing): a reference must be free
        in it."""
        super().__init__(*args, **kwargs)
        self.product = product
        self.shop = shop if shop is not None else product.shop
        self.fields["stock"].widget.attrs["placeholder"] = _("illimité")
        if product is None or not product.photo_id:
            del self.fields["remove_photo"]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_category(self):
        return " ".join(self.cleaned_data["category"].split())

    def clean_reference(self):
        try:
            reference = parse_reference(self.cleaned_data["reference"])
        except ReferenceRefused as error:
            raise ValidationError(str(error), code="invalid") from error
        holder = holder_of_reference(self.shop, reference, product=self.product)
        if holder is not None:
            raise ValidationError(reference_taken_message(holder), code="taken")
        return reference

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if upload:
            try:
                check_image(upload)
            except ImageRefused as error:
                raise ValidationError(str(error), code="image_refused") from error
        return upload

    @classmethod
    def initial_for(cls, product: Product) -> dict:
        return {
            "name": product.name,
            "reference": product.reference,
            "description": product.description,
            "price": product.price,
            "vat_rate": product.vat_rate,
            "stock": product.stock,
            "low_stock_threshold": product.low_stock_threshold,
            "category": product.category,
            "visible": product.visible,
        }


class BulkRowForm(forms.Form):
    """One line of the list's bulk edit; its prefix is the product's id.

    Each field also sends the value the owner saw (``show_hidden_initial``), and a row counts
    as changed only against that: a stock the till lowered in the meantime is not put back
    because the owner saved the page for another row.
    """

    price = EuroField(
        label=gettext_lazy("Prix TTC (€)"),
        error_messages={"required": gettext_lazy("Indiquez le prix, par exemple 4,50.")},
        show_hidden_initial=True,
    )
    stock = StockField(label=gettext_lazy("Stock"), required=False, show_hidden_initial=True)
    visible = forms.BooleanField(
        label=gettext_lazy("Visible"), required=False, show_hidden_initial=True
    )

    def __init__(self, *args, product: Product, **kwargs):
        kwargs.setdefault("prefix", f"p{product.pk}")
        kwargs.setdefault(
            "initial",
            {"price": product.price, "stock": product.stock, "visible": product.visible},
        )
        super().__init__(*args, **kwargs)
        self.product = product
        labels = {
            "price": _("Prix TTC de « %(name)s »"),
            "stock": _("Stock de « %(name)s »"),
            "visible": _("« %(name)s » visible en boutique"),
        }
        for name, label in labels.items():
            self.fields[name].widget.attrs["aria-label"] = label % {"name": product.name}
        self.fields["stock"].widget.attrs["placeholder"] = _("illimité")


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fichier CSV ou Excel (.xlsx)"),
        widget=forms.FileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
        help_text=gettext_lazy("5 Mo et 2 000 produits au plus."),
        error_messages={"required": gettext_lazy("Choisissez le fichier de vos produits.")},
    )
