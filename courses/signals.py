"""Hooks other features use: certificates listen to ``course_completed``, the advisors'
workspace to ``lesson_opened``."""

from django.dispatch import Signal

# Sent once per enrolment, after the transaction that recorded the completion commits.
# Arguments: enrolment (courses.models.Enrolment).
course_completed = Signal()

# Sent when a learner opens a lesson other than the one she last opened (a queryset UPDATE,
# so no ``post_save``). Arguments: user_id, at (the moment recorded on her enrolment).
lesson_opened = Signal()
