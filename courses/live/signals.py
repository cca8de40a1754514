"""Hooks for other features: certificates of attendance listen to ``attendance_completed``."""

from django.dispatch import Signal

# Sent once per registration, after commit, when attendance completes it: present at the
# webinar, or at the bootcamp's required number of sessions. Argument: registration.
attendance_completed = Signal()
