"""Editors build the whole catalogue in /cms/, within the page rules of each type."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.home.models import HomePage
from core.models import StandardPage
from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage
from tests.cms import EditorPageTestCase
from tests.courses.factories import make_catalog, make_course, make_track


def list_block(values) -> dict:
    return {
        "count": len(values),
        **{str(n): {"value": value, "deleted": "", "order": n} for n, value in enumerate(values)},
    }


def lesson_form_data(right_answer: str, title="Répondre aux avis") -> dict:
    """The lesson editor's form, with its objectives, a body, a source and a one-question
    quiz."""
    return nested_form_data(
        {
            "title": title,
            "slug": "repondre-aux-avis",
            "intro": "Pourquoi et comment.",
            "estimated_minutes": "15",
            "optional": "",
            "quiz_pass_mark": "50",
            "objectives": "Répondre à un avis négatif sans se justifier.",
            "sources": streamfield(
                [
                    (
                        "source",
                        {
                            "title": "Avis en ligne — economie.gouv.fr",
                            "url": "https://www.economie.gouv.fr/dgccrf",
                        },
                    )
                ]
            ),
            "last_checked": "2026-12-05",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Répondez à chaque avis.</p>")),
                    (
                        "checklist",
                        {
                            "title": "À appliquer dans ma boutique",
                            "items": list_block(["Répondre aux trois derniers avis"]),
                        },
                    ),
                ]
            ),
            "quiz": streamfield(
                [
                    (
                        "question",
                        {
                            "text": "Faut-il répondre aux avis négatifs ?",
                            "kind": "single",
                            "answers": list_block(
                                [
                                    {"text": "Oui", "correct": right_answer, "explanation": "Oui."},
                                    {"text": "Non", "correct": "", "explanation": "Si."},
                                ]
                            ),
                        },
                    )
                ]
            ),
        }
    )


class EditorsBuildTheCatalogue(EditorPageTestCase):
    def test_page_rules(self):
        from courses.live.models import BootcampIndexPage, WebinarIndexPage

        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, CatalogPage, WebinarIndexPage, BootcampIndexPage}
        )
        self.assertAllowedParentPageTypes(CatalogPage, {HomePage})
        self.assertAllowedSubpageTypes(CatalogPage, {TrackPage})
        self.assertAllowedSubpageTypes(TrackPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(TrackPage, LessonPage)

    def test_an_editor_creates_each_page_type(self):
        self.assertCanCreate(
            self.home,
            CatalogPage,
            nested_form_data({"title": "Formations", "intro": "Toutes nos formations."}),
        )
        catalog = CatalogPage.objects.get()
        self.assertCanCreate(
            catalog,
            TrackPage,
            nested_form_data(
                {"title": "Se faire connaître", "intro": "Visibilité.", "is_core": ""}
            ),
        )
        track = TrackPage.objects.get()
        self.assertCanCreate(
            track,
            CoursePage,
            nested_form_data(
                {
                    "title": "Votre fiche Google",
                    "summary": "Être trouvé sur Google Maps.",
                    "objectives": "Créer sa fiche\nRépondre aux avis",
                    "level": "beginner",
                    "format": "workshop",
                    "effort_hours": "1.5",
                    "prerequisites_text": "",
                    "themes": "Google, Avis",
                }
            ),
        )
        course = CoursePage.objects.get()
        self.assertEqual(sorted(course.themes.names()), ["Avis", "Google"])
        self.assertCanCreate(
            course,
            LessonPage,
            lesson_form_data(right_answer="on"),
        )
        lesson = LessonPage.objects.get()
        self.assertTrue(lesson.live and lesson.has_quiz)
        self.assertEqual(len(lesson.quiz[0].value["answers"]), 2)

    def test_a_quiz_without_a_right_answer_is_refused(self):
        course = make_course(make_track(make_catalog(self.home)), lessons=0)
        data = {**lesson_form_data(right_answer=""), "action-publish": "action-publish"}
        response = self.client.post(f"/cms/pages/add/courses/lessonpage/{course.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("quiz", response.context["form"].errors)
        self.assertFalse(LessonPage.objects.exists())

    def test_pages_render_and_preview(self):
        course = make_course(make_track(make_catalog(self.home)), lessons=1)
        lesson = LessonPage.objects.get()
        for page in (CatalogPage.objects.get(), TrackPage.objects.get(), course):
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page, user=self.editor)
        self.assertPageIsRenderable(lesson)
        # The lesson editor's StreamFields are drawn by JavaScript: its form data is given.
        preview = lesson_form_data(right_answer="on", title="Titre en cours de rédaction")
        self.assertPageIsPreviewable(lesson, post_data=preview, user=self.editor)
