"""What the shop tells its merchant, and the dated closures she sets.

``MerchantNotice`` is written before a notice leaves, under a unique constraint on
(shop, kind, key): the morning summary of a given day, or the low-stock alert of a given
product at a given moment, is sent at most once whoever asks and however often a worker
retries or restarts.
"""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from storefront_builder.models.shop import Shop


class NoticeKind(models.TextChoices):
    MORNING_SUMMARY = "morning_summary", _("Récapitulatif du matin")
    LOW_STOCK = "low_stock", _("Alerte de stock bas")


class MerchantNotice(models.Model):
    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=20, choices=NoticeKind)
    #: What makes the notice unique within its kind: the day for a summary, the product
    #: and the stock episode for an alert.
    key = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["shop", "kind", "key"], name="merchant_notice_once"),
        ]

    def __str__(self):
        return f"{self.shop_id} {self.kind} {self.key}"


class ShopClosure(models.Model):
    """A dated closure: holidays (whole days) or exceptional hours (part of a day).

    Slots that start inside ``[starts_at, ends_at)`` are closed; the storefront and the
    window poster show the closure.
    """

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="closures")
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))
    label = models.CharField(_("motif"), max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("fermeture exceptionnelle")
        verbose_name_plural = _("fermetures exceptionnelles")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")), name="closure_range_valid"
            ),
        ]
        indexes = [models.Index(fields=["shop", "ends_at"])]

    def __str__(self):
        return f"{self.shop_id} {self.starts_at:%Y-%m-%d}–{self.ends_at:%Y-%m-%d}"
