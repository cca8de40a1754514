from django.urls import path

from onboarding.profile import views

app_name = "businesses"

urlpatterns = [
    path("mon-entreprise/", views.profile, name="profile"),
]
