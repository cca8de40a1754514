"""Reads: a holder's certificates, what the public verification page may show, batches."""

from django.shortcuts import get_object_or_404
from django.utils import translation

from certificates.codes import normalise
from certificates.models import Certificate, CertificateBatch
from courses.live.selectors import events_by_id
from courses.models import CoursePage


def certificates_of(user) -> list[Certificate]:
    return list(Certificate.objects.filter(holder=user, superseded_at=None).order_by("-issued_at"))


def own_certificate(user, pk) -> Certificate:
    """The holder's current certificate; 404 for anyone else, as if it did not exist."""
    return get_object_or_404(Certificate, pk=pk, holder=user, superseded_at=None)


def certificate_by_id(pk) -> Certificate:
    return get_object_or_404(Certificate, pk=pk)


def own_batch(user, pk) -> CertificateBatch:
    """A batch its organiser started; 404 for anyone else's."""
    return get_object_or_404(CertificateBatch, pk=pk, created_by=user)


def batch_source(typed: str) -> tuple[str, str] | None:
    """The published course or event named ``course:<pk>`` or ``event:<pk>``, as (source,
    title) for ``batches.start``; None if it is not one."""
    kind, _sep, pk = typed.partition(":")
    if not pk.isdigit():
        return None
    if kind == "course":
        course = CoursePage.objects.live().filter(pk=pk).first()
        return (f"course:{course.pk}", course.title) if course else None
    event = events_by_id([int(pk)]).get(int(pk)) if kind == "event" else None
    return (f"event:{event.pk}", event.title) if event else None


def certificate_by_code(typed: str) -> Certificate | None:
    code = normalise(typed)
    if code is None:
        return None
    return Certificate.objects.select_related("replaced_by").filter(code=code).first()


def facts_of(certificate: Certificate):
    """What the PDF prints: the snapshot, never the live account or course. The page is in
    French whoever first asks for it, so the kind's label is too."""
    from certificates.pdf import CertificateFacts

    with translation.override("fr"):
        kind_label = certificate.get_kind_display()
    return CertificateFacts(
        holder_name=certificate.holder_name,
        business_name=certificate.business_name,
        title=certificate.title,
        kind_label=kind_label,
        hours=certificate.hours,
        completed_on=certificate.completed_on,
        issuer=certificate.issuer,
        code=certificate.code,
    )
