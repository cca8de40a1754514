"""Reads of the list of communes: is what a merchant typed a real commune with its postcode?"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.places.matching import commune_key
from core.places.models import Commune, CommunePostcode

#: Beyond this, a list of communes or postcodes in a message helps nobody.
LISTED = 6


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:LISTED])
    return f"{shown}…" if len(items) > LISTED else shown


def communes_with_postcode(postcode: str) -> list[Commune]:
    """The communes a postcode serves, in the order of their INSEE codes.

    Two single-table queries rather than a join: right after a bulk load, before PostgreSQL's
    planner has statistics, it joined the two tables by scanning one for each row of the other
    (minutes for an unknown postcode); each of these can only be a quick scan or index look-up.
    """
    ids = list(
        CommunePostcode.objects.filter(postcode=postcode).values_list("commune_id", flat=True)
    )
    return list(Commune.objects.filter(pk__in=ids)) if ids else []


def _postcodes(commune: Commune) -> list[str]:
    return sorted(item.postcode for item in commune.postcodes.all())


def check_commune(name: str, postcode: str) -> Commune:
    """The commune named ``name`` that has ``postcode``, with its official spelling.

    Homonyms (a dozen « Sainte-Colombe ») are told apart by the postcode. Raises
    ValidationError keyed by the input at fault, « commune » or « postcode », with a message
    that says what to check; both when both are wrong. Two queries on indexes, two more to
    explain a refusal.
    """
    key = commune_key(name)
    named = list(Commune.objects.filter(key=key).prefetch_related("postcodes")) if key else []
    for commune in named:
        if postcode in _postcodes(commune):
            return commune

    serving = communes_with_postcode(postcode)
    errors = {}
    if not named:
        message = _(
            "Nous ne trouvons pas de commune « %(name)s » en France : vérifiez l'orthographe."
        )
        message %= {"name": name}
        if serving:
            message += " " + _("Le code postal %(postcode)s est celui de : %(communes)s.") % {
                "postcode": postcode,
                "communes": _listed([commune.name for commune in serving]),
            }
        errors["commune"] = message
    if not serving:
        errors["postcode"] = _("Le code postal %(postcode)s n'existe pas.") % {"postcode": postcode}
    elif len(named) == 1:
        codes = _postcodes(named[0])
        errors["postcode"] = ngettext(
            "Le code postal %(postcode)s ne correspond pas à %(name)s : cette commune a le "
            "code %(codes)s.",
            "Le code postal %(postcode)s ne correspond pas à %(name)s : cette commune a les "
            "codes %(codes)s.",
            len(codes),
        ) % {"postcode": postcode, "name": named[0].name, "codes": _listed(codes)}
    elif named:
        codes = sorted({code for commune in named for code in _postcodes(commune)})
        errors["postcode"] = _(
            "Le code postal %(postcode)s ne correspond à aucune des %(count)s communes "
            "nommées « %(name)s » : leurs codes sont %(codes)s."
        ) % {
            "postcode": postcode,
            "count": len(named),
            "name": named[0].name,
            "codes": _listed(codes),
        }
    raise ValidationError(errors)
