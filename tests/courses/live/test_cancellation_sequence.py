"""A cancellation's calendar file replaces the confirmed event: same UID, higher SEQUENCE (a
calendar ignores an update whose SEQUENCE is not above the one it holds), and a new
registration after it is higher again."""

import pytest
from icalendar import Calendar

from courses.live import services

pytestmark = pytest.mark.django_db


def _vevent(message):
    _filename, content, _mimetype = message.attachments[0]
    calendar = Calendar.from_ical(content)
    return str(calendar["METHOD"]), calendar.walk("VEVENT")[0]


def test_the_cancellation_has_a_higher_sequence_than_the_confirmation(
    owner, webinar, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(owner, webinar)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(registration)
    confirmation, cancellation = mailoutbox
    _method, confirmed = _vevent(confirmation)
    method, cancelled = _vevent(cancellation)
    assert method == "CANCEL"
    assert str(cancelled["UID"]) == str(confirmed["UID"])
    assert cancelled.decoded("SEQUENCE") > confirmed.decoded("SEQUENCE")

    # Registering again: the new confirmation outranks the cancellation.
    with django_capture_on_commit_callbacks(execute=True):
        services.register(owner, webinar)
    _method, again = _vevent(mailoutbox[-1])
    assert again.decoded("SEQUENCE") > cancelled.decoded("SEQUENCE")
