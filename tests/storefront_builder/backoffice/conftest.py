import pytest

from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.backoffice.factories import (
    DAY,
    at,
    make_order,
    make_product,
    make_shop,
    make_slot,
)


@pytest.fixture
def shop(owner):
    return make_shop(owner)


@pytest.fixture
def other_owner(db):
    return OwnerFactory()


@pytest.fixture
def other_shop(other_owner):
    return make_shop(other_owner, name="Fromagerie Rivière")


@pytest.fixture
def bread(shop):
    return make_product(shop, "Baguette tradition", "1.30", stock=20)


@pytest.fixture
def cake(shop):
    return make_product(shop, "Tarte aux fraises", "18.50", stock=3)


@pytest.fixture
def morning(shop):
    return make_slot(shop, at(DAY, 9), capacity=4)


@pytest.fixture
def order(morning, bread, cake):
    return make_order(morning, [(bread, 2), (cake, 1)])


@pytest.fixture
def owner_client(client, owner, shop):
    client.force_login(owner)
    return client
