"""Every role reaches its features by following links from its home page.

A crawler starts where each role lands (the home page for a visitor, "Mon espace" for the
others) and follows the links Chromium shows, as a person clicking through would; it never
types an address. The test then checks that every page of that role's features was found:
a feature that exists but that no link leads to fails here.
"""

from collections import Counter
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from playwright.sync_api import Error as PlaywrightError

from demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.accounts.factories import current_code
from tests.browser.conftest import ARTIFACTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

#: Followed but not opened: files (recorded as found) and what leaves the public site.
FILES = (".pdf", ".csv", ".ics", ".xlsx", ".zip", ".json")
NOT_OPENED = ("/cms/", "/static/", "/media/", "/documents/", "/images/", "/compte/logout/")
#: Pages opened per shape of address (first segment, depth): enough to go one level further
#: into each kind of page without opening every lesson or every order.
PER_SHAPE = 3
MAX_PAGES = 90

EVERYONE = {
    "directory": lambda path: path == "/boutiques/",
    "the networks": lambda path: path == "/reseaux/",
    "a network": lambda path: path.startswith("/reseaux/") and path.count("/") == 3,
    "a storefront": lambda path: path.startswith("/boutiques/") and path.count("/") == 3,
    "certificate verification": lambda path: path == "/certificats/verifier/",
    "courses": lambda path: path == "/formations/",
    "grants": lambda path: path == "/aides/",
}
OWNER_WITH_SHOP = {
    "her orders": lambda path: path == "/ma-boutique/commandes/",
    "her products": lambda path: path == "/ma-boutique/produits/",
    "the poster": lambda path: path == "/ma-boutique/affiche.pdf",
    "her figures": lambda path: path == "/ma-boutique/chiffres/",
    "her closures": lambda path: path == "/ma-boutique/fermetures/",
    "her networks": lambda path: path == "/ma-boutique/reseaux/",
    "her storefront settings": lambda path: path == "/ma-boutique/",
    "her plan": lambda path: path == "/mon-plan/",
    "her learning": lambda path: path == "/mon-parcours/",
    "her certificates": lambda path: path == "/certificats/",
    "her profile": lambda path: path == "/mon-entreprise/",
    "the diagnostic": lambda path: path.startswith("/diagnostic/"),
    "her data": lambda path: path == "/compte/mes-donnees/",
    "her data's download": lambda path: path == "/compte/mes-donnees/export.zip",
}
ADVISOR = {
    "the portfolio": lambda path: path == "/conseiller/",
    "the charts": lambda path: path == "/conseiller/graphiques/",
    "the cohorts": lambda path: path == "/conseiller/cohortes/",
    "the invitations": lambda path: path == "/conseiller/invitations/",
    "a business": lambda path: path.startswith("/entreprises/"),
}
STAFF = {
    "the portfolios": lambda path: path == "/conseiller/",
    "the assignments": lambda path: path == "/conseiller/affectations/",
    "the CMS": lambda path: path.startswith("/cms/"),
}


#: The outermost elements that stick out of the viewport, to say what widens a page.
WIDEST = """(viewport) => [...document.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > viewport + 1
        && !(e.parentElement && e.parentElement.getBoundingClientRect().right > viewport + 1))
    .slice(0, 3)
    .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`)"""


def crawl(page, start: str) -> tuple[set[str], list[str], list[str]]:
    """The paths of every link found, breadth first from ``start``, on the same site; the
    links that led to an error page; and the pages wider than the phone they are read on."""
    origin = urlsplit(start).netloc
    broken: list[str] = []
    too_wide: list[str] = []
    found: set[str] = set()
    opened: set[str] = set()
    shapes: Counter = Counter()
    queue = [start]
    while queue and len(opened) < MAX_PAGES:
        url = queue.pop(0)
        try:
            response = page.goto(url)
        except PlaywrightError as error:
            if "Download is starting" in str(error):
                continue  # a file served for download (a certificate's PDF): found, not a page
            raise
        if response is None or response.status >= 400:
            broken.append(f"{urlsplit(url).path} ({response and response.status})")
            continue
        opened.add(urlsplit(url).path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > page.viewport_size["width"]:
            culprits = page.evaluate(WIDEST, page.viewport_size["width"])
            ARTIFACTS.mkdir(exist_ok=True)
            name = urlsplit(url).path.strip("/").replace("/", "-") or "home"
            page.screenshot(path=str(ARTIFACTS / f"too-wide-{name}.png"), full_page=True)
            too_wide.append(f"{urlsplit(url).path} ({width} px: {', '.join(culprits)})")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            parts = urlsplit(href)
            if parts.netloc != origin:
                continue
            path = parts.path
            found.add(path)
            if path in opened or path.endswith(FILES) or path.startswith(NOT_OPENED):
                continue
            segments = [segment for segment in path.split("/") if segment]
            shape = (segments[0] if segments else "", len(segments))
            if shapes[shape] >= PER_SHAPE:
                continue
            shapes[shape] += 1
            opened.add(path)
            queue.append(f"{parts.scheme}://{parts.netloc}{path}")
    return found, broken, too_wide


def sign_in(page, base: str, email: str, *, second_factor: bool) -> None:
    """The demo account's way in, through the sign-in form (and the code, for advisors and
    staff)."""
    page.goto(base + "/compte/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("input[name=password]").press("Enter")
    if second_factor:
        page.locator("input[name=code]").fill(current_code(DEMO_TOTP_SECRET))
        page.locator("input[name=code]").press("Enter")
    page.wait_for_load_state()


def missing(found: set[str], wanted: dict) -> list[str]:
    return [name for name, matches in wanted.items() if not any(map(matches, found))]


def test_every_role_reaches_its_features(browser, live_server, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    # As `make run` loads it (DEBUG on), for the published logins the crawl signs in with; the
    # live server itself keeps DEBUG off.
    with override_settings(DEBUG=True):
        call_command("load_demo", verbosity=0)
    base = live_server.url
    # (role, account, second factor, where the crawl starts, what it must find)
    roles = [
        ("anonymous", None, False, "/", EVERYONE),
        (
            "owner with a shop",
            "commercante@demo.example",
            False,
            "/mon-espace/",
            EVERYONE | OWNER_WITH_SHOP,
        ),
        ("advisor", "conseiller@demo.example", True, "/mon-espace/", EVERYONE | ADVISOR),
        # Staff land in the CMS; the site is crawled from its home page.
        ("staff", "editrice@demo.example", True, "/", EVERYONE | STAFF),
    ]
    report = {}
    for role, email, second_factor, start, wanted in roles:
        # A phone: every page must fit its width (tables scroll inside their own box).
        context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
        page = context.new_page()
        page.set_default_timeout(15_000)
        if email:
            sign_in(page, base, email, second_factor=second_factor)
        found, broken, too_wide = crawl(page, base + start)
        report[role] = {
            "missing": missing(found, wanted),
            "broken links": broken,
            "wider than a phone": too_wide,
        }
        context.close()
    nothing = {"missing": [], "broken links": [], "wider than a phone": []}
    assert report == {role: nothing for role, *_ in roles}
