"""The storefront's forms: adding to the basket and checking out.

The slot field's choices are the slots still bookable when the page is built; the order
itself checks again (``place_order``), since a slot can fill between showing and posting.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from storefront_builder.ordering import MAX_QUANTITY
from storefront_builder.phones import normalise_phone


def french_phone(value: str) -> str:
    """A French number, written as 06 12 34 56 78; raises ValidationError otherwise."""
    phone = normalise_phone(value)
    if phone is None:
        raise ValidationError(
            _("Saisissez un numéro de téléphone français, par exemple 06 12 34 56 78.")
        )
    return phone


class AddToBasketForm(forms.Form):
    product = forms.IntegerField(min_value=1)
    quantity = forms.IntegerField(
        label=_("Quantité"), min_value=1, max_value=MAX_QUANTITY, initial=1
    )


class CheckoutForm(forms.Form):
    customer_name = forms.CharField(label=_("Nom et prénom"), max_length=120)
    customer_email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("Pour recevoir la confirmation et le lien de suivi de votre commande."),
    )
    customer_phone = forms.CharField(
        label=_("Téléphone"),
        max_length=20,
        help_text=_("La boutique vous appelle en cas d'imprévu."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    note = forms.CharField(
        label=_("Remarque pour la boutique (facultatif)"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    slot = forms.TypedChoiceField(
        label=_("Créneau de retrait"),
        coerce=int,
        error_messages={
            "required": _("Choisissez un créneau de retrait."),
            "invalid_choice": _("Ce créneau n'est plus disponible. Choisissez-en un autre."),
        },
    )

    def __init__(self, *args, slots=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [(slot.pk, str(slot.pk)) for slot in slots]
        self.fields["customer_name"].widget.attrs["autocomplete"] = "name"
        self.fields["customer_email"].widget.attrs["autocomplete"] = "email"

    def clean_customer_name(self):
        name = self.cleaned_data["customer_name"].strip()
        if not name:
            raise ValidationError(_("Indiquez votre nom."))
        return name

    def clean_customer_phone(self):
        return french_phone(self.cleaned_data["customer_phone"])
