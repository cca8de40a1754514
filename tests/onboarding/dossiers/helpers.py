"""Shortcuts that build an application through the services, as the wizard would."""

from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from onboarding.dossiers import services
from tests.onboarding.dossiers.conftest import pdf_bytes

IBAN = "FR76 3000 6000 0112 3456 7890 189"
BIC = "AGRIFRPP882"


def invoice_upload(name="facture.pdf", data=None, content_type="application/pdf"):
    return SimpleUploadedFile(name, data if data is not None else pdf_bytes(), content_type)


def expense_fields(**changes) -> dict:
    values = {
        "supplier": "Agence Web Lyon",
        "invoice_number": "F-2024-001",
        "invoice_date": date(2024, 5, 2),
        "amount_ht": Decimal("600.00"),
        "amount_ttc": Decimal("720.00"),
        "category": "website",
    }
    return {**values, **changes}


def complete_application(owner, programme):
    """A draft with one eligible expense, bank details and the signed statement."""
    application = services.start_application(owner, programme)
    services.add_expense(application, by=owner, upload=invoice_upload(), **expense_fields())
    services.save_bank_details(application, by=owner, iban=IBAN, bic=BIC, holder="SARL Martin")
    services.sign_statement(application, by=owner, name="Camille Martin", accepted=True)
    return application
