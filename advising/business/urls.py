"""URLs of the advisor workspace's business area; included by advising/urls.py ("advising").

A business's page keeps its short address, /entreprises/<pk>/, beside the forms it posts.
"""

from django.urls import path

from advising.business import views

urlpatterns = [
    path("entreprises/<id:pk>/", views.business_detail, name="business"),
    path("conseiller/entreprises/<id:pk>/notes/", views.note_add, name="note_add"),
    path("conseiller/entreprises/<id:pk>/relance/", views.reminder_send, name="reminder_send"),
]
