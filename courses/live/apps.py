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

        from django.db.models.signals import post_delete, post_save

        from courses.live.models import Registration
        from courses.live.services import registrations_changed

        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                registrations_changed, sender=Registration, dispatch_uid=f"events-seats-{name}"
            )

        from courses.live.personal_data import register_section as register_personal_data

        register_personal_data()
