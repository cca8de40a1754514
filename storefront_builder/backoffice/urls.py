"""URLs of the backoffice area; included by shops/urls.py under the "shops" namespace."""

from django.urls import path

from storefront_builder.backoffice import views

urlpatterns = [
    path("ma-boutique/commandes/", views.orders, name="orders"),
    path("ma-boutique/commandes/jour.pdf", views.orders_pdf, name="orders_pdf"),
    path("ma-boutique/commandes/export.csv", views.orders_csv, name="orders_csv"),
    path("ma-boutique/commandes/<id:pk>/", views.order_detail, name="order_detail"),
    path("ma-boutique/commandes/<id:pk>/statut/", views.order_status, name="order_status"),
    path("ma-boutique/pause/", views.pause, name="pause"),
    path("ma-boutique/e-mails/", views.notifications, name="notifications"),
    path("ma-boutique/creneaux/<id:pk>/fermer/", views.slot_toggle, name="slot_toggle"),
    path("ma-boutique/affiche.pdf", views.poster, name="poster"),
    path("ma-boutique/chiffres/", views.figures, name="figures"),
    path("ma-boutique/fermetures/", views.closures, name="closures"),
    path(
        "ma-boutique/fermetures/<id:pk>/supprimer/",
        views.closure_delete,
        name="closure_delete",
    ),
]
