from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiagnosticConfig(AppConfig):
    name = "onboarding.diagnostic"
    label = "diagnostic"
    verbose_name = _("Diagnostic de maturité numérique")

    def ready(self):
        from onboarding.diagnostic.personal_data import register_section as register_personal_data

        register_personal_data()
