from django.urls import path

from onboarding.diagnostic import views

app_name = "diagnostic"

urlpatterns = [
    path("diagnostic/", views.start, name="start"),
    path("diagnostic/resultats/<int:pk>/", views.result, name="result"),
    path("diagnostic/historique/", views.history, name="history"),
]
