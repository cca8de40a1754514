"""axe-core on every page type of the site, for every role, in French and in English.

One demo (``load_demo``) and one browser context per role and language, page after page: the
visitor, the demo owner with her shop, the advisor (second factor) and staff on the site's
own pages. The Wagtail admin (``/cms/``) is Wagtail's own interface, not this project's
templates, and is left out. Any rule broken with an impact "serious" or "critical" fails the
test; every finding, whatever its impact, is counted in ``core/accessibility_audit.json``,
which the accessibility statement renders: the test fails when the committed file no longer
says what the audit finds (``A11Y_AUDIT_WRITE=1`` rewrites it, with today's date).
"""

import json
import os
from datetime import date

import pytest

from core.accessibility import AUDIT_FILE, COMPARED_KEYS
from tests.browser.axe import AXE_VERSION, audit, blocking, by_impact, describe
from tests.browser.conftest import ARTIFACTS
from tests.browser.site_pages import EVERYONE, PAGES, fill_basket, load_site, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LANGUAGES = ("fr", "en")


def audit_role(
    browser, base: str, role: str, language: str, paths: dict, problems: list
) -> tuple[list, int]:
    """Every page of ``role`` in ``language``, in one browser context; (findings, pages)."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": "accelerateur_language", "value": language, "url": base}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    findings: list = []
    visits = 0
    if role != "visitor":

        def audit_second_factor(page):
            if role == "advisor":
                findings.extend(audit(page, f"mfa_authenticate [{role}, {language}]"))

        sign_in(page, base, role, audit_second_factor)
        visits += role == "advisor"  # its second factor's page
        # Signing in opens the site in the account's language: the audited one again.
        context.add_cookies([{"name": "accelerateur_language", "value": language, "url": base}])
    for key, _fr, _en, template, roles in PAGES:
        if role not in roles or template == "(sign-in)":
            continue
        if key == "basket":
            fill_basket(page, base, paths["storefront"])
        name = f"{key} [{role}, {language}] {template.format(**paths)}"
        response = page.goto(base + template.format(**paths))
        if response.status >= 400 and key != "not_found":
            problems.append(f"{name}: HTTP {response.status}")
            continue
        if page.locator("html").get_attribute("lang") != language:
            problems.append(f"{name}: <html lang> is not {language}")
        findings.extend(audit(page, name))
        visits += 1
    context.close()
    return findings, visits


def found_audit(findings: list, visits: int, chromium: str) -> dict:
    """What the audit found, in the shape of core/accessibility_audit.json."""
    roles = list(EVERYONE)
    return {
        "pages": [
            {"key": key, "fr": fr, "en": en, "path": template, "roles": list(page_roles)}
            for key, fr, en, template, page_roles in PAGES
        ],
        "page_types": len(PAGES),
        "roles": roles,
        "languages": list(LANGUAGES),
        "combinations": sum(len(page_roles) for *_, page_roles in PAGES) * len(LANGUAGES),
        "pages_audited": visits,
        "violations": by_impact(findings),
        "axe_core": AXE_VERSION,
        "chromium": chromium,
        "date": date.today().isoformat(),
    }


def test_every_page_type_passes_axe_for_every_role_in_both_languages(
    browser, live_server, settings
):
    paths = load_site(live_server, settings)
    findings: list = []
    problems: list = []
    visits = 0
    for role in EVERYONE:
        for language in LANGUAGES:
            role_findings, role_visits = audit_role(
                browser, live_server.url, role, language, paths, problems
            )
            findings += role_findings
            visits += role_visits
    found = found_audit(findings, visits, browser.version)
    if os.environ.get("A11Y_AUDIT_WRITE"):
        kept = json.loads(AUDIT_FILE.read_text()) if AUDIT_FILE.exists() else {}
        AUDIT_FILE.write_text(json.dumps(kept | found, ensure_ascii=False, indent=2) + "\n")
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "axe-findings.txt").write_text(describe(findings))
    assert not problems, "\n".join(problems)
    serious = blocking(findings)
    assert not serious, f"{len(serious)} serious or critical violations:\n" + describe(serious)
    committed = json.loads(AUDIT_FILE.read_text())
    assert {key: committed.get(key) for key in COMPARED_KEYS} == {
        key: found[key] for key in COMPARED_KEYS
    }, (
        f"{AUDIT_FILE.name} no longer says what the audit finds: run this test with "
        "A11Y_AUDIT_WRITE=1 and commit the file.\n" + describe(findings)
    )
