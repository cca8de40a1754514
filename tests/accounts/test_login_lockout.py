"""Wrong passwords stop whoever types them, not the account: an attacker cannot lock a victim
out; and allauth's limits count by the client the proxies name, like the site's own."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.accounts.factories import PASSWORD, OwnerFactory

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
ATTACKER, VICTIM_HOME = "203.0.113.7", "198.51.100.20"


@pytest.fixture(autouse=True)
def production_like(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def browser(address: str) -> Client:
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


def sign_in(client, email, password, **headers):
    return client.post(reverse("account_login"), {"login": email, "password": password}, **headers)


def test_wrong_passwords_from_one_client_do_not_lock_the_owner_out():
    victim = OwnerFactory(email="victime@boutique.example")
    attacker = browser(ATTACKER)
    for _n in range(6):
        assert sign_in(attacker, victim.email, "pas-le-bon-mot-de-passe").status_code == 200
    # The attacker is stopped, even with the right password...
    stopped = sign_in(attacker, victim.email, PASSWORD)
    assert "_auth_user_id" not in attacker.session
    assert stopped.status_code in (200, 429)
    # ... the owner, from her own connection, signs in.
    owner = browser(VICTIM_HOME)
    assert sign_in(owner, victim.email, PASSWORD).status_code == 302
    assert owner.session["_auth_user_id"] == str(victim.pk)


def test_a_forged_forwarded_entry_does_not_open_a_fresh_bucket():
    victim = OwnerFactory(email="victime@boutique.example")
    attacker = browser(ATTACKER)
    for n in range(6):
        forged = {"HTTP_X_FORWARDED_FOR": f"192.0.2.{n}, {ATTACKER}"}
        sign_in(attacker, victim.email, "pas-le-bon-mot-de-passe", **forged)
    forged = {"HTTP_X_FORWARDED_FOR": f"192.0.2.99, {ATTACKER}"}
    sign_in(attacker, victim.email, PASSWORD, **forged)
    assert "_auth_user_id" not in attacker.session


def test_the_per_address_limit_holds_across_accounts_and_spares_other_clients():
    """allauth's ``10/m/ip`` of failed sign-ins: one client trying many accounts is stopped,
    another client behind the same proxy is not."""
    people = [OwnerFactory() for _ in range(11)]
    attacker = browser(ATTACKER)
    for person in people[:10]:
        sign_in(attacker, person.email, "pas-le-bon-mot-de-passe")
    sign_in(attacker, people[10].email, PASSWORD)
    assert "_auth_user_id" not in attacker.session
    neighbour = browser("203.0.113.8")
    assert sign_in(neighbour, people[10].email, PASSWORD).status_code == 302
