"""The webinars' listing is copied as HTML for the same publication and the same split into
upcoming and past events: a new webinar, or one that ends, shows on the next render.

The whole-page cache is off here, so that every request renders."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.courses.live.factories import make_webinar, webinar_index

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_each_time")]


def sections(client, index) -> tuple[str, str]:
    """The listing's « À venir » and « Passés » parts."""
    html = client.get(index.url).content.decode()
    upcoming, _, past = html.partition("<h2>Passés</h2>")
    return upcoming, past


def test_a_new_webinar_and_one_that_ends_show_on_the_next_render(client, home_page):
    # Under way, ending in five minutes: well before copies end anyway (ten minutes).
    soon = make_webinar(
        home_page, slug="bientot", title="Bientôt", starts_in=timedelta(minutes=-55)
    )
    index = webinar_index(home_page)
    upcoming, past = sections(client, index)
    assert "Bientôt" in upcoming and "Bientôt" not in past
    assert sections(client, index) == (upcoming, past)
    make_webinar(home_page, slug="plus-tard", title="Plus tard")
    upcoming, _ = sections(client, index)
    assert "Plus tard" in upcoming
    with time_machine.travel(soon.end + timedelta(seconds=30)):
        assert timezone.now() > soon.end
        upcoming, past = sections(client, index)
    assert "Bientôt" in past and "Bientôt" not in upcoming and "Plus tard" in upcoming
