"""Reads: outlines, a learner's progress, "Mon parcours", recommendations and the catalogue.

Every function runs a fixed number of queries whatever the number of lessons or courses:
lessons, progress rows and attempts are fetched in one query each and joined in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import reduce
from operator import or_

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from accounts.roles import Role, role_of
from core.local_copies import LocalCopies
from core.page_cache import TIMEOUT, content_version
from core.routing import page_at_path
from core.translations import in_default_locale, original_of, translated
from courses.learner_rows import LearnerRows, learner_rows
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt, TrackPage
from courses.quiz import QuizForm, shown_quiz

LESSON_LINE_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "estimated_minutes",
    "optional",
    "has_quiz",
    "translation_key",  # for the English titles (core.translations.translated)
)


@dataclass
class LessonLine:
    """A lesson as listed in an outline, with the learner's state."""

    id: int
    title: str
    url: str
    minutes: int
    optional: bool
    has_quiz: bool
    done: bool = False

    @property
    def counts(self) -> bool:
        return not self.optional or self.has_quiz


@dataclass
class Outline:
    """A course's lessons in order, and where one learner stands in it."""

    course: CoursePage
    lessons: list[LessonLine]
    enrolment: Enrolment | None = None

    @property
    def enrolled(self) -> bool:
        return self.enrolment is not None

    @property
    def completed(self) -> bool:
        return bool(self.enrolment and self.enrolment.completed_at)

    @property
    def counted(self) -> list[LessonLine]:
        return [line for line in self.lessons if line.counts]

    @property
    def done_ids(self) -> tuple[int, ...]:
        """The lessons she has done, as a key: her outline looks the same for the same ones."""
        return tuple(line.id for line in self.lessons if line.done)

    @property
    def done_count(self) -> int:
        return sum(1 for line in self.counted if line.done)

    @property
    def total_count(self) -> int:
        return len(self.counted)

    @property
    def percent(self) -> int:
        if self.completed:
            return 100
        return round(100 * self.done_count / self.total_count) if self.total_count else 0

    @property
    def next_lesson(self) -> LessonLine | None:
        """The first lesson still to do: counted ones first, then optional ones."""
        return next((line for line in self.counted if not line.done), None) or next(
            (line for line in self.lessons if not line.done), None
        )

    @property
    def resume_lesson(self) -> LessonLine | None:
        """Where "Reprendre" leads: the lesson last opened if unfinished, else the next one."""
        last_id = self.enrolment.last_lesson_id if self.enrolment else None
        last = next((line for line in self.lessons if line.id == last_id), None)
        if last and not last.done:
            return last
        return self.next_lesson or (self.lessons[0] if self.lessons else None)

    def neighbours(self, lesson_id: int) -> tuple[LessonLine | None, LessonLine | None]:
        ids = [line.id for line in self.lessons]
        if lesson_id not in ids:
            return None, None
        index = ids.index(lesson_id)
        previous = self.lessons[index - 1] if index > 0 else None
        following = self.lessons[index + 1] if index + 1 < len(self.lessons) else None
        return previous, following


def _lesson_lines(lessons, done_ids: set[int]) -> list[LessonLine]:
    """Lines for default-locale lessons: their ids are those progress points to; their titles
    are in the visitor's language where a translation exists (see ``translated``)."""
    return [
        LessonLine(
            id=lesson.pk,
            title=lesson.title,
            url=lesson.url,
            minutes=lesson.estimated_minutes,
            optional=lesson.optional,
            has_quiz=lesson.has_quiz,
            done=lesson.pk in done_ids,
        )
        for lesson in lessons
    ]


#: Each course's outline lines before anyone's progress, per content version and language, in
#: this process's memory: every lesson and course page shows its course's outline, and only a
#: publication, move or deletion of a page (which changes the version) changes them.
_course_lines = LocalCopies(max_entries=500, max_age=TIMEOUT)


def _lines_of(course: CoursePage, done_ids: set[int], version: int | None) -> list[LessonLine]:
    """One course's lines with her progress, from the lines kept until the next publication:
    their titles and addresses are worked out once. ``version``: the content version the
    request already read (``request.content_version``), read again otherwise."""
    key = (course.pk, version or content_version(), get_language())
    lines = _course_lines.get(key)
    if lines is None:
        lines = _lesson_lines(translated(_lessons_of([course])[course.path]), set())
        _course_lines.set(key, lines)
    return [replace(line, done=line.id in done_ids) for line in lines]  # hers alone


def _lessons_of(courses) -> dict[str, list[LessonPage]]:
    """Live lessons of several courses in one query, keyed by the course's tree path."""
    courses = list(courses)
    if not courses:
        return {}
    steplen = LessonPage.steplen
    lessons = (
        LessonPage.objects.live()
        .filter(reduce(or_, [Q(path__startswith=course.path) for course in courses]))
        .filter(depth__in={course.depth + 1 for course in courses})
        .only(*LESSON_LINE_FIELDS)
        .order_by("path")
    )
    by_course: dict[str, list[LessonPage]] = {course.path: [] for course in courses}
    for lesson in lessons:
        by_course.setdefault(lesson.path[:-steplen], []).append(lesson)
    return by_course


def live_course(course_id: int) -> CoursePage:
    """A published course, in the default locale (the one enrolments point to) when the id
    is a translation's; 404 otherwise."""
    return original_of(get_object_or_404(CoursePage.objects.live(), pk=course_id))


def live_lesson_as_shown(lesson_id: int) -> LessonPage:
    """A published lesson as the learner saw it (perhaps a translation); 404 otherwise."""
    return get_object_or_404(LessonPage.objects.live(), pk=lesson_id)


def live_lesson(lesson_id: int) -> LessonPage:
    """A published lesson, in the default locale (the one progress points to); 404 otherwise."""
    return original_of(live_lesson_as_shown(lesson_id))


def own_attempt(user, attempt_id: int) -> QuizAttempt:
    """One of the learner's quiz attempts, with its lesson and course; 404 for anyone else's."""
    return get_object_or_404(
        QuizAttempt.objects.select_related("lesson", "enrolment__course"),
        pk=attempt_id,
        enrolment__user=user,
    )


def _enrolment(user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def course_outline(course: CoursePage, user, version: int | None = None) -> Outline:
    """The course page's outline: two queries for a signed-in learner (her enrolment and
    progress), plus one or two (the English titles) per publication, language and process for
    the lessons. ``course`` may be a translation: the outline is the default-locale course's,
    where progress is kept. ``version``: the request's content version, if read."""
    course = original_of(course)
    enrolment = _enrolment(user, course)
    done_ids = set()
    if enrolment:
        done_ids = set(enrolment.progress.values_list("lesson_id", flat=True))
    return Outline(course=course, lessons=_lines_of(course, done_ids, version), enrolment=enrolment)


def can_enrol(user) -> bool:
    """Enrolment is for business owners; advisors and staff read the courses without it."""
    return role_of(user) == Role.OWNER


@dataclass
class BestAttempt:
    score: int
    passed: bool
    count: int


def best_of(scores, lesson: LessonPage) -> BestAttempt | None:
    """Her best attempt from her scores on ``lesson`` (courses.learner_rows): the best score
    counts, every attempt is kept. A few numbers, counted here, where Django takes longer to
    write a grouped query than the database to answer it."""
    scores = list(scores)
    if not scores:
        return None
    best = max(scores)
    return BestAttempt(score=best, passed=best >= lesson.quiz_pass_mark, count=len(scores))


def lesson_context(
    lesson: LessonPage, user, quiz_form: QuizForm | None = None, version: int | None = None
) -> dict:
    """Everything the lesson page shows around its body, for one learner.

    ``lesson`` is the page shown, perhaps a translation: progress, attempts and the outline
    are the default-locale lesson's, the quiz shows the translation's texts (``shown_quiz``).
    Its course, the page above it, is found as routing finds pages: once per content version
    (``version``, the request's, read again when not given) and process. What it shows of
    her, in one statement (courses.learner_rows).
    """
    original = original_of(lesson)
    version = version or content_version()
    course = page_at_path(version, original.url_path.rsplit("/", 2)[0] + "/")
    if course is None:  # an address the tree no longer gives: read by its place in the tree
        course = CoursePage.objects.get(path=original.path[: -original.steplen])
    rows = learner_rows(user.pk, course.pk, original.pk) if user.is_authenticated else LearnerRows()
    enrolment = rows.enrolment
    outline = Outline(
        course=course, lessons=_lines_of(course, rows.done_ids, version), enrolment=enrolment
    )
    previous, following = outline.neighbours(original.pk)
    line = next((item for item in outline.lessons if item.id == original.pk), None)
    attempt = best_of(rows.scores, original) if original.has_quiz else None
    answered = quiz_form is not None  # her answers, shown again with what is missing
    if quiz_form is None and original.has_quiz and enrolment is not None:
        # Built only if the page's copy of the empty form is missing (lesson_page.html).
        quiz_form = SimpleLazyObject(lambda: QuizForm(shown_quiz(lesson, original)))
    return {
        "course": translated([course])[0],
        "lesson_id": original.pk,
        "outline": outline,
        "lesson_line": line,
        "previous_lesson": previous,
        "next_lesson": following,
        "best_attempt": attempt,
        "quiz_form": quiz_form,
        "quiz_answered": answered,
        "quiz_offered": quiz_form is not None,
        "can_enrol": can_enrol(user),
    }


# --- "Mon parcours" ------------------------------------------------------------------------


@dataclass
class Dashboard:
    in_progress: list[Outline] = field(default_factory=list)
    completed: list[Outline] = field(default_factory=list)
    recommended: list[CoursePage] = field(default_factory=list)


def outlines_of(user_id: int) -> list[Outline]:
    """Every course a learner enrolled in, with its lessons done, most recently active first.
    Three queries however many courses: the learner's dashboard and her advisor's page both
    read it, so they always show the same progress."""
    enrolments = list(
        Enrolment.objects.filter(user_id=user_id)
        .select_related("course")
        .order_by("-last_activity_at", "-pk")
    )
    if not enrolments:
        return []
    lessons = _lessons_of([enrolment.course for enrolment in enrolments])
    shown = {
        lesson.pk: lesson
        for lesson in translated([lesson for lines in lessons.values() for lesson in lines])
    }
    lessons = {path: [shown[lesson.pk] for lesson in lines] for path, lines in lessons.items()}
    courses = {course.pk: course for course in translated(e.course for e in enrolments)}
    done_ids = set(
        LessonProgress.objects.filter(enrolment__user_id=user_id).values_list(
            "lesson_id", flat=True
        )
    )
    return [
        Outline(
            course=courses[enrolment.course_id],
            lessons=_lesson_lines(lessons.get(enrolment.course.path, []), done_ids),
            enrolment=enrolment,
        )
        for enrolment in enrolments
    ]


def dashboard(user) -> Dashboard:
    """A learner's courses with their progress, and what to take next. Five queries."""
    outlines = outlines_of(user.pk)
    board = Dashboard()
    for outline in outlines:
        (board.completed if outline.enrolment.completed_at else board.in_progress).append(outline)
    board.completed.sort(key=lambda outline: outline.enrolment.completed_at, reverse=True)
    board.recommended = recommended_courses(user, [outline.enrolment for outline in outlines])
    return board


def recommended_courses(user, enrolments: list[Enrolment], limit: int = 3) -> list[CoursePage]:
    """Courses to take next, best first.

    A course whose prerequisites the learner has all completed comes first (it is the natural
    next step), then the common core, then courses of tracks the learner already follows.
    """
    completed = {e.course_id for e in enrolments if e.completed_at}
    enrolled = {e.course_id for e in enrolments}
    followed_tracks = {e.course.path[: -CoursePage.steplen] for e in enrolments}
    candidates = list(
        in_default_locale(CoursePage.objects.live()).exclude(pk__in=enrolled).order_by("path")
    )
    if not candidates:
        return []
    core_paths = set(
        in_default_locale(TrackPage.objects.live())
        .filter(is_core=True)
        .values_list("path", flat=True)
    )
    requirements: dict[int, set[int]] = {}
    through = CoursePage.prerequisites.through
    for course_id, required_id in through.objects.filter(
        from_coursepage__in=[c.pk for c in candidates]
    ).values_list("from_coursepage_id", "to_coursepage_id"):
        requirements.setdefault(course_id, set()).add(required_id)

    def rank(course: CoursePage) -> tuple:
        needed = requirements.get(course.pk, set())
        track = course.path[: -CoursePage.steplen]
        unlocked = needed <= completed
        return (
            not (needed and unlocked),
            not unlocked,
            track not in core_paths,
            track not in followed_tracks,
            course.path,
        )

    return translated(sorted(candidates, key=rank)[:limit], ("title", "summary"))


def track_courses(track: TrackPage) -> list[CoursePage]:
    """The default-locale track's courses (``track`` may be a translation), with their
    titles and summaries in the visitor's language."""
    courses = (
        CoursePage.objects.live()
        .child_of(original_of(track))
        .order_by("path")
        .prefetch_related(CoursePage.card_themes_prefetch())
    )
    return translated(courses, ("title", "summary"))


def learner_statuses(user) -> dict[int, str]:
    """Course id → "enrolled" or "completed", for the badges on course cards."""
    return {
        course_id: "completed" if completed_at else "enrolled"
        for course_id, completed_at in Enrolment.objects.filter(user=user).values_list(
            "course_id", "completed_at"
        )
    }
