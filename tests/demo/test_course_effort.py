"""Each demo course announces the effort its lessons add up to: a course sold as « 1,5 h »
whose lessons last 60 minutes misleads the learner planning her week."""

from decimal import Decimal

import pytest
import yaml

from demo.content import CONTENT_DIR

COURSES = sorted((CONTENT_DIR / "formations").glob("*/*/course.yaml"))
TOLERANCE_MINUTES = 15  # efforts are announced in half hours


def _lesson_minutes(folder) -> int:
    total = 0
    for lesson in sorted(folder.glob("*.md")):
        if lesson.name.endswith(".en.md"):
            continue  # the English version of a lesson counted already
        header = lesson.read_text().split("---")[1]
        total += int(yaml.safe_load(header).get("minutes") or 0)
    return total


def test_there_are_demo_courses():
    assert len(COURSES) == 13


@pytest.mark.parametrize("course", COURSES, ids=lambda path: path.parent.name)
def test_the_announced_effort_matches_the_lessons(course):
    announced = Decimal(str(yaml.safe_load(course.read_text())["effort_hours"])) * 60
    minutes = _lesson_minutes(course.parent)
    assert abs(announced - minutes) <= TOLERANCE_MINUTES, (announced, minutes)
