"""The official list of French communes and their postcodes, as INSEE and La Poste publish it.

It is loaded from the maintained data package ``@etalab/decoupage-administratif`` by
``manage.py load_communes`` and never written by hand: what a merchant types as her commune
and postcode is checked against it (core.places.selectors). Shops use it now, business
profiles later, hence its place in core.

Postcodes have a table of their own so that both questions asked of them, « is P a postcode
of C? » and « which communes have P? », are one indexed query each.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommuneKind(models.TextChoices):
    COMMUNE = "commune-actuelle", _("commune")
    ARRONDISSEMENT = "arrondissement-municipal", _("arrondissement municipal")


class Commune(models.Model):
    """A commune, or an arrondissement of Paris, Lyon or Marseille (they have postcodes of
    their own; the city itself is kept too, with all of them)."""

    insee_code = models.CharField(_("code INSEE"), max_length=5, unique=True)
    name = models.CharField(_("nom"), max_length=120)
    #: What names are compared on (core.places.matching.commune_key), never what is shown.
    key = models.CharField(_("nom pour la recherche"), max_length=120, db_index=True)
    department = models.CharField(_("département"), max_length=3)
    kind = models.CharField(_("type"), max_length=24, choices=CommuneKind.choices)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["insee_code"]

    def __str__(self):
        return f"{self.name} ({self.department})"


class CommunePostcode(models.Model):
    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="postcodes")
    postcode = models.CharField(_("code postal"), max_length=5, db_index=True)

    class Meta:
        verbose_name = _("code postal d'une commune")
        verbose_name_plural = _("codes postaux des communes")
        constraints = [
            models.UniqueConstraint(fields=["commune", "postcode"], name="unique_commune_postcode")
        ]

    def __str__(self):
        return f"{self.postcode} {self.commune.name}"
