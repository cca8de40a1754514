"""The content files' format: each block read as documented, and mistakes reported with the
file and the line to look at."""

from datetime import time
from pathlib import Path

import pytest

from demo.content.body import blocks_to_markdown, markdown_to_blocks
from demo.content.courses import read_lesson
from demo.content.files import Attachment, ContentError
from demo.content.notation import clock, clock_range, colour, weekly_ranges
from demo.content.richtext import html_to_markdown, markdown_to_html


def blocks(text: str, base: Path = Path(".")) -> list[dict]:
    return markdown_to_blocks(text, origin=Path("lecon.md"), base=base)


def test_every_block_is_read_as_documented(tmp_path):
    (tmp_path / "fichiers").mkdir()
    (tmp_path / "fichiers" / "grille.csv").write_bytes(b"a;b\n")
    (tmp_path / "photo.png").write_bytes(b"png")
    text = """Un texte **gras**,
sur deux lignes.

## Intertitre

![Une vitrine](photo.png "Légende")

### Sous-titre

---

::: callout warning Attention au flou
- un point
:::

::: checklist
- Prendre une photo
  le matin.
- Mettre le prix.
:::

::: button storefront Ouvrir ma boutique
:::

::: video https://video.example/1
:::

::: download fichiers/grille.csv La grille des tarifs
:::
"""
    assert blocks(text, tmp_path) == [
        {"type": "paragraph", "value": "<p>Un texte <b>gras</b>, sur deux lignes.</p>"},
        {"type": "heading", "value": {"text": "Intertitre", "level": "h2"}},
        {
            "type": "image",
            "value": {
                "image": Attachment("photo.png", b"png"),
                "alt": "Une vitrine",
                "caption": "Légende",
            },
        },
        {"type": "heading", "value": {"text": "Sous-titre", "level": "h3"}},
        {
            "type": "callout",
            "value": {
                "kind": "warning",
                "title": "Attention au flou",
                "text": "<ul><li>un point</li></ul>",
            },
        },
        {
            "type": "checklist",
            "value": {
                "title": "À appliquer dans ma boutique",
                "items": ["Prendre une photo le matin.", "Mettre le prix."],
            },
        },
        {
            "type": "product_link",
            "value": {"destination": "storefront", "label": "Ouvrir ma boutique", "text": ""},
        },
        {"type": "video", "value": {"video": "https://video.example/1", "transcript": ""}},
        {
            "type": "document",
            "value": {
                "document": Attachment("fichiers/grille.csv", b"a;b\n"),
                "title": "La grille des tarifs",
            },
        },
    ]


def test_two_texts_in_a_row_are_kept_apart_by_a_rule():
    body = [
        {"type": "paragraph", "value": "<p>Premier.</p>"},
        {"type": "paragraph", "value": "<p>Second.</p>"},
    ]
    markdown = blocks_to_markdown(body)
    assert markdown == "Premier.\n\n---\n\nSecond."
    assert blocks(markdown) == body


@pytest.mark.parametrize(
    "html",
    [
        '<p>Tom &amp; Jerry disent "bonjour" à 20 % &lt; 30 %.</p>',
        "<p>1. Pas une liste</p><p>- pas non plus</p><p># ni un titre</p>",
        "<p>IMG_4587.jpg, *étoile* et [crochets]</p>",
        '<ol><li>un</li><li><a href="https://example.org/?a=1&amp;b=2">deux</a></li></ol>',
    ],
)
def test_rich_text_goes_to_markdown_and_back_unchanged(html):
    assert markdown_to_html(html_to_markdown(html)) == html


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("::: encadre tip Titre\nTexte\n:::", "ligne 1 : bloc « encadre » inconnu"),
        ("Texte.\n\n::: callout tip Titre\nTexte", "ligne 3 : « ::: callout » sans « ::: »"),
        ("::: callout astuce Titre\nTexte\n:::", "ligne 1 : « ::: callout tip | warning"),
        ("# Titre\n", "seuls les intertitres « ## » et « ### »"),
        ("\n\n::: download fichiers/absent.pdf Le lien\n:::", "ligne 3 : fichier introuvable"),
        ("::: checklist\nPas de tiret\n:::", "ligne 2 : chaque action commence par « - »"),
        ("> une citation", "un texte ne contient que des paragraphes"),
    ],
)
def test_mistakes_name_the_file_and_the_line(text, message, tmp_path):
    with pytest.raises(ContentError, match="lecon.md") as error:
        blocks(text, tmp_path)
    assert message in str(error.value)


def test_a_lesson_with_an_unknown_field_is_refused(tmp_path):
    lesson = tmp_path / "01-lecon.md"
    lesson.write_text("---\ntitle: Leçon\nduree: 10\n---\n\nTexte.\n", encoding="utf-8")
    with pytest.raises(ContentError, match="champ inconnu : duree"):
        read_lesson(lesson, "lecon")


def test_a_lesson_error_gives_the_line_in_the_file(tmp_path):
    lesson = tmp_path / "01-lecon.md"
    lesson.write_text(
        "---\ntitle: Leçon\nminutes: 5\n---\n\nTexte.\n\n::: bouton plan Mon plan\n:::\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"01-lecon.md, ligne 8 : bloc « bouton » inconnu"):
        read_lesson(lesson, "lecon")


def test_french_notations():
    assert clock("9h") == time(9) and clock("18h30") == time(18, 30)
    assert clock_range("7h30-13h") == (time(7, 30), time(13))
    assert weekly_ranges({"samedi": ["8h-12h"]}) == [(5, time(8), time(12))]
    assert colour("#b57a2e") == (181, 122, 46)
    for wrong in ("18:30", "25h", "9h75"):
        with pytest.raises(ContentError):
            clock(wrong)
    with pytest.raises(ContentError, match="Jour « lundy »"):
        weekly_ranges({"lundy": ["8h-12h"]})


def test_an_image_description_and_caption_keep_their_brackets_and_quotes(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"png")
    image = {
        "image": Attachment("photo.png", b"png"),
        "alt": r"La vitrine [avant] \ après *Noël*",
        "caption": 'Le "avant"',
    }
    body = [{"type": "image", "value": image}]
    assert blocks(blocks_to_markdown(body), tmp_path) == body
