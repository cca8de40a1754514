"""The iCalendar files: parsed back with icalendar, as a calendar app would read them."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from courses.live.ics import CalendarEvent, calendar_bytes

PARIS = ZoneInfo("Europe/Paris")


def paris(*args):
    return datetime(*args, tzinfo=PARIS)


def make_event(**overrides):
    values = {
        "uid": "webinaire-12@accelerateur",
        "sequence": 0,
        "summary": "Webinaire : facturer en ligne",
        "start": paris(2026, 5, 12, 18),
        "end": paris(2026, 5, 12, 19, 30),
        "description": "Une heure et demie, questions comprises.",
        "location": "12 rue de la Paix, 75002 Paris",
        "url": "https://accelerateur.example/evenements/12/",
    }
    values.update(overrides)
    return CalendarEvent(**values)


def parse(*events, **kwargs):
    return Calendar.from_ical(calendar_bytes(events, **kwargs))


def only_vevent(calendar):
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 1
    return vevents[0]


def test_calendar_and_event_properties_round_trip():
    before = datetime.now(UTC)
    calendar = parse(make_event(sequence=3), name="Formations Accélérateur")
    vevent = only_vevent(calendar)

    assert str(calendar["PRODID"]) == "-//Accélérateur//Formations//FR"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Formations Accélérateur"

    assert str(vevent["UID"]) == "webinaire-12@accelerateur"
    assert vevent.decoded("SEQUENCE") == 3
    assert str(vevent["SUMMARY"]) == "Webinaire : facturer en ligne"
    assert str(vevent["DESCRIPTION"]) == "Une heure et demie, questions comprises."
    assert str(vevent["LOCATION"]) == "12 rue de la Paix, 75002 Paris"
    assert str(vevent["URL"]) == "https://accelerateur.example/evenements/12/"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert vevent.decoded("DTSTART") == paris(2026, 5, 12, 18)
    assert vevent.decoded("DTEND") == paris(2026, 5, 12, 19, 30)

    stamp = vevent.decoded("DTSTAMP")
    assert stamp.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=1) <= stamp <= datetime.now(UTC)


def test_empty_optional_fields_are_left_out():
    vevent = only_vevent(parse(make_event(description="", location="", url="")))

    for name in ("DESCRIPTION", "LOCATION", "URL"):
        assert name not in vevent
    assert str(vevent["SUMMARY"]) == "Webinaire : facturer en ligne"


@pytest.mark.parametrize(
    ("before", "before_utc", "after", "after_utc"),
    [
        # Last Sunday of March 2026 (29th): CET (UTC+1) -> CEST (UTC+2).
        ((2026, 3, 28, 18), (2026, 3, 28, 17), (2026, 3, 30, 18), (2026, 3, 30, 16)),
        # Last Sunday of October 2026 (25th): CEST (UTC+2) -> CET (UTC+1).
        ((2026, 10, 24, 18), (2026, 10, 24, 16), (2026, 10, 26, 18), (2026, 10, 26, 17)),
    ],
    ids=["march", "october"],
)
def test_times_around_daylight_saving_changes(before, before_utc, after, after_utc):
    events = [
        make_event(
            uid="before@accelerateur", start=paris(*before), end=paris(*before) + timedelta(hours=1)
        ),
        make_event(
            uid="after@accelerateur", start=paris(*after), end=paris(*after) + timedelta(hours=1)
        ),
    ]
    calendar = parse(*events)
    by_uid = {str(vevent["UID"]): vevent for vevent in calendar.walk("VEVENT")}
    # What a phone without its own tz database does: read the file's VTIMEZONE.
    file_tz = calendar.timezones[0].to_tz(lookup_tzid=False)

    for uid, local, instant in (
        ("before@accelerateur", before, before_utc),
        ("after@accelerateur", after, after_utc),
    ):
        dtstart = by_uid[uid]["DTSTART"]
        assert dtstart.params["TZID"] == "Europe/Paris"
        assert dtstart.dt == datetime(*instant, tzinfo=UTC)
        assert dtstart.dt.tzinfo.key == "Europe/Paris"
        assert (dtstart.dt.hour, dtstart.dt.minute) == (18, 0)
        assert datetime(*local, tzinfo=file_tz) == datetime(*instant, tzinfo=UTC)


def test_vtimezone_for_paris_has_standard_and_daylight():
    calendar = parse(make_event())

    timezones = calendar.walk("VTIMEZONE")
    assert len(timezones) == 1
    assert str(timezones[0]["TZID"]) == "Europe/Paris"
    assert timezones[0].standard
    assert timezones[0].daylight
    assert {str(part["TZNAME"]) for part in timezones[0].subcomponents} == {"CET", "CEST"}


def test_vtimezone_covers_every_year_of_the_events():
    calendar = parse(
        make_event(uid="a@accelerateur", start=paris(2026, 1, 10, 9), end=paris(2026, 1, 10, 12)),
        make_event(uid="b@accelerateur", start=paris(2027, 7, 1, 18), end=paris(2027, 7, 1, 19)),
    )
    file_tz = calendar.timezones[0].to_tz(lookup_tzid=False)

    assert datetime(2026, 1, 10, 9, tzinfo=file_tz).utcoffset() == timedelta(hours=1)
    assert datetime(2027, 7, 1, 18, tzinfo=file_tz).utcoffset() == timedelta(hours=2)
    assert datetime(2027, 12, 1, 18, tzinfo=file_tz).utcoffset() == timedelta(hours=1)


def test_times_given_in_another_zone_are_written_in_paris_time():
    start = datetime(2026, 7, 1, 16, tzinfo=UTC)
    vevent = only_vevent(parse(make_event(start=start, end=start + timedelta(hours=2))))

    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert vevent["DTEND"].params["TZID"] == "Europe/Paris"
    assert vevent["DTSTART"].to_ical() == b"20260701T180000"
    assert vevent["DTEND"].to_ical() == b"20260701T200000"


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        calendar_bytes([make_event(start=datetime(2026, 5, 12, 18))])  # noqa: DTZ001


def test_cancellation_has_cancelled_status_and_cancel_method():
    calendar = parse(make_event(sequence=2, cancelled=True), method="CANCEL")
    vevent = only_vevent(calendar)

    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert str(vevent["UID"]) == "webinaire-12@accelerateur"
    assert vevent.decoded("SEQUENCE") == 2


def test_method_can_be_left_out():
    assert "METHOD" not in parse(make_event(), method=None)


def test_update_keeps_the_uid_and_carries_the_new_sequence():
    first = only_vevent(parse(make_event(sequence=0)))
    moved = make_event(sequence=1, start=paris(2026, 5, 19, 18), end=paris(2026, 5, 19, 19))
    second = only_vevent(parse(moved))

    assert str(first["UID"]) == str(second["UID"]) == "webinaire-12@accelerateur"
    assert first.decoded("SEQUENCE") == 0
    assert second.decoded("SEQUENCE") == 1
    assert second.decoded("DTSTART") == paris(2026, 5, 19, 18)


def test_one_vevent_per_event_and_a_single_vtimezone():
    calendar = parse(
        make_event(uid="a@accelerateur"),
        make_event(uid="b@accelerateur", start=paris(2026, 11, 3, 9), end=paris(2026, 11, 3, 17)),
    )

    assert [str(vevent["UID"]) for vevent in calendar.walk("VEVENT")] == [
        "a@accelerateur",
        "b@accelerateur",
    ]
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_accepts_any_iterable():
    calendar = Calendar.from_ical(calendar_bytes(make_event(uid=f"{n}@a") for n in range(3)))

    assert len(calendar.walk("VEVENT")) == 3


def test_empty_calendar_is_valid_and_has_no_vevent():
    calendar = Calendar.from_ical(calendar_bytes([]))

    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Accélérateur//Formations//FR"
    assert str(calendar["X-WR-CALNAME"]) == "Accélérateur"
    assert calendar.walk("VEVENT") == []
    assert calendar.walk("VTIMEZONE") == []
