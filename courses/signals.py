"""Hooks other features use: certificates listen to ``course_completed``."""

from django.dispatch import Signal

# Sent once per enrolment, after the transaction that recorded the completion commits.
# Arguments: enrolment (courses.models.Enrolment).
course_completed = Signal()
