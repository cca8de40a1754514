"""URLs of the advisor workspace's assignments, invitations and cohorts; included by
advising/urls.py ("advising")."""

from django.urls import path

from advising.cohorts import views

urlpatterns = [
    path("conseiller/affectations/", views.assignment_list, name="assignments"),
    path("conseiller/invitations/", views.invitation_list, name="invitations"),
    path("invitations/<str:token>/", views.invitation_answer, name="invitation_answer"),
    path("conseiller/cohortes/", views.cohort_list, name="cohorts"),
    path("conseiller/cohortes/<id:pk>/", views.cohort_detail, name="cohort"),
    path("conseiller/cohortes/<id:pk>/supprimer/", views.cohort_delete, name="cohort_delete"),
    path(
        "conseiller/cohortes/<id:pk>/membres/",
        views.cohort_add_members,
        name="cohort_add_members",
    ),
    path(
        "conseiller/cohortes/<id:pk>/membres/<id:business_pk>/retirer/",
        views.cohort_remove_member,
        name="cohort_remove_member",
    ),
    path(
        "conseiller/cohortes/<id:pk>/certificats/",
        views.cohort_certificates,
        name="cohort_certificates",
    ),
]
