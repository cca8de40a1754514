"""The Redis of the tests of the at-scale path: this test process's own database.

The test settings give each process its own (``redis_url_for_process``): 15 for the first,
14 for the second... The tests that reach Redis take its address from here.
"""

import pytest
from django.conf import settings

REDIS_URL = settings.REDIS_URL
NEEDS_REDIS = pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL is not set")
