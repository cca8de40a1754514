"""Writes about accounts: creating people with a role and a verified address, keeping the
language they chose."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from accounts.roles import ADVISORS_GROUP, Role
from core.languages import language_supported

User = get_user_model()


@transaction.atomic
def user_ensure(
    *, email: str, password: str, first_name: str, last_name: str, role: Role
) -> tuple["User", bool]:
    """Create (or bring back in line) an account with a verified e-mail and the given role.

    Used by the demo loader and administrators' scripts; running it twice changes nothing.
    """
    email = User.objects.normalize_email(email)
    user, created = User.objects.get_or_create(
        email=email, defaults={"first_name": first_name, "last_name": last_name}
    )
    user.first_name, user.last_name = first_name, last_name
    user.is_staff = user.is_superuser = role == Role.STAFF
    if created or not user.check_password(password):
        user.set_password(password)
    user.save()
    advisors, _ = Group.objects.get_or_create(name=ADVISORS_GROUP)
    if role == Role.ADVISOR:
        user.groups.add(advisors)
    else:
        user.groups.remove(advisors)
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user, created


def user_language_set(user, language: str) -> bool:
    """Keep ``language`` on her account (a code the site offers); True if it changed.

    Called when she switches language while signed in and from her account page: her
    e-mails follow, and her next sign-in, on any device, opens the site in it.
    """
    language = language_supported(language)
    if user.language == language:
        return False
    user.language = language
    user.save(update_fields=["language"])
    return True
