"""Invariants every rendered description must keep, read with the standard library's parser."""

from html.parser import HTMLParser

from storefront_builder.sanitise import ALLOWED_TAGS

DANGEROUS_TAGS = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "form",
    "base",
    "meta",
    "link",
    "img",
    "frame",
    "frameset",
    "applet",
    "input",
    "button",
    "textarea",
    "template",
}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def assert_harmless(html: str) -> None:
    """No script-capable element, no event handler, no style, links only to safe schemes."""
    for tag, attrs in parse(html).elements:
        assert tag in ALLOWED_TAGS, (tag, html)
        assert tag not in DANGEROUS_TAGS, (tag, html)
        for name in attrs:
            assert not name.lower().startswith("on"), (name, html)
            assert name.lower() != "style", html
        if tag == "a":
            assert set(attrs) <= {"href", "rel"}, (attrs, html)
            href = attrs.get("href") or ""
            scheme = href.split(":", 1)[0].strip().lower()
            assert scheme in {"http", "https", "mailto"}, (href, html)
            assert attrs.get("rel") == "nofollow noopener", html
        else:
            assert not attrs, (tag, attrs, html)


def visible_text(html: str) -> str:
    return "".join(parse(html).text)
