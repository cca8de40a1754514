"""Demo catalogue: four tracks of courses written for shopkeepers, in French. Idempotent."""

from decimal import Decimal
from importlib import import_module

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents.models import Document

from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage

TRACK_MODULES = ("tronc_commun", "vendre_en_ligne", "se_faire_connaitre", "gerer_securiser")

CATALOG = {
    "slug": "formations",
    "title": "Formations",
    "intro": (
        "Des formations gratuites et courtes pour faire passer votre commerce au numérique : "
        "commencez par le tronc commun, puis choisissez un parcours selon vos projets."
    ),
}


def demo_tracks() -> list[dict]:
    return [import_module(f"courses.demo_content.{name}").TRACK for name in TRACK_MODULES]


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _quiz_blocks(quiz: dict | None) -> list[dict]:
    if not quiz:
        return []
    return [
        {
            "type": "question",
            "value": {
                "text": question["text"],
                "kind": question["kind"],
                "answers": [
                    {
                        "text": answer["text"],
                        "correct": answer["correct"],
                        "explanation": answer["explanation"],
                    }
                    for answer in question["answers"]
                ],
            },
        }
        for question in quiz["questions"]
    ]


def _body(spec: dict) -> list[dict]:
    """The lesson body; a download becomes a Document placed before the final checklist."""
    body = list(spec["body"])
    download = spec.get("download")
    if download:
        document = Document.objects.filter(title=download["title"]).first()
        if document is None:
            document = Document(title=download["title"])
            document.file.save(
                download["filename"], ContentFile(download["content"].encode()), save=False
            )
            document.save()
        block = {"type": "document", "value": {"document": document.pk, "title": download["title"]}}
        body.insert(max(len(body) - 1, 0), block)
    return body


def _lesson(course: CoursePage, spec: dict) -> None:
    if LessonPage.objects.child_of(course).filter(slug=spec["slug"]).exists():
        return
    quiz = spec.get("quiz")
    _publish_child(
        course,
        LessonPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec.get("intro", ""),
            estimated_minutes=spec["minutes"],
            optional=spec.get("optional", False),
            body=_body(spec),
            quiz=_quiz_blocks(quiz),
            quiz_pass_mark=quiz["pass_mark"] if quiz else 70,
        ),
    )


def _course(track: TrackPage, spec: dict) -> CoursePage:
    course = CoursePage.objects.child_of(track).filter(slug=spec["slug"]).first()
    if course is None:
        course = CoursePage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            objectives="\n".join(spec["objectives"]),
            level=spec["level"],
            format=spec["format"],
            effort_hours=Decimal(spec["effort_hours"]),
            prerequisites_text=spec.get("prerequisites_text", ""),
        )
        course.themes.add(*spec.get("themes", []))
        _publish_child(track, course)
    for lesson in spec["lessons"]:
        _lesson(course, lesson)
    return course


def _link_prerequisites(courses: dict[str, CoursePage], tracks: list[dict]) -> None:
    for track in tracks:
        for spec in track["courses"]:
            course = courses[spec["slug"]]
            wanted = [courses[slug] for slug in spec.get("prerequisites", []) if slug in courses]
            if set(course.prerequisites.all()) != set(wanted):
                course.prerequisites.set(wanted)
                course.save_revision().publish()


@transaction.atomic
def load_demo_courses(home) -> CatalogPage:
    catalog = CatalogPage.objects.first()
    if catalog is None:
        catalog = _publish_child(home, CatalogPage(**CATALOG))
    tracks = demo_tracks()
    courses: dict[str, CoursePage] = {}
    for spec in tracks:
        track = TrackPage.objects.child_of(catalog).filter(slug=spec["slug"]).first()
        if track is None:
            track = _publish_child(
                catalog,
                TrackPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    intro=spec["intro"],
                    is_core=spec.get("is_core", False),
                ),
            )
        for course_spec in spec["courses"]:
            courses[course_spec["slug"]] = _course(track, course_spec)
    _link_prerequisites(courses, tracks)
    return catalog
