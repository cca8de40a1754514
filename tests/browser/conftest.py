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


@pytest.fixture
def browser(_allow_orm_beside_playwright):
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
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"{request.node.name}.png", full_page=True)
    context.close()
    # The journey's own queries ran on connections opened for Playwright's greenlet: close
    # them, or PostgreSQL refuses to drop the test database at the end of the run.
    from django.db import connections

    connections.close_all()
