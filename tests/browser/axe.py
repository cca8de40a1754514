"""axe-core in the browser tests: run it on the page Chromium shows, keep what it found.

axe-playwright-python ships axe-core's own script (``axe.min.js``) inside the wheel, so no test
downloads anything: the script is read from the installed package and evaluated in the page.
"""

import re
from dataclasses import dataclass

from axe_playwright_python.sync_playwright import Axe

AXE = Axe()
#: The version of the axe-core script the package bundles (its first line: ``/*! axe v4.x.y``).
AXE_VERSION = re.search(r"axe v(\d+(?:\.\d+)+)", AXE.axe_script[:200]).group(1)
#: Impacts that fail a test: what stops or seriously hinders someone from using the page.
BLOCKING = ("critical", "serious")
IMPACTS = ("critical", "serious", "moderate", "minor")
#: Rules switched off, each for a documented false positive; none is needed today.
DISABLED_RULES: dict[str, str] = {}


@dataclass(frozen=True)
class Finding:
    """One rule that a page breaks, with the elements that break it."""

    page: str
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.targets[:5]) + (" …" if len(self.targets) > 5 else "")
        return f"{self.page}: {self.rule} ({self.impact}) {self.help} → {shown}"


def audit(page, name: str) -> list[Finding]:
    """The rules the current page breaks (axe-core's default set: WCAG 2.0-2.2 A and AA, and
    best practices), named after ``name`` so a failure says where to look."""
    options = {
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
    }
    results = AXE.run(page, options=options).response
    return [
        Finding(
            page=name,
            rule=violation["id"],
            impact=violation["impact"] or "minor",
            help=violation["help"],
            targets=tuple(
                " ".join(map(str, node["target"])) for node in violation.get("nodes", [])
            ),
        )
        for violation in results["violations"]
    ]


def blocking(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.impact in BLOCKING]


def by_impact(findings: list[Finding]) -> dict[str, int]:
    """How many (page, rule) pairs fail, per impact, every impact present even at zero."""
    return {impact: sum(finding.impact == impact for finding in findings) for impact in IMPACTS}


def describe(findings: list[Finding]) -> str:
    return "\n".join(str(finding) for finding in findings)
