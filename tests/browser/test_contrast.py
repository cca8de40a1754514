"""AA contrast of the colours Chromium actually paints, where the stylesheet's rules meet.

Each figure comes from the computed colours: the text's colour over the first opaque
background behind it, with WCAG 2's relative luminance. 4.5:1 is AA for normal text.
"""

import re

import pytest

from tests.accounts.factories import OwnerFactory
from tests.browser.test_certificate_journey import sign_in
from tests.storefront_builder.backoffice.factories import (
    DAY,
    at,
    make_order,
    make_product,
    make_slot,
)
from tests.storefront_builder.wizard.factories import ShopFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AA = 4.5

#: The element's text colour and the first non-transparent background from it upwards.
COLOURS = """element => {
  let node = element, background = 'rgba(0, 0, 0, 0)';
  while (node) {
    const colour = getComputedStyle(node).backgroundColor;
    const clear = /rgba\\(.*, 0\\)$/.test(colour) || colour === 'transparent';
    if (!clear) { background = colour; break; }
    node = node.parentElement;
  }
  const white = 'rgb(255, 255, 255)';
  return [getComputedStyle(element).color, background === 'rgba(0, 0, 0, 0)' ? white : background];
}"""


def _luminance(css: str) -> float:
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+(?:\.\d+)?", css)[:3])

    def linear(channel):
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(locator) -> float:
    text, background = locator.evaluate(COLOURS)
    lighter, darker = sorted((_luminance(text), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_luminance_arithmetic():
    assert round(contrast_of("rgb(0, 0, 0)", "rgb(255, 255, 255)"), 1) == 21.0
    assert round(contrast_of("rgb(18, 58, 122)", "rgb(180, 35, 24)"), 2) == 1.67


def contrast_of(text: str, background: str) -> float:
    lighter, darker = sorted((_luminance(text), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_back_offices_cancel_button_is_readable(page, live_server):
    from demo.site import load_demo_site

    load_demo_site()
    owner = OwnerFactory()
    shop = ShopFactory(owner=owner, completed_steps=["identity"])
    order = make_order(make_slot(shop, at(DAY, 9)), [(make_product(shop), 1)])
    sign_in(page, live_server.url, owner)
    page.goto(f"{live_server.url}/ma-boutique/commandes/{order.pk}/")
    button = page.get_by_text("Annuler la commande", exact=True)
    assert contrast(button) >= AA


def test_the_wizards_current_and_done_step_is_readable(page, live_server):
    from demo.site import load_demo_site

    load_demo_site()
    owner = OwnerFactory()
    ShopFactory(owner=owner, completed_steps=["identity"])
    sign_in(page, live_server.url, owner)
    page.goto(f"{live_server.url}/ma-boutique/identite/")
    chip = page.locator('.wizard-steps li[data-step="identity"] a')
    assert "is-done" in chip.locator("xpath=..").get_attribute("class")
    assert chip.locator("xpath=..").get_attribute("aria-current") == "step"
    assert contrast(chip) >= AA
    # The other chips too: done, to do.
    for other in page.locator(".wizard-steps li a").all():
        assert contrast(other) >= AA, other.inner_text()


def test_the_journey_bars_current_stage_stays_readable_when_hovered(page, live_server):
    """A new owner's first page: the current stage kept white text on the light hover colour."""
    from demo.site import load_demo_site

    load_demo_site()
    sign_in(page, live_server.url, OwnerFactory())
    page.goto(f"{live_server.url}/mon-entreprise/")
    current = page.locator('.journey-bar a[aria-current="step"]')
    current.hover()
    assert contrast(current) >= AA


#: The focused element's ring colour, and the first opaque background around it.
RING = """element => {
  let node = element.parentElement, background = 'rgb(255, 255, 255)';
  while (node) {
    const colour = getComputedStyle(node).backgroundColor;
    const clear = /rgba\\(.*, 0\\)$/.test(colour) || colour === 'transparent';
    if (!clear) { background = colour; break; }
    node = node.parentElement;
  }
  return [getComputedStyle(element).outlineColor, background];
}"""


def test_the_focus_ring_stands_out_from_what_is_around_it(page, live_server):
    """WCAG 1.4.11: 3:1 for the ring, on the white header and on the dark footer (the amber
    ring gave 2.1:1 on white)."""
    from demo.site import load_demo_site

    load_demo_site()
    page.goto(live_server.url + "/")
    for link in (
        page.locator(".site-header").get_by_role("link", name="Se connecter"),
        page.locator(".site-footer a").first,
    ):
        link.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focused from the keyboard, so :focus-visible applies
        ring, background = link.evaluate(RING)
        assert contrast_of(ring, background) >= 3, (ring, background)
