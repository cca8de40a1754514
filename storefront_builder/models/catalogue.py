"""What a shop sells."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from storefront_builder.models.shop import Shop
from storefront_builder.references import MAX_LENGTH as REFERENCE_MAX_LENGTH
from storefront_builder.references import ReferenceRefused, parse_reference


class VatRate(models.TextChoices):
    """French VAT rates: standard, intermediate, reduced (food, books), special (press)."""

    STANDARD = "20.0", _("20 %")
    INTERMEDIATE = "10.0", _("10 %")
    REDUCED = "5.5", _("5,5 %")
    SPECIAL = "2.1", _("2,1 %")


class Product(models.Model):
    """A product of a shop. ``stock`` None means unlimited (made to order, services).

    ``reference`` (EAN, ISBN or the merchant's own code, see ``storefront_builder.references``)
    is optional; when given it is unique in the shop, and the catalogue import recognises the
    product by it. It is kept in its normalised form whichever way it is saved.
    """

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="products")
    name = models.CharField(_("nom"), max_length=120)
    reference = models.CharField(
        _("référence"), max_length=REFERENCE_MAX_LENGTH, blank=True, default=""
    )
    description = models.TextField(_("description"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    price = models.DecimalField(_("prix TTC (€)"), max_digits=8, decimal_places=2)
    vat_rate = models.CharField(
        _("taux de TVA"), max_length=4, choices=VatRate, default=VatRate.STANDARD
    )
    stock = models.PositiveIntegerField(_("stock"), null=True, blank=True)
    #: The merchant is alerted once when an order takes the stock to this level or below.
    low_stock_threshold = models.PositiveIntegerField(
        _("alerte de stock bas à"), null=True, blank=True, default=3
    )
    category = models.CharField(_("rayon"), max_length=60, blank=True)
    visible = models.BooleanField(_("visible en boutique"), default=True)
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category", "position", "name", "pk"]
        indexes = [models.Index(fields=["shop", "visible", "category"])]
        constraints = [
            models.CheckConstraint(condition=Q(price__gte=0), name="product_price_not_negative"),
            # Also the index the import looks products up by.
            models.UniqueConstraint(
                fields=["shop", "reference"],
                condition=~Q(reference=""),
                name="product_reference_unique_in_shop",
                violation_error_message=_("Un autre de vos produits a déjà cette référence."),
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        """Normalise the reference, so that no path stores « 2-07-036822-X » beside its
        ISBN-13; a malformed one raises ReferenceRefused (the forms and the import said why)."""
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "reference" in update_fields:
            self.reference = parse_reference(self.reference)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        try:
            self.reference = parse_reference(self.reference)
        except ReferenceRefused as error:
            raise ValidationError({"reference": str(error)}) from error

    @property
    def vat_amount(self) -> Decimal:
        rate = Decimal(self.vat_rate)
        return (self.price * rate / (100 + rate)).quantize(Decimal("0.01"))


class CatalogueImport(models.Model):
    """A CSV or XLSX file read and checked, waiting for the owner to confirm its good rows.

    Nothing from a file with errors reaches the catalogue unless the owner says so: the rows
    that passed wait here, with the report of those that did not.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("En attente")
        APPLIED = "applied", _("Importé")
        DISCARDED = "discarded", _("Abandonné")

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="imports")
    filename = models.CharField(max_length=200)
    rows = models.JSONField(default=list)
    errors = models.JSONField(default=list)
    state = models.CharField(max_length=10, choices=State, default=State.PENDING)
    #: What applying did: products created, and existing ones updated (same reference).
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.filename
