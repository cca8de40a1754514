"""Invitations are honoured when the invited owner shows up.

The business is created after sign-up, on /mon-entreprise/, so the business's creation is the
moment that usually matters. A verified address is also a moment: an owner may create her
business before confirming a second address, or sign up through a provider whose address
arrives already verified.
"""


def on_business_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from advising.assignments import accept_invitations

        accept_invitations([instance])


def on_email_confirmed(sender, request=None, email_address=None, **kwargs):
    from advising.assignments import accept_invitations_of

    if email_address is not None:
        accept_invitations_of(email_address.user)


def on_user_signed_up(sender, request=None, user=None, **kwargs):
    from advising.assignments import accept_invitations_of

    if user is not None:
        accept_invitations_of(user)


# --- Last activity (``advising.activity``) ---------------------------------------------
# Each receiver names the date its source stands for; ``raw`` saves (fixtures) are left to
# ``activity.recompute``.


def on_business_created_activity(sender, instance, created, raw=False, **kwargs):
    """A new business starts from what its owner already did: signing in, a storefront opened
    before the business was described."""
    if created and not raw:
        from advising import activity

        activity.recompute(sender.objects.filter(pk=instance.pk))


def on_last_login_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """Signing in: Django writes ``last_login`` alone (``update_fields``) when a user logs in,
    so that save, and only it, carries the moment."""
    from advising import activity

    if not raw and update_fields and "last_login" in update_fields and instance.last_login:
        activity.record(owner_id=instance.pk, at=instance.last_login)


def on_enrolment_saved(sender, instance, raw=False, **kwargs):
    from advising import activity

    if not raw and instance.last_activity_at:
        activity.record(owner_id=instance.user_id, at=instance.last_activity_at)


def on_diagnostic_saved(sender, instance, raw=False, **kwargs):
    from advising import activity

    if not raw and instance.taken_at:
        activity.record(business_id=instance.business_id, at=instance.taken_at)


def on_application_saved(sender, instance, raw=False, **kwargs):
    from advising import activity

    if not raw and instance.updated_at:
        activity.record(business_id=instance.business_id, at=instance.updated_at)


def on_shop_saved(sender, instance, raw=False, **kwargs):
    from advising import activity

    if raw or not instance.updated_at:
        return
    if instance.business_id:
        activity.record(business_id=instance.business_id, at=instance.updated_at)
    else:
        activity.record(owner_id=instance.owner_id, at=instance.updated_at)


def on_order_created(sender, instance, created, raw=False, **kwargs):
    from advising import activity

    if created and not raw and instance.created_at:
        activity.record_for_shop(shop_id=instance.shop_id, at=instance.created_at)
