"""Build a catalogue in tests: catalogue › track › course › lessons, published."""

from decimal import Decimal

from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage

RIGHT, WRONG = "Bonne réponse", "Mauvaise réponse"


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_catalog(home) -> CatalogPage:
    return CatalogPage.objects.first() or publish(
        home, CatalogPage(title="Formations", slug="formations", intro="Toutes les formations.")
    )


def make_track(catalog, slug="vendre-en-ligne", title="Vendre en ligne", is_core=False):
    return publish(
        catalog, TrackPage(title=title, slug=slug, intro="Pour vendre.", is_core=is_core)
    )


def make_course(track, slug="click-and-collect", title="Le click and collect", lessons=3, **fields):
    defaults = {
        "summary": "Ouvrir la vente à emporter réservée en ligne.",
        "objectives": "Préparer son catalogue\nOrganiser les retraits",
        "level": "beginner",
        "format": "online",
        "effort_hours": Decimal("1.5"),
    }
    course = publish(track, CoursePage(title=title, slug=slug, **{**defaults, **fields}))
    for number in range(1, lessons + 1):
        make_lesson(course, number)
    return course


def quiz_question(text="Quelle est la bonne réponse ?", kind="single", right=1, wrong=2):
    answers = [
        {"text": f"{RIGHT} {n}", "correct": True, "explanation": f"Exact, raison {n}."}
        for n in range(1, right + 1)
    ] + [
        {"text": f"{WRONG} {n}", "correct": False, "explanation": f"Non, piège {n}."}
        for n in range(1, wrong + 1)
    ]
    return {"type": "question", "value": {"text": text, "kind": kind, "answers": answers}}


def make_lesson(course, number=1, quiz=None, optional=False, pass_mark=70):
    return publish(
        course,
        LessonPage(
            title=f"Leçon {number}",
            slug=f"lecon-{number}",
            estimated_minutes=10,
            optional=optional,
            body=[
                {"type": "paragraph", "value": f"<p>Contenu de la leçon {number}.</p>"},
                {
                    "type": "checklist",
                    "value": {"title": "À appliquer dans ma boutique", "items": ["Agir"]},
                },
            ],
            quiz=quiz or [],
            quiz_pass_mark=pass_mark,
        ),
    )


def fresh(page):
    """The page as stored, with its block ids."""
    return type(page).objects.get(pk=page.pk)
