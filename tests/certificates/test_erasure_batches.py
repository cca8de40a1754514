"""An erasure takes with it the organisers' ZIP batches that held the holder's certificate."""

import pytest
from django.core.files.base import ContentFile

from accounts.privacy import erase_account
from certificates.models import CertificateBatch
from courses.live.models import Registration
from courses.models import Enrolment
from tests.accounts.factories import StaffFactory
from tests.accounts.personal_data_factories import make_everything

pytestmark = pytest.mark.django_db


def _batch(source: str, by) -> CertificateBatch:
    batch = CertificateBatch.objects.create(
        source=source, title=source, created_by=by, status=CertificateBatch.Status.DONE
    )
    batch.archive.save(f"{batch.pk}.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18))
    return batch


def test_batches_of_her_courses_and_events_go_with_their_files(
    home_page, django_capture_on_commit_callbacks
):
    everything = make_everything(home_page)
    other = make_everything(home_page)
    staff = StaffFactory()
    course = Enrolment.objects.get(user=everything.owner).course_id
    event = Registration.objects.get(user=everything.owner).event_id
    other_course = Enrolment.objects.get(user=other.owner).course_id
    hers = [
        _batch(f"course:{course}", staff),
        _batch(f"course:{course}:cohort:7", staff),
        _batch(f"event:{event}", staff),
    ]
    kept = _batch(f"course:{other_course}", staff)
    lookalike = _batch(f"course:{course}0", staff)  # course 120 is not course 12
    archives = [(batch.archive.storage, batch.archive.name) for batch in hers]

    with django_capture_on_commit_callbacks(execute=True):
        erase_account(user=everything.owner)

    assert not CertificateBatch.objects.filter(pk__in=[batch.pk for batch in hers]).exists()
    assert not any(storage.exists(name) for storage, name in archives)
    assert set(CertificateBatch.objects.values_list("pk", flat=True)) >= {kept.pk, lookalike.pk}
    assert kept.archive.storage.exists(kept.archive.name)
