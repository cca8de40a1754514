"""A learner's actions on a course: enrol, mark a lesson done, answer a quiz, see where they are.

The pages themselves (catalogue, tracks, courses, lessons) are Wagtail pages; these views
handle the writes and the learner's own pages, all reserved to business owners.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from accounts.roles import Role
from core.translations import original_of, translated
from courses import selectors, services
from courses.live.selectors import learner_events
from courses.models import LessonPage
from courses.quiz import QuizForm, shown_quiz_in


@role_required(Role.OWNER)
def dashboard(request):
    """ "Mon parcours": my courses, where I stand in each, what to take next, my sessions."""
    context = {"board": selectors.dashboard(request.user), **learner_events(request.user)}
    return render(request, "courses/dashboard.html", context)


@require_POST
@role_required(Role.OWNER)
def enrol(request, course_id: int):
    course = selectors.live_course(course_id)
    services.enrol(request.user, course)
    outline = selectors.course_outline(course, request.user)
    title = translated([course])[0].title
    messages.success(
        request, _("Vous êtes inscrit à « %(title)s ». Bonne formation !") % {"title": title}
    )
    target = outline.resume_lesson
    return redirect(target.url if target else course.url)


def _enrolment_or_403(user, lesson):
    try:
        return services.enrolment_for_lesson(user, lesson)
    except services.NotEnrolled as error:
        raise PermissionDenied(str(error)) from error


@require_POST
@role_required(Role.OWNER)
def mark_done(request, lesson_id: int):
    lesson = selectors.live_lesson(lesson_id)
    _enrolment_or_403(request.user, lesson)
    try:
        services.mark_lesson_done(request.user, lesson)
    except services.QuizRequired as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    return _after_progress(request, lesson)


def _after_progress(request, lesson: LessonPage):
    """Go on to the next lesson, or back to the course once it is complete."""
    course = lesson.course
    outline = selectors.course_outline(course, request.user)
    if outline.completed:
        messages.success(
            request,
            _("Bravo, vous avez terminé la formation « %(title)s » !")
            % {"title": translated([course])[0].title},
        )
        return redirect(course.url)
    _previous, following = outline.neighbours(lesson.pk)
    target = following or outline.next_lesson
    return redirect(target.url if target else course.url)


@require_POST
@role_required(Role.OWNER)
def submit_quiz(request, lesson_id: int):
    """Score the answers on the server; missing answers re-show the form with the choices made."""
    shown = selectors.live_lesson_as_shown(lesson_id)  # perhaps a translation
    lesson = original_of(shown)
    if not lesson.has_quiz:
        raise Http404
    _enrolment_or_403(request.user, lesson)
    questions, language = shown_quiz_in(shown, lesson)
    form = QuizForm(questions, request.POST)
    if not form.is_valid():
        context = shown.get_context(request, quiz_form=form)
        return TemplateResponse(request, shown.get_template(request), context, status=400)
    attempt = services.submit_quiz(
        request.user, lesson, form.chosen(), questions, language=language
    )
    return redirect("courses:attempt", attempt_id=attempt.pk)


@role_required(Role.OWNER)
def attempt(request, attempt_id: int):
    """The result of one attempt, with the explanation of each answer chosen."""
    attempt = selectors.own_attempt(request.user, attempt_id)
    outline = selectors.course_outline(attempt.enrolment.course, request.user)
    _previous, following = outline.neighbours(attempt.lesson_id)
    return render(
        request,
        "courses/attempt.html",
        {
            "attempt": attempt,
            "lesson": translated([attempt.lesson])[0],
            "course": translated([attempt.enrolment.course])[0],
            "outline": outline,
            "next_lesson": following,
        },
    )
