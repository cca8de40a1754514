"""Customers' orders, for pickup in a slot, paid at pickup."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from storefront_builder.models.catalogue import Product
from storefront_builder.models.shop import Shop, Slot


class OrderStatus(models.TextChoices):
    NEW = "new", _("Nouvelle")
    PREPARING = "preparing", _("En préparation")
    READY = "ready", _("Prête")
    COLLECTED = "collected", _("Retirée")
    CANCELLED = "cancelled", _("Annulée")


class Order(models.Model):
    """An order: everything it asked for was reserved (slot and stock), or it does not exist.

    ``token`` is the secret in the customer's private link; ``number`` is what she says at
    the counter. Lines keep the name and price as they were when ordered.
    """

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="orders")
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="orders")
    number = models.CharField(_("numéro"), max_length=12)
    token = models.CharField(max_length=64, unique=True, editable=False)
    customer_name = models.CharField(_("nom"), max_length=120)
    customer_email = models.EmailField(_("e-mail"))
    customer_phone = models.CharField(_("téléphone"), max_length=20)
    note = models.CharField(_("remarque"), max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=OrderStatus, default=OrderStatus.NEW)
    total = models.DecimalField(max_digits=10, decimal_places=2)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    collected_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by_customer = models.BooleanField(default=False)
    #: When the customer's name, e-mail, phone and remark were erased (at her request from her
    #: order page, or with the shop's account); the accounting (lines, amounts) stays.
    customer_erased_at = models.DateTimeField(null=True, blank=True, editable=False)
    #: The language of the page she ordered from: every e-mail to her about this order
    #: (confirmation, ready, cancellation) is written in it, whoever triggers it.
    language = models.CharField(
        _("langue"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        ordering = ["slot__starts_at", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["shop", "number"], name="order_number_unique_in_shop"),
        ]
        indexes = [models.Index(fields=["shop", "status"])]

    def __str__(self):
        return self.number


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(Product, on_delete=models.SET_NULL, null=True, related_name="+")
    name = models.CharField(max_length=120)
    unit_price = models.DecimalField(max_digits=8, decimal_places=2)
    vat_rate = models.CharField(max_length=4)
    quantity = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__gte=1), name="order_line_quantity_positive"
            ),
        ]

    def __str__(self):
        return f"{self.quantity} × {self.name}"

    @property
    def amount(self):
        return self.unit_price * self.quantity
