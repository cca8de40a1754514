"""An owner with her shop, signed in; a second owner with hers, for the 404 checks."""

import pytest

from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.catalogue.factories import make_shop


@pytest.fixture
def shop(owner):
    return make_shop(owner)


@pytest.fixture
def owner_client(client, owner, shop):
    client.force_login(owner)
    return client


@pytest.fixture
def other_shop(db):
    return make_shop(
        OwnerFactory(), slug="fromagerie-durand", name="Fromagerie Durand", category="cheese"
    )
