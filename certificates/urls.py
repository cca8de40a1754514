from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("certificats/", views.mine, name="mine"),
    path("certificats/verifier/", views.verify_form, name="verify_form"),
    path("certificats/verifier/<str:code>/", views.verify, name="verify"),
    path("certificats/<uuid:pk>/pdf/", views.download, name="download"),
    path("certificats/<uuid:pk>/revoquer/", views.revoke, name="revoke"),
    path("certificats/lots/", views.start_batch, name="start_batch"),
    path("certificats/lots/<uuid:pk>/", views.batch, name="batch"),
    path("certificats/lots/<uuid:pk>/etat/", views.batch_status, name="batch_status"),
    path("certificats/lots/<uuid:pk>/archive.zip", views.batch_archive, name="batch_archive"),
]
