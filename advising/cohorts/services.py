"""Writes for cohorts. Views check who may act; these only keep the data consistent."""

from django.db import transaction

from advising.models import Cohort


def create_cohort(advisor, *, name: str, event_id: int | None = None) -> Cohort:
    return Cohort.objects.create(advisor=advisor, name=name.strip(), event_id=event_id)


def update_cohort(cohort: Cohort, *, name: str, event_id: int | None) -> Cohort:
    cohort.name = name.strip()
    cohort.event_id = event_id
    cohort.save(update_fields=["name", "event"])
    return cohort


def delete_cohort(cohort: Cohort) -> None:
    """The cohort goes; its businesses, their assignments and certificates stay."""
    cohort.delete()


@transaction.atomic
def add_members(cohort: Cohort, businesses) -> None:
    """Adding a member twice is harmless: the M2M add skips existing rows."""
    cohort.businesses.add(*businesses)


def remove_member(cohort: Cohort, business) -> None:
    cohort.businesses.remove(business)


def start_certificates(cohort: Cohort, *, source: str, title: str, by):
    """Start the certificates batch of a course or event the cohort completed; the batch page
    then shows its progress and the ZIP."""
    from certificates import batches

    # Only the cohort's members, whoever else completed the same course or event.
    scoped = f"{source}:cohort:{cohort.pk}"
    return batches.start(source=scoped, title=f"{cohort.name} · {title}"[:255], by=by)
