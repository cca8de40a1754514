"""Reading and writing content files: YAML, Markdown with front matter, numbered folders.

One way of writing each kind of file, so that an export of unchanged pages gives back the files
byte for byte and a diff shows only what an editor changed.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import yaml


class ContentError(ValueError):
    """A content file that cannot be read: the message names the file and what is wrong."""


@dataclass(frozen=True)
class Attachment:
    """A file shipped beside the content (a download, an image), by its path and its bytes."""

    name: str
    content: bytes

    def __repr__(self) -> str:
        return f"Attachment({self.name!r}, {len(self.content)} octets)"


class _Dumper(yaml.SafeDumper):
    """Keys in the order written, accents as they are, one line per value, texts of several
    lines as blocks; a value that needs quotes gets double ones, so apostrophes stay single."""

    def choose_scalar_style(self):
        style = super().choose_scalar_style()
        return '"' if style == "'" else style


def _represent_str(dumper, value: str):
    style = "|" if "\n" in value.strip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)

_YAML_OPTIONS = {"Dumper": _Dumper, "allow_unicode": True, "sort_keys": False, "width": 100_000}


def yaml_dump(data) -> str:
    return yaml.dump(data, **_YAML_OPTIONS)


def read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentError(f"{path} : YAML illisible ({error}).") from error
    if not isinstance(data, dict):
        raise ContentError(f"{path} : le fichier doit décrire des champs « nom: valeur ».")
    return data


def write_yaml(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml_dump(data), encoding="utf-8")


def read_markdown(path: Path) -> tuple[dict, str]:
    """The front matter (the fields between the two ``---`` lines) and the Markdown below."""
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentError(f"{path} : en-tête YAML illisible ({error}).") from error
    return dict(post.metadata), post.content


def write_markdown(path: Path, metadata: dict, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = f"---\n{yaml_dump(metadata)}---\n"
    if body:
        text += f"\n{body.rstrip()}\n"
    path.write_text(text, encoding="utf-8")


_NUMBERED = re.compile(r"^(\d+)-(.+)$")


def slug_of(name: str) -> str:
    """The slug in a ``NN-slug`` name; a name without a number is a slug already."""
    match = _NUMBERED.match(name)
    return match.group(2) if match else name


#: The mark of a file's English version, beside it: ``01-lecon.en.md`` for ``01-lecon.md``,
#: ``course.en.yaml`` for ``course.yaml`` (read by demo.content.english).
ENGLISH_MARK = ".en"


def english_sibling(path: Path) -> Path | None:
    """The English version of a content file, if there is one."""
    sibling = path.with_name(f"{path.stem}{ENGLISH_MARK}{path.suffix}")
    return sibling if sibling.is_file() else None


def numbered(directory: Path, *, suffix: str = "") -> list[tuple[str, Path]]:
    """(slug, path) of the ``NN-slug`` entries of a folder, in the order of their numbers;
    English versions (``NN-slug.en.md``) are not entries of their own."""
    entries = []
    for path in directory.iterdir():
        stem = path.name.removesuffix(suffix) if suffix else path.name
        if suffix and stem.endswith(ENGLISH_MARK):
            continue
        match = _NUMBERED.match(stem)
        if match and (path.is_dir() if not suffix else path.name.endswith(suffix)):
            entries.append((int(match.group(1)), match.group(2), path))
    return [(slug, path) for _number, slug, path in sorted(entries)]


def numbered_name(position: int, slug: str, suffix: str = "") -> str:
    """``01-slug``: the number keeps the order of the site, the rest is the page's slug."""
    return f"{position:02d}-{slug}{suffix}"


def read_attachment(base: Path, name: str, *, origin: Path) -> Attachment:
    """A file named in ``origin`` by its path relative to ``base``."""
    path = (base / name).resolve()
    if base.resolve() not in path.parents or not path.is_file():
        raise ContentError(f"{origin} : fichier introuvable « {name} ».")
    return Attachment(name=name, content=path.read_bytes())


def write_attachment(base: Path, attachment: Attachment) -> None:
    path = base / attachment.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(attachment.content)
