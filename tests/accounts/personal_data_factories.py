"""An owner with a record of every kind the platform keeps, for the RGPD export and erasure."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.models import User
from accounts.privacy import consent_record
from advising.models import Assignment, Note, Reminder
from certificates.models import Certificate
from courses.live.models import Attendance, CalendarFeed, Registration
from courses.models import CatalogPage, Enrolment, LessonProgress, QuizAttempt
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application, Expense, Status
from onboarding.profile.models import Business
from storefront_builder.models import Order, OrderStatus, Shop
from tests.accounts.factories import AdvisorFactory, OwnerFactory
from tests.courses.factories import make_catalog, make_course, make_track
from tests.courses.live.factories import make_webinar
from tests.onboarding.dossiers.conftest import make_business, make_programme, make_siret, pdf_bytes
from tests.storefront_builder.backoffice.factories import make_order, make_product
from tests.storefront_builder.networks.factories import make_network
from tests.storefront_builder.storefront.factories import make_image, make_shop, make_slot


@dataclass
class Everything:
    owner: User
    business: Business
    shop: Shop
    shop_order: Order
    placed_order: Order
    certificate: Certificate
    submitted: Application
    draft: Application
    advisor: User


_count = iter(range(1, 10_000))


def make_everything(home, *, owner=None) -> Everything:
    """One of each: consent, business, diagnostic, course progress and a quiz attempt, a
    webinar attended, a certificate with its PDF, a submitted and a draft grant application
    with invoices, a shop with logo, product photo, orders (one of hers as a customer in
    another shop), an advisor's reminder and note."""
    n = next(_count)
    owner = owner or OwnerFactory(first_name="Nadia", last_name=f"Benali{n}")
    consent_record(user=owner)
    business = make_business(
        owner, siret=make_siret(f"{73282900 + n:08d}"), trade_name=f"Fournil {n}"
    )
    advisor = AdvisorFactory()
    Assignment.objects.create(advisor=advisor, business=business)
    Note.objects.create(business=business, author=advisor, body="Note privée du conseiller.")
    Reminder.objects.create(
        business=business, sent_by=advisor, subject="Votre diagnostic", message="Pensez-y."
    )
    DiagnosticResult.objects.create(
        business=business,
        taken_by=owner,
        questionnaire_version=1,
        answers={"q1": "a"},
        scores={"visibility": 40},
        overall_score=40,
    )
    course = make_course(
        make_track(CatalogPage.objects.first() or make_catalog(home), slug=f"piste-{n}"),
        slug=f"cours-{n}",
        lessons=1,
    )
    lesson = course.get_children().specific().first()
    enrolment = Enrolment.objects.create(user=owner, course=course)
    LessonProgress.objects.create(enrolment=enrolment, lesson=lesson, method="marked")
    QuizAttempt.objects.create(
        enrolment=enrolment, lesson=lesson, score=80, pass_mark=70, passed=True, answers={"1": [2]}
    )
    webinar = make_webinar(home, slug=f"webinaire-{n}", starts_in=timedelta(days=-2))
    registration = Registration.objects.create(event=webinar, user=owner, status="confirmed")
    Attendance.objects.create(
        registration=registration, session_key="main", present=True, source="manual"
    )
    CalendarFeed.objects.create(user=owner)
    certificate = Certificate.objects.create(
        holder=owner,
        kind=Certificate.Kind.COURSE,
        source=f"enrolment:{enrolment.pk}",
        holder_name=owner.get_full_name(),
        business_name=business.trade_name,
        title=course.title,
        completed_on=date(2026, 11, 2),
        issuer="Accélérateur",
    )
    certificate.pdf.save(f"certificat-{certificate.code}.pdf", ContentFile(b"%PDF-1.7 test"))
    programme = make_programme(slug=f"cheque-{n}", name=f"Chèque {n}")
    submitted = Application.objects.create(
        business=business,
        programme=programme,
        siren=business.siren,
        status=Status.SUBMITTED,
        iban="FR7630006000011234567890189",
        bic="AGRIFRPP",
        account_holder="Nadia Benali",
    )
    draft = Application.objects.create(
        business=business,
        programme=make_programme(slug=f"autre-{n}", name=f"Autre {n}"),
        siren=business.siren,
    )
    for application in (submitted, draft):
        expense = Expense(
            application=application,
            supplier="Agence Web",
            invoice_number=f"F-{application.pk}",
            invoice_date=date(2026, 10, 1),
            amount_ht=Decimal("500"),
            amount_ttc=Decimal("600"),
            category="website",
            original_filename="facture.pdf",
            content_type="application/pdf",
            size=100,
        )
        expense.invoice.save("facture.pdf", ContentFile(pdf_bytes()), save=False)
        expense.save()
    shop = make_shop(owner, business=business, logo=make_image(f"logo-{n}"), slug=f"fournil-{n}")
    product = make_product(shop, name="Baguette")
    product.photo = make_image(f"baguette-{n}")
    product.save()
    past = make_slot(shop, in_hours=-48)
    shop_order = make_order(
        past,
        [(product, 2)],
        status=OrderStatus.COLLECTED,
        collected_at=timezone.now() - timedelta(hours=47),
        note="Bien cuite",
    )
    other = make_shop(slug=f"voisine-{n}")
    # She coordinates the street's network, her shop and her neighbour's in it.
    make_network(shop, other, name="Commerçants de la rue des Arts", slug=f"arts-{n}")
    placed_order = make_order(
        make_slot(other, in_hours=-30),
        [(make_product(other, name="Croissant"), 3)],
        status=OrderStatus.COLLECTED,
        customer_email=owner.email.upper(),
        customer_name=owner.get_full_name(),
    )
    return Everything(
        owner=owner,
        business=business,
        shop=shop,
        shop_order=shop_order,
        placed_order=placed_order,
        certificate=certificate,
        submitted=submitted,
        draft=draft,
        advisor=advisor,
    )
