"""Leaving a wizard step with changes not saved asks first; saving, or changing nothing, never
asks."""

import pytest

from tests.accounts.factories import OwnerFactory
from tests.browser.test_certificate_journey import sign_in
from tests.storefront_builder.wizard.factories import ShopFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_leaving_a_changed_step_warns_and_saving_does_not(page, live_server, communes):
    from demo.site import load_demo_site

    load_demo_site()
    owner = OwnerFactory()
    ShopFactory(owner=owner, name="Chez Lili")
    sign_in(page, live_server.url, owner)
    dialogs = []

    def answer(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()  # "stay on the page"

    page.on("dialog", answer)
    identity = f"{live_server.url}/ma-boutique/identite/"

    # Nothing changed: leaving is silent.
    page.goto(identity)
    page.locator(".breadcrumb a").click()
    page.wait_for_url(f"{live_server.url}/ma-boutique/")
    assert dialogs == []

    # A change not saved: the browser asks, and she stays with what she typed.
    page.goto(identity)
    page.locator("[name=name]").click()
    page.keyboard.type(" et fils")
    page.locator(".breadcrumb a").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url == identity
    assert page.locator("[name=name]").input_value() == "Chez Lili et fils"

    # Saving is not leaving: no question.
    page.get_by_role("button", name="Enregistrer et continuer").click()
    page.wait_for_load_state()
    assert dialogs == ["beforeunload"]
    assert page.url != identity
