"""The anonymous catalogue is served from the cache, never to or from a signed-in person."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.page_cache import HEADER
from tests.courses.factories import make_catalog, make_course, make_track

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    catalog = make_catalog(home_page)
    make_course(make_track(catalog), lessons=1)
    return catalog


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, catalogue):
    first = client.get("/formations/")
    assert first[HEADER] == "miss"
    with CaptureQueriesContext(connection) as context:
        second = client.get("/formations/")
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert len(context.captured_queries) == 0


def test_a_signed_in_person_never_gets_nor_fills_the_cache(client, catalogue, owner):
    client.force_login(owner)
    mine = client.get("/formations/")
    assert HEADER not in mine
    assert owner.get_short_name() in mine.content.decode()
    client.logout()
    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)
    anonymous = client.get("/formations/")
    assert anonymous[HEADER] == "miss"
    assert owner.get_short_name() not in anonymous.content.decode()
    client.force_login(owner)
    assert HEADER not in client.get("/formations/")


def test_publishing_shows_the_change_at_once(client, catalogue):
    from courses.models import CoursePage

    client.get("/formations/")
    course = CoursePage.objects.get()
    course.title = "Un titre tout neuf"
    course.save_revision().publish()
    response = client.get("/formations/")
    assert response[HEADER] == "miss"
    assert "Un titre tout neuf" in response.content.decode()


def test_unpublishing_removes_the_course_at_once(client, catalogue):
    from courses.models import CoursePage

    client.get("/formations/")
    CoursePage.objects.get().unpublish()
    assert "Le click and collect" not in client.get("/formations/").content.decode()


def test_each_language_has_its_own_copy(client, catalogue):
    client.get("/formations/")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get("/formations/")
    assert english[HEADER] == "miss"
    assert 'lang="en"' in english.content.decode()


def test_unknown_query_parameters_are_not_stored(client, catalogue):
    client.get("/formations/", {"utm_source": "x"})
    assert HEADER not in client.get("/formations/", {"utm_source": "x"})
    assert client.get("/formations/", {"track": "x"})[HEADER] == "miss"
    assert client.get("/formations/", {"track": "x"})[HEADER] == "hit"


def test_searches_are_served_fresh(client, catalogue):
    """Each search runs, so the editors' count of searches that found nothing is true."""
    assert HEADER not in client.get("/formations/", {"q": "collect"})
    assert HEADER not in client.get("/formations/", {"q": "collect"})


def test_pages_that_did_not_opt_in_are_not_stored(client, catalogue):
    """The certificate check answers about one code: nothing to share between visitors."""
    client.get("/certificats/verifier/ABCD-EFGH/")
    response = client.get("/certificats/verifier/ABCD-EFGH/")
    assert HEADER not in response
    assert response["Cache-Control"] == "private"


def test_pending_messages_bypass_the_cache(client, catalogue):
    client.get("/formations/")
    client.cookies["messages"] = "anything"
    assert HEADER not in client.get("/formations/")


def test_a_browser_asking_for_gzip_gets_the_copy_compressed_once(client, catalogue):
    """Every browser sends ``Accept-Encoding: gzip``: the hit is the same page in fewer bytes,
    with a length that matches them, and caches in between keep both forms apart."""
    import gzip

    first = client.get("/formations/")
    assert "Accept-Encoding" in first["Vary"]
    hit = client.get("/formations/", headers={"accept-encoding": "gzip, deflate, br"})
    assert hit[HEADER] == "hit"
    assert hit["Content-Encoding"] == "gzip"
    assert int(hit["Content-Length"]) == len(hit.content) < len(first.content) / 3
    assert gzip.decompress(hit.content) == first.content
    assert "Accept-Encoding" in hit["Vary"]
    plain = client.get("/formations/", headers={"accept-encoding": "identity"})
    assert plain[HEADER] == "hit"
    assert not plain.has_header("Content-Encoding")
    assert plain.content == first.content
    assert int(plain["Content-Length"]) == len(first.content)


def test_copies_made_over_http_and_https_are_kept_apart(client, catalogue, settings):
    """Each copy keeps the headers of its scheme: a page stored over plain HTTP has no
    ``Strict-Transport-Security`` to give a browser that came over HTTPS."""
    settings.SECURE_HSTS_SECONDS = 3600
    assert client.get("/formations/")[HEADER] == "miss"
    secure = client.get("/formations/", secure=True)
    assert secure[HEADER] == "miss"
    assert secure["Strict-Transport-Security"] == "max-age=3600"
    assert client.get("/formations/", secure=True)[HEADER] == "hit"
    assert "Strict-Transport-Security" not in client.get("/formations/")


def test_static_files_are_served_without_reading_the_cache(
    client, catalogue, monkeypatch, settings
):
    """WhiteNoise answers them inside: a lookup of the page cache would cost two reads for
    nothing on every image and style sheet."""
    from core import page_cache

    settings.WHITENOISE_USE_FINDERS = True  # the project's files, with no collectstatic run

    def no_read(keys):
        raise AssertionError(f"the page cache was read for a static file: {keys}")

    monkeypatch.setattr(page_cache, "_read", no_read)
    response = client.get(f"{settings.STATIC_URL}css/site.css")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).strip()


# --- A learner's own copy of course and lesson pages ------------------------------------------


@pytest.fixture
def lesson(catalogue):
    from courses.models import LessonPage

    return LessonPage.objects.get()


@pytest.fixture
def learner(client, owner, lesson):
    from courses import services

    services.enrol(owner, lesson.course)
    client.force_login(owner)
    client.get("/")  # a first page sets the CSRF cookie, as a browser would have it
    client.get(lesson.url)  # records the visit: the copy made before that write is unreachable
    return client


def test_a_learner_gets_her_own_copy(learner, lesson, owner):
    assert learner.get(lesson.url)[HEADER] == "miss"
    with CaptureQueriesContext(connection) as context:
        hit = learner.get(lesson.url)
    assert hit[HEADER] == "hit"
    assert "Marquer comme terminée" in hit.content.decode()
    assert len(context.captured_queries) == 1  # her session; not even her user row


def test_another_learner_never_gets_her_copy(learner, lesson, owner):
    from django.test import Client

    from tests.accounts.factories import OwnerFactory

    learner.get(lesson.url)
    assert learner.get(lesson.url)[HEADER] == "hit"
    other = Client()
    someone = OwnerFactory(first_name="Quelqu'un")
    other.force_login(someone)
    other.get("/")
    response = other.get(lesson.url)
    assert response[HEADER] == "miss"
    page = response.content.decode()
    assert owner.get_short_name() not in page
    assert "Marquer comme terminée" not in page  # she is not enrolled


def test_her_progress_shows_at_once_and_the_cached_form_still_posts(learner, lesson):
    from django.urls import reverse

    from courses.models import LessonProgress

    learner.get(lesson.url)
    assert learner.get(lesson.url)[HEADER] == "hit"
    # The CSRF token inside the cached copy is valid for her cookie.
    learner.handler.enforce_csrf_checks = True
    page = learner.get(lesson.url).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    done = learner.post(
        reverse("courses:mark_done", args=[lesson.pk]), {"csrfmiddlewaretoken": token}, follow=True
    )
    assert "Bravo, vous avez terminé la formation" in done.content.decode()
    assert LessonProgress.objects.filter(lesson=lesson).exists()
    after = learner.get(lesson.url)
    assert after[HEADER] == "miss"
    assert "Leçon terminée." in after.content.decode()


def test_advisors_pages_are_not_stored(client, advisor, lesson):
    client.force_login(advisor)
    client.get("/")
    client.get(lesson.url)
    assert HEADER not in client.get(lesson.url)


def test_a_new_csrf_cookie_is_never_stored(client, owner, lesson):
    client.force_login(owner)
    response = client.get(lesson.url)  # no CSRF cookie yet: this answer sets one
    assert HEADER not in response


def test_a_password_change_makes_old_copies_unreachable(learner, lesson, owner):
    from django.test import Client

    learner.get(lesson.url)
    assert learner.get(lesson.url)[HEADER] == "hit"
    owner.set_password("Un-autre-mot-de-passe-2026")
    owner.save()
    # The old session is now refused by authentication: it gets no copy, and no page of hers.
    stale = learner.get(lesson.url)
    assert HEADER not in stale or stale[HEADER] != "hit"
    assert owner.get_short_name() not in stale.content.decode()
    fresh = Client()
    fresh.force_login(owner)
    fresh.get("/")
    assert fresh.get(lesson.url)[HEADER] == "miss"


def test_her_copy_is_never_compressed(learner, lesson):
    """It holds her CSRF token: compressed beside text she typed, its bytes could give it away
    (BREACH). Only copies shared by every visitor are gzipped."""
    learner.get(lesson.url)
    hit = learner.get(lesson.url, headers={"accept-encoding": "gzip"})
    assert hit[HEADER] == "hit"
    assert not hit.has_header("Content-Encoding")
    assert "csrfmiddlewaretoken" in hit.content.decode()
