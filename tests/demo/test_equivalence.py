"""The demo content files build the database they built when last reviewed, word for word.

FINGERPRINT is that of the database the files built (tests/demo/snapshot.py, on the day FROZEN):
every page field and block, the events, accounts, business, grant copy and shops. It first
proved that moving the content from Python modules to files changed no word; since then, an
edit of the content (or of the loader) changes it on purpose: check that the difference is the
one intended, then put the new fingerprint and counts here. Last change: the catalogue grown to
five tracks, each lesson with its objectives, sources and date of checking, and three months of
webinars with speakers named by their role.
"""

from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command

from core.translations import in_default_locale
from courses.live.models import BootcampPage, WebinarPage
from courses.models import CoursePage, LessonPage, TrackPage
from storefront_builder.models import Shop
from tests.demo.snapshot import content_snapshot, fingerprint

pytestmark = pytest.mark.django_db

FROZEN = datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
COURSES, LESSONS, QUIZZES, WEBINARS = 51, 213, 213, 15
FINGERPRINT = "ce29bd2091bbfe932a6ea738de16f5cdf7cfa9d3d9678e6f4f9008500164a428"


def test_the_files_build_what_the_python_modules_built(development):
    with time_machine.travel(FROZEN, tick=False):
        call_command("load_demo", stdout=StringIO())
        snapshot = content_snapshot()
    assert fingerprint(snapshot) == FINGERPRINT
    # Counted in French: the English translations are copies of some of these pages.
    assert in_default_locale(TrackPage.objects).count() == 5
    assert in_default_locale(CoursePage.objects).count() == COURSES
    assert in_default_locale(LessonPage.objects).count() == LESSONS
    assert in_default_locale(LessonPage.objects).filter(has_quiz=True).count() == QUIZZES
    assert in_default_locale(WebinarPage.objects).count() == WEBINARS
    assert in_default_locale(BootcampPage.objects).count() == 3
    assert Shop.objects.exclude(owner__email__endswith="@seed.example").count() == 2
