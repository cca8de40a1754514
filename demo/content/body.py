"""A page's body, one StreamField of blocks, as a Markdown text with a few directives.

Text, ``##`` headings and images are plain Markdown; the blocks Markdown has no word for are
written between a ``::: name`` line and a ``:::`` line (see demo/content/README.md). Blocks are
in their StreamField form, except that a file (a download, an image) is an Attachment rather
than the id of a Wagtail document or image: the loader and the exporter make the exchange.
"""

import re
from pathlib import Path

from demo.content.files import Attachment, ContentError, read_attachment
from demo.content.richtext import html_to_markdown, markdown_to_html, parse, tokens_to_html

OPENING = re.compile(r"^:::\s*([a-z_-]+)\s*(.*?)\s*$")
CLOSING = re.compile(r"^:::\s*$")
HEADING_LEVELS = {"h2": "##", "h3": "###"}
CALLOUT_KINDS = ("tip", "warning", "info")
#: Between two texts that are separate blocks: a line of three dashes, blank lines around it.
TEXT_BREAK = "---"
DEFAULT_CHECKLIST_TITLE = "À appliquer dans ma boutique"
#: The characters an image's description escapes with a backslash: brackets and backslash.
_LINK_TEXT_ESCAPE = re.compile(r"\\([\\\[\]])")


class _Reader:
    """Turns the Markdown of one file into blocks; ``origin`` names the file in errors."""

    def __init__(self, origin: Path, base: Path):
        self.origin, self.base = origin, base
        self.blocks: list[dict] = []

    def error(self, line: int, message: str) -> ContentError:
        return ContentError(f"{self.origin}, ligne {line} : {message}")

    def read(self, text: str, first_line: int) -> list[dict]:
        lines = text.split("\n")
        markdown: list[str] = []
        markdown_start = 0
        index = 0
        while index < len(lines):
            opening = OPENING.match(lines[index])
            if not opening:
                markdown.append(lines[index])
                index += 1
                continue
            self.markdown("\n".join(markdown), first_line + markdown_start)
            start = index
            index += 1
            while index < len(lines) and not CLOSING.match(lines[index]):
                index += 1
            if index == len(lines):
                raise self.error(
                    first_line + start, f"« ::: {opening.group(1)} » sans « ::: » final."
                )
            name, argument = opening.groups()
            self.directive(name, argument, lines[start + 1 : index], first_line + start)
            index += 1
            markdown, markdown_start = [], index
        self.markdown("\n".join(markdown), first_line + markdown_start)
        return self.blocks

    # --- Markdown: texts, headings, images ------------------------------------------------

    def markdown(self, text: str, first_line: int) -> None:
        pending: list = []
        for token in _top_level(parse(text)):
            line = first_line + (token[0].map[0] if token[0].map else 0)
            kind = token[0].type
            if kind == "heading_open":
                self.text(pending)
                pending = []
                self.heading(token, line)
            elif kind == "hr":
                self.text(pending)
                pending = []
            elif kind == "paragraph_open" and _lone_image(token):
                self.text(pending)
                pending = []
                self.image(_lone_image(token), line)
            else:
                self.rich_tokens(token, line)
                pending.extend(token)
        self.text(pending)

    def rich_tokens(self, tokens: list, line: int) -> str:
        try:
            return tokens_to_html(tokens)
        except ContentError as error:
            raise self.error(line, str(error)) from error

    def text(self, tokens: list) -> None:
        if tokens:
            self.blocks.append({"type": "paragraph", "value": tokens_to_html(tokens)})

    def heading(self, tokens: list, line: int) -> None:
        tag = tokens[0].tag
        if tag not in HEADING_LEVELS:
            raise self.error(line, "seuls les intertitres « ## » et « ### » sont possibles.")
        self.blocks.append({"type": "heading", "value": {"text": tokens[1].content, "level": tag}})

    def image(self, token, line: int) -> None:
        self.blocks.append(
            {
                "type": "image",
                "value": {
                    "image": self.attachment(token.attrGet("src"), line),
                    "alt": _LINK_TEXT_ESCAPE.sub(r"\1", token.content),
                    "caption": token.attrGet("title") or "",
                },
            }
        )

    def attachment(self, name: str, line: int) -> Attachment:
        try:
            return read_attachment(self.base, name, origin=self.origin)
        except ContentError as error:
            raise self.error(line, str(error).split(" : ", 1)[-1]) from error

    # --- Directives -----------------------------------------------------------------------

    def directive(self, name: str, argument: str, lines: list[str], line: int) -> None:
        handler = getattr(self, f"directive_{name.replace('-', '_')}", None)
        if handler is None:
            known = ", ".join(
                n.removeprefix("directive_") for n in dir(self) if n[:10] == "directive_"
            )
            raise self.error(line, f"bloc « {name} » inconnu (possibles : {known}).")
        self.blocks.append(handler(argument, "\n".join(lines).strip("\n"), line))

    def rich(self, markdown: str, line: int) -> str:
        try:
            return markdown_to_html(markdown)
        except ContentError as error:
            raise self.error(line, str(error)) from error

    def directive_callout(self, argument: str, body: str, line: int) -> dict:
        kind, _space, title = argument.partition(" ")
        if kind not in CALLOUT_KINDS or not title.strip():
            raise self.error(line, f"« ::: callout {' | '.join(CALLOUT_KINDS)} Titre ».")
        text = self.rich(body, line)
        return {"type": "callout", "value": {"kind": kind, "title": title.strip(), "text": text}}

    def directive_checklist(self, argument: str, body: str, line: int) -> dict:
        items: list[str] = []
        for number, text in enumerate(body.split("\n"), start=line + 1):
            if text.startswith(("- ", "* ")):
                items.append(text[2:].strip())
            elif text.strip() and items:
                items[-1] = f"{items[-1]} {text.strip()}"
            elif text.strip():
                raise self.error(number, "chaque action commence par « - ».")
        if not items:
            raise self.error(line, "une liste « À appliquer » a au moins une action.")
        title = argument or DEFAULT_CHECKLIST_TITLE
        return {"type": "checklist", "value": {"title": title, "items": items}}

    def directive_button(self, argument: str, body: str, line: int) -> dict:
        destination, _space, label = argument.partition(" ")
        if not label.strip():
            raise self.error(line, "« ::: button destination Texte du bouton ».")
        value = {"destination": destination, "label": label.strip(), "text": body.strip()}
        return {"type": "product_link", "value": value}

    def directive_video(self, argument: str, body: str, line: int) -> dict:
        if not argument:
            raise self.error(line, "« ::: video https://… » : l'adresse de la vidéo manque.")
        transcript = self.rich(body, line)
        return {"type": "video", "value": {"video": argument, "transcript": transcript}}

    def directive_download(self, argument: str, body: str, line: int) -> dict:
        name, _space, title = argument.partition(" ")
        if not title.strip():
            raise self.error(line, "« ::: download fichiers/nom.pdf Intitulé du lien ».")
        document = self.attachment(name, line)
        return {"type": "document", "value": {"document": document, "title": title.strip()}}


def _top_level(tokens) -> list[list]:
    """Block tokens grouped by top-level element: each group opens and closes one element."""
    groups, current, depth = [], [], 0
    for token in tokens:
        current.append(token)
        depth += token.nesting
        if depth == 0:
            groups.append(current)
            current = []
    return groups


def _lone_image(group: list):
    """The image token of a paragraph that holds one image and nothing else, or None."""
    inline = group[1] if len(group) == 3 else None
    children = [c for c in (inline.children or []) if c.type != "softbreak"] if inline else []
    if len(children) == 1 and children[0].type == "image":
        return children[0]
    return None


def markdown_to_blocks(text: str, *, origin: Path, base: Path, first_line: int = 1) -> list[dict]:
    """The blocks of a body; files are read relative to ``base``."""
    return _Reader(origin, base).read(text, first_line)


# --- Writing --------------------------------------------------------------------------------


def _escape_link_text(text: str) -> str:
    return re.sub(r"([\\\[\]])", r"\\\1", text)


def _block_markdown(block: dict) -> str:
    kind, value = block["type"], block["value"]
    if kind == "paragraph":
        return html_to_markdown(value)
    if kind == "heading":
        return f"{HEADING_LEVELS[value['level']]} {value['text']}"
    if kind == "image":
        caption = value.get("caption") or ""
        title = ' "{}"'.format(caption.replace("\\", "\\\\").replace('"', '\\"')) if caption else ""
        return f"![{_escape_link_text(value['alt'])}]({value['image'].name}{title})"
    if kind == "callout":
        text = html_to_markdown(value["text"])
        return f"::: callout {value['kind']} {value['title']}\n{text}\n:::"
    if kind == "checklist":
        items = "\n".join(f"- {item}" for item in value["items"])
        return f"::: checklist {value['title']}\n{items}\n:::"
    if kind == "product_link":
        text = f"{value['text']}\n" if value.get("text") else ""
        return f"::: button {value['destination']} {value['label']}\n{text}:::"
    if kind == "video":
        transcript = html_to_markdown(value.get("transcript") or "")
        return f"::: video {value['video']}\n{transcript + chr(10) if transcript else ''}:::"
    if kind == "document":
        return f"::: download {value['document'].name} {value['title']}\n:::"
    raise ContentError(f"Bloc « {kind} » : pas d'écriture en Markdown.")


def blocks_to_markdown(blocks: list[dict]) -> str:
    """The Markdown of a body; ``markdown_to_blocks`` reads it back into the same blocks."""
    parts, previous = [], None
    for block in blocks:
        if block["type"] == previous == "paragraph":
            parts.append(TEXT_BREAK)
        parts.append(_block_markdown(block))
        previous = block["type"]
    return "\n\n".join(parts)


def attachments(blocks: list[dict]) -> list[Attachment]:
    """The files a body ships, in order."""
    found = []
    for block in blocks:
        for key in ("document", "image"):
            value = block["value"].get(key) if isinstance(block["value"], dict) else None
            if isinstance(value, Attachment):
                found.append(value)
    return found


#: Where rich text sits in each kind of block: the whole value, or one of its fields.
RICH_TEXT_FIELDS = {"paragraph": None, "callout": "text", "video": "transcript"}


def map_rich_text(blocks: list[dict], convert) -> list[dict]:
    """The blocks with ``convert`` applied to every rich text in them."""
    converted = []
    for block in blocks:
        kind = block["type"]
        if kind not in RICH_TEXT_FIELDS:
            converted.append(block)
        elif RICH_TEXT_FIELDS[kind] is None:
            converted.append({"type": kind, "value": convert(block["value"])})
        else:
            name = RICH_TEXT_FIELDS[kind]
            converted.append(
                {"type": kind, "value": {**block["value"], name: convert(block["value"][name])}}
            )
    return converted
