"""The demo content moved from Python modules to files without a word changed.

FINGERPRINT is that of the database the Python modules built (tests/demo/snapshot.py, on the
day FROZEN): every page field and block, the events, accounts, business, grant copy and shops.
The files build the same database. An edit of the content changes it on purpose: then check
the difference is the one intended, and put the new fingerprint here.
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
FINGERPRINT = "fc4b0aaba14b9ea5e284e23ae12d4b2bb34c0c8cf06ca2cf69e749223873c15d"


def test_the_files_build_what_the_python_modules_built(development):
    with time_machine.travel(FROZEN, tick=False):
        call_command("load_demo", stdout=StringIO())
        snapshot = content_snapshot()
    assert fingerprint(snapshot) == FINGERPRINT
    # Counted in French: the English translations are copies of some of these pages.
    assert in_default_locale(TrackPage.objects).count() == 4
    assert in_default_locale(CoursePage.objects).count() == 13
    assert in_default_locale(LessonPage.objects).count() == 48
    assert in_default_locale(LessonPage.objects).filter(has_quiz=True).count() == 35
    assert in_default_locale(WebinarPage.objects).count() == 6
    assert in_default_locale(BootcampPage.objects).count() == 1
    assert Shop.objects.exclude(owner__email__endswith="@seed.example").count() == 2
