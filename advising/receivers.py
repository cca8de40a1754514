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
