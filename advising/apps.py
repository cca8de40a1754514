from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvisingConfig(AppConfig):
    name = "advising"
    verbose_name = _("Espace conseiller")

    def ready(self):
        from allauth.account.signals import email_confirmed, user_signed_up
        from django.db.models.signals import post_save

        from accounts.models import User
        from advising import receivers
        from courses.models import Enrolment
        from courses.signals import lesson_opened
        from onboarding.diagnostic.models import DiagnosticResult
        from onboarding.dossiers.models import Application
        from onboarding.profile.models import Business
        from storefront_builder.models import Order, Shop

        post_save.connect(
            receivers.on_business_created, sender=Business, dispatch_uid="advising-invitations"
        )
        email_confirmed.connect(
            receivers.on_email_confirmed, dispatch_uid="advising-invitations-email"
        )
        user_signed_up.connect(
            receivers.on_user_signed_up, dispatch_uid="advising-invitations-signup"
        )
        # Last activity (advising.activity): each source, saved or signed in.
        for model, receiver in (
            (User, receivers.on_last_login_saved),
            (Business, receivers.on_business_created_activity),
            (Enrolment, receivers.on_enrolment_saved),
            (DiagnosticResult, receivers.on_diagnostic_saved),
            (Application, receivers.on_application_saved),
            (Shop, receivers.on_shop_saved),
            (Order, receivers.on_order_created),
        ):
            post_save.connect(
                receiver, sender=model, dispatch_uid=f"advising-activity-{model.__name__}"
            )
        lesson_opened.connect(receivers.on_lesson_opened, dispatch_uid="advising-activity-lesson")

        from advising.personal_data import register_section as register_personal_data

        register_personal_data()
