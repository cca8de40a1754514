"""Nobody but the owner, her advisors and staff may see a dossier; only the owner edits it."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from onboarding.dossiers import services
from onboarding.dossiers.models import Comment, Expense, Status
from tests.onboarding.dossiers.helpers import BIC, IBAN, complete_application, expense_fields

pytestmark = pytest.mark.django_db

READ_PAGES = ["detail", "expenses", "bank", "statement", "review", "pdf"]


@pytest.fixture
def application(owner, business, programme):
    return complete_application(owner, programme)


def urls_of(application):
    expense = Expense.objects.get(application=application)
    pages = [reverse(f"dossiers:{name}", args=[application.pk]) for name in READ_PAGES]
    return [*pages, reverse("dossiers:invoice", args=[application.pk, expense.pk])]


@pytest.mark.parametrize("who", ["other_owner", "unassigned_advisor"])
def test_strangers_get_404_everywhere(client, request, application, who):
    client.force_login(request.getfixturevalue(who))
    for url in urls_of(application):
        assert client.get(url).status_code == 404, url
    expense = Expense.objects.get()
    posts = [
        (reverse("dossiers:expenses", args=[application.pk]), {}),
        (reverse("dossiers:bank", args=[application.pk]), {"iban": IBAN, "bic": BIC}),
        (reverse("dossiers:comment", args=[application.pk]), {"body": "Bonjour"}),
        (reverse("dossiers:ready", args=[application.pk]), {}),
        (reverse("dossiers:submit", args=[application.pk]), {"reference": "X"}),
        (reverse("dossiers:decide", args=[application.pk]), {"status": "approved"}),
        (
            reverse("dossiers:remove_expense", args=[application.pk, expense.pk]),
            {"confirmation": "oui"},
        ),
        (reverse("dossiers:statement", args=[application.pk]), {"name": "X", "accepted": "on"}),
        (reverse("dossiers:reopen", args=[application.pk]), {}),
        (reverse("dossiers:resolve_comment", args=[application.pk, 1]), {}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 404, url
    assert Expense.objects.count() == 1
    assert not Comment.objects.exists()
    assert client.get(reverse("dossiers:list")).content.decode().count("Boulangerie") == 0


def test_the_second_owners_own_dossier_is_hers_alone(client, owner, other_owner, programme):
    theirs = services.start_application(other_owner, programme)
    client.force_login(owner)
    assert client.get(reverse("dossiers:detail", args=[theirs.pk])).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, application):
    response = client.get(reverse("dossiers:detail", args=[application.pk]))
    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_the_assigned_advisor_reads_and_comments_but_does_not_edit(
    client, owner, application, assigned_advisor
):
    client.force_login(assigned_advisor)
    for url in urls_of(application):
        assert client.get(url).status_code == 200, url
    bank_page = client.get(reverse("dossiers:bank", args=[application.pk])).content.decode()
    assert "FR76" in bank_page and IBAN.replace(" ", "") not in bank_page  # masked

    edits = [
        (reverse("dossiers:expenses", args=[application.pk]), expense_fields()),
        (
            reverse("dossiers:bank", args=[application.pk]),
            {"iban": IBAN, "bic": BIC, "account_holder": "Quelqu'un d'autre"},
        ),
        (reverse("dossiers:statement", args=[application.pk]), {"name": "X", "accepted": "on"}),
        (reverse("dossiers:ready", args=[application.pk]), {}),
        (reverse("dossiers:submit", args=[application.pk]), {"reference": "X"}),
        (reverse("dossiers:decide", args=[application.pk]), {"status": "approved"}),
        (
            reverse("dossiers:remove_expense", args=[application.pk, Expense.objects.get().pk]),
            {"confirmation": "oui"},
        ),
        (reverse("dossiers:reopen", args=[application.pk]), {}),
    ]
    for url, data in edits:
        assert client.post(url, data).status_code == 403, url
    application.refresh_from_db()
    assert application.account_holder == "SARL Martin"
    assert application.sworn_name == "Camille Martin"
    assert Expense.objects.count() == 1

    # Comment on a draft: a remark, the status does not move.
    response = client.post(
        reverse("dossiers:comment", args=[application.pk]), {"body": "Ajoutez le devis signé."}
    )
    assert response.status_code == 302
    assert Comment.objects.get().author == assigned_advisor

    # Asking for changes on a ready dossier sends it back to draft, on the timeline.
    services.mark_ready(application, by=owner)
    response = client.post(
        reverse("dossiers:comment", args=[application.pk]),
        {"body": "La facture n°1 est illisible.", "asks_changes": "on"},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.DRAFT
    last = application.status_changes.last()
    assert last.status == Status.DRAFT and last.by == assigned_advisor
    assert "illisible" in last.note

    client.force_login(owner)
    page = client.get(reverse("dossiers:detail", args=[application.pk])).content.decode()
    assert "La facture n°1 est illisible." in page
    assert "modifications demandées" in page


def test_the_comment_service_refuses_an_advisor_who_does_not_follow_the_business(
    application, unassigned_advisor
):
    with pytest.raises(PermissionDenied):
        services.comment(application, by=unassigned_advisor, body="Bonjour")
    assert not Comment.objects.exists()


def test_an_empty_comment_is_refused_with_400(client, application, assigned_advisor):
    client.force_login(assigned_advisor)
    response = client.post(reverse("dossiers:comment", args=[application.pk]), {"body": " "})
    assert response.status_code == 400
    assert "Écrivez votre commentaire." in response.content.decode()
    assert not Comment.objects.exists()


def test_owners_cannot_comment(client, owner, application):
    client.force_login(owner)
    response = client.post(reverse("dossiers:comment", args=[application.pk]), {"body": "Moi"})
    assert response.status_code == 403


def test_staff_see_every_dossier(client, application, staff):
    client.force_login(staff)
    for url in urls_of(application):
        assert client.get(url).status_code == 200, url


def _detail_queries(client, application) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("dossiers:detail", args=[application.pk]))
    assert response.status_code == 200
    return len(queries)


def test_the_detail_page_query_count_does_not_grow_with_expenses(
    client, owner, application, assigned_advisor
):
    services.comment(application, by=assigned_advisor, body="Premier commentaire")
    client.force_login(owner)
    _detail_queries(client, application)  # warm the caches (site, navigation)
    few = _detail_queries(client, application)
    expense = Expense.objects.get()
    for number in range(40):
        Expense.objects.create(
            **{
                **expense_fields(invoice_number=f"F-{number}"),
                "application": application,
                "invoice": expense.invoice.name,
                "original_filename": "f.pdf",
                "content_type": "application/pdf",
                "size": 10,
            }
        )
    for number in range(10):
        services.comment(application, by=assigned_advisor, body=f"Remarque {number}")
    many = _detail_queries(client, application)
    assert many == few
    assert many <= 25
