"""The shop's colours as CSS custom properties, for the storefront's nonce'd style element.

The palettes belong to the wizard (``storefront_builder.palettes``): named, checked for contrast,
never
typed by anyone, exposed as ``--shop-primary``, ``--shop-primary-text``, ``--shop-accent``,
``--shop-background`` and ``--shop-ink``. The storefront's CSS falls back to the site's own
colours for any of them that is missing.
"""

from storefront_builder.palettes import palette


def palette_style(key: str | None) -> str:
    return palette(key).css_variables()
