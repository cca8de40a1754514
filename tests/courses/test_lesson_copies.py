"""A lesson page as a learner gets it when it is rendered (her first view, and after every change
about her): what is the same for every reader is copied in the process until the next
publication, and what is hers (her outline, her header) is keyed on what she has.

The whole-page cache is off here, so that every request renders."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import CoursePage, Enrolment
from storefront_builder.models import OrderStatus
from tests.accounts.factories import OwnerFactory
from tests.accounts.test_navigation import orders_in
from tests.courses.factories import make_catalog, make_course, make_track
from tests.rendering import rendered
from tests.storefront_builder.backoffice.factories import make_shop

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _every_request_renders(rendered_each_time):
    """Each request renders its page; the copies in memory stay on, as in production."""


@pytest.fixture
def lessons(home_page):
    course = make_course(make_track(make_catalog(home_page)), lessons=3)
    return list(course.get_children().specific())


def _outline(page: str) -> str:
    return page[page.index('class="lesson-outline"') :]


def test_her_outline_shows_the_lessons_she_did_on_the_next_render(client, owner, lessons):
    services.enrol(owner, CoursePage.objects.get())
    client.force_login(owner)
    assert "is-done" not in _outline(rendered(client, lessons[0].url))
    services.mark_lesson_done(owner, lessons[1])
    outline = _outline(rendered(client, lessons[0].url))
    assert outline.count("is-done") == 1
    assert outline.index("is-done") > outline.index(lessons[0].url)  # the second line


def test_another_learner_s_outline_is_her_own(client, owner, lessons):
    course = CoursePage.objects.get()
    services.enrol(owner, course)
    services.mark_lesson_done(owner, lessons[1])
    client.force_login(owner)
    assert "is-done" in _outline(rendered(client, lessons[0].url))
    someone = OwnerFactory()
    services.enrol(someone, course)
    client.force_login(someone)
    assert "is-done" not in _outline(rendered(client, lessons[0].url))


def test_a_new_title_shows_on_the_next_render(client, owner, lessons):
    client.force_login(owner)
    rendered(client, lessons[1].url)
    lessons[1].title = "Un titre tout neuf"
    lessons[1].save_revision().publish()
    assert "Un titre tout neuf" in rendered(client, lessons[1].url)
    # Its neighbour's link to it, and the outline, too.
    assert rendered(client, lessons[0].url).count("Un titre tout neuf") == 2


def test_a_reload_writes_nothing_and_another_lesson_moves_her_resume(client, owner, lessons):
    """Her "Reprendre" follows the lesson she opens; opening the same one again is read from
    the enrolment the page reads anyway, without an UPDATE."""
    services.enrol(owner, CoursePage.objects.get())
    client.force_login(owner)
    rendered(client, lessons[1].url)
    assert Enrolment.objects.get().last_lesson_id == lessons[1].pk
    with CaptureQueriesContext(connection) as queries:
        rendered(client, lessons[1].url)
    assert not [q for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    rendered(client, lessons[2].url)
    assert Enrolment.objects.get().last_lesson_id == lessons[2].pk


def test_a_reader_not_enrolled_moves_nothing(client, owner, lessons):
    client.force_login(owner)
    with CaptureQueriesContext(connection) as queries:
        rendered(client, lessons[1].url)
    assert not [q for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    assert not Enrolment.objects.exists()


def test_the_header_counts_a_new_order_on_the_next_page(client, owner, lessons):
    """The header's links are copied per set of links: a new order is a new count."""
    shop = make_shop(owner)
    orders_in(shop, [OrderStatus.NEW])
    client.force_login(owner)
    assert "1 nouvelle commande" in rendered(client, lessons[0].url)
    orders_in(shop, [OrderStatus.NEW])
    page = rendered(client, lessons[0].url)
    assert "2 nouvelles commandes" in page
    assert "1 nouvelle commande" not in page
    # The same links at another address: « aria-current » marks the page she is on.
    dashboard = rendered(client, reverse("courses:dashboard"))
    assert f'href="{reverse("courses:dashboard")}" aria-current="page"' in dashboard


def test_her_copied_header_carries_this_request_s_token_which_signs_her_out(owner, lessons):
    """Her header is copied from one page to the next; the token of its forms is drawn for
    each answer and belongs to her cookie."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    tokens = []
    for _ in range(2):
        page = rendered(client, lessons[0].url)
        header = page[page.index("<header") : page.index("</header>")]
        tokens.append(header.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0])
    assert tokens[0] != tokens[1]  # masked afresh: not the copy's first token
    response = client.post(reverse("account_logout"), {"csrfmiddlewaretoken": tokens[1]})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_each_language_has_its_outline(client, owner, lessons):
    """The lines are kept per language: an English reader after a French one (and back) reads
    the titles in her own."""
    from django.conf import settings

    from tests.courses.test_translations import translate

    translate(CoursePage.objects.get(), title="Click and collect")
    translate(lessons[1], title="Lesson two")
    client.force_login(owner)
    assert "Lesson two" not in _outline(rendered(client, lessons[0].url))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Lesson two" in _outline(rendered(client, lessons[0].url))
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert "Lesson two" not in _outline(rendered(client, lessons[0].url))


def test_the_quiz_is_copied_untouched_and_what_she_ticked_stays_hers(client, owner, home_page):
    """An empty quiz is the same for every learner until she has tried it; a refused answer
    shows her own ticks, and nobody else's page does."""
    from tests.courses.factories import make_lesson, quiz_question

    course = make_course(make_track(make_catalog(home_page)), lessons=0)
    quiz = make_lesson(course, 1, quiz=[quiz_question("Quelle heure ?"), quiz_question("Où ?")])
    services.enrol(owner, course)
    someone = OwnerFactory()
    services.enrol(someone, course)
    client.force_login(owner)
    assert "Envoyer mes réponses" in rendered(client, quiz.url)
    page = rendered(client, quiz.url)
    first = page.index('name="q-')
    name = page[first + 6 : page.index('"', first + 6)]
    value = page.split(f'name="{name}" value="')[1].split('"')[0]
    refused = client.post(reverse("courses:submit_quiz", args=[quiz.pk]), {name: value})
    assert refused.status_code == 400
    assert f'name="{name}" value="{value}" id=' in refused.content.decode()
    assert "checked" in refused.content.decode()
    client.force_login(someone)
    assert "checked" not in rendered(client, quiz.url)
    services.submit_quiz(owner, quiz, {})
    client.force_login(owner)
    assert "Repasser le quiz" in rendered(client, quiz.url)
    client.force_login(someone)
    assert "Envoyer mes réponses" in rendered(client, quiz.url)


def _progress(page: str) -> str:
    return page[page.index('class="progress-block"') : page.index("</progress>")]


def test_her_progress_is_her_own_and_moves_on_the_next_render(client, owner, lessons):
    course = CoursePage.objects.get()
    services.enrol(owner, course)
    client.force_login(owner)
    assert "Aucune leçon terminée sur 3" in _progress(rendered(client, lessons[0].url))
    services.mark_lesson_done(owner, lessons[1])
    assert "1 leçon terminée sur 3 · 33 %" in _progress(rendered(client, lessons[0].url))
    someone = OwnerFactory()
    services.enrol(someone, course)
    client.force_login(someone)
    assert "Aucune leçon terminée sur 3" in _progress(rendered(client, lessons[0].url))


def test_the_course_s_name_beside_the_lesson_follows_a_publication(client, owner, lessons):
    course = CoursePage.objects.get()
    services.enrol(owner, course)
    client.force_login(owner)
    assert "Le click and collect</a></h2>" in rendered(client, lessons[0].url)
    course.title = "Vendre en click and collect"
    course.save_revision().publish()
    assert "Vendre en click and collect</a></h2>" in rendered(client, lessons[0].url)


def test_the_empty_quiz_is_built_for_the_first_render_only(client, owner, lessons, monkeypatch):
    from courses import selectors
    from courses.quiz import QuizForm
    from tests.courses.factories import make_lesson, quiz_question

    course = CoursePage.objects.get()
    quiz_lesson = make_lesson(course, 4, quiz=[quiz_question()])
    services.enrol(owner, course)
    client.force_login(owner)
    built = []

    class CountedQuizForm(QuizForm):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(selectors, "QuizForm", CountedQuizForm)
    first = rendered(client, quiz_lesson.url)
    second = rendered(client, quiz_lesson.url)
    assert len(built) == 1
    assert "<fieldset" in first and "<fieldset" in second

    def quiz(page: str) -> str:  # up to its CSRF token, each request's own
        return page[page.index('id="quiz"') :].split("csrfmiddlewaretoken")[0]

    assert quiz(first) == quiz(second)
