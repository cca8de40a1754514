"""Certificates follow completions, keep their facts, and anyone can check one by its code."""

import pytest
from django.urls import reverse

from certificates import services
from certificates.codes import new_code, normalise
from certificates.models import Certificate
from courses import services as courses
from courses.live import services as events
from courses.models import LessonPage
from tests.accounts.factories import OwnerFactory
from tests.courses.factories import make_catalog, make_course, make_track
from tests.courses.live.factories import make_webinar

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed_course(home_page, owner, django_capture_on_commit_callbacks):
    course = make_course(make_track(make_catalog(home_page)), lessons=1)
    courses.enrol(owner, course)
    with django_capture_on_commit_callbacks(execute=True):
        courses.mark_lesson_done(owner, LessonPage.objects.get())
    return course


def test_completing_a_course_issues_one_certificate_and_mails_it(
    completed_course, owner, mailoutbox
):
    certificate = Certificate.objects.get()
    assert (certificate.holder, certificate.kind) == (owner, "course")
    assert certificate.title == completed_course.title and certificate.hours == "1,5 h"
    assert certificate.holder_name == owner.get_full_name()
    assert any(certificate.code in message.body for message in mailoutbox)


def test_attending_a_webinar_issues_an_attestation(
    home_page, owner, staff, django_capture_on_commit_callbacks
):
    webinar = make_webinar(home_page)
    registration = events.register(owner, webinar)
    with django_capture_on_commit_callbacks(execute=True):
        events.record_attendance(registration, "webinar", present=True, by=staff, source="manual")
    certificate = Certificate.objects.get()
    assert certificate.kind == "webinar" and certificate.hours == "1 h"


def test_the_certificate_keeps_the_facts_as_they_were(completed_course, owner):
    owner.first_name = "Autre"
    owner.save()
    completed_course.title = "Un titre changé depuis"
    completed_course.save_revision().publish()
    certificate = Certificate.objects.get()
    assert certificate.title != "Un titre changé depuis"
    assert "Autre" not in certificate.holder_name


def test_the_pdf_says_the_kind_in_french_whoever_asks_first(completed_course):
    """The PDF is stored once, in French: an English reader's request must not stamp an
    English label on it."""
    from django.utils import translation

    from certificates.selectors import facts_of

    certificate = Certificate.objects.get()
    with translation.override("fr"):
        french = certificate.get_kind_display()
    with translation.override("en"):
        assert certificate.get_kind_display() != french  # the label is translated
        assert facts_of(certificate).kind_label == french


def test_codes_are_readable_and_forgiving():
    code = new_code()
    assert len(code) == 9 and code[4] == "-"
    assert normalise(code.lower().replace("-", " ")) == code
    assert normalise("K7QF-9XPO") == "K7QF-9XP0"  # O typed for zero
    assert normalise("1234") is None and normalise("K7QF-9XP!") is None


def test_the_verification_page_shows_the_facts_and_nothing_else(client, completed_course, owner):
    certificate = Certificate.objects.get()
    page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "authentique et valide" in page and certificate.holder_name in page
    assert owner.email not in page


def test_an_unknown_code_is_a_plain_404(client, completed_course):
    assert client.get(reverse("certificates:verify", args=["ZZZZ-ZZZZ"])).status_code == 404
    assert client.get(reverse("certificates:verify", args=["pas-un-code"])).status_code == 404


def test_the_form_explains_a_malformed_code_and_redirects_a_good_one(client, completed_course):
    certificate = Certificate.objects.get()
    page = client.get(reverse("certificates:verify_form"), {"code": "abc"}).content.decode()
    assert "n&#x27;a pas le bon format" in page and 'value="abc"' in page
    response = client.get(reverse("certificates:verify_form"), {"code": certificate.code.lower()})
    assert response.url == reverse("certificates:verify", args=[certificate.code])


def test_lookups_are_rate_limited(client, completed_course):
    for _ in range(30):
        assert client.get(reverse("certificates:verify", args=["ZZZZ-ZZZZ"])).status_code == 404
    response = client.get(reverse("certificates:verify", args=["ZZZZ-ZZZZ"]))
    assert response.status_code == 429
    assert "Trop de vérifications" in response.content.decode()


def test_staff_revoke_with_a_reason_and_the_page_says_so(client, completed_course, staff):
    certificate = Certificate.objects.get()
    client.force_login(staff)
    url = reverse("certificates:revoke", args=[certificate.pk])
    client.post(url, {"reason": ""})
    assert Certificate.objects.get().revoked_at is None  # a reason is required
    client.post(url, {"reason": "Émis par erreur."})
    client.logout()
    page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "a été révoqué le" in page


def test_owners_cannot_revoke(client, completed_course, owner):
    certificate = Certificate.objects.get()
    client.force_login(owner)
    assert (
        client.post(
            reverse("certificates:revoke", args=[certificate.pk]), {"reason": "x"}
        ).status_code
        == 403
    )
    assert Certificate.objects.get().revoked_at is None


def test_a_name_correction_reissues_and_keeps_the_history(client, completed_course, staff):
    old = Certificate.objects.get()
    new = services.reissue(old, holder_name="Camille Martin-Dupont", by=staff)
    assert new.code != old.code and new.replaces == old
    old.refresh_from_db()
    assert old.superseded_at is not None
    page = client.get(reverse("certificates:verify", args=[old.code])).content.decode()
    assert "remplacé par une version corrigée" in page and new.code in page


def test_mes_certificats_lists_mine_only(client, completed_course, owner):
    certificate = Certificate.objects.get()
    client.force_login(owner)
    assert certificate.code in client.get(reverse("certificates:mine")).content.decode()
    client.force_login(OwnerFactory())
    assert certificate.code not in client.get(reverse("certificates:mine")).content.decode()


def test_the_holder_downloads_the_pdf_and_nobody_else_does(client, completed_course, owner):
    from io import BytesIO

    from pypdf import PdfReader

    certificate = Certificate.objects.get()
    url = reverse("certificates:download", args=[certificate.pk])
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = PdfReader(BytesIO(response.content)).pages[0].extract_text()
    assert certificate.code in text and certificate.holder_name in text
    client.force_login(OwnerFactory())
    assert client.get(url).status_code == 404
