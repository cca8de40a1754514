"""Writes of a business's page: private notes and reminders e-mailed to the owner.

Both check that the author follows the business (staff follow them all), whatever the view
did before: a note or a reminder about a business outside one's portfolio is never written.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from advising.business.emails import send_reminder_email
from advising.business.forms import MESSAGE_MAX_LENGTH, NOTE_MAX_LENGTH
from advising.models import Note, Reminder
from onboarding.profile.models import Business
from onboarding.profile.selectors import follows


def _require_follower(user, business: Business) -> None:
    if not follows(user, business):
        raise PermissionDenied


def add_note(business: Business, *, author, body: str) -> Note:
    """A private note: read by the advisors following the business and staff, never its owner."""
    _require_follower(author, business)
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Écrivez votre note.")})
    return Note.objects.create(business=business, author=author, body=body[:NOTE_MAX_LENGTH])


def send_reminder(business: Business, *, sender, subject: str, message: str) -> Reminder:
    """E-mail the owner once the reminder is stored, and keep it for the timeline.

    The e-mail leaves after commit: a reminder whose row was rolled back is never sent.
    """
    _require_follower(sender, business)
    subject = " ".join((subject or "").split())[:200]
    message = (message or "").strip()[:MESSAGE_MAX_LENGTH]
    errors = {}
    if not subject:
        errors["subject"] = _("Indiquez l'objet de la relance.")
    if not message:
        errors["message"] = _("Écrivez le message de la relance.")
    if not business.owner.email:
        errors["__all__"] = _("Le dirigeant n'a pas d'adresse e-mail : la relance ne peut partir.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        reminder = Reminder.objects.create(
            business=business, sent_by=sender, subject=subject, message=message
        )
        send_reminder_email(reminder)
    return reminder
