from django.urls import path

from onboarding.grants import views

app_name = "grants"

urlpatterns = [
    path("aides/", views.programme_list, name="list"),
    path("aides/<slug:slug>/", views.programme_detail, name="detail"),
]
