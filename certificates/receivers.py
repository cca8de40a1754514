"""Certificates follow completions: the courses and events features announce them."""


def on_course_completed(sender, enrolment, **kwargs):
    from certificates.services import issue_for_enrolment

    issue_for_enrolment(enrolment)


def on_attendance_completed(sender, registration, **kwargs):
    from certificates.services import issue_for_registration

    issue_for_registration(registration)
