from django.urls import include, path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("mon-espace/", views.home, name="home"),
]

allauth_urlpatterns = [path("compte/", include("allauth.urls"))]
