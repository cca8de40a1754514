"""Grant applications to the seeded chèque France Num, in every status of their life."""

from demo.seed.base import BATCH, Seed, Stamped, restamp
from demo.seed.vocabulary import APPLICATION_STATUSES
from onboarding.dossiers.models import Application, Status
from onboarding.grants.models import Programme

PROGRAMME_SLUG = "cheque-france-num"


def applications(seed: Seed, businesses, joined) -> int:
    programme = Programme.objects.filter(slug=PROGRAMME_SLUG).first()
    if programme is None:
        seed.say(f"Programme « {PROGRAMME_SLUG} » absent : pas de demande d'aide.")
        return 0
    statuses = [status for status, _weight in APPLICATION_STATUSES]
    weights = [weight for _status, weight in APPLICATION_STATUSES]
    rows = Stamped()
    for business, since in zip(businesses, joined, strict=True):
        if seed.rng.random() >= 0.4:
            continue
        status = seed.rng.choices(statuses, weights)[0]
        sent = status not in (Status.DRAFT, Status.READY)
        rows.rows.append(
            Application(
                business=business,
                programme=programme,
                siren=business.siren,
                status=status,
                account_holder=business.trade_name if sent else "",
                sworn_at=seed.moment(since) if sent else None,
                sworn_name=business.trade_name if sent else "",
            )
        )
        rows.dates.append(seed.moment(since))
    created = Application.objects.bulk_create(rows.rows, batch_size=BATCH)
    restamp(Application, created, rows.dates)
    return len(created)
