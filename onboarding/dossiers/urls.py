from django.urls import path

from onboarding.dossiers.views import dossier, files, starting, steps

app_name = "dossiers"

urlpatterns = [
    path("aides/<slug:slug>/demande/", starting.start, name="start"),
    path("demandes/", starting.application_list, name="list"),
    path("demandes/<id:pk>/", dossier.detail, name="detail"),
    path("demandes/<id:pk>/depenses/", steps.expenses, name="expenses"),
    path(
        "demandes/<id:pk>/depenses/<id:expense_pk>/retirer/",
        steps.remove_expense,
        name="remove_expense",
    ),
    path("demandes/<id:pk>/banque/", steps.bank, name="bank"),
    path("demandes/<id:pk>/declaration/", steps.statement, name="statement"),
    path("demandes/<id:pk>/recapitulatif/", steps.review, name="review"),
    path("demandes/<id:pk>/prete/", steps.mark_ready, name="ready"),
    path("demandes/<id:pk>/rouvrir/", dossier.reopen, name="reopen"),
    path("demandes/<id:pk>/depot/", dossier.submit, name="submit"),
    path("demandes/<id:pk>/decision/", dossier.decide, name="decide"),
    path("demandes/<id:pk>/commentaires/", dossier.comment, name="comment"),
    path(
        "demandes/<id:pk>/commentaires/<id:comment_pk>/traite/",
        dossier.resolve_comment,
        name="resolve_comment",
    ),
    path("demandes/<id:pk>/dossier.pdf", files.dossier_pdf, name="pdf"),
    path("demandes/<id:pk>/factures/<id:expense_pk>/", files.invoice, name="invoice"),
]
