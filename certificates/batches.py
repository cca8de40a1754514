"""Cohort batches: issue every certificate of a course or an event, then one ZIP of them.

Safe to run again at any point: issuing is idempotent (one current certificate per source,
under a unique constraint), PDFs already stored are not rendered again, and ``done`` is
recomputed from what is stored. A worker that dies mid-way loses only the files it had not
stored yet (each is stored as soon as its chunk is stamped).
"""

import io
import zipfile
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django_tasks import task

from certificates import services
from certificates.models import Certificate, CertificateBatch
from certificates.rendering import store_pdfs

CHUNK = 25
# A running batch that has not moved for this long lost its worker: it may be run again.
STALE_AFTER = timedelta(minutes=2)


class BatchError(Exception):
    pass


def _completions(source: str, organiser):
    """The completions a batch covers, and how to issue for each.

    ``source`` is ``course:<pk>`` or ``event:<pk>``, optionally followed by ``:cohort:<pk>``
    to keep only that cohort's members. Whatever it says, an advisor's batch only ever holds
    the certificates of the businesses she follows: staff alone get everyone's.
    """
    kind, _sep, rest = source.partition(":")
    pk, *scope = rest.split(":")
    if scope and (len(scope) != 2 or scope[0] != "cohort"):
        raise BatchError(source)
    if kind == "course":
        from courses.models import Enrolment

        rows = Enrolment.objects.filter(course_id=pk, completed_at__isnull=False)
        rows, issue = rows.select_related("user", "course"), services.issue_for_enrolment
    elif kind == "event":
        from courses.live.models import Registration

        rows = Registration.objects.filter(event_id=pk, completed_at__isnull=False)
        rows, issue = rows.select_related("user", "event"), services.issue_for_registration
    else:
        raise BatchError(source)
    return _within_reach(rows, organiser, scope), issue


def _within_reach(rows, organiser, scope: list[str]):
    """The rows of the businesses ``organiser`` may see, and of the cohort if ``scope`` names
    one (``["cohort", pk]``)."""
    from accounts.roles import Role, role_of
    from onboarding.profile.selectors import visible_businesses

    if role_of(organiser) is Role.STAFF and not scope:
        return rows
    businesses = visible_businesses(organiser)
    if scope:
        businesses = businesses.filter(cohorts__pk=scope[1])
    return rows.filter(user__in=businesses.values("owner_id"))


def start(*, source: str, title: str, by) -> CertificateBatch:
    _completions(source, by)  # refuses unknown kinds
    batch = CertificateBatch.objects.create(source=source, title=title, created_by=by)
    enqueue(batch)
    return batch


def enqueue(batch: CertificateBatch) -> None:
    transaction.on_commit(lambda: run_batch.enqueue(batch_id=str(batch.pk)))


def resume_if_stale(batch: CertificateBatch) -> bool:
    """Enqueue the batch again if its worker stopped; True if it did.

    Called by the progress bar's polling (a GET): the page that watches a batch is the one
    place that notices a worker died, with no scheduler to ask. So that this read can repeat
    at will, the write is one conditional UPDATE: only a batch still unfinished and quiet for
    ``STALE_AFTER`` is touched, and of two polls at once only the one that touched it enqueues.
    """
    now = timezone.now()
    touched = CertificateBatch.objects.filter(
        pk=batch.pk,
        status__in=(CertificateBatch.Status.PENDING, CertificateBatch.Status.RUNNING),
        updated_at__lt=now - STALE_AFTER,
    ).update(updated_at=now)
    if touched:
        enqueue(batch)
    return bool(touched)


def _progress(batch: CertificateBatch, **fields) -> None:
    fields["updated_at"] = timezone.now()
    CertificateBatch.objects.filter(pk=batch.pk).update(**fields)


def run(batch_id: str) -> str:
    batch = CertificateBatch.objects.get(pk=batch_id)
    if batch.status == CertificateBatch.Status.DONE:
        return batch.status
    rows, issue = _completions(batch.source, batch.created_by)
    certificates = [issue(row) for row in rows]
    missing = [certificate for certificate in certificates if not certificate.pdf]
    done = len(certificates) - len(missing)
    _progress(batch, status=CertificateBatch.Status.RUNNING, total=len(certificates), done=done)

    def stored(count: int) -> None:
        if count % CHUNK == 0 or count == len(missing):
            _progress(batch, done=done + count)

    # The whole batch at once: bulk_pdf spreads its chunks over the CPUs.
    store_pdfs(missing, on_stored=stored)
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


@task()
def run_batch(*, batch_id: str) -> str:
    """The worker's side of ``enqueue``."""
    return run(batch_id)
