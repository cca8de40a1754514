"""The notations of the content files that YAML has no type for: French hours, weekdays,
colours. Written as a shopkeeper would (« 7h30-13h », « lundi »), read into Python values."""

import re
from datetime import time

from demo.content.files import ContentError

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_CLOCK = re.compile(r"^(\d{1,2})h(\d{2})?$")
_COLOUR = re.compile(r"^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$")


def clock(value) -> time:
    """« 9h », « 18h30 »."""
    match = _CLOCK.match(str(value).strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2) or 0) > 59:
        raise ContentError(f"Heure « {value} » : écrivez-la « 9h » ou « 18h30 ».")
    return time(int(match.group(1)), int(match.group(2) or 0))


def clock_range(value) -> tuple[time, time]:
    """« 7h-13h », « 14h30-19h »."""
    start, _dash, end = str(value).partition("-")
    return clock(start), clock(end)


def weekday(name: str) -> int:
    """0 for « lundi », as ``date.weekday()``."""
    try:
        return WEEKDAYS.index(name.strip().lower())
    except ValueError:
        raise ContentError(f"Jour « {name} » : un jour de {', '.join(WEEKDAYS)}.") from None


def weekly_ranges(days: dict) -> list[tuple[int, time, time]]:
    """``{lundi: ["7h-13h", "15h-19h"]}`` → ``[(0, 7:00, 13:00), (0, 15:00, 19:00)]``."""
    return [(weekday(day), *clock_range(hours)) for day, ranges in days.items() for hours in ranges]


def colour(value: str) -> tuple[int, int, int]:
    """« #b57a2e » → (181, 122, 46)."""
    match = _COLOUR.match(str(value).strip())
    if not match:
        raise ContentError(f"Couleur « {value} » : écrivez-la « #b57a2e ».")
    return tuple(int(part, 16) for part in match.groups())
