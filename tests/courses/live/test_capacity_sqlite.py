"""On the embedded default, SQLite, concurrent registrations never overflow the seats either.

A fresh interpreter with the development settings and a database file in a temporary folder:
the IMMEDIATE transactions of the settings make each registration take the write lock before
it counts, so 20 simultaneous clicks for 5 seats give 5 confirmed and 15 waiting.
"""

import json

import pytest
from django.db import connection

from tests.settings.test_settings import _run


# Its own database file whatever the suite runs on: once, in the run on SQLite.
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite variant")
def test_twenty_at_once_for_five_seats_on_sqlite(tmp_path):
    result = _run(
        "import runpy, sys; sys.argv = ['x', 'guard'];"
        "runpy.run_path('tests/courses/live/sqlite_race.py', run_name='__main__')",
        "accelerateur.settings.dev",
        DATA_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"confirmed": 5, "waiting": 15, "errors": []}
