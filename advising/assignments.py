"""Writes for who follows which business: staff's bulk assignments and advisors' invitations.

Assignments are idempotent: the (advisor, business) pair is unique, so assigning twice or
from two tabs at once adds nothing (``ignore_conflicts``). An invitation is matched by e-mail
address, case-insensitively, and only against *verified* addresses: otherwise anyone could
sign up with an invited address and slip into an advisor's portfolio.
"""

import secrets
from collections.abc import Iterable

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from accounts.selectors import email_language, user_language
from advising.models import Assignment, Invitation
from core.emails import email_render, email_send_after_commit
from onboarding.profile.models import Business


def assign(business_ids: Iterable[int], advisor_ids: Iterable[int]) -> int:
    """Assign every business to every advisor; returns how many pairs were asked for."""
    pairs = [
        Assignment(advisor_id=advisor_id, business_id=business_id)
        for business_id in set(business_ids)
        for advisor_id in set(advisor_ids)
    ]
    with transaction.atomic():
        Assignment.objects.bulk_create(pairs, ignore_conflicts=True)
    return len(pairs)


def unassign(business_ids: Iterable[int], advisor_ids: Iterable[int]) -> int:
    """Remove the advisors from the businesses; returns how many assignments were deleted."""
    with transaction.atomic():
        deleted, _by_model = Assignment.objects.filter(
            business_id__in=set(business_ids), advisor_id__in=set(advisor_ids)
        ).delete()
    return deleted


# --- Invitations -------------------------------------------------------------------------------


def signup_url(email: str) -> str:
    """The sign-up page, with the address typed in advance: the join happens by e-mail match."""
    return f"{settings.SITE_URL}{reverse('account_signup')}?{urlencode({'email': email})}"


def _send_invitation(invitation: Invitation, *, existing: bool) -> None:
    """The invitation e-mail: to sign up, or, for an owner who already has a business
    (``existing``), to accept being followed.

    In the language of the account the address belongs to; for someone without an account
    yet, in the inviting advisor's, who knows her and writes her message in it."""
    answer = reverse("advising:invitation_answer", args=[invitation.token])
    context = {
        "invitation": invitation,
        "advisor": invitation.advisor,
        "signup_url": signup_url(invitation.email),
        "answer_url": f"{settings.SITE_URL}{answer}" if existing else "",
    }
    email_send_after_commit(
        email_render(
            template_prefix="advising/assignments/invitation",
            context=context,
            to=[invitation.email],
            language=email_language(invitation.email) or user_language(invitation.advisor),
            reply_to=[invitation.advisor.email],
        )
    )


def _has_business(email: str) -> bool:
    owners = EmailAddress.objects.filter(email__iexact=email, verified=True).values("user_id")
    return Business.objects.filter(owner__in=owners).exists()


@transaction.atomic
def invite(advisor, email: str, message: str = "") -> Invitation:
    """Invite an owner by e-mail; she is e-mailed after commit. Inviting the same address
    again updates the message and sends it again.

    Someone new joins the portfolio once she has signed up with that address and described
    her business. Someone who already has a business is asked first: the e-mail links to a
    page where she accepts (``accept``), so that knowing an owner's address is never enough
    to read her business's figures."""
    email = email.strip().lower()
    invitation = Invitation.objects.filter(advisor=advisor, email__iexact=email).first()
    if invitation is None:
        invitation = Invitation(advisor=advisor, email=email, token=secrets.token_urlsafe(32))
    invitation.message = message
    invitation.save()
    if invitation.accepted_at is None:
        _send_invitation(invitation, existing=_has_business(email))
    return invitation


def invitation_for(user, token: str) -> Invitation | None:
    """The invitation behind ``token`` if it was sent to one of ``user``'s verified
    addresses; None otherwise (a link forwarded to someone else opens nothing)."""
    addresses = EmailAddress.objects.filter(user=user, verified=True).annotate(
        address=Lower("email")
    )
    return (
        Invitation.objects.select_related("advisor")
        .annotate(address=Lower("email"))
        .filter(token=token, address__in=addresses.values("address"))
        .first()
    )


def accept(invitation: Invitation, user) -> int:
    """The owner agrees: her businesses join the inviting advisor's portfolio. Returns how
    many businesses joined (0 if she has none yet: the invitation then waits for it)."""
    businesses = list(Business.objects.filter(owner=user).values_list("pk", flat=True))
    if not businesses:
        return 0
    with transaction.atomic():
        assign(businesses, [invitation.advisor_id])
        Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
            accepted_at=timezone.now()
        )
    return len(businesses)


def accept_invitations(businesses: Iterable[Business], *, only: str | None = None) -> int:
    """Turn the pending invitations addressed to these businesses' owners (at a verified
    address, or only at ``only``) into assignments to the inviting advisors; returns how many
    were accepted."""
    businesses = list(businesses)
    if not businesses:
        return 0
    owner_ids = {business.owner_id for business in businesses}
    addresses = {
        email.lower(): user_id
        for email, user_id in EmailAddress.objects.filter(
            user_id__in=owner_ids, verified=True
        ).values_list("email", "user_id")
        if only is None or email.lower() == only.lower()
    }
    if not addresses:
        return 0
    with transaction.atomic():
        pending = list(
            Invitation.objects.select_for_update()
            .annotate(address=Lower("email"))
            .filter(address__in=addresses, accepted_at__isnull=True)
        )
        if not pending:
            return 0
        pairs = [
            Assignment(advisor_id=invitation.advisor_id, business_id=business.pk)
            for invitation in pending
            for business in businesses
            if business.owner_id == addresses[invitation.address]
        ]
        Assignment.objects.bulk_create(pairs, ignore_conflicts=True)
        Invitation.objects.filter(pk__in=[i.pk for i in pending]).update(accepted_at=timezone.now())
    return len(pending)


def accept_invitations_of(user, *, only: str | None = None) -> int:
    """The same, for every business of a person (after she verified the address ``only``)."""
    return accept_invitations(Business.objects.filter(owner=user), only=only)
