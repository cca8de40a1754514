"""The accounts and businesses of a run: owners, their businesses, and the advisors who follow
them."""

from datetime import timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from stdnum import luhn

from accounts.models import User
from accounts.roles import ADVISORS_GROUP
from advising.models import Assignment
from core.formatting import de
from demo.seed.base import BATCH, DOMAIN, WEEKS, Seed
from demo.seed.vocabulary import COMMUNES, FIRST_NAMES, LAST_NAMES, LEGAL_FORMS, TRADES
from onboarding.profile.models import Business
from storefront_builder.models import Order


def siret_for(n: int) -> str:
    """A SIRET for seed number ``n``, distinct from the test factories' (SIREN 51…) range."""
    siren_body = f"{80000000 + n:08d}"
    siren = siren_body + luhn.calc_check_digit(siren_body)
    body = siren + "0001"
    return body + luhn.calc_check_digit(body)


def clear() -> int:
    """Every account of the seed domain, and through the cascade all the rows made for it."""
    users = User.objects.filter(email__iendswith=f"@{DOMAIN}")
    count = users.count()
    with transaction.atomic():
        # Orders protect their slots: remove them first so the shops can go.
        Order.objects.filter(shop__owner__in=users).delete()
        users.delete()
    return count


def existing_advisor(email: str) -> User:
    """The account named by ``--advisor``: never created here, so a typo is an error."""
    try:
        return User.objects.get(email__iexact=email)
    except User.DoesNotExist:
        raise CommandError(f"Aucun compte avec l'adresse « {email} ».") from None


def advisors(count: int) -> list[User]:
    group, _created = Group.objects.get_or_create(name=ADVISORS_GROUP)
    people = []
    for k in range(1, count + 1):
        advisor, created = User.objects.get_or_create(
            email=f"seed-conseiller-{k}@{DOMAIN}",
            defaults={"first_name": "Conseiller", "last_name": f"n°{k}"},
        )
        if created:
            advisor.set_unusable_password()
            advisor.save(update_fields=["password"])
        advisor.groups.add(group)
        people.append(advisor)
    return people


def next_number() -> int:
    """One past the highest seed number in use, so that a second run adds new rows."""
    emails = User.objects.filter(email__istartswith="seed-", email__iendswith=f"@{DOMAIN}")
    numbers = [
        int(email.split("@")[0][5:])
        for email in emails.values_list("email", flat=True)
        if email.split("@")[0][5:].isdigit()
    ]
    return max(numbers, default=0) + 1


def owners(seed: Seed, first: int, count: int) -> tuple[list[User], list]:
    """``count`` owners numbered from ``first``, and the moment each of them joined."""
    rng = seed.rng
    password = make_password(None)
    rows, joined = [], []
    for n in range(first, first + count):
        since = seed.now - timedelta(seconds=rng.randint(0, WEEKS * 7 * 86400))
        rows.append(
            User(
                email=f"seed-{n}@{DOMAIN}",
                first_name=rng.choice(FIRST_NAMES),
                last_name=rng.choice(LAST_NAMES),
                password=password,
                date_joined=since,
                # Most owners came back at least once after signing up; some never did.
                last_login=seed.moment(since) if rng.random() < 0.8 else None,
            )
        )
        joined.append(since)
    rows = User.objects.bulk_create(rows, batch_size=BATCH)
    EmailAddress.objects.bulk_create(
        (EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in rows),
        batch_size=BATCH,
    )
    return rows, joined


def businesses(seed: Seed, first: int, owners: list[User], advisors: list[User]):
    """One business per owner, in a trade drawn per sector, shared between the advisors;
    returns the businesses and their trades."""
    rng = seed.rng
    rows, trades = [], []
    for offset, owner in enumerate(owners):
        n = first + offset
        sector = rng.choice(list(TRADES))
        trade = rng.choice(TRADES[sector])
        postcode, commune = rng.choice(COMMUNES)
        siret = siret_for(n)
        rows.append(
            Business(
                owner=owner,
                siret=siret,
                siren=siret[:9],
                trade_name=rng.choice(trade[2]).format(
                    name=owner.last_name, town=commune, de_town=de(commune, place=True)
                ),
                legal_form=rng.choice(LEGAL_FORMS),
                naf_code=trade[0],
                headcount=rng.choice((0, 0, 1, 1, 2, 3, 4, 6, 9, 12)),
                annual_turnover=Decimal(rng.randrange(30_000, 900_000, 500)),
                created_on=(seed.now - timedelta(days=rng.randint(200, 9000))).date(),
                postcode=postcode,
                commune=commune,
                sector=sector,
                website=f"https://{n}.commerce.example" if rng.random() < 0.35 else "",
                social_networks=rng.sample(["facebook", "instagram", "google"], rng.randint(0, 2)),
            )
        )
        trades.append(trade)
    rows = Business.objects.bulk_create(rows, batch_size=BATCH)
    # auto_now_add stamped "now": the business was described on the day its owner joined.
    joined_on = Subquery(User.objects.filter(pk=OuterRef("owner_id")).values("date_joined"))
    Business.objects.filter(pk__in=[b.pk for b in rows]).update(
        created_at=joined_on, updated_at=joined_on
    )
    Assignment.objects.bulk_create(
        (
            Assignment(advisor=advisors[index % len(advisors)], business=business)
            for index, business in enumerate(rows)
        ),
        batch_size=BATCH,
    )
    return rows, trades
