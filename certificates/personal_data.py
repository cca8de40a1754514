"""A holder's certificates under the RGPD.

Export: every certificate she holds, replaced ones included, with its PDF when rendered.

Erasure: the certificates stay, revoked "à la demande du titulaire", without her name nor her
business's, and without their PDF: the code printed on a paper copy still answers on the
verification page (revoked, no name) and the Open Badges assertion answers 410 with the
reason. The holder's row is the account's anonymised stub (``holder`` is PROTECT), so no
certificate ever points to nobody.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import (
    Erasure,
    Kept,
    Part,
    Section,
    delete_files_after_commit,
    file_reader,
    register,
)
from certificates.models import Certificate, CertificateBatch

#: Stored as the revocation's reason, in French like the rest of the certificate's facts.
ERASED_REASON = "Révoqué à la demande du titulaire (effacement de son compte)."


def export_certificates(user) -> Part:
    certificates = list(Certificate.objects.filter(holder=user).order_by("issued_at", "pk"))
    return Part(
        [
            {
                "code": c.code,
                "kind": c.get_kind_display(),
                "title": c.title,
                "holder_name": c.holder_name,
                "business_name": c.business_name,
                "hours": c.hours,
                "completed_on": c.completed_on,
                "issuer": c.issuer,
                "issued_at": c.issued_at,
                "superseded_at": c.superseded_at,
                "revoked_at": c.revoked_at,
                "revoked_reason": c.revoked_reason,
            }
            for c in certificates
        ],
        [(f"certificat-{c.code}.pdf", file_reader(c.pdf)) for c in certificates if c.pdf],
    )


def erase_certificates(erasure: Erasure) -> None:
    held = Certificate.objects.filter(holder=erasure.user)
    delete_files_after_commit([c.pdf for c in held.exclude(pdf="")])
    _forget_batches_holding(erasure.user)
    held.filter(revoked_at__isnull=True).update(
        revoked_at=erasure.at, revoked_reason=ERASED_REASON, revoked_by=None
    )
    held.filter(~Q(holder_name="") | ~Q(business_name="") | ~Q(pdf="")).update(
        holder_name="", business_name="", pdf=""
    )


def _forget_batches_holding(user) -> None:
    """Delete the organisers' ZIP batches that may hold her certificates, with their files.

    A batch covers a course's or an event's completions (``course:<pk>``, ``event:<pk>``,
    optionally narrowed to a cohort), and its ZIP holds each PDF with her name: kept, it
    would outlive the erasure. An organiser who still needs one asks for it again, and the
    new ZIP is made from what is left. Runs before the learning and events sections delete
    her enrolments and registrations (section order), which say which batches those are.
    """
    from courses.live.models import Registration
    from courses.models import Enrolment

    courses = Enrolment.objects.filter(user=user).values_list("course_id", flat=True)
    events = Registration.objects.filter(user=user).values_list("event_id", flat=True)
    prefixes = [f"course:{pk}" for pk in courses] + [f"event:{pk}" for pk in events]
    if not prefixes:
        return
    covering = Q()
    for prefix in prefixes:
        covering |= Q(source=prefix) | Q(source__startswith=f"{prefix}:")
    batches = CertificateBatch.objects.filter(covering)
    delete_files_after_commit([batch.archive for batch in batches.exclude(archive="")])
    batches.delete()


def certificates_kept() -> list[Kept]:
    return [
        Kept(
            _("Le code, l'intitulé et la date de vos certificats, révoqués et sans votre nom."),
            _(
                "Pour que la page de vérification réponde toujours à qui présente un ancien "
                "certificat : « révoqué à la demande du titulaire »."
            ),
        )
    ]


SECTION = Section(
    key="certificates",
    order=20,
    export=export_certificates,
    erase=erase_certificates,
    kept=certificates_kept,
)


def register_section() -> None:
    register(SECTION)
