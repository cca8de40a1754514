"""Markdown to Wagtail rich text and back, for the texts an editor writes in a content file.

Wagtail stores rich text as compact HTML limited to the editor's features (paragraphs, bold,
italic, links, lists). Markdown is read with markdown-it and written back in that exact form:
``<b>`` and ``<i>`` rather than ``<strong>`` and ``<em>``, no line breaks between tags, a line
wrapped in the file is one line of text. The other direction uses markdownify, checked by
reading its Markdown back: a text whose Markdown would not give the same HTML is written with
more escapes, and one that still differs is refused rather than silently changed.
"""

from html import escape

from markdown_it import MarkdownIt
from markdownify import MarkdownConverter

from demo.content.files import ContentError

_PARSER = MarkdownIt("commonmark", {"html": False})

_BLOCK_TAGS = {
    "paragraph_open": "<p>",
    "paragraph_close": "</p>",
    "bullet_list_open": "<ul>",
    "bullet_list_close": "</ul>",
    "ordered_list_open": "<ol>",
    "ordered_list_close": "</ol>",
    "list_item_open": "<li>",
    "list_item_close": "</li>",
}
_INLINE_TAGS = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "link_close": "</a>",
    "softbreak": " ",
    "hardbreak": "<br/>",
}


def _text(value: str) -> str:
    # Quotes stay as typed: Wagtail's editor escapes only what HTML requires in text.
    return escape(value, quote=False)


def _inline(children) -> str:
    html = []
    for token in children:
        if token.type in ("text", "code_inline"):
            html.append(_text(token.content))
        elif token.type == "link_open":
            html.append(f'<a href="{escape(token.attrGet("href") or "")}">')
        elif token.type in _INLINE_TAGS:
            html.append(_INLINE_TAGS[token.type])
        else:
            raise ContentError(f"« {token.markup or token.type} » n'a pas sa place dans un texte.")
    return "".join(html)


def tokens_to_html(tokens) -> str:
    """Rich-text HTML for markdown-it block tokens (paragraphs and lists only)."""
    html = []
    for token in tokens:
        if token.type == "inline":
            html.append(_inline(token.children or []))
        elif token.type in _BLOCK_TAGS:
            # Paragraphs of a tight list are hidden: the text goes straight into its <li>.
            if not token.hidden:
                html.append(_BLOCK_TAGS[token.type])
        else:
            raise ContentError(
                f"« {token.markup or token.type} » : un texte ne contient que des "
                "paragraphes, des listes, du gras, de l'italique et des liens."
            )
    return "".join(html)


def parse(markdown: str) -> list:
    """The markdown-it block tokens of ``markdown``."""
    return _PARSER.parse(markdown)


def markdown_to_html(markdown: str) -> str:
    """Wagtail rich text for a Markdown text; an empty text gives an empty string."""
    return tokens_to_html(parse(markdown))


class _Converter(MarkdownConverter):
    """markdownify, set to write the Markdown that ``markdown_to_html`` reads back."""

    def __init__(self, **options):
        super().__init__(
            bullets="-",
            strong_em_symbol="*",
            heading_style="atx",
            newline_style="backslash",
            **options,
        )


def _convert(html: str, *, escape_misc: bool) -> str:
    markdown = _Converter(escape_misc=escape_misc).convert(html)
    lines = [line.rstrip() for line in markdown.strip().splitlines()]
    return "\n".join(lines)


def html_to_markdown(html: str) -> str:
    """Markdown that ``markdown_to_html`` turns back into ``html`` exactly."""
    if not html.strip():
        return ""
    for escape_misc in (False, True):
        markdown = _convert(html, escape_misc=escape_misc)
        try:
            if markdown_to_html(markdown) == html:
                return markdown
        except ContentError:
            continue
    raise ContentError(
        "Ce texte ne s'écrit pas en Markdown sans changer : "
        f"{html[:120]}{'…' if len(html) > 120 else ''}"
    )
