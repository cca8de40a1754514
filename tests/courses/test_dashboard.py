"""/mon-parcours/: my courses and nobody else's, with progress, next lesson and suggestions."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import LessonProgress
from tests.accounts.factories import OwnerFactory
from tests.courses.factories import make_course, make_track

pytestmark = pytest.mark.django_db


def test_reserved_to_business_owners(client, advisor, staff):
    response = client.get(reverse("courses:dashboard"))
    assert response.url.startswith(reverse("account_login"))
    for user in (advisor, staff):
        client.force_login(user)
        assert client.get(reverse("courses:dashboard")).status_code == 403


def test_empty_state_points_to_the_catalogue(client, owner, course):
    client.force_login(owner)
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "Vous ne suivez aucune formation pour le moment." in page
    assert 'href="/formations/"' in page


def test_progress_next_lesson_and_completed_courses(client, owner, course, lessons, catalog):
    services.enrol(owner, course)
    services.mark_lesson_done(owner, lessons[0])
    short = make_course(make_track(catalog, slug="autre", title="Autre"), slug="courte", lessons=1)
    services.enrol(owner, short)
    from courses.models import LessonPage

    services.mark_lesson_done(owner, LessonPage.objects.child_of(short).get())
    client.force_login(owner)
    page = client.get(reverse("courses:dashboard")).content.decode()
    in_progress, completed = page.split("Terminées", 1)
    assert "Le click and collect" in in_progress and "1 leçon terminée sur 4 · 25 %" in in_progress
    assert "Prochaine leçon : Leçon 2" in in_progress
    assert "terminée le" in completed


def test_another_owner_sees_none_of_it(client, owner, course, lessons):
    services.enrol(owner, course)
    services.mark_lesson_done(owner, lessons[0])
    client.force_login(OwnerFactory())
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "Vous ne suivez aucune formation pour le moment." in page
    assert "leçon terminée sur" not in page
    assert LessonProgress.objects.count() == 1


def test_recommendations_put_the_unlocked_course_first(owner, catalog, course, lessons):
    from courses.selectors import recommended_courses

    core = make_track(catalog, slug="tronc-commun", title="Tronc commun", is_core=True)
    basics = make_course(core, slug="bases", title="Les bases", lessons=0)
    follow_up = make_course(course.get_parent(), slug="suite", title="La suite", lessons=0)
    follow_up.prerequisites.set([course])
    follow_up.save_revision().publish()
    enrolment = services.enrol(owner, course)
    assert [c.slug for c in recommended_courses(owner, [enrolment])][:1] == ["bases"]
    enrolment.completed_at = enrolment.enrolled_at
    enrolment.save()
    ranked = [c.slug for c in recommended_courses(owner, [enrolment])]
    assert ranked[:2] == ["suite", "bases"]
    assert basics.slug in ranked
