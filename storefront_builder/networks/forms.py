"""The coordinator's form for her network, and the customer's choice of member shop."""

from django import forms
from django.utils.translation import gettext_lazy as _

from storefront_builder.models import Network
from storefront_builder.ordering import MAX_QUANTITY


class NetworkForm(forms.ModelForm):
    class Meta:
        model = Network
        fields = ["name", "kind", "commune", "description"]
        labels = {"commune": _("Commune ou quartier")}
        help_texts = {
            "name": _("Ex. : Les librairies indépendantes de Lyon, Les Halles de Pézenas."),
            "commune": _("Où sont les boutiques du réseau : une commune, un quartier, une rue."),
            "description": _("Ce que les boutiques ont en commun, pour la page publique."),
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}


class InviteSearchForm(forms.Form):
    boutique = forms.CharField(
        label=_("Chercher une boutique à inviter"),
        max_length=100,
        help_text=_("Son nom ou sa commune ; seules les boutiques en ligne sont proposées."),
    )


class PickupChoiceForm(forms.Form):
    """« Commander ici » on a network page: the member's product she chose (each member's
    line is its own product), and how many."""

    product = forms.IntegerField(
        min_value=1,
        error_messages={"required": _("Choisissez la boutique où retirer ce produit.")},
    )
    quantity = forms.IntegerField(
        label=_("Quantité"), min_value=1, max_value=MAX_QUANTITY, initial=1
    )
