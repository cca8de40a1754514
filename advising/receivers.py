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
        # Only the invitations sent to the address just proved: one already verified may
        # await its owner's answer (``assignments.accept``).
        accept_invitations_of(email_address.user, only=email_address.email)


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


def moves_activity_forward(moment: str, *, through: str, key: str, created_only=False):
    """A ``post_save`` receiver that moves the last activity forward to the instance's
    ``moment`` field, for the business found ``through`` one of ``advising.activity``'s ways
    ("business", "owner" or "shop") from the instance's ``key`` field."""

    def receiver(sender, instance, created=False, raw=False, **kwargs):
        from advising import activity

        at = getattr(instance, moment)
        if raw or at is None or (created_only and not created):
            return
        target = getattr(instance, key)
        if through == "shop":
            activity.record_for_shop(shop_id=target, at=at)
        else:
            activity.record(at=at, **{f"{through}_id": target})

    return receiver


on_enrolment_saved = moves_activity_forward("last_activity_at", through="owner", key="user_id")


def on_lesson_opened(sender, user_id, at, **kwargs):
    """Opening a lesson moves ``Enrolment.last_activity_at`` by an UPDATE, not a save."""
    from advising import activity

    activity.record(owner_id=user_id, at=at)


on_diagnostic_saved = moves_activity_forward("taken_at", through="business", key="business_id")


def on_application_saved(sender, instance, raw=False, **kwargs):
    """A change to a grant application counts, unless someone other than its owner made it:
    an advisor asking for changes or staff recording the funder's decision must not make a
    quiet business look active. ``onboarding.dossiers.services`` names who moved a status
    (``changed_by``); the owner's other edits name no one."""
    from advising import activity

    if raw or instance.updated_at is None:
        return
    actor = getattr(instance, "changed_by", None)
    activity.record(
        at=instance.updated_at,
        business_id=instance.business_id,
        owner_id=actor.pk if actor is not None else None,
    )


#: A storefront counts for the business it is attached to or, before that, its owner's.
on_shop_saved = moves_activity_forward("updated_at", through="shop", key="pk")
on_order_created = moves_activity_forward(
    "created_at", through="shop", key="shop_id", created_only=True
)
