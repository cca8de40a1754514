from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BusinessesConfig(AppConfig):
    name = "onboarding.profile"
    label = "businesses"
    verbose_name = _("Entreprises")
