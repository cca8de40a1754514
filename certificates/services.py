"""Writes: issuing (automatic and by hand), reissuing after a correction, revoking."""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.selectors import user_language
from certificates.models import Certificate
from certificates.tasks import render_certificate
from core.emails import email_render, email_send_after_commit

ISSUER = "Accélérateur du numérique"


def _hours(minutes: float) -> str:
    hours = round(minutes / 60, 1)
    text = f"{hours:g}".replace(".", ",")
    return f"{text} h"


def issue(
    *,
    holder,
    kind: str,
    source: str,
    title: str,
    completed_on: date,
    hours: str = "",
    by=None,
) -> Certificate:
    """Issue once per source: a second call (a retried task, a double signal) returns the same."""
    existing = Certificate.objects.filter(holder=holder, source=source, superseded_at=None).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                holder=holder,
                kind=kind,
                source=source,
                holder_name=holder.get_full_name() or holder.email,
                title=title,
                hours=hours,
                completed_on=completed_on,
                issuer=ISSUER,
                issued_by=by,
            )
    except IntegrityError:
        return Certificate.objects.get(holder=holder, source=source, superseded_at=None)
    _announce(certificate)
    return certificate


def issue_for_enrolment(enrolment) -> Certificate:
    course = enrolment.course
    return issue(
        holder=enrolment.user,
        kind=Certificate.Kind.COURSE,
        source=f"enrolment:{enrolment.pk}",
        title=course.title,
        hours=_hours(float(course.effort_hours) * 60),
        completed_on=timezone.localdate(enrolment.completed_at),
    )


def issue_for_registration(registration) -> Certificate:
    from courses.live.models import BootcampPage

    event = registration.event.specific
    minutes = sum((s.end - s.start).total_seconds() / 60 for s in event.sessions())
    return issue(
        holder=registration.user,
        kind=(
            Certificate.Kind.BOOTCAMP
            if isinstance(event, BootcampPage)
            else Certificate.Kind.WEBINAR
        ),
        source=f"registration:{registration.pk}",
        title=event.title,
        hours=_hours(minutes),
        completed_on=timezone.localdate(registration.completed_at),
    )


def reissue(certificate: Certificate, *, holder_name: str, by) -> Certificate:
    """A correction (a misspelt name): a new certificate and code; the old one is kept, marked
    superseded, and its verification page points to the new one."""
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        old.superseded_at = timezone.now()
        old.save(update_fields=["superseded_at"])
        new = Certificate.objects.create(
            holder=old.holder,
            kind=old.kind,
            source=old.source,
            holder_name=holder_name.strip(),
            business_name=old.business_name,
            title=old.title,
            hours=old.hours,
            completed_on=old.completed_on,
            issuer=old.issuer,
            issued_by=by,
            replaces=old,
        )
    _announce(new)
    return new


def revoke(certificate: Certificate, *, reason: str, by) -> Certificate:
    Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason.strip(), revoked_by=by
    )
    certificate.refresh_from_db()
    return certificate


def _announce(certificate: Certificate) -> None:
    """The holder's e-mail with the link, in her language, and the PDF's rendering, queued
    after commit."""
    transaction.on_commit(lambda: render_certificate.enqueue(certificate_id=str(certificate.pk)))
    email_send_after_commit(
        email_render(
            template_prefix="certificates/email_issued",
            context={"certificate": certificate},
            to=[certificate.holder.email],
            language=user_language(certificate.holder),
        )
    )
