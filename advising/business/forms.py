"""The two plain forms of a business's page: a private note and a reminder to the owner."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NOTE_MAX_LENGTH = 5000
MESSAGE_MAX_LENGTH = 5000


class PlainLabelsForm(forms.Form):
    """Labels without the trailing colon: "Note privée", "Objet", "Message", as they read."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class NoteForm(PlainLabelsForm):
    body = forms.CharField(
        label=_("Note privée"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea({"rows": 4}),
        help_text=_("Lue par les conseillers qui suivent l'entreprise, jamais par son dirigeant."),
        error_messages={"required": _("Écrivez votre note.")},
    )


class ReminderForm(PlainLabelsForm):
    subject = forms.CharField(
        label=_("Objet"),
        max_length=200,
        error_messages={"required": _("Indiquez l'objet de la relance.")},
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea({"rows": 5}),
        help_text=_("Envoyé par e-mail au dirigeant de l'entreprise."),
        error_messages={"required": _("Écrivez le message de la relance.")},
    )

    def clean_subject(self):
        # An e-mail header cannot span lines; refuse rather than silently rewrite it.
        subject = self.cleaned_data["subject"]
        if "\n" in subject or "\r" in subject:
            raise ValidationError(_("L'objet doit tenir sur une seule ligne."))
        return subject
