"""Factories for people: owners, advisors and staff with verified addresses."""

import time

import factory
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth.models import Group

from accounts.models import User
from accounts.roles import ADVISORS_GROUP

PASSWORD = "Un-mot-de-passe-solide-42"  # noqa: S105


class OwnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"gerante{n}@boutique.example")
    first_name = factory.Faker("first_name", locale="fr_FR")
    last_name = factory.Faker("last_name", locale="fr_FR")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)


class AdvisorFactory(OwnerFactory):
    email = factory.Sequence(lambda n: f"conseiller{n}@cci.example")

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):
        if create:
            obj.groups.add(Group.objects.get_or_create(name=ADVISORS_GROUP)[0])


class StaffFactory(OwnerFactory):
    email = factory.Sequence(lambda n: f"equipe{n}@accelerateur.example")

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):
        if create:
            obj.groups.add(Group.objects.get(name="Editors"))


def totp_for(user) -> str:
    """Give the user an authenticator app; returns its secret so tests can compute codes."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_code(secret: str) -> str:
    """The code an authenticator app would show now for this secret."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))
