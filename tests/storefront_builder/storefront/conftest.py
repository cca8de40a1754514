import pytest

from tests.storefront_builder.storefront.factories import make_shop


@pytest.fixture
def shop(db):
    return make_shop()
