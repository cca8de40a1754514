"""The window poster: the shop's own colours, its logo read from the media files through the
strict fetcher, and the closures to come."""

import io
from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from storefront_builder.backoffice import services
from storefront_builder.backoffice.pdf import poster_html
from storefront_builder.closures import whole_days
from storefront_builder.palettes import PALETTES
from tests.storefront_builder.backoffice.factories import make_window
from tests.storefront_builder.storefront.factories import make_image

pytestmark = pytest.mark.django_db

SOON = timezone.localdate() + timedelta(days=10)


def pdf_text(content: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split()
    )


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Files stored on disk under MEDIA_ROOT, as in production without S3 (the test settings
    keep them in memory, where no fetcher could read them)."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return tmp_path / "media"


@pytest.fixture
def closed_for_christmas(shop):
    starts_at, ends_at = whole_days(SOON, SOON + timedelta(days=7))
    return services.closure_create(
        shop=shop, starts_at=starts_at, ends_at=ends_at, label="Congés de fin d'année"
    ).closure


def test_the_poster_is_in_the_shops_colours(shop, closed_for_christmas):
    shop.palette = "prune"
    shop.save(update_fields=["palette"])
    html = poster_html(shop)
    prune = PALETTES["prune"]
    assert f"background: {prune.primary}; color: {prune.primary_text};" in html
    assert prune.accent in html
    assert PALETTES["ocean"].primary not in html  # not the default palette's


def test_the_poster_shows_the_closures_to_come(owner_client, shop, closed_for_christmas):
    for weekday in range(7):
        make_window(shop, weekday=weekday, starts=time(8), ends=time(12))
        make_window(shop, weekday=weekday, starts=time(14), ends=time(19))
    for weeks in (3, 5, 7):  # more than the poster holds: the next three only
        starts_at, ends_at = whole_days(
            SOON + timedelta(weeks=weeks), SOON + timedelta(weeks=weeks)
        )
        services.closure_create(
            shop=shop, starts_at=starts_at, ends_at=ends_at, label=f"Fermé {weeks}"
        )
    response = owner_client.get(reverse("shops:poster"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1
    text = pdf_text(response.content)
    assert shop.name in text
    assert "Fermetures à venir" in text
    assert "Congés de fin d'année" in text
    assert "Fermeture exceptionnelle du" in text
    assert "Fermé 3" in text and "Fermé 5" in text and "Fermé 7" not in text


def test_the_logo_is_read_from_the_media_files_by_the_strict_fetcher(
    owner_client, shop, media_on_disk, recorder
):
    shop.logo = make_image("logo")
    shop.save(update_fields=["logo"])
    response = owner_client.get(reverse("shops:poster"))
    assert response.status_code == 200
    media = media_on_disk.resolve().as_uri() + "/images/"
    logos = [url for url, outcome in recorder.calls if url.startswith(media)]
    assert len(logos) == 1, recorder.calls
    assert ("max-400x400" in logos[0]) and dict(recorder.calls)[logos[0]] == "served"
    assert not [url for url, outcome in recorder.calls if outcome == "refused"]


def test_without_a_logo_or_closures_the_poster_has_neither(owner_client, shop, recorder):
    response = owner_client.get(reverse("shops:poster"))
    text = pdf_text(response.content)
    assert "Fermetures à venir" not in text
    assert not [url for url, _outcome in recorder.calls if "/images/" in url]
