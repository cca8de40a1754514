from django.urls import path

from onboarding.diagnostic import views

app_name = "diagnostic"

urlpatterns = [
    path("diagnostic/", views.start, name="start"),
    path("diagnostic/resultats/<id:pk>/", views.result, name="result"),
    path("diagnostic/historique/", views.history, name="history"),
]
