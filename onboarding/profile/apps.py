from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BusinessesConfig(AppConfig):
    name = "onboarding.profile"
    label = "businesses"
    verbose_name = _("Entreprises")

    def ready(self):
        from onboarding.profile.personal_data import register_section as register_personal_data

        register_personal_data()
