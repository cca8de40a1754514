"""Registrations to the published webinars and bootcamps, some of them attended."""

from django.db.models import Max

from core.translations import in_default_locale
from courses.live.models import BootcampPage, Registration, WebinarPage
from demo.seed.base import BATCH, Seed


def ensure_events(seed: Seed, skip: bool) -> None:
    """Webinars (some already held) and a bootcamp to register for, as on the demo site."""
    if skip or WebinarPage.objects.live().exists() or BootcampPage.objects.live().exists():
        return
    from demo.events import load_demo_events
    from demo.site import load_demo_site

    seed.say("Aucun événement publié : chargement des événements de démonstration…")
    load_demo_events(load_demo_site())


def registrations(seed: Seed, owners, joined) -> int:
    # Each event with the moment it was over: attendance is only recorded after that.
    webinars = list(in_default_locale(WebinarPage.objects.live()).values_list("pk", "end"))
    bootcamps = list(
        in_default_locale(BootcampPage.objects.live())
        .annotate(over=Max("bootcamp_sessions__end"))
        .values_list("pk", "over")
    )
    events = webinars + bootcamps
    if not events:
        seed.say("Aucun événement publié : pas d'inscription aux événements.")
        return 0
    rows = []
    for owner, since in zip(owners, joined, strict=True):
        if seed.rng.random() >= 0.25:
            continue
        for event_id, over in seed.rng.sample(events, min(len(events), seed.rng.randint(1, 2))):
            at = seed.moment(since)
            ended = over is not None and over < seed.now
            rows.append(
                Registration(
                    event_id=event_id,
                    user=owner,
                    status=Registration.Status.CONFIRMED,
                    created_at=at,
                    updated_at=at,
                    completed_at=over if ended and seed.rng.random() < 0.6 else None,
                )
            )
    Registration.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)
