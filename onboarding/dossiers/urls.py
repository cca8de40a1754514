from django.urls import path

from onboarding.dossiers.views import dossier, files, starting, steps

app_name = "dossiers"

urlpatterns = [
    path("aides/<slug:slug>/demande/", starting.start, name="start"),
    path("demandes/", starting.application_list, name="list"),
    path("demandes/<int:pk>/", dossier.detail, name="detail"),
    path("demandes/<int:pk>/depenses/", steps.expenses, name="expenses"),
    path(
        "demandes/<int:pk>/depenses/<int:expense_pk>/retirer/",
        steps.remove_expense,
        name="remove_expense",
    ),
    path("demandes/<int:pk>/banque/", steps.bank, name="bank"),
    path("demandes/<int:pk>/declaration/", steps.statement, name="statement"),
    path("demandes/<int:pk>/recapitulatif/", steps.review, name="review"),
    path("demandes/<int:pk>/prete/", steps.mark_ready, name="ready"),
    path("demandes/<int:pk>/rouvrir/", dossier.reopen, name="reopen"),
    path("demandes/<int:pk>/depot/", dossier.submit, name="submit"),
    path("demandes/<int:pk>/decision/", dossier.decide, name="decide"),
    path("demandes/<int:pk>/commentaires/", dossier.comment, name="comment"),
    path(
        "demandes/<int:pk>/commentaires/<int:comment_pk>/traite/",
        dossier.resolve_comment,
        name="resolve_comment",
    ),
    path("demandes/<int:pk>/dossier.pdf", files.dossier_pdf, name="pdf"),
    path("demandes/<int:pk>/factures/<int:expense_pk>/", files.invoice, name="invoice"),
]
