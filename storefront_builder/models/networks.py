"""Shops that join forces: the independent bookshops of a town, a market hall, a street's
association of shopkeepers.

A network is created by a merchant from her back office: she becomes its coordinator and her
shop its first member. She invites other published shops; each owner accepts or declines
from her own back office, and may leave at any time. A membership row holds the whole
story of one shop in one network (invited, then member, or declined), one row per pair,
so an invitation can never be sent twice at once and a refused one can be sent again.

The public page shows only the members that accepted and whose shop is online.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from storefront_builder.models.shop import Shop


class NetworkKind(models.TextChoices):
    BOOKSHOPS = "bookshops", _("Librairies indépendantes")
    MARKET_HALL = "market_hall", _("Halles, marché couvert")
    STREET = "street", _("Association de commerçants")
    OTHER = "other", _("Autre réseau de boutiques")


class Network(models.Model):
    name = models.CharField(_("nom du réseau"), max_length=120)
    slug = models.SlugField(_("adresse du réseau"), max_length=60, unique=True)
    kind = models.CharField(_("type de réseau"), max_length=20, choices=NetworkKind)
    commune = models.CharField(_("commune ou quartier"), max_length=120)
    description = models.TextField(_("présentation"), blank=True)
    #: Who invites and removes shops. Emptied if her account is deleted: the network, its
    #: page and its members stay, and the members can still leave it.
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coordinated_networks",
        verbose_name=_("coordinatrice ou coordinateur"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("réseau de boutiques")
        verbose_name_plural = _("réseaux de boutiques")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MembershipStatus(models.TextChoices):
    INVITED = "invited", _("Invitation envoyée")
    ACTIVE = "active", _("Membre")
    DECLINED = "declined", _("Invitation refusée")


class NetworkMembership(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="network_memberships")
    status = models.CharField(max_length=10, choices=MembershipStatus)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    invited_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("adhésion à un réseau")
        verbose_name_plural = _("adhésions à un réseau")
        constraints = [
            models.UniqueConstraint(fields=["network", "shop"], name="one_membership_per_shop"),
        ]
        indexes = [models.Index(fields=["shop", "status"])]

    def __str__(self):
        return f"{self.network_id} {self.shop_id} {self.status}"
