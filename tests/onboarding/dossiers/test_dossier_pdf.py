"""The dossier PDF as a funder reads it: each value beside its label, page numbers true for the
whole file (invoices included), the sworn statement on one page, and a status that means
something outside the platform."""

import io
import re

import pypdf
import pytest

from onboarding.dossiers import services
from onboarding.dossiers.pdf import dossier_pdf
from tests.onboarding.dossiers.helpers import complete_application, expense_fields, invoice_upload

pytestmark = pytest.mark.django_db


def _pages(application) -> list[str]:
    reader = pypdf.PdfReader(
        io.BytesIO(dossier_pdf(application, viewer=application.business.owner))
    )
    return [page.extract_text(extraction_mode="layout") for page in reader.pages]


def _line_with(pages: list[str], label: str) -> str:
    for page in pages:
        for line in page.splitlines():
            if label in line:
                return line
    raise AssertionError(f"{label!r} absent du dossier")


def test_each_value_is_printed_beside_its_label(owner, business, programme):
    pages = _pages(complete_application(owner, programme))
    assert "Boulangerie Martin" in _line_with(pages, "Nom commercial")
    assert business.siret in _line_with(pages, "SIRET")
    assert "69003 Lyon" in _line_with(pages, "Adresse")
    assert "SARL Martin" in _line_with(pages, "Titulaire")
    assert "AGRIFRPP882" in _line_with(pages, "BIC")


def test_the_page_total_counts_the_appended_invoices(owner, business, programme):
    application = complete_application(owner, programme)
    services.add_expense(
        application,
        by=owner,
        upload=invoice_upload("seconde.pdf"),
        **expense_fields(invoice_number="F-2024-002"),
    )
    pages = _pages(application)
    numbers = [re.search(r"Page (\d+) / (\d+)", page) for page in pages]
    summary_pages = [match for match in numbers if match]
    assert summary_pages, "aucun numéro de page"
    # Two invoices of one page each follow the summary: every total is the file's.
    assert {int(match.group(2)) for match in summary_pages} == {len(pages)}
    assert [int(match.group(1)) for match in summary_pages] == list(
        range(1, len(summary_pages) + 1)
    )
    assert len(pages) == len(summary_pages) + 2


def test_the_sworn_statement_is_on_one_page(owner, business, programme):
    pages = _pages(complete_application(owner, programme))
    (page,) = [page for page in pages if "Je certifie sur l'honneur" in page]
    assert "Déclaration sur l'honneur" in page
    assert "Fait le" in page and "Camille Martin" in page


def test_a_complete_draft_is_printed_as_ready_to_file(owner, business, programme):
    pages = _pages(complete_application(owner, programme))
    status = _line_with(pages, "Statut de la demande")
    assert "Prête à déposer" in status
    assert not any("Brouillon" in page for page in pages)


def test_an_incomplete_draft_says_it_is_not_ready(owner, business, programme):
    application = services.start_application(owner, programme)
    pages = _pages(application)
    status = _line_with(pages, "Statut de la demande")
    assert "Incomplète" in status
    assert "Signez la déclaration sur l'honneur." in "".join(pages)
    assert not any("Brouillon" in page for page in pages)


def test_a_filed_application_shows_its_status_and_reference(owner, business, programme, staff):
    application = complete_application(owner, programme)
    services.mark_ready(application, by=owner)
    services.record_submission(application, by=staff, reference="CN-2026-0042")
    status = _line_with(_pages(application), "Statut de la demande")
    assert "Déposée" in status and "CN-2026-0042" in status
