"""Black Friday: 200 customers shopping in ten storefronts at once, over HTTP, nothing oversold.

On PostgreSQL and Redis, optionally through Varnish; the stock and the slots are then checked
in the database.

Usage, from the project root:

    DATABASE_URL=postgres://user@host:5432/dbname REDIS_URL=redis://127.0.0.1:6379/14 \
        .venv/bin/python bench/black_friday.py [--customers 200] [--shops 10] [--varnish]
                                              [--workers 4] [--seed 1]

It migrates the database if needed, creates its own published shops (unique slugs, products
of limited stock, pickup slots of limited capacity tomorrow), serves the project with gunicorn
and production settings, and releases the customers together, each in her own thread with her
own cookies and her own client address. Each opens the directory, a storefront (sometimes its
page 2 or a search), adds one to three products by posting the forms found in the page, opens
her basket and the checkout, fills and posts the checkout form as found in the page, and
follows the redirect to her order page. Its shops, their orders, the customers' sessions and
the queued e-mails are deleted at the end, whatever happened.

Exit status: 0 when no answer was a 5xx and nothing was oversold (no slot booked beyond its
capacity, no stock below zero, stock + sold == initial stock for every product); 1 otherwise
(the figures are still printed); 2 without PostgreSQL or Redis, or when a server did not start.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import http.client
import os
import random
import shutil
import statistics
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accelerateur.settings.dev")

if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
    print(
        "bench/black_friday.py needs PostgreSQL: set DATABASE_URL=postgres://user@host:port/db "
        "(SQLite serialises writers: there would be no rush to measure).",
        file=sys.stderr,
    )
    sys.exit(2)
if not os.environ.get("REDIS_URL", "").startswith("redis://"):
    print(
        "bench/black_friday.py needs Redis, as production runs: set REDIS_URL=redis://host:port/db "
        "(sessions, rate limits and the page cache live there).",
        file=sys.stderr,
    )
    sys.exit(2)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Sum  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from bench.http_load import (  # noqa: E402
    PROJECT_DIR,
    PROJECT_WSGI,
    BenchError,
    collect_static,
    project_env,
    serve,
    serve_varnish,
)
from storefront_builder.models import (  # noqa: E402
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Shop,
    ShopCategory,
    ShopStatus,
    Slot,
)
from storefront_builder.search import index_shop  # noqa: E402
from storefront_builder.slots import PARIS  # noqa: E402

VCL = PROJECT_DIR / "deploy" / "varnish" / "accelerateur.vcl"
SETTINGS = "accelerateur.settings.production"
TIMEOUT_S = 120
MAX_REDIRECTS = 5

#: Names that searches find; the first products of each shop are the scarce ones.
WORDS = ["Baguette", "Croissant", "Brioche", "Galette", "Kouign-amann", "Far", "Chouquettes"]
PRODUCTS_PER_SHOP = 45  # 40 per storefront page: there is a page 2
POPULAR = 6  # products of small stock, that most baskets want
POPULAR_STOCK = 6
OTHER_STOCK = 25


# --- The shops --------------------------------------------------------------------------------


@dataclass
class Fixture:
    shops: list = field(default_factory=list)
    initial_stock: dict[int, int] = field(default_factory=dict)


def create_shops(args, tag: str, fixture: Fixture) -> None:
    """Published shops, each with products of limited stock and slots tomorrow morning."""
    tomorrow = timezone.localdate(timezone.now(), PARIS) + timedelta(days=1)
    first = datetime.combine(tomorrow, clock(9), tzinfo=PARIS)
    for number in range(args.shops):
        owner = User.objects.create_user(email=f"bf-{tag}-{number}@bench.invalid", password=None)
        shop = Shop.objects.create(
            owner=owner,
            name=f"Black Friday {tag} {number + 1:02d}",
            slug=f"bf-{tag}-{number + 1:02d}",
            category=ShopCategory.BAKERY,
            street_address=f"{number + 1} rue du Commerce",
            postcode="35000",
            commune="Rennes",
            phone="02 99 00 00 00",
            status=ShopStatus.PUBLISHED,
            published_at=timezone.now(),
            slot_minutes=30,
            capacity_per_slot=args.capacity,
            lead_time_minutes=60,
            booking_horizon_days=7,
        )
        fixture.shops.append(shop)
        Slot.objects.bulk_create(
            Slot(
                shop=shop,
                starts_at=first + timedelta(minutes=30 * n),
                ends_at=first + timedelta(minutes=30 * (n + 1)),
                capacity=args.capacity,
            )
            for n in range(args.slots)
        )
        products = Product.objects.bulk_create(
            Product(
                shop=shop,
                name=f"{WORDS[n % len(WORDS)]} n° {n + 1}",
                price=Decimal("2.40") + n % 7,
                stock=POPULAR_STOCK if n < POPULAR else OTHER_STOCK,
                position=n,
            )
            for n in range(PRODUCTS_PER_SHOP)
        )
        fixture.initial_stock.update({product.pk: product.stock for product in products})
        index_shop(shop.pk)  # bulk_create sends no signal: the search must find them


def delete_shops(tag: str) -> None:
    """Everything the run created, found by its tag rather than by what was kept in memory, so
    that a run interrupted halfway through a creation leaves nothing behind either."""
    prefix = f"bf-{tag}-"
    # Slots are protected while orders point at them: the orders go first.
    Order.objects.filter(shop__slug__startswith=prefix).delete()
    Shop.objects.filter(slug__startswith=prefix).delete()
    User.objects.filter(email__startswith=prefix, email__endswith="@bench.invalid").delete()


def oversold(fixture: Fixture) -> list[str]:
    """What the database says was sold beyond what existed; empty when nothing was."""
    broken = []
    shops = [shop.pk for shop in fixture.shops]
    for slot in Slot.objects.filter(shop__in=shops):
        if slot.booked > slot.capacity:
            broken.append(f"slot {slot.pk}: booked {slot.booked} > capacity {slot.capacity}")
    sold = dict(
        OrderLine.objects.filter(order__shop__in=shops)
        .exclude(order__status=OrderStatus.CANCELLED)
        .values_list("product_id")
        .annotate(total=Sum("quantity"))
    )
    for product in Product.objects.filter(shop__in=shops):
        if product.stock < 0:
            broken.append(f"{product.name} ({product.pk}): stock {product.stock} < 0")
        initial = fixture.initial_stock[product.pk]
        if product.stock + sold.get(product.pk, 0) != initial:
            broken.append(
                f"{product.name} ({product.pk}): {product.stock} left + "
                f"{sold.get(product.pk, 0)} sold != {initial} at the start"
            )
    return broken


# --- A browser, just enough of one ------------------------------------------------------------


@dataclass
class Form:
    action: str
    method: str
    attrs: dict[str, str]
    fields: list[dict[str, str]] = field(default_factory=list)  # input, textarea, select


class Forms(HTMLParser):
    """The page's forms with their fields, as a browser would submit them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._textarea: dict | None = None
        self._select: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.forms.append(
                Form(
                    attributes.get("action", ""),
                    attributes.get("method", "get").lower(),
                    attributes,
                )
            )
        elif not self.forms:
            return
        elif tag == "input":
            self.forms[-1].fields.append({"tag": "input", **attributes})
        elif tag == "textarea":
            self._textarea = {"tag": "textarea", "value": "", **attributes}
            self.forms[-1].fields.append(self._textarea)
        elif tag == "select":
            self._select = {"tag": "select", "options": [], **attributes}
            self.forms[-1].fields.append(self._select)
        elif tag == "option" and self._select is not None:
            self._select["options"].append(attributes.get("value", ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea["value"] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def forms_of(page: str) -> list[Form]:
    parser = Forms()
    parser.feed(page)
    return parser.forms


@dataclass
class Answer:
    status: int
    body: str
    location: str = ""


class Browser:
    """One customer: her own connection, her own cookies (whatever their Secure flag: the
    server runs on plain HTTP here), her own address in ``X-Forwarded-For``, and the Origin
    and Referer headers a browser sends with a form."""

    def __init__(self, base_url: str, address: str, stats: Stats):
        self.base_url = base_url
        parts = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT_S)
        self.cookies: dict[str, str] = {}
        self.address = address
        self.stats = stats
        self.last_url = ""

    def request(self, kind, method, path, form=None, extra=None) -> Answer:
        headers = {
            "User-Agent": "bench-black-friday",
            "Accept": "text/html",
            "Accept-Language": "fr-FR,fr",
            "X-Forwarded-For": self.address,
            **(extra or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if method == "POST":
            body = urlencode(form or [])
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.base_url
            headers["Sec-Fetch-Site"] = "same-origin"
            headers["Referer"] = self.last_url or self.base_url + "/"
        elif self.last_url:
            headers["Referer"] = self.last_url
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()
            self.stats.record(kind, time.perf_counter() - started, 0, str(type(error).__name__))
            raise
        self.stats.record(kind, time.perf_counter() - started, response.status)
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()  # the next request opens a new one
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        if method == "GET" and response.status == 200:
            self.last_url = self.base_url + path
        return Answer(response.status, text, response.getheader("Location", ""))

    def get(self, kind, path, extra=None) -> Answer:
        return self.follow(kind, self.request(kind, "GET", path, extra=extra))

    def post(self, kind, path, form, extra=None, *, follow_as=None) -> Answer:
        answer = self.request(kind, "POST", path, form, extra)
        return self.follow(follow_as, answer) if follow_as else answer

    def follow(self, kind, answer: Answer) -> Answer:
        for _hop in range(MAX_REDIRECTS):
            if answer.status not in (301, 302, 303) or not answer.location:
                break
            target = urlsplit(urljoin(self.base_url + "/", answer.location))
            path = target.path + (f"?{target.query}" if target.query else "")
            answer = self.request(kind, "GET", path)
        return answer

    def close(self):
        self.connection.close()


# --- What the customers measured --------------------------------------------------------------


class Stats:
    """Latencies by page kind, statuses and outcomes, shared by every customer's thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: Counter = Counter()
        self.server_errors: Counter = Counter()
        self.outcomes: Counter = Counter()
        self.adds: Counter = Counter()
        self.sessions: list[str] = []

    def record(self, kind, seconds, status, failure=""):
        with self.lock:
            self.latencies[kind].append(seconds * 1000)
            self.statuses[status or failure] += 1
            if status >= 500 or failure:
                self.server_errors[f"{kind} {status or failure}"] += 1

    def count(self, counter: str, key: str):
        with self.lock:
            getattr(self, counter)[key] += 1


# --- One customer -----------------------------------------------------------------------------


def add_forms(page: str) -> list[Form]:
    return [
        form
        for form in forms_of(page)
        if "data-basket-add" in form.attrs or form.action.split("#")[0].endswith("/ajouter/")
    ]


def form_data(form: Form) -> dict[str, str]:
    """What the form submits as served: hidden fields (the CSRF token only if the form holds
    one), text fields with their values, checked boxes."""
    data = {}
    for item in form.fields:
        name = item.get("name")
        if not name or item.get("type") in ("submit", "button", "radio", "checkbox"):
            continue
        data[name] = item.get("value", "")
    return data


def choose_products(forms: list[Form], rng: random.Random, popular_ids: set[str]) -> list[Form]:
    """One to three products, the scarce ones most wanted, as on a day of offers."""
    wanted = rng.randint(1, 3)
    scarce = [form for form in forms if form_data(form).get("product") in popular_ids]
    others = [form for form in forms if form not in scarce]
    chosen: list[Form] = []
    while len(chosen) < wanted and (scarce or others):
        pool = scarce if scarce and (rng.random() < 0.7 or not others) else others
        form = pool.pop(rng.randrange(len(pool)))
        chosen.append(form)
    return chosen


def fill_checkout(form: Form, number: int, rng: random.Random, refused_slot: str = ""):
    """The checkout form as a customer fills it: her details, a slot among those offered
    (another than the one just refused), and every box ticked (consents)."""
    data = form_data(form)
    data.update(
        {
            "customer_name": f"Client·e {number}",
            "customer_email": f"client{number}@bench.invalid",
            "customer_phone": f"06 12 34 {number // 100 % 100:02d} {number % 100:02d}",
        }
    )
    slots = [
        item["value"]
        for item in form.fields
        if item.get("name") == "slot" and item.get("type") == "radio"
    ]
    slots += [
        option
        for item in form.fields
        if item.get("name") == "slot" and item["tag"] == "select"
        for option in item["options"]
        if option
    ]
    slots = [slot for slot in slots if slot != refused_slot]
    if not slots:
        return None
    data["slot"] = rng.choice(slots)
    for item in form.fields:
        if item.get("type") == "checkbox" and item.get("name"):
            data[item["name"]] = item.get("value") or "on"
    return data


def refusal(page: str) -> str:
    text = html.unescape(page)
    if "vient d'être complet" in text or "créneau n'est plus disponible" in text:
        return "slot full"
    if "Il ne reste plus assez" in text:
        return "out of stock"
    return "other"


def checkout_form(page: str, path: str) -> Form | None:
    return next((f for f in forms_of(page) if f.method == "post" and f.action == path), None)


def customer(number, shop, base_url, address, stats, popular, seed, barrier):
    rng = random.Random(f"{seed}-{number}")
    browser = Browser(base_url, address, stats)
    try:
        barrier.wait()
        browser.get("directory", "/boutiques/")
        storefront = f"/boutiques/{shop.slug}/"
        variant = rng.random()
        if variant < 0.15:
            path = storefront + "?page=2"
        elif variant < 0.3:
            path = storefront + "?" + urlencode({"q": rng.choice(WORDS).lower()})
        else:
            path = storefront
        page = browser.get("storefront", path)
        if page.status != 200:
            stats.count("outcomes", f"storefront HTTP {page.status}")
            return
        added = 0
        for form in choose_products(add_forms(page.body), rng, popular):
            data = form_data(form)
            data["quantity"] = str(rng.choice([1, 1, 1, 2]))
            action = urlsplit(urljoin(base_url + path, form.action)).path
            extra = {}
            if number % 4:  # the storefront's script: JSON, the token (if any) as a header
                extra = {"Accept": "application/json"}
                if data.get("csrfmiddlewaretoken"):
                    extra["X-CSRFToken"] = data["csrfmiddlewaretoken"]
                answer = browser.post("add to basket", action, data, extra)
            else:  # no script: the form posts, and the redirect brings the storefront back
                answer = browser.post("add to basket", action, data, follow_as="storefront")
            if answer.status == 200:
                added += 1
                stats.count("adds", "added")
            elif answer.status == 400:
                stats.count("adds", "refused (stock)")
            else:
                stats.count("adds", f"HTTP {answer.status}")
        browser.get("basket", f"/boutiques/{shop.slug}/panier/")
        checkout = f"/boutiques/{shop.slug}/commande/"
        page = browser.get("checkout", checkout)
        form = checkout_form(page.body, checkout) if page.status == 200 else None
        if not added or form is None:
            stats.count("outcomes", "gave up: empty basket" if not added else "no checkout form")
            return
        refused_slot = ""
        for _attempt in range(2):  # a slot taken meanwhile: she picks another once
            data = fill_checkout(form, number, rng, refused_slot)
            if data is None:
                stats.count("outcomes", "gave up: no slot offered")
                return
            answer = browser.post("checkout submit", checkout, data, follow_as="order page")
            if answer.status == 200 and urlsplit(browser.last_url).path.startswith("/commande/"):
                stats.count("outcomes", "accepted")
                return
            if answer.status == 429:
                stats.count("outcomes", "throttled")
                return
            if answer.status != 400:
                stats.count("outcomes", f"checkout HTTP {answer.status}")
                return
            reason = refusal(answer.body)
            form = checkout_form(answer.body, checkout)
            if reason != "slot full" or form is None:
                stats.count("outcomes", f"refused: {reason}")
                return
            refused_slot = data["slot"]
        stats.count("outcomes", "refused: slot full")
    except (OSError, http.client.HTTPException, threading.BrokenBarrierError) as error:
        stats.count("outcomes", f"failed: {type(error).__name__}")
    finally:
        with stats.lock:
            if "sessionid" in browser.cookies:
                stats.sessions.append(browser.cookies["sessionid"])
        browser.close()


def rush(args, fixture: Fixture, base_url: str, stats: Stats) -> float:
    popular = {
        str(pk)
        for pk, stock in fixture.initial_stock.items()
        if stock == POPULAR_STOCK  # the scarce ones
    }
    run = uuid.uuid4().int
    barrier = threading.Barrier(args.customers)
    threads = []
    for number in range(args.customers):
        shop = fixture.shops[number % len(fixture.shops)]
        # One address per customer (and per run: the rate limits' windows last an hour).
        address = f"10.{run % 250 + 1}.{number // 250}.{number % 250 + 1}"
        threads.append(
            threading.Thread(
                target=customer,
                args=(number, shop, base_url, address, stats, popular, args.seed, barrier),
            )
        )
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT_S * 10)
    return time.perf_counter() - started


# --- Report and clean-up ----------------------------------------------------------------------


def percentile(values: list[float], share: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


KINDS = [
    "directory",
    "storefront",
    "add to basket",
    "basket",
    "checkout",
    "checkout submit",
    "order page",
]


def report(args, stats: Stats, seconds: float, proxies: int, through: str) -> None:
    total = sum(len(values) for values in stats.latencies.values())
    print(
        f"{args.customers} customers at once in {args.shops} shops ({args.slots} slots of "
        f"{args.capacity} each, {POPULAR} products of stock {POPULAR_STOCK} and "
        f"{PRODUCTS_PER_SHOP - POPULAR} of stock {OTHER_STOCK} per shop), {through}, "
        f"{args.workers} gunicorn workers, PostgreSQL {connection.pg_version // 10000}, Redis, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"client addresses: one per customer in X-Forwarded-For, read with "
        f"TRUSTED_PROXY_COUNT={proxies}"
        + (" (Varnish appends its own entry)" if proxies > 1 else "")
    )
    print(f"duration {seconds:.1f} s, {total} requests, {total / seconds:.1f} requests/s")
    print()
    print(f"{'page':<18} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for kind in KINDS:
        values = stats.latencies.get(kind, [])
        print(
            f"{kind:<18} {len(values):>8} {percentile(values, 50):>8.1f} "
            f"{percentile(values, 95):>8.1f}"
        )
    print()
    outcomes = stats.outcomes
    refused = {key: n for key, n in outcomes.items() if key.startswith("refused")}
    print(
        f"orders accepted {outcomes['accepted']}, refused {sum(refused.values())}"
        + (f" ({', '.join(f'{k[9:]} {n}' for k, n in sorted(refused.items()))})" if refused else "")
        + f", throttled {outcomes['throttled']}"
    )
    others = {
        key: n
        for key, n in outcomes.items()
        if key != "accepted" and key != "throttled" and key not in refused
    }
    if others:
        print("other outcomes: " + ", ".join(f"{k} {n}" for k, n in sorted(others.items())))
    print("additions to baskets: " + ", ".join(f"{k} {n}" for k, n in sorted(stats.adds.items())))
    statuses = ", ".join(f"{k} {n}" for k, n in sorted(stats.statuses.items(), key=str))
    print(f"HTTP statuses: {statuses}")
    print(f"HTTP 5xx (and failed requests): {sum(stats.server_errors.values())}")
    for key, n in sorted(stats.server_errors.items()):
        print(f"  - {key}: {n}")


def forget_sessions_and_mail(stats: Stats) -> int:
    """The customers' sessions and the queued e-mails (no worker runs here) go with the shops."""
    from django.contrib.sessions.backends.cache import SessionStore

    for key in stats.sessions:
        SessionStore(session_key=key).delete()
    try:
        import django_rq
    except ImportError:
        return 0
    queue = django_rq.get_queue("default")
    queued = queue.count
    queue.empty()
    return queued


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200, help="customers at once (200)")
    parser.add_argument("--shops", type=int, default=10, help="storefronts (10)")
    parser.add_argument("--slots", type=int, default=6, help="pickup slots per shop (6)")
    parser.add_argument("--capacity", type=int, default=3, help="orders per slot (3)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (4)")
    parser.add_argument("--varnish", action="store_true", help="through Varnish (deploy/varnish)")
    parser.add_argument("--seed", type=int, default=1, help="customers' choices (1)")
    args = parser.parse_args(argv)
    if min(args.customers, args.shops, args.slots, args.capacity, args.workers) < 1:
        parser.error("every count must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if connection.vendor != "postgresql":
        print("bench/black_friday.py needs PostgreSQL.", file=sys.stderr)
        return 2
    if args.varnish and not (VCL.exists() and shutil.which("varnishd")):
        print(f"--varnish needs varnishd and {VCL.relative_to(PROJECT_DIR)}.", file=sys.stderr)
        return 2
    call_command("migrate", verbosity=0)
    # Behind Varnish, which appends the address it was reached from, the customer's entry is
    # the second from the right; without it, the first.
    proxies = 2 if args.varnish else 1
    env = {
        **project_env(),
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": os.environ["REDIS_URL"],
        "TRUSTED_PROXY_COUNT": str(proxies),
    }
    tag = uuid.uuid4().hex[:8]
    fixture = Fixture()
    stats = Stats()
    try:
        collect_static(SETTINGS, env)
        create_shops(args, tag, fixture)
        with contextlib.ExitStack() as stack:
            base_url = stack.enter_context(serve(PROJECT_WSGI, SETTINGS, env, workers=args.workers))
            through = "gunicorn"
            if args.varnish:
                base_url = stack.enter_context(serve_varnish(VCL, base_url))
                through = "Varnish in front of gunicorn"
            seconds = rush(args, fixture, base_url, stats)
        report(args, stats, seconds, proxies, through)
        broken = oversold(fixture)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        delete_shops(tag)
        queued = forget_sessions_and_mail(stats)
    print(f"queued e-mails dropped at the end (no worker here): {queued}")
    if broken:
        print("oversold: " + str(len(broken)))
        for line in broken:
            print(f"  - {line}")
    else:
        print(
            "oversold: 0 (no slot over capacity, no negative stock, stock + sold == initial "
            "for every product)"
        )
    server_errors = sum(stats.server_errors.values())
    return 0 if not broken and not server_errors else 1


if __name__ == "__main__":
    sys.exit(main())
