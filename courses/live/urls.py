from django.urls import path

from courses.live import views

app_name = "events"

urlpatterns = [
    path("evenements/<int:event_id>/inscription/", views.register, name="register"),
    path("evenements/inscriptions/<int:registration_id>/annulation/", views.cancel, name="cancel"),
    path(
        "evenements/inscriptions/<int:registration_id>/agenda.ics",
        views.registration_calendar,
        name="registration_calendar",
    ),
    path("agenda/<str:token>.ics", views.calendar_feed, name="feed"),
    path("mon-parcours/agenda/nouvelle-adresse/", views.renew_feed, name="renew_feed"),
    path("evenements/<int:event_id>/participants/", views.roster, name="roster"),
    path("evenements/inscriptions/<int:registration_id>/decision/", views.decide, name="decide"),
    path("evenements/<int:event_id>/presences/", views.mark_attendance, name="mark_attendance"),
    path(
        "evenements/<int:event_id>/presences/import/",
        views.import_attendance,
        name="import_attendance",
    ),
]
