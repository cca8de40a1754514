"""Cohort batches: every certificate once, one ZIP, a progress the page can poll, and a resume
that never duplicates after a worker stopped half-way."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from advising.models import Assignment, Cohort
from certificates import batches
from certificates.models import Certificate, CertificateBatch
from courses import services as courses
from courses.models import LessonPage
from tests.accounts.factories import AdvisorFactory, OwnerFactory
from tests.courses.factories import make_catalog, make_course, make_track
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(home_page, advisor):
    """Four owners who completed a course, their businesses followed by ``advisor``."""
    course = make_course(make_track(make_catalog(home_page)), lessons=1)
    lesson = LessonPage.objects.get()
    people = [OwnerFactory() for _ in range(4)]
    for person in people:
        courses.enrol(person, course)
        courses.mark_lesson_done(person, lesson)
        Assignment.objects.create(advisor=advisor, business=BusinessFactory(owner=person))
    courses.enrol(OwnerFactory(), course)  # enrolled, not finished: no certificate
    return course, people


def start(client, course):
    return client.post(reverse("certificates:start_batch"), {"source": f"course:{course.pk}"})


def test_an_advisor_gets_every_certificate_in_one_zip(
    client, advisor, cohort, django_capture_on_commit_callbacks
):
    course, people = cohort
    client.force_login(advisor)
    with django_capture_on_commit_callbacks(execute=True):
        response = start(client, course)  # the immediate task backend runs it after commit
    batch = CertificateBatch.objects.get()
    assert response.url == reverse("certificates:batch", args=[batch.pk])
    status = client.get(reverse("certificates:batch_status", args=[batch.pk])).json()
    assert (status["status"], status["done"], status["total"], status["percent"]) == (
        "done",
        4,
        4,
        100,
    )
    archive = client.get(status["archive"])
    names = zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))).namelist()
    assert len(names) == 4
    codes = set(Certificate.objects.values_list("code", flat=True))
    assert all(any(code in name for name in names) for code in codes)


def test_running_again_after_a_crash_duplicates_nothing(advisor, cohort):
    course, people = cohort
    batch = CertificateBatch.objects.create(
        source=f"course:{course.pk}", title=course.title, created_by=advisor
    )
    # Half-way: two certificates issued and rendered, then the worker died.
    from certificates.services import issue_for_enrolment
    from courses.models import Enrolment

    for enrolment in Enrolment.objects.filter(completed_at__isnull=False)[:2]:
        issue_for_enrolment(enrolment)
    assert Certificate.objects.count() == 2
    batches.run(str(batch.pk))
    batches.run(str(batch.pk))
    assert Certificate.objects.count() == 4
    batch.refresh_from_db()
    assert (batch.status, batch.done, batch.total) == ("done", 4, 4)


def test_owners_cannot_start_or_see_batches(client, owner, advisor, cohort):
    course, _people = cohort
    client.force_login(owner)
    assert start(client, course).status_code == 403
    batch = CertificateBatch.objects.create(
        source=f"course:{course.pk}", title="x", created_by=advisor
    )
    assert client.get(reverse("certificates:batch", args=[batch.pk])).status_code == 403


def test_another_organisers_batch_is_not_found(client, advisor, staff, cohort):
    course, _people = cohort
    batch = CertificateBatch.objects.create(
        source=f"course:{course.pk}", title="x", created_by=advisor
    )
    client.force_login(staff)
    assert client.get(reverse("certificates:batch", args=[batch.pk])).status_code == 404


def holders(batch_id) -> set:
    batches.run(str(batch_id))
    return set(Certificate.objects.values_list("holder_name", flat=True))


def test_an_advisors_batch_holds_only_the_businesses_she_follows(advisor, staff, cohort):
    course, people = cohort
    # Someone else's client completed the same course.
    stranger = OwnerFactory(first_name="Hors", last_name="Portefeuille")
    courses.enrol(stranger, course)
    courses.mark_lesson_done(stranger, LessonPage.objects.get())
    other_advisor = AdvisorFactory()

    batch = batches.start(source=f"course:{course.pk}", title="Lot", by=other_advisor)
    assert holders(batch.pk) == set()
    batch = batches.start(source=f"course:{course.pk}", title="Lot", by=advisor)
    assert "Hors Portefeuille" not in holders(batch.pk)
    assert CertificateBatch.objects.get(pk=batch.pk).total == 4
    batch = batches.start(source=f"course:{course.pk}", title="Lot", by=staff)
    batches.run(str(batch.pk))
    assert CertificateBatch.objects.get(pk=batch.pk).total == 5


def test_a_cohort_batch_holds_only_its_members(advisor, cohort):
    course, people = cohort
    group = Cohort.objects.create(name="Bootcamp de mars", advisor=advisor)
    group.businesses.add(*[person.businesses.get() for person in people[:2]])
    batch = batches.start(source=f"course:{course.pk}:cohort:{group.pk}", title="Lot", by=advisor)
    batches.run(str(batch.pk))
    assert CertificateBatch.objects.get(pk=batch.pk).total == 2


@pytest.mark.parametrize("scope", [":tout:1", ":cohort", ":cohort:1:2"])
def test_an_unknown_scope_is_refused(advisor, cohort, scope):
    course, _people = cohort
    with pytest.raises(batches.BatchError):
        batches.start(source=f"course:{course.pk}{scope}", title="Lot", by=advisor)
    assert not CertificateBatch.objects.exists()


def test_a_batch_is_rendered_in_one_pass_with_progress_per_chunk(advisor, cohort, monkeypatch):
    """The whole batch goes to bulk_pdf at once (so that a cohort of 50 or more is spread
    over worker processes), and the progress the page polls moves every ``CHUNK`` files."""
    from certificates import bulk_pdf

    course, people = cohort
    monkeypatch.setattr(batches, "CHUNK", 3)
    calls = []
    real = bulk_pdf.iter_rendered

    def counted(items, **options):
        items = list(items)
        calls.append(len(items))
        return real(items, **options)

    monkeypatch.setattr(bulk_pdf, "iter_rendered", counted)
    progress = []
    real_progress = batches._progress

    def recorded(batch, **fields):
        progress.append(fields.get("done"))
        real_progress(batch, **fields)

    monkeypatch.setattr(batches, "_progress", recorded)
    batch = CertificateBatch.objects.create(
        source=f"course:{course.pk}", title=course.title, created_by=advisor
    )
    batches.run(str(batch.pk))
    assert calls == [4]
    assert [done for done in progress if done is not None] == [0, 3, 4]
    assert Certificate.objects.exclude(pdf="").count() == 4


def test_a_batch_whose_worker_stopped_is_enqueued_again_once(
    advisor, django_capture_on_commit_callbacks
):
    batch = CertificateBatch.objects.create(source="course:1", title="Lot", created_by=advisor)
    assert not batches.resume_if_stale(batch)  # still fresh
    quiet = timezone.now() - batches.STALE_AFTER - timedelta(seconds=1)
    CertificateBatch.objects.filter(pk=batch.pk).update(updated_at=quiet)
    with django_capture_on_commit_callbacks() as enqueued:
        assert batches.resume_if_stale(batch)
        assert not batches.resume_if_stale(batch)  # a second poll finds it touched
    assert len(enqueued) == 1
