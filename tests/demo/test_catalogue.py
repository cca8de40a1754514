"""The demo catalogue read from demo/content/formations: every course published with valid
quizzes, and recommendations for any two weak dimensions (loading twice: test_load_demo)."""

import itertools

import pytest

from core.translations import in_default_locale
from courses.blocks import QuizBlock
from courses.models import CoursePage, LessonPage, TrackPage
from courses.quiz import quiz_questions
from demo.catalogue import demo_catalogue
from onboarding.diagnostic.questionnaire import DIMENSIONS
from onboarding.diagnostic.selectors import RECOMMENDATIONS, recommended_courses
from tests.onboarding.diagnostic.conftest import add_result, answers_with, make_business

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_page):
    from demo.catalogue import load_demo_courses

    return load_demo_courses(home_page)


def test_the_demo_publishes_every_course_of_its_files(demo, owner):
    catalogue = demo_catalogue()
    courses = [course for track in catalogue.tracks for course in track.courses]
    lessons = [lesson for course in courses for lesson in course.lessons]
    # Counted in French: English translations are copies of some of these pages.
    assert in_default_locale(TrackPage.objects.live()).count() == len(catalogue.tracks) == 5
    assert in_default_locale(CoursePage.objects.live()).count() == len(courses) >= 50
    published = in_default_locale(LessonPage.objects.live())
    assert published.count() == len(lessons) >= 200
    quizzes = sum(1 for lesson in lessons if lesson.questions)
    assert published.filter(has_quiz=True).count() == quizzes >= 150
    # What a lesson says about itself reaches its page.
    sample = published.order_by("path").first()
    assert sample.objective_list and sample.last_checked
    assert sample.sources[0].value["url"].startswith("https://")
    course = CoursePage.objects.get(slug="paiement-en-ligne")
    assert [c.slug for c in course.prerequisites.all()] == ["click-and-collect"]
    # Every quiz is valid and passable.
    block = QuizBlock()
    for lesson in LessonPage.objects.filter(has_quiz=True):
        block.clean(lesson.quiz)  # raises if a question lacks its right answer(s)
        questions = quiz_questions(lesson)
        assert 1 <= lesson.quiz_pass_mark <= 100
        # Missing one question still passes when the pass mark allows it.
        right_but_one = round(100 * (len(questions) - 1) / len(questions))
        assert right_but_one >= lesson.quiz_pass_mark, lesson.title
    # Whatever two dimensions are weakest, the demo catalogue has courses for both (one
    # test: loading the catalogue is the slow part).
    business = make_business(owner)
    labels = {dimension.key: str(dimension.label) for dimension in DIMENSIONS}
    for weakest, second in itertools.permutations(labels, 2):
        points = dict.fromkeys(labels, 3) | {weakest: 0, second: 1}
        result = add_result(business, answers_with(points))
        shown = recommended_courses(result)
        assert len(shown) == RECOMMENDATIONS
        assert {course.dimension for course in shown} == {labels[weakest], labels[second]}
        assert shown[0].dimension == labels[weakest]
