from django.urls import path

from onboarding.plan import views

app_name = "onboarding"

urlpatterns = [path("mon-plan/", views.plan, name="plan")]
