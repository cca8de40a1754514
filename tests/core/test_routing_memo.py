"""Pages found once per content version: the second full render of a page skips the lookup
of the page, and a publication, an unpublication or a move is seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.courses.factories import make_catalog, make_course, make_track

pytestmark = pytest.mark.django_db

# A parameter the page does not accept: no stored copy, the page is rendered every time.
FRESH = "?rendu=1"


@pytest.fixture
def lesson(home_page, owner, client):
    from courses import services
    from courses.models import LessonPage

    make_course(make_track(make_catalog(home_page)), lessons=2)
    lesson = LessonPage.objects.order_by("path").first()
    services.enrol(owner, lesson.course)
    client.force_login(owner)
    return lesson


def _queries(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def test_the_second_render_does_not_look_the_page_up_again(client, lesson):
    first, html = _queries(client, lesson.url + FRESH)
    second, again = _queries(client, lesson.url + FRESH)
    assert second <= first - 2  # the page and its specific row
    assert lesson.title in again


def test_a_publication_is_seen_at_once(client, lesson):
    client.get(lesson.url + FRESH)
    lesson.title = "Un titre tout neuf"
    lesson.save_revision().publish()
    assert "Un titre tout neuf" in client.get(lesson.url + FRESH).content.decode()


def test_an_unpublished_page_is_gone_at_once(client, lesson):
    url = lesson.url
    client.get(url + FRESH)
    lesson.unpublish()
    assert client.get(url + FRESH).status_code == 404


def test_each_request_gets_its_own_copy_of_the_page(lesson):
    from core import routing

    first = routing.page_at_path(1, lesson.url_path)
    first.title = "Changé pendant une requête"
    second = routing.page_at_path(1, lesson.url_path)
    assert second is not first
    assert second.title == lesson.title
    assert routing.page_at_path(2, lesson.url_path).title == lesson.title
