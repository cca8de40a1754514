"""Run by test_capacity_sqlite in a fresh interpreter: a real SQLite file, 20 threads.

Prints the number of confirmed and waiting registrations as JSON. The first argument is
``guard`` for the production path; anything else replaces the guard (``services.lock_event``)
with a no-op, for a control.
"""

import json
import sys
import time

import django

django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)

from courses.live import services  # noqa: E402
from courses.live.models import Registration  # noqa: E402
from demo.site import load_demo_site  # noqa: E402
from tests.accounts.factories import OwnerFactory  # noqa: E402
from tests.courses.live.factories import make_webinar  # noqa: E402
from tests.threads import in_parallel  # noqa: E402

PEOPLE, SEATS = 20, 5
guard = sys.argv[1] == "guard"
webinar = make_webinar(load_demo_site(), capacity=SEATS)
people = [OwnerFactory() for _ in range(PEOPLE)]
counted = services.confirmed_count


def slow(event_id):
    value = counted(event_id)
    time.sleep(0.05)
    return value


services.confirmed_count = slow
if not guard:
    services.lock_event = lambda event_id: None
errors = in_parallel(
    [lambda user=user: services.register(user, webinar) for user in people],
    timeout=120,
)
statuses = list(Registration.objects.values_list("status", flat=True))
print(
    json.dumps(
        {s: statuses.count(s) for s in set(statuses)}
        | {"errors": [repr(error) for error in errors]}
    )
)
