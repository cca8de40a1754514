from django.urls import path

from onboarding.dossiers import views

app_name = "dossiers"

urlpatterns = [
    path("aides/<slug:slug>/demande/", views.start, name="start"),
    path("demandes/", views.application_list, name="list"),
    path("demandes/<int:pk>/", views.detail, name="detail"),
    path("demandes/<int:pk>/depenses/", views.expenses, name="expenses"),
    path(
        "demandes/<int:pk>/depenses/<int:expense_pk>/retirer/",
        views.remove_expense,
        name="remove_expense",
    ),
    path("demandes/<int:pk>/banque/", views.bank, name="bank"),
    path("demandes/<int:pk>/declaration/", views.statement, name="statement"),
    path("demandes/<int:pk>/recapitulatif/", views.review, name="review"),
    path("demandes/<int:pk>/prete/", views.mark_ready, name="ready"),
    path("demandes/<int:pk>/rouvrir/", views.reopen, name="reopen"),
    path("demandes/<int:pk>/depot/", views.submit, name="submit"),
    path("demandes/<int:pk>/decision/", views.decide, name="decide"),
    path("demandes/<int:pk>/commentaires/", views.comment, name="comment"),
    path(
        "demandes/<int:pk>/commentaires/<int:comment_pk>/traite/",
        views.resolve_comment,
        name="resolve_comment",
    ),
    path("demandes/<int:pk>/dossier.pdf", views.dossier_pdf, name="pdf"),
    path("demandes/<int:pk>/factures/<int:expense_pk>/", views.invoice, name="invoice"),
]
