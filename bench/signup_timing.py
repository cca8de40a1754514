"""Sign-up timing: does the answer to a known address take as long as the answer to a new one?

Usage, from the project root (it builds its own throw-away SQLite database in memory):

    .venv/bin/python bench/signup_timing.py [--rounds 15]

Each round posts the sign-up form twice through Django's test client, with the production
password hasher (Django's default, PBKDF2), the database task backend (the e-mail is queued,
as in production) and a fresh cache (so that allauth's sign-up rate limit never answers first):
once with a new address, once with an address that already has an account. It prints the
median time of each path and their ratio (known / new: 1.0 means nothing to read from the
clock), first with allauth's own ``try_save`` put back from here (the behaviour before the
project's form paid for a hash on the known-address path), then with the project's form.

Target: the project's ratio between 0.8 and 1.25. Measured on the 2-core development machine
(9 rounds): allauth's own 0.03 (652 ms for a new address, 20 ms for a known one: the known
address skipped the password hash, nearly all of the cost), the project's 0.96 (857 / 823 ms).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "accelerateur.settings.test"
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from allauth.account.forms import SignupForm as AllauthSignupForm  # noqa: E402
from django.conf import settings  # noqa: E402
from django.conf.global_settings import PASSWORD_HASHERS  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

import accounts.forms  # noqa: E402

PASSWORD = "Bouquets-de-saison-2026"  # noqa: S105 - a throw-away account in memory


def form(email: str) -> dict:
    return {
        "first_name": "Amélie",
        "last_name": "Durand",
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "accept_terms": "on",
    }


def one_signup(client: Client, email: str) -> float:
    cache.clear()
    client.cookies.clear()
    start = time.perf_counter()
    response = client.post("/compte/signup/", form(email))
    elapsed = time.perf_counter() - start
    if response.status_code != 302:
        raise SystemExit(f"sign-up answered {response.status_code} for {email}")
    return elapsed


def measure(rounds: int, label: str, tag: str) -> float:
    client = Client()
    known = f"deja-inscrite-{tag}@bench.example"
    one_signup(client, known)  # the account that exists from now on; also warms up
    new, existing = [], []
    for n in range(rounds):
        new.append(one_signup(client, f"nouvelle-{tag}-{n}@bench.example"))
        existing.append(one_signup(client, known))
    new_ms, existing_ms = statistics.median(new) * 1000, statistics.median(existing) * 1000
    ratio = existing_ms / new_ms
    print(f"{label:<34} {new_ms:>9.1f} ms {existing_ms:>13.1f} ms {ratio:>8.2f}")
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    setup_test_environment()
    logging.disable(logging.INFO)  # the task worker's lines would bury the figures
    warnings.simplefilter("ignore")  # no collected static files: not what is measured
    from django.db import connection

    connection.creation.create_test_db(verbosity=0)
    tasks = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    with override_settings(PASSWORD_HASHERS=PASSWORD_HASHERS, TASKS=tasks):
        print(f"hasher: {settings.PASSWORD_HASHERS[0]}, {args.rounds} rounds")
        print(f"{'':<34} {'new address':>12} {'known address':>16} {'ratio':>8}")
        project_try_save = accounts.forms.SignupForm.__dict__.get("try_save")
        if project_try_save is not None:
            # Before: allauth's own try_save, injected from here for the comparison.
            accounts.forms.SignupForm.try_save = AllauthSignupForm.try_save
            measure(args.rounds, "allauth's try_save (before)", "avant")
            accounts.forms.SignupForm.try_save = project_try_save
        measure(args.rounds, "project's form (after)", "apres")


if __name__ == "__main__":
    main()
