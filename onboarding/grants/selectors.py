"""Reads for the public pages: published programmes, open ones first.

One query whatever the number of programmes: every rule lives on the programme row, so the
split between open and closed is done in Python on the fetched list.
"""

from dataclasses import dataclass
from datetime import date

from onboarding.grants.models import Programme


@dataclass(frozen=True)
class Listing:
    open: list
    closed: list


def published_programmes():
    return Programme.objects.filter(published=True)


def programme_listing(today: date) -> Listing:
    """Open programmes, the nearest deadline first (no deadline last), then closed ones, the
    most recently closed first. Examples are listed with the rest, carrying their badge."""
    programmes = list(published_programmes().order_by("name"))
    opened = [programme for programme in programmes if programme.is_open(today)]
    closed = [programme for programme in programmes if not programme.is_open(today)]
    opened.sort(key=lambda p: (p.application_deadline is None, p.application_deadline or today))
    closed.sort(key=lambda p: p.application_deadline, reverse=True)
    return Listing(open=opened, closed=closed)


def published_programme(slug: str) -> Programme | None:
    return published_programmes().filter(slug=slug).first()
