"""A signature covers what the dossier said when signed; an owner closes an advisor's request."""

import pytest
from django.urls import reverse

from onboarding.dossiers import services
from onboarding.dossiers.models import Comment
from tests.onboarding.dossiers.helpers import (
    BIC,
    complete_application,
    expense_fields,
    invoice_upload,
)

pytestmark = pytest.mark.django_db


def test_adding_an_expense_asks_for_a_new_signature(owner, business, programme):
    application = complete_application(owner, programme)
    assert application.sworn_at is not None
    services.add_expense(
        application, by=owner, upload=invoice_upload(), **expense_fields(invoice_number="F-2")
    )
    application.refresh_from_db()
    assert application.sworn_at is None
    assert application.sworn_name == ""


def test_removing_an_expense_or_changing_the_bank_asks_for_a_new_signature(
    owner, business, programme
):
    application = complete_application(owner, programme)
    services.remove_expense(application, application.expenses.get().pk, by=owner)
    application.refresh_from_db()
    assert application.sworn_at is None

    services.sign_statement(application, by=owner, name="Camille Martin", accepted=True)
    services.save_bank_details(
        application,
        by=owner,
        iban="FR14 2004 1010 0505 0001 3M02 606",
        bic="PSSTFRPPLIL",
        holder="SARL Martin",
    )
    application.refresh_from_db()
    assert application.sworn_at is None


def test_saving_the_same_bank_details_keeps_the_signature(owner, business, programme):
    application = complete_application(owner, programme)
    services.save_bank_details(
        application, by=owner, iban=application.iban, bic=BIC, holder="SARL Martin"
    )
    application.refresh_from_db()
    assert application.sworn_at is not None


def test_the_owner_marks_a_request_for_changes_as_dealt_with(
    client, owner, business, programme, assigned_advisor, other_owner
):
    application = complete_application(owner, programme)
    remark = services.comment(
        application,
        by=assigned_advisor,
        body="Ajoutez la facture d'hébergement.",
        asks_changes=True,
    )
    url = reverse("dossiers:resolve_comment", args=[application.pk, remark.pk])

    for intruder, expected in ((other_owner, 404), (assigned_advisor, 403)):
        client.force_login(intruder)
        assert client.post(url).status_code == expected
        assert Comment.objects.get(pk=remark.pk).resolved_at is None

    client.force_login(owner)
    page = client.get(reverse("dossiers:detail", args=[application.pk])).content.decode()
    assert "J&#x27;ai fait les modifications" in page or "J'ai fait les modifications" in page
    response = client.post(url)
    assert response.status_code == 302
    assert Comment.objects.get(pk=remark.pk).resolved_at is not None
