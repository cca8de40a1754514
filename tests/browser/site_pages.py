"""The site's page types, the demo accounts that open them and the sample pages of each kind:
shared by the browser audits that visit every page (accessibility, English interface).

``load_site`` loads the demo and writes what it lacks; ``samples`` then gives the address of
one page of each kind, to fill the ``{placeholders}`` of ``PAGES``' paths.
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET
from tests.accounts.factories import PASSWORD, OwnerFactory, current_code

#: Every page type: (key, French name, English name, path with {samples}, roles that open it).
#: Roles: "visitor"; "newcomer", an owner who has just signed up (nothing filled in yet: the
#: empty states and first steps a new user meets); "owner", the demo owner with her shop and
#: history; "advisor"; "staff".
EVERYONE = ("visitor", "newcomer", "owner", "advisor", "staff")
PAGES = [
    ("home", "Accueil", "Home", "/", EVERYONE),
    ("legal", "Mentions légales", "Legal notice", "/mentions-legales/", ("visitor",)),
    ("privacy", "Confidentialité", "Privacy", "/confidentialite/", ("visitor",)),
    (
        "accessibility",
        "Déclaration d'accessibilité",
        "Accessibility statement",
        "/accessibilite/",
        ("visitor",),
    ),
    (
        "catalogue",
        "Catalogue des formations",
        "Course catalogue",
        "/formations/",
        ("visitor", "owner"),
    ),
    (
        "catalogue_search",
        "Recherche dans le catalogue",
        "Catalogue search",
        "/formations/?q=photo",
        ("visitor",),
    ),
    ("track", "Parcours", "Track", "{track}", ("visitor", "owner")),
    ("course", "Formation", "Course", "{course}", ("visitor", "owner", "newcomer")),
    ("lesson", "Leçon avec quiz", "Lesson with a quiz", "{lesson}", ("visitor", "owner")),
    ("quiz_result", "Résultat d'un quiz", "Quiz result", "{attempt}", ("owner",)),
    ("dashboard", "Mon parcours", "My learning", "/mon-parcours/", ("owner", "newcomer")),
    ("webinars", "Liste des webinaires", "Webinar listing", "/webinaires/", ("visitor", "owner")),
    ("webinar", "Webinaire", "Webinar", "{webinar}", ("visitor", "owner", "advisor")),
    ("bootcamps", "Liste des bootcamps", "Bootcamp listing", "/bootcamps/", ("visitor",)),
    ("bootcamp", "Bootcamp", "Bootcamp", "{bootcamp}", ("visitor", "owner")),
    (
        "roster",
        "Participants d'un événement",
        "Event participants",
        "{roster}",
        ("advisor", "staff"),
    ),
    ("grants", "Liste des aides", "Grant list", "/aides/", ("visitor", "owner")),
    (
        "programme",
        "Programme d'aide",
        "Grant programme",
        "{programme}",
        ("visitor", "owner", "newcomer"),
    ),
    ("eligibility", "Éligibilité à une aide", "Grant eligibility", "{eligibility}", ("owner",)),
    (
        "dossiers",
        "Mes demandes d'aide",
        "My grant applications",
        "/demandes/",
        ("owner", "newcomer"),
    ),
    ("dossier", "Dossier de demande", "Grant application", "{dossier}", ("owner", "advisor")),
    (
        "dossier_expenses",
        "Dossier : dépenses",
        "Application: expenses",
        "{dossier}depenses/",
        ("owner",),
    ),
    (
        "dossier_bank",
        "Dossier : coordonnées bancaires",
        "Application: bank details",
        "{dossier}banque/",
        ("owner",),
    ),
    (
        "dossier_statement",
        "Dossier : déclaration sur l'honneur",
        "Application: statement",
        "{dossier}declaration/",
        ("owner",),
    ),
    (
        "dossier_review",
        "Dossier : récapitulatif",
        "Application: review",
        "{dossier}recapitulatif/",
        ("owner",),
    ),
    ("plan", "Mon plan", "My plan", "/mon-plan/", ("owner", "newcomer")),
    (
        "profile",
        "Profil de l'entreprise",
        "Business profile",
        "/mon-entreprise/",
        ("owner", "newcomer"),
    ),
    (
        "diagnostic",
        "Questionnaire du diagnostic",
        "Diagnostic questionnaire",
        "/diagnostic/",
        ("owner", "newcomer"),
    ),
    (
        "diagnostic_result",
        "Résultat du diagnostic",
        "Diagnostic result",
        "{diagnostic}",
        ("owner",),
    ),
    (
        "diagnostic_history",
        "Historique des diagnostics",
        "Diagnostic history",
        "/diagnostic/historique/",
        ("owner",),
    ),
    (
        "wizard",
        "Boutique : vue d'ensemble",
        "Shop: overview",
        "/ma-boutique/",
        ("owner", "newcomer"),
    ),
    (
        "wizard_identity",
        "Boutique : identité",
        "Shop: identity",
        "/ma-boutique/identite/",
        ("owner", "newcomer"),
    ),
    (
        "wizard_branding",
        "Boutique : apparence",
        "Shop: appearance",
        "/ma-boutique/apparence/",
        ("owner",),
    ),
    (
        "wizard_hours",
        "Boutique : horaires",
        "Shop: opening hours",
        "/ma-boutique/horaires/",
        ("owner",),
    ),
    ("wizard_pickup", "Boutique : retrait", "Shop: pickup", "/ma-boutique/retrait/", ("owner",)),
    (
        "wizard_payment",
        "Boutique : paiement",
        "Shop: payment",
        "/ma-boutique/paiement/",
        ("owner",),
    ),
    (
        "wizard_publish",
        "Boutique : publication",
        "Shop: publishing",
        "/ma-boutique/publier/",
        ("owner",),
    ),
    ("wizard_preview", "Boutique : aperçu", "Shop: preview", "/ma-boutique/apercu/", ("owner",)),
    ("products", "Produits", "Products", "/ma-boutique/produits/", ("owner",)),
    ("product_add", "Nouveau produit", "New product", "/ma-boutique/produits/nouveau/", ("owner",)),
    ("product_edit", "Modifier un produit", "Edit a product", "{product}", ("owner",)),
    (
        "product_import",
        "Import de produits",
        "Product import",
        "/ma-boutique/produits/import/",
        ("owner",),
    ),
    (
        "orders",
        "Commandes (back office)",
        "Orders (back office)",
        "/ma-boutique/commandes/",
        ("owner",),
    ),
    ("order_detail", "Commande (back office)", "Order (back office)", "{order_detail}", ("owner",)),
    ("figures", "Chiffres de la boutique", "Shop figures", "/ma-boutique/chiffres/", ("owner",)),
    (
        "closures",
        "Fermetures exceptionnelles",
        "Exceptional closures",
        "/ma-boutique/fermetures/",
        ("owner",),
    ),
    ("pause", "Pause des commandes", "Pausing orders", "/ma-boutique/pause/", ("owner",)),
    ("directory", "Annuaire des boutiques", "Shop directory", "/boutiques/", ("visitor",)),
    ("networks", "Réseaux de boutiques", "Networks of shops", "/reseaux/", ("visitor",)),
    ("network", "Page d'un réseau", "A network's page", "{network}", ("visitor",)),
    (
        "network_search",
        "Recherche dans un réseau",
        "Search in a network",
        "{network}?q=pain",
        ("visitor",),
    ),
    (
        "my_networks",
        "Réseaux de la boutique",
        "The shop's networks",
        "/ma-boutique/reseaux/",
        ("owner",),
    ),
    ("storefront", "Boutique en ligne", "Storefront", "{storefront}", ("visitor",)),
    ("basket", "Panier", "Basket", "{storefront}panier/", ("visitor",)),
    ("checkout", "Commande (client)", "Checkout", "{storefront}commande/", ("visitor",)),
    ("order", "Suivi de commande (client)", "Customer's order page", "{order}", ("visitor",)),
    (
        "portfolio",
        "Portefeuille du conseiller",
        "Advisor's portfolio",
        "/conseiller/",
        ("advisor", "staff"),
    ),
    ("business", "Page d'une entreprise", "A business's page", "{business}", ("advisor",)),
    ("charts", "Graphiques", "Charts", "/conseiller/graphiques/", ("advisor",)),
    ("cohorts", "Cohortes", "Cohorts", "/conseiller/cohortes/", ("advisor",)),
    ("cohort", "Cohorte", "Cohort", "{cohort}", ("advisor",)),
    ("invitations", "Invitations", "Invitations", "/conseiller/invitations/", ("advisor",)),
    ("assignments", "Affectations", "Assignments", "/conseiller/affectations/", ("staff",)),
    ("certificates", "Mes certificats", "My certificates", "/certificats/", ("owner", "newcomer")),
    (
        "verify_form",
        "Vérifier un certificat",
        "Verify a certificate",
        "/certificats/verifier/",
        ("visitor",),
    ),
    (
        "verify",
        "Vérification d'un certificat",
        "Certificate verification",
        "{certificate}",
        ("visitor", "advisor"),
    ),
    ("login", "Connexion", "Sign in", "/compte/login/", ("visitor",)),
    ("signup", "Création de compte", "Sign up", "/compte/signup/", ("visitor",)),
    (
        "password_reset",
        "Mot de passe oublié",
        "Password reset",
        "/compte/password/reset/",
        ("visitor",),
    ),
    (
        "password_reset_done",
        "Mot de passe oublié : e-mail envoyé",
        "Password reset: e-mail sent",
        "/compte/password/reset/done/",
        ("visitor",),
    ),
    (
        "email_sent",
        "Confirmation de l'e-mail envoyée",
        "E-mail confirmation sent",
        "/compte/confirm-email/",
        ("visitor",),
    ),
    (
        "mfa_authenticate",
        "Code de double authentification",
        "Two-factor code",
        "(sign-in)",
        ("advisor",),
    ),
    ("account_email", "Mon compte : e-mail", "My account: e-mail", "/compte/email/", ("owner",)),
    (
        "password_change",
        "Changer de mot de passe",
        "Change password",
        "/compte/password/change/",
        ("owner",),
    ),
    ("personal_data", "Mes données", "My data", "/compte/mes-donnees/", ("owner",)),
    (
        "mfa",
        "Double authentification",
        "Two-factor authentication",
        "/compte/2fa/",
        ("owner", "advisor"),
    ),
    (
        "mfa_activate",
        "Activer la double authentification",
        "Turn on two-factor authentication",
        "/compte/2fa/totp/activate/",
        ("owner", "newcomer"),
    ),
    (
        "not_found",
        "Page introuvable (404)",
        "Page not found (404)",
        "/cette-page-n-existe-pas/",
        ("visitor",),
    ),
]

#: role: (e-mail, password, second factor)
ACCOUNTS = {
    "newcomer": ("nouvelle@audit.example", PASSWORD, False),
    "owner": ("commercante@demo.example", DEMO_PASSWORD, False),
    "advisor": ("conseiller@demo.example", DEMO_PASSWORD, True),
    "staff": ("editrice@demo.example", DEMO_PASSWORD, True),
}


def samples() -> dict[str, str]:
    """The addresses of one page of each kind, with what the demo lacks written first (a quiz
    passed, a diagnostic, a grant application, a certificate, a cohort)."""
    from advising.models import Cohort
    from certificates.models import Certificate
    from certificates.services import issue
    from courses.live.models import BootcampPage, WebinarPage
    from courses.models import LessonPage, QuizAttempt
    from courses.quiz import quiz_questions
    from courses.services import enrol, submit_quiz
    from onboarding.diagnostic.questionnaire import QUESTIONS
    from onboarding.diagnostic.services import record_result
    from onboarding.dossiers.services import start_application
    from onboarding.grants.models import Programme
    from onboarding.profile.models import Business
    from storefront_builder.models import Network, Order, Product, Shop

    business = Business.objects.select_related("owner").get(owner__email=ACCOUNTS["owner"][0])
    owner = business.owner
    advisor = get_user_model().objects.get(email=ACCOUNTS["advisor"][0])

    lesson = LessonPage.objects.live().filter(has_quiz=True).order_by("path").first()
    course = lesson.get_parent().specific
    enrol(owner, course)
    right = {q.id: sorted(q.right_ids) for q in quiz_questions(lesson)}
    attempt = submit_quiz(owner, lesson, right)
    assert QuizAttempt.objects.filter(pk=attempt.pk, passed=True).exists()

    diagnostic = record_result(
        business, owner, {question.key: question.choices[1].key for question in QUESTIONS}
    )
    programme = Programme.objects.get(is_example=True)
    dossier = start_application(owner, programme)
    certificate = issue(
        holder=owner,
        kind=Certificate.Kind.COURSE,
        source="accessibility-audit",
        title=course.title,
        hours="2 h",
        completed_on=date(2026, 1, 15),
    )
    cohort = Cohort.objects.create(name="Cohorte de l'audit", advisor=advisor)
    cohort.businesses.add(business)
    OwnerFactory(email=ACCOUNTS["newcomer"][0], first_name="Inès", last_name="Nouvelle")
    shop = Shop.objects.get(owner=owner)
    webinar = WebinarPage.objects.live().order_by("path").first()
    bootcamp = BootcampPage.objects.live().order_by("path").first()
    order = Order.objects.filter(shop=shop).order_by("pk").first()
    return {
        "track": course.get_parent().url,
        "course": course.url,
        "lesson": lesson.url,
        "attempt": f"/mon-parcours/quiz/{attempt.pk}/",
        "webinar": webinar.url,
        "bootcamp": bootcamp.url,
        "roster": f"/evenements/{webinar.pk}/participants/",
        "programme": f"/aides/{programme.slug}/",
        "eligibility": f"/aides/{programme.slug}/demande/",
        "dossier": f"/demandes/{dossier.pk}/",
        "diagnostic": f"/diagnostic/resultats/{diagnostic.pk}/",
        "product": f"/ma-boutique/produits/{Product.objects.filter(shop=shop).first().pk}/",
        "order_detail": f"/ma-boutique/commandes/{order.pk}/",
        "storefront": f"/boutiques/{shop.slug}/",
        "network": f"/reseaux/{Network.objects.order_by('pk').first().slug}/",
        "order": f"/commande/{order.token}/",
        "business": f"/entreprises/{business.pk}/",
        "cohort": f"/conseiller/cohortes/{cohort.pk}/",
        "certificate": f"/certificats/verifier/{certificate.code}/",
    }


def sign_in(page, base: str, role: str, on_second_factor=None) -> None:
    """The demo account's way in; ``on_second_factor(page)``, if given, is called on the second
    factor's page before the code is typed (the audits check that page on the way)."""
    email, password, second_factor = ACCOUNTS[role]
    # Staff would land in the CMS, which is Wagtail's and not audited: the site's home instead.
    page.goto(base + "/compte/login/" + ("?next=/" if role == "staff" else ""))
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_load_state()
    if second_factor:
        page.locator("input[name=code]").wait_for()
        if on_second_factor is not None:
            on_second_factor(page)
        page.locator("input[name=code]").fill(current_code(DEMO_TOTP_SECRET))
        page.locator("input[name=code]").press("Enter")
        page.wait_for_load_state()


def fill_basket(page, base: str, storefront: str) -> None:
    """One product in the visitor's basket, so that the basket and checkout show their forms."""
    page.goto(base + storefront)
    page.locator("form[data-basket-add] button[type=submit]").first.press("Enter")
    page.locator('.shopfront-basket-link[data-basket-count="1"]').first.wait_for()


def load_site(live_server, settings) -> dict[str, str]:
    """The demo, served as in production, and ``samples()``' addresses."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    # The demo's published logins load in development only; the pages are then served as in
    # production (the 404 page, not Django's debug page).
    with override_settings(DEBUG=True):
        call_command("load_demo", verbosity=0)
    return samples()
