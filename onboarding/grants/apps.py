from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

#: The page cache's name for what the programmes' public pages show (core.page_cache).
PAGES_SCOPE = "grants"


class GrantsConfig(AppConfig):
    name = "onboarding.grants"
    label = "grants"
    verbose_name = _("Aides à la numérisation")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from onboarding.grants.models import Programme

        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                programmes_changed, sender=Programme, dispatch_uid=f"grants-pages-{name}"
            )


def programmes_changed(**_kwargs) -> None:
    """An editor changed a programme: the public pages that list them are stored no more."""
    from core.page_cache import invalidate_scope

    invalidate_scope(PAGES_SCOPE, paths=["/aides/"])
