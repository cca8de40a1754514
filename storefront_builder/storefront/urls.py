"""URLs of the storefront area; included by shops/urls.py under the "shops" namespace.

Public: the directory and each storefront under /boutiques/, and the customer's order under
/commande/<token>/, reachable only through the secret link sent by e-mail.
"""

from django.urls import path, re_path

from storefront_builder.storefront import views

TOKEN = r"(?P<token>[A-Za-z0-9_-]{20,64})"  # noqa: S105  (a pattern, not a secret)

urlpatterns = [
    path("boutiques/", views.directory, name="directory"),
    path("boutiques/produits/", views.product_search, name="product_search"),
    path("boutiques/<slug:slug>/", views.storefront, name="storefront"),
    path("boutiques/<slug:slug>/panier/", views.basket, name="basket"),
    path("boutiques/<slug:slug>/panier/ajouter/", views.basket_add, name="basket_add"),
    path("boutiques/<slug:slug>/panier/resume/", views.basket_summary, name="basket_summary"),
    path("boutiques/<slug:slug>/commande/", views.checkout, name="checkout"),
    re_path(rf"^commande/{TOKEN}/$", views.order, name="order"),
    re_path(rf"^commande/{TOKEN}/annuler/$", views.order_cancel, name="order_cancel"),
    re_path(rf"^commande/{TOKEN}/effacer/$", views.order_erase, name="order_erase"),
    re_path(rf"^commande/{TOKEN}/calendrier\.ics$", views.order_ics, name="order_ics"),
]
