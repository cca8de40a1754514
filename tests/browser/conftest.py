"""Playwright harness: Debian's Chromium, headless, against pytest-django's live server.

Screenshots of failing journeys are kept in test-artifacts/ for a person to look at.
"""

import os
import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def _allow_orm_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are
    still synchronous, so Django's async-safety guard is lifted while the browser runs."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


# Playwright's init scripts run before the page's own and are not subject to its CSP: this one
# keeps the Content-Security-Policy violations of the document it runs in.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(
    event.violatedDirective + " blocked " + (event.blockedURI || "inline") + " on "
    + event.documentURI + (event.sample ? " (" + event.sample + ")" : "")
  );
});
"""


def record_csp_violations(browser, violations: list[str]) -> None:
    """Every context the journey opens records violations: the console's reports, from every
    page (even those already left), and the listener's, read from the last page at the end."""
    new_context = browser.new_context

    def on_console(message):
        if "Content Security Policy" in message.text or message.text.startswith("Refused to"):
            where = message.page.url if message.page else "?"
            violations.append(f"{where}: {message.text}")

    def recording_new_context(*args, **kwargs):
        context = new_context(*args, **kwargs)
        context.add_init_script(RECORD_CSP_VIOLATIONS)
        context.on("console", on_console)
        return context

    browser.new_context = recording_new_context


def _pending_violations(page) -> list[str]:
    try:
        return page.evaluate("window.__cspViolations || []")
    except Exception:  # the page is closed or navigating: the console kept them anyway
        return []


@pytest.fixture
def csp_violations() -> list[str]:
    return []


@pytest.fixture
def browser(_allow_orm_beside_playwright, csp_violations):
    """One Chromium per journey, started after the test database is ready.

    Function scope on purpose: Playwright's sync API runs the code after its start in another
    greenlet, where Django sees fresh connection objects. Started after pytest-django has
    restored the migrations' rows (serialized_rollback) and stopped before it flushes, the
    browser never stands between Django and the connection that holds that data.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--headless",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        record_csp_violations(browser, csp_violations)
        yield browser
        browser.close()
    if csp_violations:
        pytest.fail(
            "Content-Security-Policy violations:\n" + "\n".join(dict.fromkeys(csp_violations)),
            pytrace=False,
        )


@pytest.fixture
def page(browser, request, csp_violations):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"{request.node.name}.png", full_page=True)
    csp_violations.extend(f"{page.url}: {text}" for text in _pending_violations(page))
    context.close()
    # The journey's own queries ran on connections opened for Playwright's greenlet: close
    # them, or PostgreSQL refuses to drop the test database at the end of the run.
    from django.db import connections

    connections.close_all()
