"""Cohort batches: every certificate once, one ZIP, a progress the page can poll, and a resume
that never duplicates after a worker stopped half-way."""

import io
import zipfile

import pytest
from django.urls import reverse

from certificates import batches
from certificates.models import Certificate, CertificateBatch
from courses import services as courses
from courses.models import LessonPage
from tests.accounts.factories import OwnerFactory
from tests.courses.factories import make_catalog, make_course, make_track

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(home_page):
    course = make_course(make_track(make_catalog(home_page)), lessons=1)
    lesson = LessonPage.objects.get()
    people = [OwnerFactory() for _ in range(4)]
    for person in people:
        courses.enrol(person, course)
        courses.mark_lesson_done(person, lesson)
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
