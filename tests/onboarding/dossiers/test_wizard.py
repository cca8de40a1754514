"""From the eligibility check to the payment: every step saves, every change is on the timeline."""

import io
from datetime import date
from decimal import Decimal

import pypdf
import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.urls import reverse

from onboarding.dossiers import services
from onboarding.dossiers.models import Application, Expense, Status, StatusChange
from onboarding.dossiers.selectors import applications_of, latest_application, summary_of
from tests.accounts.factories import OwnerFactory
from tests.onboarding.dossiers.conftest import make_business, make_programme, make_siret
from tests.onboarding.dossiers.helpers import complete_application, expense_fields, invoice_upload

pytestmark = pytest.mark.django_db


# --- Eligibility and start ----------------------------------------------------------------------


def test_the_start_page_lists_every_rule_with_its_reason(client, owner, business, programme):
    client.force_login(owner)
    response = client.get(reverse("dossiers:start", args=[programme.slug]))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("✓") == 2  # headcount and turnover
    assert "Commencer ma demande" in page


def test_an_ineligible_business_sees_every_failing_reason_and_nothing_is_created(
    client, owner, programme
):
    make_business(owner, headcount=25, annual_turnover=Decimal("3000000"), sector="crafts")
    programme.eligible_sectors = ["food_retail"]
    programme.save()
    client.force_login(owner)
    url = reverse("dossiers:start", args=[programme.slug])
    page = client.get(url).content.decode()
    assert page.count("✗") == 3
    assert "Commencer ma demande" not in page

    response = client.post(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "le programme exige moins de 11 salariés" in page
    assert "le programme exige au plus" in page
    assert "le programme est réservé aux secteurs" in page
    assert not Application.objects.exists()
    assert not StatusChange.objects.exists()


def test_an_owner_without_a_business_profile_is_sent_to_write_it(client, owner, programme):
    client.force_login(owner)
    response = client.get(reverse("dossiers:start", args=[programme.slug]))
    assert response.status_code == 302
    assert response["Location"].endswith("/mon-entreprise/")


def test_one_application_per_siren_per_programme(client, owner, business, programme):
    client.force_login(owner)
    url = reverse("dossiers:start", args=[programme.slug])
    first = client.post(url)
    second = client.post(url)
    assert first["Location"] == second["Location"]
    assert Application.objects.count() == 1
    application = Application.objects.get()
    assert application.siren == business.siren == business.siret[:9]
    assert applications_of(business).get() == latest_application(business) == application

    # Another establishment of the same company cannot open a second one either.
    sibling_owner = OwnerFactory()
    make_business(sibling_owner, siret=make_siret(business.siren[:8], nic="0002")[:14])
    with pytest.raises(services.DossierError, match="même SIREN"):
        services.start_application(sibling_owner, programme)

    # The database itself refuses it, whatever the code does.
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(
            business=application.business, programme=programme, siren=application.siren
        )

    # Another programme is another application.
    other = make_programme(slug="autre-aide", name="Autre aide")
    assert services.start_application(owner, other).pk != application.pk


# --- Steps and status ---------------------------------------------------------------------------


def test_the_full_path_to_payment_is_on_the_timeline(client, owner, business, programme, staff):
    application = complete_application(owner, programme)
    client.force_login(owner)

    review = client.get(reverse("dossiers:review", args=[application.pk]))
    assert review.status_code == 200
    assert "500,00\u00a0€" in review.content.decode()  # flat 500 € for 600 € HT

    assert client.post(reverse("dossiers:ready", args=[application.pk])).status_code == 302
    response = client.post(reverse("dossiers:submit", args=[application.pk]), {"reference": ""})
    assert response.status_code == 400
    assert "Indiquez la référence de dépôt" in response.content.decode()
    response = client.post(
        reverse("dossiers:submit", args=[application.pk]), {"reference": "FN-2024-0042"}
    )
    assert response.status_code == 302
    client.post(reverse("dossiers:decide", args=[application.pk]), {"status": "approved"})

    client.force_login(staff)
    client.post(
        reverse("dossiers:decide", args=[application.pk]),
        {"status": "paid", "note": "Virement reçu"},
    )
    application.refresh_from_db()
    assert application.status == Status.PAID
    assert application.funder_reference == "FN-2024-0042"
    timeline = list(application.status_changes.values_list("status", flat=True))
    assert timeline == ["draft", "ready", "submitted", "approved", "paid"]

    page = client.get(reverse("dossiers:detail", args=[application.pk])).content.decode()
    for label in ("Brouillon", "Prête à déposer", "Déposée", "Accordée", "Versée", "FN-2024-0042"):
        assert label in page


def test_mark_ready_lists_what_is_missing(owner, business, programme):
    application = services.start_application(owner, programme)
    with pytest.raises(services.DossierError) as refused:
        services.mark_ready(application, by=owner)
    message = str(refused.value)
    assert "Ajoutez au moins une dépense" in message
    assert "coordonnées bancaires" in message
    assert "déclaration sur l'honneur" in message
    assert Application.objects.get().status == Status.DRAFT


def test_expenses_outside_the_rules_do_not_count_and_the_minimum_applies(
    owner, business, programme
):
    application = complete_application(owner, programme)
    services.add_expense(
        application,
        by=owner,
        upload=invoice_upload(),
        **expense_fields(
            invoice_number="F-2",
            category="delivery",
            amount_ht=Decimal("900"),
            amount_ttc=Decimal("1080"),
        ),
    )
    services.add_expense(
        application,
        by=owner,
        upload=invoice_upload(),
        **expense_fields(invoice_number="F-3", invoice_date=date(2019, 6, 1)),
    )
    summary = summary_of(Application.objects.get())
    assert summary.total_ht == Decimal("2100.00")
    assert summary.eligible_total == Decimal("600.00")
    assert [line.eligible for line in summary.lines] == [False, True, False]

    application.expenses.filter(invoice_number="F-2024-001").update(amount_ht=Decimal("300"))
    summary = summary_of(Application.objects.get())
    assert summary.aid == Decimal("0.00")
    assert "le programme exige au moins 450" in " ".join(summary.problems)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ([], "approved"),  # a draft cannot be approved
        (["ready"], "paid"),
        (["ready", "submitted", "rejected"], "approved"),
        (["ready", "submitted", "approved", "paid"], "rejected"),
    ],
)
def test_invalid_transitions_are_refused(owner, business, programme, path, status):
    application = complete_application(owner, programme)
    moves = {
        "ready": lambda: services.mark_ready(application, by=owner),
        "submitted": lambda: services.record_submission(application, by=owner, reference="R-1"),
    }
    for step in path:
        if step in moves:
            moves[step]()
        else:
            services.record_decision(application, by=owner, status=step, note="Motif")
    before = application.status_changes.count()
    with pytest.raises(services.DossierError, match="ne peut pas passer"):
        services.record_decision(application, by=owner, status=status, note="Motif")
    assert application.status_changes.count() == before


def test_the_owner_reopens_a_ready_dossier_once(client, owner, business, programme):
    application = complete_application(owner, programme)
    services.mark_ready(application, by=owner)
    client.force_login(owner)
    url = reverse("dossiers:reopen", args=[application.pk])
    assert client.post(url).status_code == 302
    application.refresh_from_db()
    assert application.status == Status.DRAFT
    last = application.status_changes.last()
    assert (last.status, last.by) == (Status.DRAFT, owner)
    assert "rouverte" in last.note

    # A draft cannot be reopened: the owner is told why and nothing moves.
    before = application.status_changes.count()
    response = client.post(url, follow=True)
    assert "ne peut pas passer" in response.content.decode()
    assert application.status_changes.count() == before
    assert Application.objects.get().status == Status.DRAFT


def test_submission_only_from_ready(owner, business, programme):
    application = complete_application(owner, programme)
    with pytest.raises(services.DossierError):
        services.record_submission(application, by=owner, reference="R-1")
    assert Application.objects.get().funder_reference == ""


def test_more_information_reopens_editing_then_ready_again(owner, business, programme):
    application = complete_application(owner, programme)
    services.mark_ready(application, by=owner)
    with pytest.raises(services.DossierError, match="ne peut plus être modifiée"):
        services.add_expense(application, by=owner, upload=invoice_upload(), **expense_fields())
    services.record_submission(application, by=owner, reference="R-1")
    services.record_decision(application, by=owner, status="more_info", note="Devis manquant")
    services.add_expense(
        application, by=owner, upload=invoice_upload(), **expense_fields(invoice_number="F-9")
    )
    # The dossier changed: the statement is signed again before it is ready.
    services.sign_statement(application, by=owner, name="Camille Martin", accepted=True)
    services.mark_ready(application, by=owner)
    services.record_submission(application, by=owner, reference="R-1")
    assert list(application.status_changes.values_list("status", flat=True)) == [
        "draft",
        "ready",
        "submitted",
        "more_info",
        "ready",
        "submitted",
    ]


def test_removing_an_expense_deletes_its_invoice(
    client, owner, business, programme, private_dir, django_capture_on_commit_callbacks
):
    application = complete_application(owner, programme)
    expense = Expense.objects.get()
    assert (private_dir / expense.invoice.name).exists()
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("dossiers:remove_expense", args=[application.pk, expense.pk]),
            {"confirmation": "oui"},
        )
    assert not Expense.objects.exists()
    assert not (private_dir / expense.invoice.name).exists()


def test_removing_an_expense_asks_first(client, owner, business, programme, private_dir):
    application = complete_application(owner, programme)
    expense = Expense.objects.get()
    client.force_login(owner)
    url = reverse("dossiers:remove_expense", args=[application.pk, expense.pk])
    response = client.post(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Retirer la dépense « Agence Web Lyon » et sa facture ?" in page
    assert page.count('<details class="confirm-step" open>') == 1
    assert Expense.objects.filter(pk=expense.pk).exists()
    application.refresh_from_db()
    assert application.sworn_at is not None  # nothing changed, not even the signature

    response = client.post(url, {"confirmation": "oui"})
    assert response.status_code == 302
    assert not Expense.objects.exists()


def test_the_statement_step(client, owner, business, programme):
    application = services.start_application(owner, programme)
    client.force_login(owner)
    url = reverse("dossiers:statement", args=[application.pk])
    response = client.post(url, {"name": "Camille Martin"})
    assert response.status_code == 400
    assert "Cochez la case" in response.content.decode()
    assert Application.objects.get().sworn_at is None
    assert client.post(url, {"name": "Camille Martin", "accepted": "on"}).status_code == 302
    application.refresh_from_db()
    assert application.sworn_name == "Camille Martin"
    assert application.sworn_at is not None


# --- The PDF ------------------------------------------------------------------------------------


def test_the_dossier_pdf(client, owner, business, programme):
    application = complete_application(owner, programme)
    client.force_login(owner)
    response = client.get(reverse("dossiers:pdf", args=[application.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert business.siret in text
    assert "500" in text and "Aide calculée" in text
    assert "Camille Martin" in text
    assert "F-2024-001" in text
    # The PDF invoice is appended after the summary pages.
    assert len(reader.pages) >= 2
    assert reader.pages[-1].mediabox.width == 595


def test_staff_and_owner_only_record_decisions(owner, business, programme, assigned_advisor):
    application = complete_application(owner, programme)
    services.mark_ready(application, by=owner)
    with pytest.raises(PermissionDenied):
        services.record_submission(application, by=assigned_advisor, reference="R")
