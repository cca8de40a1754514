"""/media/ without S3: only MEDIA_ROOT's files, never the private folder, typed by a fixed list.

Served under production's settings (DEBUG off); the files are real files in a temporary
DATA_DIR, as a deployment on one machine has them.
"""

import pytest
from django.test import override_settings
from django.utils.http import http_date

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def data_dir(tmp_path):
    media = tmp_path / "media"
    (media / "images").mkdir(parents=True)
    (media / "original_images").mkdir()
    (media / "documents").mkdir()
    (media / "images" / "logo.fill-120x120.png").write_bytes(PNG)
    (media / "original_images" / "logo.png").write_bytes(PNG)
    (media / "documents" / "guide.pdf").write_bytes(b"%PDF-1.7\n")
    (media / "documents" / "page.html").write_text("<script>alert(1)</script>")
    (media / "documents" / "image.svg").write_text("<svg onload='alert(1)'/>")
    (media / ".hidden.png").write_bytes(PNG)
    (tmp_path / "private" / "invoices").mkdir(parents=True)
    (tmp_path / "private" / "invoices" / "facture.pdf").write_bytes(b"%PDF secret")
    (tmp_path / "db-secret.txt").write_text("secret")
    with override_settings(DATA_DIR=tmp_path, MEDIA_ROOT=media, DEBUG=False):
        yield tmp_path


def test_a_rendition_is_served_inline_and_cached_for_a_year(client, data_dir):
    response = client.get("/media/images/logo.fill-120x120.png")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["Last-Modified"]


def test_other_files_are_cached_for_an_hour(client, data_dir):
    response = client.get("/media/original_images/logo.png")
    assert response["Cache-Control"] == "public, max-age=3600"


def test_if_modified_since_gives_304(client, data_dir):
    first = client.get("/media/images/logo.fill-120x120.png")
    again = client.get(
        "/media/images/logo.fill-120x120.png", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert again.status_code == 304
    older = client.get("/media/images/logo.fill-120x120.png", HTTP_IF_MODIFIED_SINCE=http_date(0))
    assert older.status_code == 200


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("documents/guide.pdf", "application/pdf"),
        ("documents/page.html", "application/octet-stream"),
        ("documents/image.svg", "application/octet-stream"),
    ],
)
def test_anything_but_an_image_is_downloaded(client, data_dir, path, content_type):
    response = client.get(f"/media/{path}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


@pytest.mark.parametrize(
    "path",
    [
        "../private/invoices/facture.pdf",
        "..%2Fprivate%2Finvoices%2Ffacture.pdf",
        "images/../../db-secret.txt",
        "/etc/passwd",
        ".hidden.png",
        "images",
        "images/missing.png",
        "images/logo.png%00.txt",
    ],
)
def test_nothing_outside_media_root_nor_hidden(client, data_dir, path):
    response = client.get(f"/media/{path}")
    assert response.status_code == 404


def test_the_private_folder_is_refused_even_inside_media_root(client, data_dir):
    with override_settings(MEDIA_ROOT=data_dir):
        assert client.get("/media/media/images/logo.fill-120x120.png").status_code == 200
        assert client.get("/media/private/invoices/facture.pdf").status_code == 404


def test_a_symbolic_link_leading_out_is_refused(client, data_dir):
    (data_dir / "media" / "images" / "out.png").symlink_to(data_dir / "db-secret.txt")
    assert client.get("/media/images/out.png").status_code == 404


def test_only_reading_methods(client, data_dir):
    assert client.post("/media/images/logo.fill-120x120.png").status_code == 405
    assert client.head("/media/images/logo.fill-120x120.png").status_code == 200
