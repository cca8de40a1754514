from django.urls import include, path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("mon-espace/", views.home, name="home"),
    path("compte/langue/", views.language, name="language"),
    path("compte/mes-donnees/", views.personal_data, name="personal_data"),
    path("compte/mes-donnees/export.zip", views.personal_data_export, name="personal_data_export"),
    path("compte/mes-donnees/effacer/", views.erase, name="erase"),
    path("compte/efface/", views.erased, name="erased"),
]

allauth_urlpatterns = [path("compte/", include("allauth.urls"))]
