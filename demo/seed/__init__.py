"""Generate businesses with realistic activity, for the demo advisor's portfolio, benchmarks
and tests at scale (``manage.py seed_activity``).

Each business has an owner account ``seed-<n>@seed.example`` (the marker: a second run
numbers on from the highest ``n`` found, and clearing deletes every account of the domain
and, through the cascade, all it created) and is assigned to generated advisors
``seed-conseiller-<k>@seed.example`` or to one existing account. Around them, spread over the
last 16 weeks: diagnostics, enrolments in the published courses with lessons done and quiz
attempts, registrations to the published events, storefronts (drafts and published ones with
products, pickup slots and orders) and grant applications to the seeded ``cheque-france-num``
programme in every status.

Rows are written with ``bulk_create`` in batches, so no model ``save()`` and no signal runs:
no e-mail leaves, no certificate is issued, no search index is updated. The SIRETs pass their
Luhn keys; the figures are drawn from a seeded random generator, so the same seed on an empty
database gives the same data. One module per kind of activity; ``generate`` runs them in turn.
"""
