from django.urls import path

from onboarding.plan import views

app_name = "onboarding"

urlpatterns = [
    path("mon-plan/", views.plan, name="plan"),
    path("mon-plan/suite/", views.next_step_redirect, name="next_step"),
]
