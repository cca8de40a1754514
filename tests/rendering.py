"""Pages as a full render makes them, for the tests of what is copied in the process
(core.local_copies, ``{% memo %}``), with the ``rendered_each_time`` fixture (tests/conftest.py)."""

import re


def rendered(client, target) -> str:
    """The page, a 200, without the nonce each response draws for its inline style."""
    response = client.get(target)
    assert response.status_code == 200
    return re.sub(r'nonce="[^"]*"', "", response.content.decode())
