from django.urls import path

from courses.live import views

app_name = "events"

urlpatterns = [
    path("evenements/<id:event_id>/inscription/", views.register, name="register"),
    path("evenements/inscriptions/<id:registration_id>/annulation/", views.cancel, name="cancel"),
    path(
        "evenements/inscriptions/<id:registration_id>/agenda.ics",
        views.registration_calendar,
        name="registration_calendar",
    ),
    path("agenda/<str:token>.ics", views.calendar_feed, name="feed"),
    path("mon-parcours/agenda/nouvelle-adresse/", views.renew_feed, name="renew_feed"),
    path("evenements/<id:event_id>/participants/", views.roster, name="roster"),
    path("evenements/inscriptions/<id:registration_id>/decision/", views.decide, name="decide"),
    path("evenements/<id:event_id>/presences/", views.mark_attendance, name="mark_attendance"),
    path(
        "evenements/<id:event_id>/presences/import/",
        views.import_attendance,
        name="import_attendance",
    ),
]
