"""The wizard's forms: they parse what was typed; the rules live in services and banking."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from onboarding.dossiers import banking
from onboarding.dossiers.models import Status
from onboarding.grants.models import ExpenseCategory

AMOUNT = {
    "max_digits": 10,
    "decimal_places": 2,
    "min_value": Decimal("0.01"),
    "localize": True,
}


class ExpenseForm(forms.Form):
    supplier = forms.CharField(label=_("Fournisseur"), max_length=200)
    invoice_number = forms.CharField(label=_("Numéro de facture"), max_length=60)
    invoice_date = forms.DateField(
        label=_("Date de la facture"), widget=forms.DateInput(attrs={"type": "date"})
    )
    amount_ht = forms.DecimalField(label=_("Montant HT (€)"), **AMOUNT)
    amount_ttc = forms.DecimalField(label=_("Montant TTC (€)"), **AMOUNT)
    category = forms.ChoiceField(label=_("Catégorie"), choices=ExpenseCategory.choices)
    invoice = forms.FileField(
        label=_("Facture (PDF, JPEG ou PNG, 10 Mo au plus)"),
        widget=forms.ClearableFileInput(
            attrs={"accept": "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"}
        ),
    )

    def clean(self):
        cleaned = super().clean()
        ht, ttc = cleaned.get("amount_ht"), cleaned.get("amount_ttc")
        if ht is not None and ttc is not None and ttc < ht:
            self.add_error(
                "amount_ttc", _("Le montant TTC ne peut pas être inférieur au montant HT.")
            )
        return cleaned

    def fields_for_service(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in (
                "supplier",
                "invoice_number",
                "invoice_date",
                "amount_ht",
                "amount_ttc",
                "category",
            )
        }


class BankForm(forms.Form):
    account_holder = forms.CharField(label=_("Titulaire du compte"), max_length=200)
    iban = forms.CharField(
        label=_("IBAN"),
        max_length=50,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    bic = forms.CharField(
        label=_("BIC"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            iban, bic, holder = banking.clean_bank_details(
                cleaned["iban"], cleaned["bic"], cleaned["account_holder"]
            )
        except ValidationError as error:
            for field, errors in error.error_dict.items():
                for item in errors:
                    self.add_error(field, item)
            return cleaned
        cleaned.update(iban=iban, bic=bic, account_holder=holder)
        return cleaned


class StatementForm(forms.Form):
    name = forms.CharField(label=_("Vos prénom et nom"), max_length=200)
    accepted = forms.BooleanField(
        label=_("Je fais cette déclaration sur l'honneur."),
        error_messages={
            "required": _("Cochez la case pour faire votre déclaration sur l'honneur.")
        },
    )


class SubmissionForm(forms.Form):
    reference = forms.CharField(
        label=_("Référence de dépôt donnée par le financeur"),
        max_length=100,
        error_messages={"required": _("Indiquez la référence de dépôt donnée par le financeur.")},
    )


class DecisionForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Réponse du financeur"),
        choices=[
            (status.value, status.label)
            for status in (Status.MORE_INFO, Status.APPROVED, Status.PAID, Status.REJECTED)
        ],
    )
    note = forms.CharField(
        label=_("Précisions"), required=False, max_length=2000, widget=forms.Textarea({"rows": 3})
    )


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Commentaire"),
        max_length=5000,
        widget=forms.Textarea({"rows": 4}),
        error_messages={"required": _("Écrivez votre commentaire.")},
    )
    asks_changes = forms.BooleanField(
        label=_("Demander des modifications avant le dépôt"), required=False
    )
