"""The owner's shop description, turned into HTML that the public page can show safely.

The choice: the owner types *text*, not HTML. Everything she types is escaped first, so a
``<script>`` she pastes is shown as the characters "<script>", never run and never lost. A tiny
formatting subset that shop owners already use in text messages is then recognised:

* a blank line starts a new paragraph, a single line break stays a line break;
* ``**gras**`` gives bold and ``*italique*`` gives italics;
* lines starting with ``- `` (or ``* ``, ``• ``) make a bulleted list, ``1. `` a numbered one;
* bare web addresses (``https://…``, ``www.…``) and e-mail addresses become links, with
  ``rel="nofollow noopener"`` and no ``target``.

Accepting a subset of HTML instead would ask owners to learn tags and leave us parsing what
attackers write; escaping first means the only markup in the output is markup we produced.
``bleach.clean`` then runs over that output with a short allow-list all the same, so that a
mistake in the formatting code can produce ugly HTML but never script-capable HTML.
"""

import html
import re

import bleach
from bleach.linkifier import Linker, build_url_re

ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "ul", "ol", "li", "a"})
ALLOWED_ATTRIBUTES = {"a": ["href", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"

# Only http(s) addresses are recognised in text: "javascript:…" or "data:…" stays text.
_URL_RE = build_url_re(protocols=["http", "https"])
_BULLET = re.compile(r"^\s*(?:[-*•])\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*<>]+?)(?<=[^\s*])\*(?![*\w])")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def _link_attributes(attrs: dict, new: bool = False) -> dict | None:
    """Every link made: a safe scheme, rel="nofollow noopener", nothing else."""
    href = attrs.get((None, "href"), "")
    scheme = href.split(":", 1)[0].lower() if ":" in href else ""
    if scheme not in ALLOWED_PROTOCOLS:
        return None  # Leave it as text.
    return {(None, "href"): href, (None, "rel"): LINK_REL, "_text": attrs.get("_text", "")}


_LINKER = Linker(callbacks=[_link_attributes], parse_email=True, url_re=_URL_RE)


def _inline(line: str) -> str:
    """Bold and italics on one line of already escaped text."""
    line = _BOLD.sub(r"<strong>\1</strong>", line)
    return _ITALIC.sub(r"<em>\1</em>", line)


def _block_html(block: str) -> str:
    """One block between blank lines: runs of list lines become lists, the rest a paragraph."""
    parts: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""

    def flush_paragraph():
        if paragraph:
            parts.append("<p>" + "<br>\n".join(_inline(line) for line in paragraph) + "</p>")
            paragraph.clear()

    def flush_list():
        nonlocal list_tag
        if items:
            body = "".join(f"<li>{_inline(item)}</li>" for item in items)
            parts.append(f"<{list_tag}>{body}</{list_tag}>")
            items.clear()
        list_tag = ""

    for raw_line in block.split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        match, tag = (bullet, "ul") if bullet else (numbered, "ol")
        if match and match.group(1).strip():
            flush_paragraph()
            if list_tag and list_tag != tag:
                flush_list()
            list_tag = tag
            items.append(match.group(1).strip())
        else:
            flush_list()
            paragraph.append(line)
    flush_paragraph()
    flush_list()
    return "\n".join(parts)


def render_description(text: str) -> str:
    """Safe HTML for what the owner typed (see the module docstring for what is recognised)."""
    if not text or not text.strip():
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    escaped = html.escape(text, quote=True)
    blocks = [_block_html(block) for block in _BLANK_LINES.split(escaped.strip())]
    formatted = "\n".join(block for block in blocks if block)
    linked = _LINKER.linkify(formatted)
    return bleach.clean(
        linked,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    ).strip()
