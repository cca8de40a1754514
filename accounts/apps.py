import logging

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def schedule_purge(sender, **kwargs):
    """After a migration, make sure the nightly purge of erased accounts is queued
    (``accounts.tasks``). A queue out of reach must not fail the migration."""
    from accounts.tasks import schedule_next_purge

    try:
        schedule_next_purge()
    except Exception:  # noqa: BLE001  (reported; the next migration tries again)
        logger.warning("The purge of erased accounts was not queued", exc_info=True)


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Comptes")

    def ready(self):
        from accounts.privacy import register_account_section

        register_account_section()
        post_migrate.connect(schedule_purge, sender=self, dispatch_uid="accounts-schedule-purge")
