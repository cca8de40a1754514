"""URLs of networks; included by shops/urls.py under the "shops" namespace.

Public under /reseaux/; the merchant's side under /ma-boutique/reseaux/ (coordinator and
members) and /ma-boutique/invitations/ (her answers).
"""

from django.urls import path

from storefront_builder.networks import backoffice, views

urlpatterns = [
    path("reseaux/", views.networks, name="networks"),
    path("reseaux/<slug:slug>/", views.network, name="network"),
    path("reseaux/<slug:slug>/commander/", views.network_order, name="network_order"),
    path("ma-boutique/reseaux/", backoffice.my_networks, name="my_networks"),
    path("ma-boutique/reseaux/<slug:slug>/", backoffice.network_manage, name="network_manage"),
    path(
        "ma-boutique/reseaux/<slug:slug>/inviter/",
        backoffice.network_invite,
        name="network_invite",
    ),
    path(
        "ma-boutique/reseaux/<slug:slug>/retirer/<id:pk>/",
        backoffice.network_remove,
        name="network_remove",
    ),
    path(
        "ma-boutique/reseaux/<slug:slug>/quitter/",
        backoffice.network_leave,
        name="network_leave",
    ),
    path(
        "ma-boutique/reseaux/<slug:slug>/affiche.pdf",
        backoffice.network_poster,
        name="network_poster",
    ),
    path(
        "ma-boutique/invitations/<id:pk>/",
        backoffice.invitation_answer,
        name="invitation_answer",
    ),
]
