import logging

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class ShopsConfig(AppConfig):
    name = "storefront_builder"
    label = "shops"
    verbose_name = _("Boutiques en click and collect")

    def ready(self):
        post_migrate.connect(catch_up_slots, sender=self, dispatch_uid="shops-catch-up-slots")

        from django.db.models.signals import post_delete, post_save

        from storefront_builder import search
        from storefront_builder.models import Product, Shop

        search.register()
        post_save.connect(search.product_saved, sender=Product, dispatch_uid="shops-search-p")
        post_delete.connect(search.product_deleted, sender=Product, dispatch_uid="shops-search-pd")
        post_save.connect(search.shop_saved, sender=Shop, dispatch_uid="shops-search-s")
        post_delete.connect(search.shop_deleted, sender=Shop, dispatch_uid="shops-search-sd")

        from storefront_builder.personal_data import register_section

        register_section()

        from core.page_cache import session_keys_shown_nowhere
        from storefront_builder import public_pages
        from storefront_builder.storefront.basket import SESSION_PREFIX

        public_pages.connect_signals()
        # The basket shows on no stored page (the storefront reads its count from a fragment
        # of its own), so a customer with a basket still gets the stored storefronts. The
        # one-time « added » notice (``storefront.views.ADDED_KEY``) is not declared: while her
        # session holds it, she gets a page of her own.
        session_keys_shown_nowhere(SESSION_PREFIX)


def catch_up_slots(sender, **kwargs):
    """After a migration: every published shop's slots, the nightly run from then on, and
    the next morning summary (``storefront_builder.tasks``). A queue out of reach must not
    fail the migration: the next publication or change of pickup settings starts the nightly
    run again, and the nightly run the mornings'."""
    from storefront_builder.tasks import extend_all_slots, schedule_next_morning

    try:
        extend_all_slots.enqueue()
        schedule_next_morning()
    except Exception:  # noqa: BLE001  (reported, and caught up later)
        logger.warning("Pickup slots not queued after the migration", exc_info=True)
