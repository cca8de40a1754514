"""An invoice whose file was removed from storage: the owner and her advisor get a 404 page
that says so in French, not a 500; the dossier's PDF is still made without it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from onboarding.dossiers.models import Expense
from tests.hostile_input import HUGE_ID
from tests.onboarding.dossiers.conftest import pdf_bytes
from tests.onboarding.dossiers.test_uploads import application, form_data  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored_expense(client, owner, application):  # noqa: F811
    client.force_login(owner)
    upload = SimpleUploadedFile("facture.pdf", pdf_bytes(), "application/pdf")
    client.post(reverse("dossiers:expenses", args=[application.pk]), form_data(upload))
    client.logout()
    return Expense.objects.get()


def test_a_deleted_invoice_file_is_a_clear_404(client, owner, assigned_advisor, stored_expense):
    stored_expense.invoice.storage.delete(stored_expense.invoice.name)
    url = reverse("dossiers:invoice", args=[stored_expense.application_id, stored_expense.pk])
    for person in (owner, assigned_advisor):
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 404
        page = response.content.decode()
        assert "Le fichier de cette facture est introuvable" in page
        assert reverse("dossiers:detail", args=[stored_expense.application_id]) in page
    pdf = client.get(reverse("dossiers:pdf", args=[stored_expense.application_id]))
    assert pdf.status_code == 200
    assert Expense.objects.filter(pk=stored_expense.pk).exists()  # nothing removed


def test_ids_that_cannot_exist_are_404(client, owner, stored_expense):
    client.force_login(owner)
    application_pk = stored_expense.application_id
    for url in (
        f"/demandes/{HUGE_ID}/",
        f"/demandes/{HUGE_ID}/depenses/",
        f"/demandes/{application_pk}/factures/{HUGE_ID}/",
        f"/demandes/{HUGE_ID}/factures/{stored_expense.pk}/",
        f"/demandes/{HUGE_ID}/dossier.pdf",
    ):
        assert client.get(url).status_code == 404, url
