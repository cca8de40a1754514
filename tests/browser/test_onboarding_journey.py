"""A shopkeeper fills in her business profile, takes the diagnostic, follows her plan to a
grant, completes the application and downloads the dossier."""

import io
from pathlib import Path

import pikepdf
import pypdf
import pytest
from django.utils import timezone

from demo.programmes import load_demo_programmes
from tests.accounts.factories import OwnerFactory
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_certificate_journey import sign_in

# serialized_rollback: see tests/conftest.py (the seeded programmes come back with it).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SIRET = "732 829 320 00074"


def invoice_pdf(folder: Path) -> Path:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    path = folder / "facture-site.pdf"
    pdf.save(path)
    return path


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"onboarding-{name}.png"), full_page=True)


def test_profile_diagnostic_plan_application_dossier(page, live_server, settings, tmp_path):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    load_demo_site()
    load_demo_programmes(timezone.localdate())
    camille = OwnerFactory(first_name="Camille", last_name="Martin")
    base = live_server.url

    # The plan is her home, and starts with the profile.
    sign_in(page, base, camille)
    page.goto(base + "/mon-plan/")
    page.get_by_role("link", name="Remplir mon profil").first.click()

    # A wrong SIRET is explained, and what she typed stays.
    page.locator("[name=siret]").fill("732 829 320 00075")
    page.locator("[name=trade_name]").fill("Épicerie Martin")
    page.locator("[name=legal_form]").select_option("sarl")
    page.locator("[name=naf_code]").fill("4711c")
    page.locator("[name=headcount]").fill("3")
    page.locator("[name=annual_turnover]").fill("240000")
    page.locator("[name=created_on]").fill("2018-03-12")
    page.locator("[name=postcode]").fill("75011")
    page.locator("[name=commune]").fill("Paris")
    page.locator("[name=sector]").select_option("food_retail")
    page.get_by_role("button", name="Enregistrer").click()
    assert "SIRET n'est pas valide" in page.content()
    assert page.locator("[name=trade_name]").input_value() == "Épicerie Martin"
    page.locator("[name=siret]").fill(SIRET)
    page.get_by_role("button", name="Enregistrer").click()

    # The saved profile offers the diagnostic next.
    assert page.url.endswith("/mon-entreprise/")
    page.get_by_role("link", name="Faire mon diagnostic").first.click()
    for name in page.eval_on_selector_all(
        "input[type=radio]", "inputs => [...new Set(inputs.map(input => input.name))]"
    ):
        page.locator(f"input[type=radio][name='{name}']").nth(1).check()
    page.get_by_role("button", name="Voir mon résultat").click()
    assert page.locator("svg[role=img]").count() >= 1
    assert page.locator("table").count() >= 1
    shot(page, "diagnostic")

    # The plan now points to training, and lists the grant step.
    page.goto(base + "/mon-plan/")
    assert "Suivre une formation conseillée" in page.content()
    shot(page, "plan")
    page.get_by_role("link", name="Voir les aides").click()
    page.get_by_role("link", name="Exemple – Chèque France Num").first.click()
    page.get_by_role("link", name="Faire ma demande").click()
    page.get_by_role("button", name="Commencer ma demande").click()

    # Expenses (the start leads there), bank details, sworn statement: each step saves.
    assert "/depenses/" in page.url
    page.locator("[name=supplier]").fill("Agence Web Lyon")
    page.locator("[name=invoice_number]").fill("F-2026-014")
    page.locator("[name=invoice_date]").fill(timezone.localdate().isoformat())
    page.locator("[name=amount_ht]").fill("600")
    page.locator("[name=amount_ttc]").fill("720")
    page.locator("[name=category]").select_option("website")
    page.locator("[name=invoice]").set_input_files(str(invoice_pdf(tmp_path)))
    page.get_by_role("button", name="Enregistrer la dépense").click()
    assert "F-2026-014" in page.content()
    page.get_by_role("link", name="Étape suivante : coordonnées bancaires").click()
    page.locator("[name=account_holder]").fill("SARL Épicerie Martin")
    page.locator("[name=iban]").fill("FR76 3000 6000 0112 3456 7890 189")
    page.locator("[name=bic]").fill("AGRIFRPP882")
    page.get_by_role("button", name="Enregistrer").click()
    assert "/declaration/" in page.url
    page.locator("[name=name]").fill("Camille Martin")
    page.locator("[name=accepted]").check()
    page.get_by_role("button", name="Signer").click()

    # Review: the computed aid; the dossier is ready; the plan follows; the PDF downloads.
    assert "/recapitulatif/" in page.url
    assert "500" in page.content()
    shot(page, "review")
    page.get_by_role("button", name="Mon dossier est prêt").click()
    page.goto(base + "/mon-plan/")
    page.get_by_role("link", name="Reprendre ma demande").first.click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger le dossier (PDF)").first.click()
    data = Path(download.value.path()).read_bytes()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "73282932000074" in text.replace(" ", "")
    assert "Camille Martin" in text
