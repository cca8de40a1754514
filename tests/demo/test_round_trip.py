"""A course made in the CMS, exported to files and imported elsewhere, comes back the same.

The course has a lesson with every kind of block (text with bold, italic, lists and links to
a page and to an address; headings of both levels; an image; a video with its transcript;
callouts of every kind; a download; the checklist; the button to the platform) and a quiz
with single and multiple choice questions. The one normalisation is the one the format
documents: Wagtail's ``data-block-key`` on paragraphs is not written to files.
"""

import re
from decimal import Decimal
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.embeds.blocks import EmbedValue
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from courses.models import CoursePage, LessonPage, TrackPage
from demo.content.exporter import export_page, plain
from demo.content.loader import import_directory
from tests.courses.factories import make_catalog, make_course, make_track, publish

pytestmark = pytest.mark.django_db

BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def lesson_with_every_block(catalogue):
    image = get_image_model().objects.create(
        title="Vitrine de Noël", file=get_test_image_file("vitrine.png", colour="red")
    )
    document = get_document_model()(title="Grille des tarifs")
    document.file.save("tarifs.csv", ContentFile(b"produit;prix\nbaguette;1,30\n"), save=False)
    document.save()
    text = RichText(
        '<p data-block-key="a1b2c">Une <b>boutique</b> en <i>ligne</i>, '
        f'<a linktype="page" id="{catalogue.pk}">le catalogue</a> et '
        '<a href="https://www.francenum.gouv.fr/">France Num</a> : 20 % &amp; "plus".</p>'
        '<ul><li data-block-key="d3e4f">un <b>point</b> ;</li><li>un autre.</li></ul>'
        "<ol><li>premier</li><li>second</li></ol>"
    )
    body = [
        ("paragraph", text),
        ("heading", {"text": "Préparer sa vitrine", "level": "h2"}),
        ("image", {"image": image, "alt": "Une vitrine décorée", "caption": 'Le "avant"'}),
        ("heading", {"text": "En vidéo", "level": "h3"}),
        (
            "video",
            {
                "video": EmbedValue("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                "transcript": RichText("<p>Bonjour et bienvenue.</p>"),
            },
        ),
        ("paragraph", RichText("<p>Un second texte, juste après.</p>")),
        ("paragraph", RichText("<p>Et un troisième, séparé du second.</p>")),
        ("callout", {"kind": "tip", "title": "Astuce", "text": RichText("<p>Photo le matin.</p>")}),
        ("callout", {"kind": "warning", "title": "Attention", "text": RichText("<p>Le flou.</p>")}),
        ("callout", {"kind": "info", "title": "À savoir", "text": RichText("<p>Le RGPD.</p>")}),
        ("document", {"document": document, "title": "Télécharger la grille des tarifs"}),
        (
            "product_link",
            {"destination": "storefront", "label": "Ouvrir ma boutique", "text": "En 10 minutes."},
        ),
        ("checklist", {"title": "À appliquer dans ma boutique", "items": ["Photo", "Prix"]}),
    ]
    quiz = [
        (
            "question",
            {
                "text": "Quand photographier ?",
                "kind": "single",
                "answers": [
                    {"text": "Le matin", "correct": True, "explanation": "La lumière est douce."},
                    {"text": "La nuit", "correct": False, "explanation": "Trop sombre."},
                ],
            },
        ),
        (
            "question",
            {
                "text": "Que montrer ?",
                "kind": "multiple",
                "answers": [
                    {"text": "Le produit", "correct": True, "explanation": "Oui."},
                    {"text": "Le prix", "correct": True, "explanation": "Oui, aussi."},
                    {"text": "Le ticket de caisse", "correct": False, "explanation": "Non."},
                ],
            },
        ),
    ]
    return body, quiz


@pytest.fixture
def course(home_page):
    catalogue = make_catalog(home_page)
    track = make_track(catalogue)
    before = make_course(track, slug="bases", title="Les bases", lessons=1)
    course = publish(
        track,
        CoursePage(
            title="Vendre en click and collect",
            slug="click-and-collect",
            summary="Ouvrir la vente à emporter réservée en ligne.",
            objectives="Préparer son catalogue\nOrganiser les retraits",
            level="intermediate",
            format="workshop",
            effort_hours=Decimal("2.5"),
            prerequisites_text="Avoir une fiche Google.",
            image=get_image_model().objects.create(
                title="Couverture", file=get_test_image_file("couverture.png", colour="blue")
            ),
        ),
    )
    course.themes.add("Vente en ligne", "Photos")
    course.prerequisites.set([before])
    course.save_revision().publish()
    body, quiz = lesson_with_every_block(catalogue)
    publish(
        course,
        LessonPage(
            title="Tout en une leçon",
            slug="tout",
            intro="Chaque bloc possible.",
            estimated_minutes=25,
            body=body,
            quiz=quiz,
            quiz_pass_mark=50,
        ),
    )
    publish(
        course,
        LessonPage(
            title="Pour aller plus loin",
            slug="plus-loin",
            estimated_minutes=5,
            optional=True,
            body=[("paragraph", RichText("<p>Facultatif.</p>"))],
        ),
    )
    return CoursePage.objects.get(pk=course.pk)


def stream(value) -> list:
    """Stream data as stored, without ids and paragraph keys (the documented normalisation)."""

    def strip(item):
        if isinstance(item, str):
            return BLOCK_KEY.sub("", item)
        if isinstance(item, list):
            return [strip(element) for element in item]
        if isinstance(item, dict):
            return {key: strip(element) for key, element in item.items()}
        return item

    return strip(plain(list(value.raw_data)))


def course_fields(course: CoursePage) -> dict:
    return {
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "objectives": course.objectives,
        "level": course.level,
        "format": course.format,
        "effort_hours": course.effort_hours,
        "prerequisites_text": course.prerequisites_text,
        "image": course.image_id,
        "themes": sorted(theme.name for theme in course.themes.all()),
        "prerequisites": sorted(page.pk for page in course.prerequisites.all()),
        "live": course.live,
    }


def lesson_fields(lesson: LessonPage) -> dict:
    return {
        "title": lesson.title,
        "slug": lesson.slug,
        "intro": lesson.intro,
        "estimated_minutes": lesson.estimated_minutes,
        "optional": lesson.optional,
        "quiz_pass_mark": lesson.quiz_pass_mark,
        "has_quiz": lesson.has_quiz,
        "live": lesson.live,
        "body": stream(lesson.body),
        "quiz": stream(lesson.quiz),
    }


def lessons(course) -> list[dict]:
    return [
        lesson_fields(lesson) for lesson in LessonPage.objects.child_of(course).order_by("path")
    ]


def test_a_course_comes_back_the_same_under_a_fresh_track(course, tmp_path):
    folder = export_page(course, tmp_path)
    fresh = publish(
        course.get_parent().get_parent(), TrackPage(title="Copie", slug="copie", intro="Import.")
    )
    imported = import_directory(folder, fresh)

    assert imported.get_parent().pk == fresh.pk and imported.pk != course.pk
    assert course_fields(imported) == course_fields(course)
    assert lessons(imported) == lessons(course)
    # Every kind of block went through the files.
    kinds = {
        block["type"] for block in lesson_fields(imported.get_children().first().specific)["body"]
    }
    assert kinds == {
        "paragraph",
        "heading",
        "image",
        "video",
        "callout",
        "document",
        "product_link",
        "checklist",
    }
    # The files it reuses are the CMS's own, not copies.
    assert get_document_model().objects.count() == 1
    assert get_image_model().objects.count() == 2


def test_the_commands_export_a_track_and_import_it_elsewhere(course, tmp_path):
    track = course.get_parent().specific
    call_command("export_content", str(tmp_path), page=str(track.pk), stdout=StringIO())
    written = tmp_path / track.slug
    assert (written / "track.yaml").exists()
    markdown = (written / "02-click-and-collect" / "01-tout.md").read_text()
    assert "::: callout tip Astuce" in markdown
    assert "[le catalogue](page:/accueil/formations/)" in markdown
    assert "![Une vitrine décorée](images/vitrine-de-noel.png" in markdown

    catalogue = track.get_parent()
    track.slug = "ancien-parcours"
    track.save_revision().publish()
    call_command("import_content", str(written), parent=str(catalogue.pk), stdout=StringIO())

    copy = TrackPage.objects.child_of(catalogue).get(slug="vendre-en-ligne")
    copies = {c.slug: c for c in CoursePage.objects.child_of(copy)}
    originals = {c.slug: c for c in CoursePage.objects.child_of(track)}
    assert sorted(copies) == sorted(originals) == ["bases", "click-and-collect"]
    for slug, original in originals.items():
        expected = course_fields(original)
        # Within the copied track, a prerequisite is the copied course of that slug.
        expected["prerequisites"] = sorted(
            copies[page.slug].pk for page in original.prerequisites.all()
        )
        assert course_fields(copies[slug]) == expected
        assert lessons(copies[slug]) == lessons(original)


def test_importing_twice_adds_nothing(course, tmp_path):
    folder = export_page(course, tmp_path)
    track = course.get_parent()
    import_directory(folder, track)
    assert CoursePage.objects.child_of(track).count() == 2
    assert LessonPage.objects.child_of(course).count() == 2


def test_a_lesson_may_link_to_a_course_further_down(home_page, tmp_path):
    """Pages are created first, then the lessons that link forward are linked."""
    catalog = make_catalog(home_page)
    track = tmp_path / "01-piste"
    (track / "01-premier").mkdir(parents=True)
    (track / "02-second").mkdir()
    (track / "track.yaml").write_text("title: Piste\nintro: Une piste.\n")
    course_yaml = (
        "title: {title}\nsummary: Un résumé.\nobjectives:\n- Agir\nlevel: beginner\n"
        "format: online\neffort_hours: 0.5\n"
    )
    for folder, title in (("01-premier", "Premier"), ("02-second", "Second")):
        (track / folder / "course.yaml").write_text(course_yaml.format(title=title))
        (track / folder / "01-lecon.md").write_text(
            "---\ntitle: Leçon\nminutes: 10\n---\n\n"
            f"Voir [la suite](page:{catalog.url_path}piste/second/).\n"
        )
    import_directory(track, catalog)
    first = LessonPage.objects.get(url_path=f"{catalog.url_path}piste/premier/lecon/")
    second = CoursePage.objects.get(url_path=f"{catalog.url_path}piste/second/")
    assert f'linktype="page" id="{second.pk}"' in str(first.body.raw_data)
