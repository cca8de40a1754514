"""The colour themes an owner may choose for her storefront, all readable.

Owners pick a named palette rather than free colours: a yellow text on a white page is easy
to choose and hard to read, and the storefront is public. Each palette is checked by the test
suite against WCAG AA (contrast of at least 4.5:1) for every pairing the storefront uses:

* ``primary_text`` on ``primary``: the header band and the buttons;
* ``ink`` on ``background``: the body text;
* ``accent`` on ``background``: links, headings and small highlights.

``primary`` itself is never used as a text colour on ``background``, so a bright yellow band
stays possible. ``Shop.palette`` stores the key; ``palette(key)`` falls back to the default
for a key that no longer exists, so removing a palette never breaks a storefront.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DEFAULT_PALETTE = "ocean"


@dataclass(frozen=True)
class Palette:
    key: str
    label: str | Promise
    primary: str
    primary_text: str
    accent: str
    background: str
    ink: str

    def css_variables(self) -> str:
        """For a nonce'd ``<style>`` element (the CSP refuses style attributes); the values are
        ours, never typed by anyone."""
        return (
            f"--shop-primary: {self.primary}; --shop-primary-text: {self.primary_text}; "
            f"--shop-accent: {self.accent}; --shop-background: {self.background}; "
            f"--shop-ink: {self.ink};"
        )


PALETTES: dict[str, Palette] = {
    palette.key: palette
    for palette in (
        Palette("ocean", _("Océan"), "#0b5394", "#ffffff", "#9a4a00", "#f4f8fc", "#13263d"),
        Palette("foret", _("Forêt"), "#2d6a2f", "#ffffff", "#8a5a00", "#f6f8f1", "#1d2a1c"),
        Palette("terre", _("Terre cuite"), "#a1401f", "#ffffff", "#5e6b2a", "#fdf7f2", "#3a2118"),
        Palette("prune", _("Prune"), "#6b2c6b", "#ffffff", "#b0306a", "#faf5fa", "#2b1a2b"),
        Palette("ardoise", _("Ardoise"), "#2f3e4e", "#ffffff", "#0f7c8c", "#f5f6f7", "#1b232c"),
        Palette("soleil", _("Soleil"), "#f2c230", "#1f1a00", "#8f3b00", "#fffbea", "#2a2410"),
    )
}


def palette(key: str | None) -> Palette:
    """The palette stored under ``key``, or the default one."""
    return PALETTES.get(key or "", PALETTES[DEFAULT_PALETTE])


def palette_choices() -> list[tuple[str, str | Promise]]:
    return [(item.key, item.label) for item in PALETTES.values()]
