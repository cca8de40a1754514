from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopsConfig(AppConfig):
    name = "storefront_builder"
    label = "shops"
    verbose_name = _("Boutiques en click and collect")
