"""What advisors hold about an owner, under the RGPD.

Export: the reminders advisors e-mailed her (she received them) and the invitations sent to
her address. Not the private notes: the project's rule is that advisors' notes are theirs
(``advising.models.Note``: "read by its advisors and staff, never by its owner"); they are
working notes about the business, not a record she was given.

Erasure: reminders, notes and invitations go (no law asks to keep them). Assignments and
cohort memberships stay, so her advisors see "Compte effacé" and its date in their portfolio
rather than a business that vanished without a word.
"""

from accounts.personal_data import Erasure, Part, Section, register
from advising.models import Invitation, Note, Reminder


def export_advising(user) -> Part:
    reminders = Reminder.objects.filter(business__owner=user).order_by("sent_at", "pk")
    invitations = Invitation.objects.filter(email__iexact=user.email).order_by("created_at")
    return Part(
        {
            "reminders_received": [
                {"subject": r.subject, "message": r.message, "sent_at": r.sent_at}
                for r in reminders
            ],
            "invitations_received": [
                {"message": i.message, "created_at": i.created_at, "accepted_at": i.accepted_at}
                for i in invitations
            ],
        }
    )


def erase_advising(erasure: Erasure) -> None:
    Reminder.objects.filter(business__owner=erasure.user).delete()
    Note.objects.filter(business__owner=erasure.user).delete()
    Invitation.objects.filter(email__iexact=erasure.email).delete()


SECTION = Section(key="advising", order=50, export=export_advising, erase=erase_advising)


def register_section() -> None:
    register(SECTION)
