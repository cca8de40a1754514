"""The sign-up form (allauth's, with the person's name and consent to the terms) and the
account's language."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _

from accounts.privacy import consent_record


class SignupForm(AllauthSignupForm):
    first_name = forms.CharField(
        label=_("Prénom"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Nom"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    accept_terms = forms.BooleanField(
        label=_("J'accepte les conditions d'utilisation et la politique de confidentialité."),
        error_messages={"required": _("Vous devez accepter les conditions pour créer un compte.")},
    )

    field_order = ["first_name", "last_name", "email", "password1", "password2", "accept_terms"]

    def clean_first_name(self):
        return self.cleaned_data["first_name"].strip()

    def clean_last_name(self):
        return self.cleaned_data["last_name"].strip()

    def try_save(self, request):
        """Pay for the password hash on the known-address path too.

        For a new address allauth hashes the password (most of the cost: PBKDF2's million
        rounds) and creates the rows; for an address that has an account it only queues an
        e-mail, and answered some 30 times faster (20 ms against 650 ms), which told a script
        which addresses have an account. Hashing the typed password here, and throwing the
        result away, makes both answers cost the same (bench/signup_timing.py); both e-mails
        leave after the commit, through the task worker.
        """
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

    def signup(self, request, user):
        """allauth's hook once the user is saved: the consent, with its version and date."""
        consent_record(user=user)


class LanguageForm(forms.Form):
    """The account page's choice of language: the site's and her e-mails'."""

    language = forms.ChoiceField(
        label=_("Langue du site et de vos e-mails"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
