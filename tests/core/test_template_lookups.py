"""The listings' templates only read attributes their objects have.

When a template asks for ``course.learner_status`` and the course has none, Django's variable
lookup fails over to ``dir()`` of the object to tell a missing attribute from a property that
raised: for a Wagtail page, a tenth of a millisecond. A catalogue of a hundred cards paid it a
hundred times per render. The objects the views list carry every attribute their cards read
(defaults on the class or set by the view), so that each lookup is a plain read.
"""

import re

import django.template.base
import pytest
from django.urls import reverse

from tests.courses.factories import make_catalog, make_course, make_track
from tests.storefront_builder.storefront.factories import make_shop

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_lookups(monkeypatch) -> list[str]:
    """The type of each object whose failed lookup made Django's templates call ``dir()``."""
    failures: list[str] = []

    def recording_dir(*args):
        if args:
            failures.append(type(args[0]).__name__)
        return dir(*args)

    # The module reads ``dir`` from its globals before the builtins: shadow it there only.
    monkeypatch.setattr(django.template.base, "dir", recording_dir, raising=False)
    return failures


@pytest.fixture
def shelves(home_page):
    catalog = make_catalog(home_page)
    for track_number in range(2):
        track = make_track(
            catalog, slug=f"parcours-{track_number}", title=f"Parcours {track_number}"
        )
        for number in range(3):
            make_course(
                track,
                slug=f"formation-{track_number}-{number}",
                title=f"Formation {number}",
                lessons=1,
            )
    return catalog


def test_the_catalogue_and_a_track_page_read_no_missing_attribute(client, shelves, failed_lookups):
    catalogue = client.get(shelves.url)
    assert catalogue.content.decode().count('class="card course-card"') == 6
    track = client.get(shelves.get_children().live().first().url)
    assert track.content.decode().count('class="card course-card"') == 3
    assert failed_lookups == []


def test_the_catalogue_searched_reads_no_missing_attribute(client, shelves, failed_lookups):
    response = client.get(shelves.url, {"q": "formation"})
    assert 'class="card course-card"' in response.content.decode()
    assert failed_lookups == []


def test_a_signed_in_learner_s_catalogue_reads_no_missing_attribute(
    client, owner, shelves, failed_lookups
):
    client.force_login(owner)
    response = client.get(shelves.url)
    assert response.content.decode().count('class="card course-card"') == 6
    assert failed_lookups == []


def test_the_shop_directory_reads_no_missing_attribute(client, failed_lookups):
    for _ in range(3):
        make_shop()
    response = client.get(reverse("shops:directory"))
    assert response.content.decode().count("Boutique ") >= 3
    assert failed_lookups == []


def test_the_cards_still_show_each_course_s_themes(client, shelves):
    """The themes come in one query for the whole listing, as a list (card_themes_prefetch), in
    French alphabetical order whatever order they were given or the database returns."""
    from courses.models import CoursePage

    course = CoursePage.objects.get(slug="formation-0-1")
    course.themes.add("Google", "Avis clients")
    course.save()
    track = course.get_parent()
    for url in (shelves.url, track.url, f"{shelves.url}?q=formation"):
        page = client.get(url).content.decode()
        themes = re.findall(r'<p class="themes muted"[^>]*>([^<]*)</p>', page)
        assert themes == ["Avis clients · Google"], url
