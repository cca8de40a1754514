"""Every palette passes WCAG AA for every pairing the storefront uses.

Relative luminance and contrast ratio are computed here, from the WCAG 2.x definitions, rather
than imported, so that a mistake in the code under test cannot hide itself.
"""

import pytest

from storefront_builder.palettes import DEFAULT_PALETTE, PALETTES, palette, palette_choices


def relative_luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_there_are_five_or_six_palettes_including_the_default():
    assert 5 <= len(PALETTES) <= 6
    assert DEFAULT_PALETTE in PALETTES
    assert [key for key, _label in palette_choices()] == list(PALETTES)


@pytest.mark.parametrize("key", list(PALETTES))
def test_palette_passes_wcag_aa(key):
    item = PALETTES[key]
    assert item.key == key
    assert contrast(item.primary_text, item.primary) >= 4.5
    assert contrast(item.ink, item.background) >= 4.5
    assert contrast(item.accent, item.background) >= 4.5


def test_unknown_key_falls_back_to_the_default():
    assert palette("nope") is PALETTES[DEFAULT_PALETTE]
    assert palette(None) is PALETTES[DEFAULT_PALETTE]
    assert palette("prune") is PALETTES["prune"]


def test_css_variables_hold_only_the_palette_colours():
    css = PALETTES["soleil"].css_variables()
    assert "--shop-primary: #f2c230;" in css
    assert "<" not in css and '"' not in css
