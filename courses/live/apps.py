from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "courses.live"
    label = "events"
    verbose_name = _("Webinaires et bootcamps")

    def ready(self):
        from wagtail.signals import page_published

        from courses.live.services import notify_schedule_change

        page_published.connect(notify_schedule_change, dispatch_uid="events-schedule-change")

        from courses.live.personal_data import register_section as register_personal_data

        register_personal_data()
