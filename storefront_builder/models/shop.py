"""A shop's storefront: who it is, how it looks, when it opens, how pickups work."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class ShopCategory(models.TextChoices):
    BAKERY = "bakery", _("Boulangerie, pâtisserie")
    BUTCHER = "butcher", _("Boucherie, charcuterie, traiteur")
    CHEESE = "cheese", _("Fromagerie, crèmerie")
    GROCERY = "grocery", _("Épicerie, primeur")
    WINE = "wine", _("Cave, boissons")
    BOOKSHOP = "bookshop", _("Librairie, papeterie")
    FLORIST = "florist", _("Fleuriste, jardinerie")
    CLOTHING = "clothing", _("Vêtements, chaussures")
    GIFTS = "gifts", _("Cadeaux, décoration")
    BEAUTY = "beauty", _("Beauté, parfumerie")
    HARDWARE = "hardware", _("Bricolage, quincaillerie")
    OTHER = "other", _("Autre commerce")


class ShopStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    PUBLISHED = "published", _("En ligne")


class Shop(models.Model):
    """A storefront, built step by step by its owner and published when she says so.

    ``description`` keeps what the owner typed; ``description_html`` is what the public page
    shows, sanitised on save (see ``storefront_builder.sanitise``): nothing typed is lost, nothing
    typed runs.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shops"
    )
    business = models.ForeignKey(
        "businesses.Business",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shops",
    )
    # Identity.
    name = models.CharField(_("nom de la boutique"), max_length=120)
    slug = models.SlugField(_("adresse de la boutique"), max_length=60, unique=True)
    category = models.CharField(_("catégorie"), max_length=20, choices=ShopCategory)
    street_address = models.CharField(_("adresse"), max_length=200)
    postcode = models.CharField(_("code postal"), max_length=5)
    commune = models.CharField(_("commune"), max_length=120)
    #: Where the shop is (WGS 84), placed by its owner on the wizard's map; the address stays
    #: as she typed it. Empty for a shop not placed yet: the position is encouraged, optional.
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    phone = models.CharField(_("téléphone"), max_length=20)
    description = models.TextField(_("présentation"), blank=True)
    description_html = models.TextField(editable=False, blank=True)
    # Branding.
    logo = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    cover = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    palette = models.CharField(_("couleurs"), max_length=20, default="ocean")
    # Click and collect.
    slot_minutes = models.PositiveSmallIntegerField(_("durée d'un créneau (minutes)"), default=30)
    capacity_per_slot = models.PositiveSmallIntegerField(_("commandes par créneau"), default=4)
    lead_time_minutes = models.PositiveSmallIntegerField(
        _("délai de préparation (minutes)"), default=60
    )
    booking_horizon_days = models.PositiveSmallIntegerField(
        _("réservation possible jusqu'à (jours)"), default=7
    )
    pickup_instructions = models.TextField(_("instructions de retrait"), blank=True)
    # Payment: at pickup only for now; online card payment can come later.
    pay_at_pickup = models.BooleanField(_("paiement au retrait"), default=True)
    # Publication.
    status = models.CharField(max_length=10, choices=ShopStatus, default=ShopStatus.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    orders_paused = models.BooleanField(_("commandes en pause"), default=False)
    pause_message = models.CharField(_("message de pause"), max_length=200, blank=True)
    # The merchant's notices: every new order and cancellation, and the morning summary.
    notify_orders = models.BooleanField(_("m'écrire à chaque commande"), default=True)
    notify_morning_summary = models.BooleanField(
        _("m'envoyer le récapitulatif des retraits du jour"), default=True
    )
    #: The wizard steps the owner has saved at least once, for "resume where I left off".
    completed_steps = models.JSONField(default=list, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("boutique")
        verbose_name_plural = _("boutiques")
        indexes = [models.Index(fields=["status", "commune"])]

    def __str__(self):
        return self.name

    @property
    def is_published(self) -> bool:
        return self.status == ShopStatus.PUBLISHED


class OpeningHours(models.Model):
    """One opening range on a weekday (a shop closing at lunch has two)."""

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("jour"))  # 0 = Monday, as date.weekday()
    opens = models.TimeField(_("ouverture"))
    closes = models.TimeField(_("fermeture"))

    class Meta:
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(condition=Q(weekday__lte=6), name="opening_weekday_valid"),
            models.CheckConstraint(condition=Q(opens__lt=F("closes")), name="opening_range_valid"),
        ]

    def __str__(self):
        return f"{self.weekday} {self.opens:%H:%M}–{self.closes:%H:%M}"


class PickupWindow(models.Model):
    """When customers may collect on a weekday; cut into slots of ``shop.slot_minutes``."""

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="pickup_windows")
    weekday = models.PositiveSmallIntegerField(_("jour"))
    starts = models.TimeField(_("début"))
    ends = models.TimeField(_("fin"))

    class Meta:
        ordering = ["weekday", "starts"]
        constraints = [
            models.CheckConstraint(condition=Q(weekday__lte=6), name="pickup_weekday_valid"),
            models.CheckConstraint(condition=Q(starts__lt=F("ends")), name="pickup_range_valid"),
        ]

    def __str__(self):
        return f"{self.weekday} {self.starts:%H:%M}–{self.ends:%H:%M}"


class Slot(models.Model):
    """One pickup slot, made when first offered, so that it can be counted and locked.

    ``booked`` only moves through conditional UPDATEs (``booked < capacity``), and the check
    constraint is the last line of defence: a slot can never hold more orders than its
    capacity, whatever the interleaving of requests.
    """

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    capacity = models.PositiveSmallIntegerField()
    booked = models.PositiveSmallIntegerField(default=0)
    closed = models.BooleanField(_("fermé"), default=False)
    #: Closed by the merchant on the orders board, not by a dated closure: deleting a
    #: closure reopens only the slots it closed.
    closed_by_hand = models.BooleanField(default=False)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["shop", "starts_at"], name="one_slot_per_start"),
            models.CheckConstraint(
                condition=Q(booked__lte=F("capacity")), name="slot_never_overbooked"
            ),
        ]

    def __str__(self):
        return f"{self.shop_id} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def remaining(self) -> int:
        return max(0, self.capacity - self.booked)
