from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "onboarding.dossiers"
    label = "dossiers"
    verbose_name = _("Demandes d'aide")

    def ready(self):
        from onboarding.dossiers.personal_data import register_section as register_personal_data

        register_personal_data()
