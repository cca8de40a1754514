from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Socle du site")

    def ready(self):
        from django.urls import register_converter

        from core import translations, view_restrictions
        from core.ids import IdConverter
        from core.page_cache import connect_signals

        connect_signals()
        translations.connect_signals()
        view_restrictions.connect_signals()
        register_converter(IdConverter, "id")
