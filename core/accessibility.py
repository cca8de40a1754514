"""The figures of the automated accessibility audit, as the accessibility statement shows them.

``accessibility_audit.json`` is written by the audit itself (tests/browser/test_accessibility.py,
axe-core on every page type, role and language) and committed; that test fails when the file
no longer says what the audit finds, so the statement's figures cannot drift from the product.
"""

import json
from functools import cache
from pathlib import Path

AUDIT_FILE = Path(__file__).with_name("accessibility_audit.json")
#: What the audit recomputes on every run and must match; the date, the browser's version and
#: the figures found before the fixes describe one past run and are kept as written.
COMPARED_KEYS = (
    "pages",
    "page_types",
    "roles",
    "languages",
    "combinations",
    "pages_audited",
    "violations",
    "axe_core",
)


@cache
def audit_results() -> dict:
    """The committed audit, read once per process."""
    return json.loads(AUDIT_FILE.read_text(encoding="utf-8"))
