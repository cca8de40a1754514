from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvisingConfig(AppConfig):
    name = "advising"
    verbose_name = _("Espace conseiller")

    def ready(self):
        from allauth.account.signals import email_confirmed, user_signed_up
        from django.db.models.signals import post_save

        from advising import receivers
        from businesses.models import Business

        post_save.connect(
            receivers.on_business_created, sender=Business, dispatch_uid="advising-invitations"
        )
        email_confirmed.connect(
            receivers.on_email_confirmed, dispatch_uid="advising-invitations-email"
        )
        user_signed_up.connect(
            receivers.on_user_signed_up, dispatch_uid="advising-invitations-signup"
        )
