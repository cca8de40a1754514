"""What a shop sells."""

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from storefront_builder.models.shop import Shop


class VatRate(models.TextChoices):
    """French VAT rates: standard, intermediate, reduced (food, books), special (press)."""

    STANDARD = "20.0", _("20 %")
    INTERMEDIATE = "10.0", _("10 %")
    REDUCED = "5.5", _("5,5 %")
    SPECIAL = "2.1", _("2,1 %")


class Product(models.Model):
    """A product of a shop. ``stock`` None means unlimited (made to order, services)."""

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="products")
    name = models.CharField(_("nom"), max_length=120)
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
        ]

    def __str__(self):
        return self.name

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
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.filename
