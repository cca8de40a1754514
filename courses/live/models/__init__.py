"""Webinars and bootcamps as editors publish them, and who registers and attends."""

from courses.live.models.pages import (  # noqa: F401
    BootcampIndexPage,
    BootcampPage,
    BootcampSession,
    EventPage,
    Session,
    WebinarIndexPage,
    WebinarPage,
)
from courses.live.models.registrations import (  # noqa: F401
    Attendance,
    CalendarFeed,
    Registration,
    Reminder,
    ScheduleNotice,
)
