"""Cohorts: create and edit them, add only businesses of one's portfolio, read the attendance
sheet and progress, issue certificates; another advisor's cohort does not exist for her."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from advising.models import Cohort
from certificates.models import CertificateBatch
from courses import services as courses
from courses.live.models import Registration
from courses.live.services import record_attendance
from courses.models import LessonPage
from tests.advising.cohorts.conftest import portfolio_of
from tests.courses.factories import make_catalog, make_course, make_track
from tests.courses.live.factories import make_bootcamp
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


def detail(cohort):
    return reverse("advising:cohort", args=[cohort.pk])


def complete_course(user, course):
    courses.enrol(user, course)
    for lesson in LessonPage.objects.child_of(course):
        courses.mark_lesson_done(user, lesson)


def test_create_list_edit_and_delete(advisor_client, advisor, home_page):
    bootcamp = make_bootcamp(home_page)
    response = advisor_client.post(
        reverse("advising:cohorts"), {"name": "Promo printemps", "event": bootcamp.pk}
    )
    cohort = Cohort.objects.get()
    assert response.url == detail(cohort)
    assert (cohort.advisor, cohort.event_id) == (advisor, bootcamp.pk)
    assert "Promo printemps" in advisor_client.get(reverse("advising:cohorts")).content.decode()

    response = advisor_client.post(detail(cohort), {"name": "Promo été", "event": ""})
    assert response.status_code == 302
    cohort.refresh_from_db()
    assert (cohort.name, cohort.event_id) == ("Promo été", None)

    response = advisor_client.post(detail(cohort), {"name": "", "event": ""})
    assert response.status_code == 400
    cohort.refresh_from_db()
    assert cohort.name == "Promo été"

    advisor_client.post(
        reverse("advising:cohort_delete", args=[cohort.pk]), {"confirmation": "oui"}
    )
    assert not Cohort.objects.exists()


def test_deleting_a_cohort_asks_first(advisor_client, advisor):
    cohort = Cohort.objects.create(name="Promo printemps", advisor=advisor)
    url = reverse("advising:cohort_delete", args=[cohort.pk])
    response = advisor_client.post(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Supprimer la cohorte « Promo printemps » ?" in page
    assert page.count('<details class="confirm-step" open>') == 1
    assert Cohort.objects.filter(pk=cohort.pk).exists()

    response = advisor_client.post(url, {"confirmation": "oui"})
    assert response.url == reverse("advising:cohorts")
    assert not Cohort.objects.exists()


def test_removing_a_member_asks_first(advisor_client, advisor):
    (leaving,) = portfolio_of(advisor, trade_name="Fleurs du Marais")
    (staying,) = portfolio_of(advisor, trade_name="Cave du Port")
    cohort = Cohort.objects.create(name="Promo", advisor=advisor)
    cohort.businesses.add(leaving, staying)
    url = reverse("advising:cohort_remove_member", args=[cohort.pk, leaving.pk])
    response = advisor_client.post(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Retirer « Fleurs du Marais » de la cohorte ?" in page
    assert page.count('<details class="confirm-step" open>') == 1
    assert set(cohort.businesses.all()) == {leaving, staying}

    assert advisor_client.post(url, {"confirmation": "oui"}).status_code == 302
    assert list(cohort.businesses.all()) == [staying]


def test_bad_creation_is_a_400_that_keeps_the_name(advisor_client):
    response = advisor_client.post(reverse("advising:cohorts"), {"name": "Promo", "event": "999"})
    assert response.status_code == 400
    assert 'value="Promo"' in response.content.decode()
    assert not Cohort.objects.exists()


def test_only_businesses_of_my_portfolio_can_be_added(advisor_client, advisor):
    mine, also_mine = portfolio_of(advisor, 2)
    stranger = BusinessFactory(trade_name="Commerce d'ailleurs")
    cohort = Cohort.objects.create(name="Promo", advisor=advisor)
    url = reverse("advising:cohort_add_members", args=[cohort.pk])

    page = advisor_client.get(detail(cohort)).content.decode()
    assert mine.trade_name in page and stranger.trade_name not in page

    response = advisor_client.post(url, {"businesses": [mine.pk, stranger.pk]})
    assert response.status_code == 400
    assert "ne fait pas partie de votre portefeuille" in response.content.decode()
    assert not cohort.businesses.exists()

    assert advisor_client.post(url, {"businesses": [mine.pk, also_mine.pk]}).status_code == 302
    assert set(cohort.businesses.all()) == {mine, also_mine}

    remove = reverse("advising:cohort_remove_member", args=[cohort.pk, mine.pk])
    assert advisor_client.post(remove, {"confirmation": "oui"}).status_code == 302
    assert list(cohort.businesses.all()) == [also_mine]


def test_the_attendance_sheet_shows_the_members(advisor_client, advisor, staff, home_page):
    bootcamp = make_bootcamp(home_page, sessions=3, required=2)
    member, absent = portfolio_of(advisor, 2)
    outsider = BusinessFactory(trade_name="Hors cohorte")
    cohort = Cohort.objects.create(name="Promo", advisor=advisor, event=bootcamp)
    cohort.businesses.add(member, absent)
    sessions = bootcamp.sessions()
    for business in (member, outsider):
        registration = Registration.objects.create(
            event=bootcamp, user=business.owner, status=Registration.Status.CONFIRMED
        )
        for session, present in zip(sessions, (True, False, True), strict=True):
            record_attendance(registration, session.key, present=present, by=staff, source="manual")

    content = advisor_client.get(detail(cohort)).content.decode()
    assert "Feuille de présence" in content
    assert "Séance 0" in content and "Séance 2" in content
    assert "2 / 3" in content and "Non inscrit" in content
    assert outsider.trade_name not in content


def test_progress_counts_common_core_courses_and_the_latest_diagnostic(
    advisor_client, advisor, home_page
):
    from onboarding.diagnostic.services import record_result
    from tests.onboarding.diagnostic.conftest import answers_with

    catalog = make_catalog(home_page)
    core = make_course(make_track(catalog, slug="tronc", is_core=True), slug="bases", lessons=1)
    other = make_course(make_track(catalog), lessons=1)
    (member,) = portfolio_of(advisor)
    complete_course(member.owner, core)
    complete_course(member.owner, other)
    record_result(member, member.owner, answers_with(default=2))
    cohort = Cohort.objects.create(name="Promo", advisor=advisor)
    cohort.businesses.add(member)

    response = advisor_client.get(detail(cohort))
    assert response.context["progress"][0].core_completed == 1
    assert response.context["progress"][0].courses_completed == 2
    assert "67 / 100" in response.content.decode()


def test_progress_counts_the_common_core_as_the_portfolio_does(advisor_client, advisor, home_page):
    """A core course taken offline leaves the common core on both pages, not on one only."""
    from advising.portfolio.forms import PortfolioForm

    catalog = make_catalog(home_page)
    track = make_track(catalog, slug="tronc", is_core=True)
    kept = make_course(track, slug="bases", lessons=1)
    withdrawn = make_course(track, slug="ancienne", lessons=1)
    (member,) = portfolio_of(advisor)
    complete_course(member.owner, kept)
    complete_course(member.owner, withdrawn)
    withdrawn.unpublish()
    cohort = Cohort.objects.create(name="Promo", advisor=advisor)
    cohort.businesses.add(member)

    row = advisor_client.get(detail(cohort)).context["progress"][0]
    form = PortfolioForm({}, user=advisor)
    assert form.is_valid()
    listed = form.businesses().get(pk=member.pk)
    assert (row.core_completed, row.courses_completed) == (1, 2)
    assert (listed.core_completed, listed.courses_completed) == (1, 2)


def test_certificates_are_issued_in_one_batch_for_what_members_completed(
    advisor_client, advisor, home_page
):
    catalog = make_catalog(home_page)
    course = make_course(make_track(catalog), lessons=1)
    untaken = make_course(make_track(catalog, slug="autre"), slug="autre", lessons=1)
    (member,) = portfolio_of(advisor)
    complete_course(member.owner, course)
    complete_course(BusinessFactory().owner, untaken)  # only a non-member finished it
    cohort = Cohort.objects.create(name="Promo", advisor=advisor)
    cohort.businesses.add(member)
    url = reverse("advising:cohort_certificates", args=[cohort.pk])

    page = advisor_client.get(detail(cohort)).content.decode()
    assert f"course:{course.pk}" in page and f"course:{untaken.pk}" not in page

    response = advisor_client.post(url, {"source": f"course:{untaken.pk}"})
    assert response.status_code == 400
    assert not CertificateBatch.objects.exists()

    response = advisor_client.post(url, {"source": f"course:{course.pk}"})
    batch = CertificateBatch.objects.get()
    assert response.url == reverse("certificates:batch", args=[batch.pk])
    # Scoped to the cohort: only its members' certificates go into the ZIP.
    assert (batch.source, batch.created_by) == (f"course:{course.pk}:cohort:{cohort.pk}", advisor)
    assert batch.title.startswith("Promo · ")


def test_another_advisors_cohort_is_not_found(client, advisor, other_advisor, staff, home_page):
    (member,) = portfolio_of(advisor)
    (theirs,) = portfolio_of(other_advisor)
    cohort = Cohort.objects.create(name="Promo secrète", advisor=advisor)
    cohort.businesses.add(member)
    client.force_login(other_advisor)
    assert "Promo secrète" not in client.get(reverse("advising:cohorts")).content.decode()
    assert client.get(detail(cohort)).status_code == 404
    posts = {
        detail(cohort): {"name": "Volée", "event": ""},
        reverse("advising:cohort_add_members", args=[cohort.pk]): {"businesses": [theirs.pk]},
        reverse("advising:cohort_remove_member", args=[cohort.pk, member.pk]): {
            "confirmation": "oui"
        },
        reverse("advising:cohort_certificates", args=[cohort.pk]): {"source": "course:1"},
        reverse("advising:cohort_delete", args=[cohort.pk]): {"confirmation": "oui"},
    }
    for url, data in posts.items():
        assert client.post(url, data).status_code == 404, url
    cohort.refresh_from_db()
    assert (cohort.name, list(cohort.businesses.all())) == ("Promo secrète", [member])

    client.force_login(staff)  # staff see every advisor's cohorts
    assert client.get(detail(cohort)).status_code == 200


def test_the_cohort_page_runs_in_constant_queries(advisor_client, advisor, staff, home_page):
    bootcamp = make_bootcamp(home_page)
    course = make_course(make_track(make_catalog(home_page)), lessons=1)
    cohort = Cohort.objects.create(name="Promo", advisor=advisor, event=bootcamp)

    def grow(count):
        for business in portfolio_of(advisor, count):
            cohort.businesses.add(business)
            complete_course(business.owner, course)
            registration = Registration.objects.create(
                event=bootcamp, user=business.owner, status=Registration.Status.CONFIRMED
            )
            for session in bootcamp.sessions():
                record_attendance(
                    registration, session.key, present=True, by=staff, source="manual"
                )

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert advisor_client.get(detail(cohort)).status_code == 200
        return len(queries)

    grow(1)
    count_queries()  # the site's menus are cached by the first page
    few = count_queries()
    grow(6)
    assert count_queries() == few
