"""What every part of the generator shares: the random draw, "now", and writing in batches."""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

DOMAIN = "seed.example"
BATCH = 2000
WEEKS = 16


@dataclass
class Seed:
    """One run: its seeded random generator, the instant it started, and where it reports."""

    rng: random.Random
    now: datetime
    say: Callable[[str], None] = print

    def moment(self, after: datetime) -> datetime:
        """A random instant between ``after`` and now."""
        span = max(1, int((self.now - after).total_seconds()))
        return after + timedelta(seconds=self.rng.randint(0, span))


@dataclass
class Stamped:
    """Rows written with auto_now_add timestamps, and the dates they should have had."""

    rows: list = field(default_factory=list)
    dates: list = field(default_factory=list)


def restamp(model, rows, dates) -> None:
    """Give back the dates that auto_now_add replaced with "now" at insertion."""
    for row, date in zip(rows, dates, strict=True):
        row.created_at = date
        row.updated_at = date
    model.objects.bulk_update(rows, ["created_at", "updated_at"], batch_size=500)
