"""What WeasyPrint may read while it draws a printed document, and the fonts it embeds.

Certificates, dossiers and shop documents hold text typed by users, so the fetcher is tested as
an attack surface: only the project's own static and media files and ``data:`` URIs are served.
"""

import io
from pathlib import Path

import pypdf
import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from core.pdf import FetchRefused, font_context, html_to_pdf, static_file, strict_url_fetcher

STATIC = Path(settings.STATICFILES_DIRS[0])
FONT = STATIC / "fonts" / "DejaVuSans.ttf"


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "file://localhost/etc/passwd",
        f"{FONT.parent.as_uri()}/../../manage.py",
        f"{FONT.parent.as_uri()}/%2e%2e/%2e%2e/manage.py",
        f"file://evil.example{FONT}",
        "/static/../manage.py",
        "/static/fonts/../../../../etc/passwd",
        "/media/../../../etc/passwd",
        "http://example.com/x.png",
        "https://example.com/x.png",
        "http://127.0.0.1:9/x.png",
        "ftp://example.com/x.png",
        "gopher://example.com/x",
        "javascript:alert(1)",
        f"{FONT.parent.as_uri()}/absent.ttf",
        f"{STATIC.as_uri()}/fonts/",
    ],
)
def test_fetcher_refuses(url):
    with pytest.raises(FetchRefused):
        strict_url_fetcher(url)


def test_fetcher_serves_the_shipped_font_by_path():
    response = strict_url_fetcher(FONT.as_uri())
    assert response.read() == FONT.read_bytes()


def test_fetcher_serves_static_files_by_static_url():
    response = strict_url_fetcher(f"{settings.STATIC_URL}fonts/DejaVuSans.ttf")
    assert response.read() == FONT.read_bytes()


def test_fetcher_serves_media_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "logo.svg").write_text("<svg/>")
    assert strict_url_fetcher((tmp_path / "logo.svg").as_uri()).read() == b"<svg/>"
    assert strict_url_fetcher(f"{settings.MEDIA_URL}logo.svg").read() == b"<svg/>"


def test_fetcher_refuses_symlinks_leading_out(settings, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    settings.MEDIA_ROOT = media
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    (media / "link.txt").symlink_to(secret)
    with pytest.raises(FetchRefused):
        strict_url_fetcher((media / "link.txt").as_uri())
    with pytest.raises(FetchRefused):
        strict_url_fetcher(f"{settings.MEDIA_URL}link.txt")


def test_fetcher_decodes_data_uris():
    response = strict_url_fetcher("data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E")
    assert response.read() == b"<svg/>"
    assert response.content_type == "image/svg+xml"


def test_hostile_document_renders_without_the_refused_resources(recorder):
    """WeasyPrint logs refused resources and carries on: the PDF comes out, without them."""
    html = (
        "<p>Avant</p>"
        '<img src="file:///etc/passwd">'
        '<img src="http://127.0.0.1:9/x.png">'
        '<link rel="stylesheet" href="https://example.com/style.css">'
        "<p>Après</p>"
    )
    reader = read(html_to_pdf(html))
    assert sorted(recorder.calls) == [
        ("file:///etc/passwd", "refused"),
        ("http://127.0.0.1:9/x.png", "refused"),
        ("https://example.com/style.css", "refused"),
    ]
    text = reader.pages[0].extract_text()
    assert "Avant" in text
    assert "Après" in text
    assert "root:" not in text
    assert not reader.pages[0]["/Resources"].get("/XObject")


# --- Fonts and rendering ------------------------------------------------------------------------


def test_the_shipped_fonts_are_read_and_embedded(recorder):
    fonts = font_context()
    html = (
        f'<style>@font-face {{ font-family: "Doc"; src: url("{fonts["font_normal"]}"); }}'
        'body { font-family: "Doc"; }</style><p>Réglé</p>'
    )
    reader = read(html_to_pdf(html))
    assert recorder.calls == [(FONT.resolve().as_uri(), "served")]
    font = next(iter(reader.pages[0]["/Resources"]["/Font"].values())).get_object()
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    assert descriptor["/FontName"].endswith("+Doc")  # a subset of the face declared above
    assert "/FontFile2" in descriptor


def test_a_missing_static_file_is_a_configuration_error():
    """Rather than a document silently drawn with whatever fonts the server has."""
    with pytest.raises(ImproperlyConfigured):
        static_file("fonts/Absente.ttf")
