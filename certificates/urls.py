from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("certificats/", views.mine, name="mine"),
    path("certificats/verifier/", views.verify_form, name="verify_form"),
    path("certificats/verifier/<str:code>/", views.verify, name="verify"),
    path("certificats/<uuid:pk>/pdf/", views.download, name="download"),
    path("certificats/<uuid:pk>/revoquer/", views.revoke, name="revoke"),
]
