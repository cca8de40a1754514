"""A shopkeeper completes a course, downloads her certificate, follows its QR code; staff
revoke it, and the same address now says so."""

import re

import pytest
from django.core import mail  # noqa: F401  (the outbox is shared with the live server)

from tests.accounts.factories import PASSWORD, OwnerFactory, StaffFactory, current_code, totp_for
from tests.courses.factories import make_catalog, make_course, make_track

# serialized_rollback: see tests/conftest.py.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def qr_url_in(pdf: bytes) -> str:
    """Read the QR code the way a phone would: from the rendered page's pixels."""
    import pypdfium2
    import zxingcpp

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=3).to_pil()
    [barcode] = zxingcpp.read_barcodes(image)
    return barcode.text


def sign_in(page, base, user, totp_secret=None):
    """Signs in; with ``totp_secret``, types the code the authenticator shows at that moment
    (a code worked out before the password page could belong to a period already over)."""
    page.goto(base + "/compte/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label(re.compile(r"^Mot de passe\s*:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    if totp_secret:
        code_field = page.get_by_label("Code")
        code_field.wait_for()
        code_field.fill(current_code(totp_secret))
        page.get_by_role("button", name="Connexion").click()


def test_complete_download_scan_revoke(page, browser, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    course = make_course(make_track(make_catalog(load_demo_site())), lessons=1)
    nadia = OwnerFactory(first_name="Nadia", last_name="Benali")

    sign_in(page, live_server.url, nadia)
    page.goto(live_server.url + course.url)
    page.get_by_role("button", name="M'inscrire gratuitement").click()
    page.get_by_role("button", name="Marquer comme terminée").click()
    assert "Bravo, vous avez terminé la formation" in page.content()

    page.get_by_role("link", name="Mes certificats").first.click()
    assert course.title in page.content()
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger le PDF").click()
    pdf = open(download.value.path(), "rb").read()  # noqa: SIM115
    url = qr_url_in(pdf)
    assert url.startswith(live_server.url + "/certificats/verifier/")

    page.goto(url)
    assert "Ce certificat est authentique et valide." in page.content()
    assert "Nadia Benali" in page.content()

    staff = StaffFactory()
    secret = totp_for(staff)
    context = browser.new_context(locale="fr-FR")
    desk = context.new_page()
    sign_in(desk, live_server.url, staff, totp_secret=secret)
    desk.goto(url)
    desk.get_by_label("Raison de la révocation").fill("Délivré à la mauvaise personne.")
    desk.get_by_role("button", name="Révoquer ce certificat").click()
    assert "a été révoqué le" in desk.content()
    context.close()

    page.goto(url)
    assert "Ce certificat a été révoqué le" in page.content()
