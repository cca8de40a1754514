"""Reads: a holder's certificates, what the public verification page may show, batches."""

from django.shortcuts import get_object_or_404
from django.utils import translation

from accounts.roles import Role, role_of
from certificates.codes import normalise
from certificates.models import Certificate, CertificateBatch
from core.ids import parse_id
from core.translations import original_of
from courses.live.selectors import events_by_id
from courses.models import CoursePage
from onboarding.profile.selectors import visible_businesses


def certificates_of(user) -> list[Certificate]:
    return list(Certificate.objects.filter(holder=user, superseded_at=None).order_by("-issued_at"))


def own_certificate(user, pk) -> Certificate:
    """The holder's current certificate; 404 for anyone else, as if it did not exist."""
    return get_object_or_404(Certificate, pk=pk, holder=user, superseded_at=None)


def certificate_by_id(pk) -> Certificate:
    return get_object_or_404(Certificate, pk=pk)


def may_revoke(user, certificate: Certificate) -> bool:
    """Whether ``user`` may revoke ``certificate``: staff, any; an advisor, only those of the
    people whose business she follows (the rule of ``visible_businesses``). The page and the
    form's address are public, so the role alone would let any advisor revoke anyone's."""
    role = role_of(user)
    if role is Role.STAFF:
        return True
    if role is not Role.ADVISOR:
        return False
    return visible_businesses(user).filter(owner_id=certificate.holder_id).exists()


def own_batch(user, pk) -> CertificateBatch:
    """A batch its organiser started; 404 for anyone else's."""
    return get_object_or_404(CertificateBatch, pk=pk, created_by=user)


def batch_source(typed: str) -> tuple[str, str] | None:
    """The published course or event named ``course:<pk>`` or ``event:<pk>``, as (source,
    title) for ``batches.start``; None if it is not one."""
    kind, _sep, typed_pk = typed.partition(":")
    pk = parse_id(typed_pk)
    if pk is None:
        return None
    if kind == "course":
        # A translation's id names its default-locale course, the one completions point to.
        course = original_of(CoursePage.objects.live().filter(pk=pk).first())
        return (f"course:{course.pk}", course.title) if course else None
    event = events_by_id([pk]).get(pk) if kind == "event" else None
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
