"""URLs of the advisor workspace's business area; included by advising/urls.py ("advising").

A business's page keeps its short address, /entreprises/<pk>/, beside the forms it posts.
"""

from django.urls import path

from advising.business import views

urlpatterns = [
    path("entreprises/<int:pk>/", views.business_detail, name="business"),
    path("conseiller/entreprises/<int:pk>/notes/", views.note_add, name="note_add"),
    path("conseiller/entreprises/<int:pk>/relance/", views.reminder_send, name="reminder_send"),
]
