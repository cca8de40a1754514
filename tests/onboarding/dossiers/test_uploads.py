"""Invoices are judged by their content: hostile uploads are refused and nothing is stored."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from onboarding.dossiers import services
from onboarding.dossiers.models import Expense
from onboarding.dossiers.uploads import MAX_INVOICE_BYTES, InvoiceRefused, inspect_invoice
from tests.onboarding.dossiers.conftest import image_bytes, pdf_bytes

pytestmark = pytest.mark.django_db

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
HTML_BEHIND_PNG = PNG_SIGNATURE + b"<html><body><script>alert(document.cookie)</script></html>"
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)


def bomb_png(size=(20000, 20000)) -> bytes:
    """400 million 1-bit pixels: a few dozen kilobytes compressed, gigabytes once decoded."""
    out = io.BytesIO()
    Image.new("1", size, 0).save(out, format="PNG", optimize=True)
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return bomb_png()


@pytest.fixture
def application(owner, business, programme):
    return services.start_application(owner, programme)


def form_data(upload, **changes):
    values = {
        "supplier": "Agence <b>Web</b> Lyon",
        "invoice_number": "F-2024-001",
        "invoice_date": "2024-05-02",
        "amount_ht": "600,00",
        "amount_ttc": "720,00",
        "category": "website",
        "invoice": upload,
    }
    return {**values, **changes}


def stored_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


# --- The inspector alone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("facture.pdf", pdf_bytes(), "application/pdf"),
        ("facture.png", image_bytes("PNG"), "image/png"),
        ("facture.jpg", image_bytes("JPEG"), "image/jpeg"),
        # The name and declared type do not matter: the content does.
        ("scan.bin", image_bytes("JPEG"), "image/jpeg"),
    ],
    ids=["pdf", "png", "jpeg", "jpeg-named-bin"],
)
def test_accepts_real_pdfs_pngs_and_jpegs(name, data, expected):
    assert inspect_invoice(SimpleUploadedFile(name, data, "text/plain")) == expected


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("facture.png", HTML_BEHIND_PNG, "ne peut pas être lue"),
        ("facture.svg", SVG, "ni un PDF, ni une image JPEG ou PNG"),
        ("facture.html", b"<!DOCTYPE html><html></html>", "ni un PDF"),
        ("facture.gif", image_bytes("GIF", mode="P"), "ni un PDF"),
        ("facture.pdf", b"%PDF-1.7\n<html><script>alert(1)</script></html>", "PDF"),
        ("facture.jpg", image_bytes("JPEG")[:200], "ne peut pas être lue"),
        ("facture.pdf", b"", "vide"),
    ],
    ids=["png-then-html", "svg-script", "html", "gif", "pdf-then-html", "truncated-jpeg", "empty"],
)
def test_refuses_what_is_not_what_it_claims(name, data, fragment):
    with pytest.raises(InvoiceRefused) as refused:
        inspect_invoice(SimpleUploadedFile(name, data, "application/pdf"))
    assert fragment in str(refused.value)
    if data:
        assert "PDF, JPEG ou PNG" in str(refused.value)


def test_refuses_a_decompression_bomb(bomb):
    assert len(bomb) < 1_000_000
    with pytest.raises(InvoiceRefused, match="trop grande une fois décompressée"):
        inspect_invoice(SimpleUploadedFile("facture.png", bomb, "image/png"))


def test_refuses_images_over_our_own_pixel_ceiling_below_pillows():
    data = image_bytes("PNG", size=(7000, 7000), mode="1")  # 49 Mpx, under Pillow's 89 Mpx
    with pytest.raises(InvoiceRefused, match="trop grande"):
        inspect_invoice(SimpleUploadedFile("facture.png", data, "image/png"))


def test_refuses_oversized_files_without_reading_them():
    class Huge:
        size = MAX_INVOICE_BYTES + 1
        name = "facture.pdf"

        def read(self, *args):
            raise AssertionError("read although too large")

        def seek(self, *args):
            raise AssertionError("seek although too large")

    with pytest.raises(InvoiceRefused, match="dépasse 10 Mo"):
        inspect_invoice(Huge())


# --- Through the wizard -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("facture.png", HTML_BEHIND_PNG, "Cette image ne peut pas être lue en entier"),
        ("facture.svg", SVG, "Ce fichier n&#x27;est ni un PDF, ni une image JPEG ou PNG"),
    ],
    ids=["png-then-html", "svg-script"],
)
def test_hostile_uploads_are_refused_with_400_and_nothing_stored(
    client, owner, application, private_dir, name, data, message
):
    client.force_login(owner)
    upload = SimpleUploadedFile(name, data, "image/png")
    response = client.post(reverse("dossiers:expenses", args=[application.pk]), form_data(upload))
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "Formats acceptés : PDF, JPEG ou PNG, 10 Mo au plus." in page
    # What was typed is kept (escaped), so only the file has to be chosen again.
    assert 'value="F-2024-001"' in page
    assert "Agence &lt;b&gt;Web&lt;/b&gt; Lyon" in page
    assert not Expense.objects.exists()
    assert stored_files(private_dir) == []


def test_decompression_bomb_upload_is_refused(client, owner, application, private_dir, bomb):
    client.force_login(owner)
    upload = SimpleUploadedFile("facture.png", bomb, "image/png")
    response = client.post(reverse("dossiers:expenses", args=[application.pk]), form_data(upload))
    assert response.status_code == 400
    assert "trop grande une fois décompressée" in response.content.decode()
    assert not Expense.objects.exists()
    assert stored_files(private_dir) == []


def test_a_50_mb_upload_is_refused(client, owner, application, private_dir, tmp_path):
    big = tmp_path / "facture.pdf"
    with big.open("wb") as handle:
        handle.write(pdf_bytes())
        handle.truncate(50 * 1024 * 1024)
    client.force_login(owner)
    with big.open("rb") as handle:
        response = client.post(
            reverse("dossiers:expenses", args=[application.pk]), form_data(handle)
        )
    assert response.status_code == 400
    assert "Ce fichier dépasse 10 Mo." in response.content.decode()
    assert not Expense.objects.exists()
    assert stored_files(private_dir) == []


@pytest.mark.parametrize(
    ("name", "data", "content_type", "suffix"),
    [
        ("Facture Agence.pdf", pdf_bytes(), "application/pdf", ".pdf"),
        ("photo.png", image_bytes("PNG"), "image/png", ".png"),
        ("../../etc/scan.jpeg", image_bytes("JPEG"), "image/jpeg", ".jpg"),
        ("logo.html", image_bytes("PNG") + b"<script>alert(1)</script>", "image/png", ".png"),
    ],
    ids=["pdf", "png", "jpeg-with-path", "png-named-html"],
)
def test_valid_invoices_are_stored_privately_under_a_random_name(
    client, owner, application, private_dir, name, data, content_type, suffix
):
    client.force_login(owner)
    upload = SimpleUploadedFile(name, data, "application/octet-stream")
    response = client.post(reverse("dossiers:expenses", args=[application.pk]), form_data(upload))
    assert response.status_code == 302
    expense = Expense.objects.get()
    assert expense.content_type == content_type
    assert expense.size == len(data)
    assert expense.original_filename == name.rsplit("/", 1)[-1]
    assert expense.invoice.name.startswith("invoices/")
    assert expense.invoice.name.endswith(suffix)
    assert "facture" not in expense.invoice.name.lower()
    [stored] = stored_files(private_dir)
    assert stored.read_bytes() == data

    download = client.get(reverse("dossiers:invoice", args=[application.pk, expense.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == content_type
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    # The view's own policy, which the site-wide CSP middleware leaves as it is.
    assert download["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert b"".join(download.streaming_content) == data


def test_ttc_below_ht_is_refused(client, owner, application, private_dir):
    client.force_login(owner)
    upload = SimpleUploadedFile("f.pdf", pdf_bytes(), "application/pdf")
    response = client.post(
        reverse("dossiers:expenses", args=[application.pk]),
        form_data(upload, amount_ttc="500,00"),
    )
    assert response.status_code == 400
    assert "Le montant TTC ne peut pas être inférieur au montant HT." in response.content.decode()
    assert not Expense.objects.exists()
    assert stored_files(private_dir) == []
