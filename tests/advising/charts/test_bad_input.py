"""Staff's "conseiller" choice on the charts with ids no row can have: a 400 that says so,
never a 500 (``str.isdigit`` let "²" through to ``int``)."""

import pytest

from tests.hostile_input import HUGE_ID

pytestmark = pytest.mark.django_db
URL = "/conseiller/graphiques/"


@pytest.mark.parametrize("typed", [HUGE_ID, "²", "٣", "-1", "\x00", "abc"])
def test_an_advisor_id_that_cannot_exist_is_a_clear_400(client, staff, home_page, typed):
    client.force_login(staff)
    response = client.get(URL, {"conseiller": typed})
    assert response.status_code == 400
    assert "Ce conseiller n&#x27;existe pas" in response.content.decode()
