"""Cohort batches: issue every certificate of a course or an event, then one ZIP of them.

Safe to run again at any point: issuing is idempotent (one current certificate per source,
under a unique constraint), PDFs already stored are not rendered again, and ``done`` is
recomputed from what is stored. A worker that dies mid-way loses at most one chunk of work.
"""

import io
import zipfile
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from certificates import services
from certificates.models import Certificate, CertificateBatch
from certificates.rendering import store_pdfs

CHUNK = 25
# A running batch that has not moved for this long lost its worker: it may be run again.
STALE_AFTER = timedelta(minutes=2)


class BatchError(Exception):
    pass


def _completions(source: str):
    """The completions a batch covers, and how to issue for each."""
    kind, _sep, pk = source.partition(":")
    if kind == "course":
        from courses.models import Enrolment

        rows = Enrolment.objects.filter(course_id=pk, completed_at__isnull=False)
        return rows.select_related("user", "course"), services.issue_for_enrolment
    if kind == "event":
        from events.models import Registration

        rows = Registration.objects.filter(event_id=pk, completed_at__isnull=False)
        return rows.select_related("user", "event"), services.issue_for_registration
    raise BatchError(source)


def start(*, source: str, title: str, by) -> CertificateBatch:
    _completions(source)  # refuses unknown kinds
    batch = CertificateBatch.objects.create(source=source, title=title, created_by=by)
    enqueue(batch)
    return batch


def enqueue(batch: CertificateBatch) -> None:
    from certificates.tasks import run_batch

    transaction.on_commit(lambda: run_batch.enqueue(batch_id=str(batch.pk)))


def resume_if_stale(batch: CertificateBatch) -> bool:
    stale = timezone.now() - batch.updated_at > STALE_AFTER
    if batch.status in (CertificateBatch.Status.PENDING, CertificateBatch.Status.RUNNING) and stale:
        CertificateBatch.objects.filter(pk=batch.pk).update(updated_at=timezone.now())
        enqueue(batch)
        return True
    return False


def _progress(batch: CertificateBatch, **fields) -> None:
    fields["updated_at"] = timezone.now()
    CertificateBatch.objects.filter(pk=batch.pk).update(**fields)


def run(batch_id: str) -> str:
    batch = CertificateBatch.objects.get(pk=batch_id)
    if batch.status == CertificateBatch.Status.DONE:
        return batch.status
    rows, issue = _completions(batch.source)
    certificates = [issue(row) for row in rows]
    missing = [certificate for certificate in certificates if not certificate.pdf]
    done = len(certificates) - len(missing)
    _progress(batch, status=CertificateBatch.Status.RUNNING, total=len(certificates), done=done)
    for start_at in range(0, len(missing), CHUNK):
        chunk = missing[start_at : start_at + CHUNK]
        store_pdfs(chunk)
        done += len(chunk)
        _progress(batch, done=done)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for certificate in Certificate.objects.filter(
            pk__in=[c.pk for c in certificates], revoked_at__isnull=True
        ):
            with certificate.pdf.open("rb") as stored:
                name = f"{slugify(certificate.holder_name) or 'certificat'}-{certificate.code}.pdf"
                bundle.writestr(name, stored.read())
    batch.archive.save(
        f"{slugify(batch.title)[:60]}-{batch.pk}.zip", ContentFile(archive.getvalue()), save=False
    )
    _progress(batch, archive=batch.archive.name, status=CertificateBatch.Status.DONE)
    return CertificateBatch.Status.DONE
