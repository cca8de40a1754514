"""The advisor's portfolio and charts pages over thousands of businesses, on PostgreSQL.

Usage, from the project root, against a PostgreSQL database (it refuses anything else):

    DATABASE_URL=postgres://user@host:5432/dbname .venv/bin/python bench/portfolio.py \
        [--businesses 5000] [--runs 20] [--seed 1]

It migrates the database if needed and, when fewer than ``--businesses`` generated
businesses exist (owners ``seed-<n>@seed.example``), tops them up with
``manage.py seed_activity`` (their activity included: courses, quizzes, events, storefronts,
orders, grant applications). An advisor ``bench-conseiller@seed.example`` is then made to
follow every generated business, and a staff member ``bench-equipe@seed.example`` sees them
all; both have an authenticator app, as the MFA middleware demands. Through the Django test
``Client`` (the whole request: middleware, view, template), it loads the portfolio
``/conseiller/`` with no filter and with each filter (inactive, progress band, search,
commune, storefront, application, sorts)
and the charts ``/conseiller/graphiques/``, as each of them. For each page it prints the
number of SQL queries (``CaptureQueriesContext`` on one request) and the median and p95 time
of ``--runs`` more requests, after one warm-up. The generated data stays (``seed_activity
--clear`` removes it), so a second run starts timing at once.

Exit status: 0 when every page answered 200 within 20 queries; 1 when one did not (the
table is still printed); 2 when the database is not PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accelerateur.settings.dev")

if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
    print(
        "bench/portfolio.py needs PostgreSQL: set DATABASE_URL=postgres://user@host:port/db "
        "(the query plans and timings that matter are PostgreSQL's).",
        file=sys.stderr,
    )
    sys.exit(2)

import django  # noqa: E402

django.setup()

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from accounts.models import User  # noqa: E402
from accounts.roles import ADVISORS_GROUP  # noqa: E402
from advising.models import Assignment  # noqa: E402
from onboarding.profile.models import Business  # noqa: E402

MAX_QUERIES = 20
TARGET_MEDIAN_MS = 300
SEEDED_OWNERS = r"^seed-[0-9]+@seed\.example$"

#: (label, path, query string): the portfolio's filters are its GET parameters.
PAGES = [
    ("portfolio", "/conseiller/", {}),
    ("portfolio inactive", "/conseiller/", {"inactives": "on"}),
    ("portfolio progress 25-50 %", "/conseiller/", {"progression": "25-50"}),
    ("portfolio search", "/conseiller/", {"q": "boulangerie"}),
    ("portfolio commune", "/conseiller/", {"commune": "Lyon"}),
    ("portfolio storefront online", "/conseiller/", {"boutique": "published"}),
    ("portfolio grant submitted", "/conseiller/", {"demande": "submitted"}),
    ("portfolio sort activity", "/conseiller/", {"tri": "-activite"}),
    ("portfolio sort progress", "/conseiller/", {"tri": "-progression"}),
    ("portfolio sort orders", "/conseiller/", {"tri": "-commandes"}),
    ("portfolio page 3", "/conseiller/", {"page": "3"}),
    ("charts", "/conseiller/graphiques/", {}),
]


def seeded() -> int:
    return Business.objects.filter(owner__email__regex=SEEDED_OWNERS).count()


def ensure_data(target: int, seed: int) -> None:
    missing = target - seeded()
    if missing > 0:
        print(f"generating {missing} businesses and their activity…", flush=True)
        start = time.perf_counter()
        call_command("seed_activity", businesses=missing, advisors=10, seed=seed, stdout=sys.stderr)
        print(f"  done in {time.perf_counter() - start:.0f} s", flush=True)


def person(email: str, group: str) -> User:
    user, created = User.objects.get_or_create(
        email=email, defaults={"first_name": "Banc", "last_name": "d'essai"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        TOTP.activate(user, generate_totp_secret())
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


def follow_all(advisor: User) -> None:
    """The bench advisor follows every generated business (one INSERT … SELECT-like pass)."""
    followed = Assignment.objects.filter(advisor=advisor).values("business_id")
    missing = Business.objects.filter(owner__email__regex=SEEDED_OWNERS).exclude(pk__in=followed)
    Assignment.objects.bulk_create(
        (
            Assignment(advisor=advisor, business_id=pk)
            for pk in missing.values_list("pk", flat=True)
        ),
        batch_size=2000,
        ignore_conflicts=True,
    )


def measure(client: Client, path: str, params: dict, runs: int):
    client.get(path, params)  # warm-up: templates, translations, connection
    reset_queries()  # the log is also reset when a request starts: begin from empty
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, params)
    count = len(queries)  # now: the next request empties the log the capture reads from
    durations = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(path, params)
        durations.append((time.perf_counter() - start) * 1000)
    return response.status_code, count, durations


def p95(durations: list[float]) -> float:
    if len(durations) < 2:
        return durations[0]
    return statistics.quantiles(durations, n=20, method="inclusive")[-1]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--businesses", type=int, default=5000, help="generated businesses (5000)")
    parser.add_argument("--runs", type=int, default=20, help="timed requests per page (20)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator (1)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if connection.vendor != "postgresql":
        print("bench/portfolio.py needs PostgreSQL.", file=sys.stderr)
        return 2
    setup_test_environment(debug=False)  # "testserver" allowed, e-mails kept in memory
    call_command("migrate", verbosity=0)
    ensure_data(args.businesses, args.seed)
    advisor = person("bench-conseiller@seed.example", ADVISORS_GROUP)
    staff = person("bench-equipe@seed.example", "Editors")
    follow_all(advisor)
    with connection.cursor() as cursor:
        # Thousands of assignments were just added: give the planner the statistics that
        # autovacuum would soon give it, or it plans for a portfolio of one business.
        cursor.execute("ANALYZE")
    followed = Assignment.objects.filter(advisor=advisor).count()
    version = connection.cursor().connection.info.server_version // 10000

    print(
        f"{followed} businesses followed by the advisor, {Business.objects.count()} in all; "
        f"{args.runs} timed requests per page (PostgreSQL {version})"
    )
    print(f"{'page':<30} {'as':<8} {'status':>6} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    failures, slow = [], []
    for who, user in (("advisor", advisor), ("staff", staff)):
        client = Client()
        client.force_login(user)
        pages = list(PAGES)
        if who == "staff":
            pages.append(
                ("charts, one advisor", "/conseiller/graphiques/", {"conseiller": advisor.pk})
            )
            pages.append(("portfolio, one advisor", "/conseiller/", {"conseiller": advisor.pk}))
        for label, path, params in pages:
            status, queries, durations = measure(client, path, params, args.runs)
            median = statistics.median(durations)
            print(
                f"{label:<30} {who:<8} {status:>6} {queries:>8} {median:>10.1f} "
                f"{p95(durations):>8.1f}",
                flush=True,
            )
            if status != 200 or queries > MAX_QUERIES:
                failures.append(f"{label} as {who}: status {status}, {queries} queries")
            if median > TARGET_MEDIAN_MS:
                slow.append(f"{label} as {who}")
    print()
    print(f"queries: at most {MAX_QUERIES} per page: {'met' if not failures else 'MISSED'}")
    verdict = "met" if not slow else "MISSED (" + ", ".join(slow) + ")"
    print(f"median time: target ≤ {TARGET_MEDIAN_MS} ms: {verdict}")
    for failure in failures:
        print(f"failed: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
