import pytest

from tests.shops.storefront.factories import make_shop


@pytest.fixture
def shop(db):
    return make_shop()
