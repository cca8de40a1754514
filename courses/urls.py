from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("mon-parcours/", views.dashboard, name="dashboard"),
    path("mon-parcours/formations/<id:course_id>/inscription/", views.enrol, name="enrol"),
    path("mon-parcours/lecons/<id:lesson_id>/terminee/", views.mark_done, name="mark_done"),
    path("mon-parcours/lecons/<id:lesson_id>/quiz/", views.submit_quiz, name="submit_quiz"),
    path("mon-parcours/quiz/<id:attempt_id>/", views.attempt, name="attempt"),
]
