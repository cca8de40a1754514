"""Editors create webinars and bootcamps in /cms/; event pages cost the same at any size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.live import services
from courses.live.models import BootcampIndexPage, BootcampPage, WebinarIndexPage, WebinarPage
from tests.accounts.factories import OwnerFactory
from tests.cms import EditorPageTestCase
from tests.courses.factories import publish
from tests.courses.live.factories import make_webinar


class EditorsScheduleEvents(EditorPageTestCase):
    def test_page_rules(self):
        self.assertAllowedSubpageTypes(WebinarIndexPage, {WebinarPage})
        self.assertAllowedSubpageTypes(BootcampIndexPage, {BootcampPage})
        self.assertCanNotCreateAt(BootcampIndexPage, WebinarPage)

    def test_an_editor_creates_a_webinar_and_a_bootcamp(self):
        webinars = publish(self.home, WebinarIndexPage(title="Webinaires", slug="webinaires"))
        self.assertCanCreate(
            webinars,
            WebinarPage,
            nested_form_data(
                {
                    "title": "Vos avis Google",
                    "summary": "Une heure pour répondre aux avis.",
                    "start": "2030-03-28 18:30",
                    "end": "2030-03-28 19:30",
                    "description": rich_text("<p>Au programme.</p>"),
                    "speakers": streamfield([("speaker", {"name": "Hélène", "role": "CCI"})]),
                    "capacity": "100",
                    "join_url": "https://visio.example/avis",
                    "replay_url": "",
                    "materials": streamfield([]),
                }
            ),
        )
        webinar = WebinarPage.objects.get()
        self.assertEqual(webinar.start.isoformat(), "2030-03-28T17:30:00+00:00")  # Paris time
        bootcamps = publish(self.home, BootcampIndexPage(title="Bootcamps", slug="bootcamps"))
        self.assertCanCreate(
            bootcamps,
            BootcampPage,
            nested_form_data(
                {
                    "title": "Bootcamp Lyon",
                    "summary": "Quatre séances.",
                    "description": rich_text("<p>Le programme.</p>"),
                    "capacity": "12",
                    "application_prompt": "Votre projet ?",
                    "sessions_required": "1",
                    "bootcamp_sessions": inline_formset(
                        [
                            {
                                "title": "Séance 1",
                                "start": "2030-04-02 09:30",
                                "end": "2030-04-02 12:30",
                                "online": "",
                                "address": "18 rue des Artisans, 69003 Lyon",
                                "join_url": "",
                            }
                        ]
                    ),
                }
            ),
        )
        self.assertEqual(BootcampPage.objects.get().bootcamp_sessions.count(), 1)


@pytest.mark.django_db
def test_event_pages_do_not_grow_with_registrations(client, home_page, owner):
    small, large = make_webinar(home_page, slug="petit"), make_webinar(home_page, slug="grand")
    services.register(owner, small)
    services.register(owner, large)
    for _ in range(30):
        services.register(OwnerFactory(), large)
    client.force_login(owner)
    counts = []
    for webinar in (small, large):
        client.get(webinar.url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(webinar.url).status_code == 200
        counts.append(len(context.captured_queries))
    with CaptureQueriesContext(connection) as context:
        client.get("/webinaires/")
    assert counts[0] == counts[1] <= 14
    assert len(context.captured_queries) <= 10
