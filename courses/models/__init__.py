"""Pages of the catalogue, and what learners do with them."""

from courses.models.pages import (  # noqa: F401
    CatalogPage,
    CoursePage,
    CourseTheme,
    Format,
    LessonPage,
    Level,
    TrackPage,
)
from courses.models.progress import Enrolment, LessonProgress, QuizAttempt  # noqa: F401
