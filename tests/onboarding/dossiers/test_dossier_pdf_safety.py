"""What the dossier PDF carries to the funder: no full IBAN for anyone but the owner, and
none of an invoice's active content (scripts, launches, links, attachments, form scripts)."""

import io

import pikepdf
import pypdf
import pytest
from django.urls import reverse
from pikepdf import Array, Dictionary, Name, String

from onboarding.dossiers import services
from onboarding.dossiers.pdf import dossier_pdf
from tests.onboarding.dossiers.helpers import (
    IBAN,
    complete_application,
    expense_fields,
    invoice_upload,
)

pytestmark = pytest.mark.django_db

FULL_IBAN = IBAN.replace(" ", "")
MASKED = "FR76 •••• … 0189"


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def download(client, user, application) -> bytes:
    client.force_login(user)
    response = client.get(reverse("dossiers:pdf", args=[application.pk]))
    assert response.status_code == 200
    return response.content


def test_the_owner_gets_the_full_iban_to_file_with_the_funder(client, owner, business, programme):
    text = pdf_text(download(client, owner, complete_application(owner, programme)))
    assert FULL_IBAN in text.replace(" ", "")


@pytest.mark.parametrize("who", ["assigned_advisor", "staff"])
def test_advisors_and_staff_get_the_iban_masked_as_on_the_page(
    client, owner, business, programme, who, request
):
    application = complete_application(owner, programme)
    text = pdf_text(download(client, request.getfixturevalue(who), application))
    assert FULL_IBAN not in text.replace(" ", "")
    assert "3000 6000" not in text and "30006000" not in text.replace(" ", "")
    assert MASKED in text


def crafted_invoice() -> bytes:
    """A one-page invoice with every kind of active content a PDF reader would act on."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    script = pdf.make_indirect(
        Dictionary(Type=Name.Action, S=Name.JavaScript, JS=String("app.alert('pwned')"))
    )
    pdf.Root.OpenAction = script
    pdf.Root.AA = Dictionary(WC=script)
    pdf.Root.Names = Dictionary(JavaScript=Dictionary(Names=Array([String("go"), script])))
    pdf.attachments["payload.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ-evil-payload")
    page.obj.AA = Dictionary(O=script)
    embedded = pikepdf.AttachedFileSpec(pdf, b"MZ-annot-payload", filename="annot.exe")
    rect = Array([0, 0, 100, 100])
    widget = pdf.make_indirect(
        Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Tx,
            T=String("montant"),
            V=String("720"),
            Rect=rect,
            AA=Dictionary(K=script),
        )
    )
    page.obj.Annots = pdf.make_indirect(
        Array(
            [
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Link,
                    Rect=rect,
                    A=Dictionary(S=Name.URI, URI=String("https://evil.example/phish")),
                ),
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Link,
                    Rect=rect,
                    A=Dictionary(S=Name.Launch, F=String("cmd.exe")),
                ),
                Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=script),
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.FileAttachment,
                    Rect=rect,
                    FS=embedded.obj,
                ),
                widget,
            ]
        )
    )
    pdf.Root.AcroForm = Dictionary(
        Fields=Array([widget]), XFA=pdf.make_stream(b"<xdp:xdp><script>evil()</script></xdp:xdp>")
    )
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


FORBIDDEN_KEYS = {
    "/JS",
    "/JavaScript",
    "/OpenAction",
    "/AA",
    "/EmbeddedFiles",
    "/EF",
    "/URI",
    "/Launch",
    "/XFA",
    "/AcroForm",
}
FORBIDDEN_ACTIONS = {"/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/GoToE"}
NEEDLES = [b"pwned", b"evil.example", b"cmd.exe", b"MZ-evil", b"MZ-annot", b"xdp:xdp"]


def _dictionaries(obj, seen: set):
    """Every dictionary and stream in ``obj``, direct or not, each indirect object once."""
    if not isinstance(obj, pikepdf.Object):
        return  # numbers and booleans come back as Python values
    if obj.is_indirect:
        if obj.objgen in seen:
            return
        seen.add(obj.objgen)
    if isinstance(obj, Dictionary | pikepdf.Stream):
        yield obj
        for key in obj.keys():  # noqa: SIM118 (a Stream is not iterable by keys)
            yield from _dictionaries(obj[key], seen)
    elif isinstance(obj, Array):
        for item in obj:
            yield from _dictionaries(item, seen)


def active_content(data: bytes) -> list[str]:
    found = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        seen = set()
        for top in [pdf.trailer, *pdf.objects]:
            for obj in _dictionaries(top, seen):
                found += sorted(set(obj.keys()) & FORBIDDEN_KEYS)
                if str(obj.get("/S", "")) in FORBIDDEN_ACTIONS:
                    found.append(f"action {obj.S}")
                if str(obj.get("/Subtype", "")) in {"/Link", "/FileAttachment", "/Widget"}:
                    found.append(f"annotation {obj.Subtype}")
                if str(obj.get("/Type", "")) in {"/EmbeddedFile", "/Filespec"}:
                    found.append(f"file {obj.Type}")
        plain = io.BytesIO()
        pdf.save(
            plain,
            compress_streams=False,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            stream_decode_level=pikepdf.StreamDecodeLevel.generalized,
        )
    found += [needle.decode() for needle in NEEDLES if needle in plain.getvalue()]
    return found


def test_the_crafted_invoice_really_is_active():
    """The control: the scan finds everything in the invoice as uploaded."""
    found = active_content(crafted_invoice())
    for expected in ("/OpenAction", "/JS", "/URI", "action /Launch", "/XFA", "/EF", "pwned"):
        assert expected in found


def test_an_invoices_active_content_never_reaches_the_dossier(owner, business, programme):
    application = complete_application(owner, programme)
    services.add_expense(
        application,
        by=owner,
        upload=invoice_upload("piégée.pdf", crafted_invoice()),
        **expense_fields(invoice_number="F-2024-666"),
    )
    data = dossier_pdf(application, viewer=owner)
    assert active_content(data) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert not pdf.attachments
        cover_and_invoices = len(pdf.pages)
    assert cover_and_invoices >= 3  # the summary, then both invoices, still appended
