from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificats")

    def ready(self):
        from certificates import receivers
        from courses.live.signals import attendance_completed
        from courses.signals import course_completed

        course_completed.connect(receivers.on_course_completed, dispatch_uid="certificate-course")
        attendance_completed.connect(
            receivers.on_attendance_completed, dispatch_uid="certificate-attendance"
        )

        from certificates.personal_data import register_section

        register_section()
