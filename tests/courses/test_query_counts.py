"""Pages cost the same number of queries whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import LessonPage
from tests.courses.factories import make_course, make_lesson, quiz_question

pytestmark = pytest.mark.django_db


def queries_for(client, url) -> int:
    """Queries of a full render: a parameter the page does not accept keeps the page cache out."""
    url += "?rendu=1"
    client.get(url)  # warm the site-root and template caches, as in production
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    return len(context.captured_queries)


def course_with(track, lessons: int, slug: str):
    course = make_course(track, slug=slug, title=f"Formation {slug}", lessons=lessons)
    make_lesson(course, lessons + 1, quiz=[quiz_question()])
    return course


@pytest.mark.parametrize("who", ["anonymous", "learner"])
def test_course_and_lesson_pages_do_not_grow_with_lessons(client, owner, track, who):
    small, large = course_with(track, 5, "petite"), course_with(track, 50, "grande")
    if who == "learner":
        client.force_login(owner)
        for course in (small, large):
            services.enrol(owner, course)
            for lesson in LessonPage.objects.child_of(course).filter(has_quiz=False):
                services.mark_lesson_done(owner, lesson)
    counts = {}
    for name, course in (("small", small), ("large", large)):
        middle = LessonPage.objects.child_of(course).order_by("path")[2]
        last = LessonPage.objects.child_of(course).order_by("-path").first()  # with a quiz
        counts[name] = (
            queries_for(client, course.url),
            queries_for(client, middle.url),
            queries_for(client, last.url),
        )
    assert counts["small"] == counts["large"]
    # 12, and 1 for the header's count of new orders ("Ma boutique"), read for every owner.
    assert max(counts["large"]) <= 13


def test_mon_parcours_does_not_grow_with_enrolments(client, owner, track):
    client.force_login(owner)
    courses = [make_course(track, slug=f"f{n}", title=f"F{n}", lessons=2) for n in range(25)]
    for course in courses[:2]:
        services.enrol(owner, course)
    two = queries_for(client, "/mon-parcours/")
    for course in courses[2:20]:
        services.enrol(owner, course)
        services.mark_lesson_done(owner, LessonPage.objects.child_of(course).first())
    twenty = queries_for(client, "/mon-parcours/")
    page = client.get("/mon-parcours/").content.decode()
    assert page.count('class="card course-progress"') == 20
    assert "Recommandé pour la suite" in page
    # 12 for the courses, 3 for the sessions, attended events, feed, 1 for the header's count
    # of new orders.
    assert two == twenty <= 16
