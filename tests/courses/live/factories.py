"""Webinars and bootcamps for tests, published under their listing pages."""

from datetime import timedelta

from django.utils import timezone

from courses.live.models import (
    BootcampIndexPage,
    BootcampPage,
    BootcampSession,
    WebinarIndexPage,
    WebinarPage,
)
from tests.courses.factories import publish


def webinar_index(home):
    return WebinarIndexPage.objects.first() or publish(
        home, WebinarIndexPage(title="Webinaires", slug="webinaires")
    )


def make_webinar(home, *, capacity=10, starts_in=timedelta(days=3), slug="avis-google", **kw):
    start = timezone.now() + starts_in
    page = WebinarPage(
        title=kw.pop("title", "Faire de vos avis Google un atout"),
        slug=slug,
        summary="Une heure pour répondre aux avis.",
        start=start,
        end=start + timedelta(hours=1),
        capacity=capacity,
        join_url="https://visio.example/avis",
        **kw,
    )
    return publish(webinar_index(home), page)


def make_bootcamp(home, *, capacity=2, sessions=3, required=2):
    index = BootcampIndexPage.objects.first() or publish(
        home, BootcampIndexPage(title="Bootcamps", slug="bootcamps")
    )
    first = timezone.now() + timedelta(days=10)
    page = BootcampPage(
        title="Bootcamp vendre en ligne",
        slug="bootcamp",
        summary="Quatre séances pour vendre en ligne.",
        capacity=capacity,
        sessions_required=required,
    )
    page.bootcamp_sessions = [
        BootcampSession(
            title=f"Séance {n}",
            start=first + timedelta(days=7 * n),
            end=first + timedelta(days=7 * n, hours=3),
            online=n % 2 == 1,
            address="" if n % 2 else "CCI, 18 rue des Artisans, 69003 Lyon",
            join_url="https://visio.example/bootcamp" if n % 2 else "",
        )
        for n in range(sessions)
    ]
    return publish(index, page)
