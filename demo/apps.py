from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site, its teaching content as files, and the generated activity: the only
    package that may reach into every feature, and that no feature depends on."""

    name = "demo"
    verbose_name = _("Démonstration")
