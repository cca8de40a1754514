"""Registration, cancellation, applications, attendance and calendars.

Event pages are Wagtail pages; these views do the writes and serve the calendar files.
Owners act on their own registrations only (anyone else gets a 404); rosters, applications
and attendance are for staff, and for advisors as far as the people they follow
(``accounts.following``); attendance only once a session has started.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from accounts.roles import Role, role_of
from core import confirm
from core.translations import original_of
from courses import selectors as courses_selectors
from courses.live import selectors, services
from courses.live.attendance_csv import AttendanceFileError
from courses.live.emails import calendar_events
from courses.live.ics import calendar_bytes
from courses.live.models import Registration

ORGANISERS = (Role.ADVISOR, Role.STAFF)


def _event_or_404(event_id: int):
    """The event, in the default locale when the id is a translation's: registrations and
    seats are counted on that one."""
    event = selectors.events_by_id([event_id]).get(event_id)
    if event is None:
        raise Http404
    return original_of(event)


@require_POST
@role_required(Role.OWNER)
def register(request, event_id: int):
    event = _event_or_404(event_id)
    motivation = request.POST.get("motivation", "")
    try:
        registration = services.register(request.user, event, motivation)
    except services.RegistrationError as error:
        # Shown on the event page again, with what was typed.
        context = event.get_context(request)
        context.update({"form_error": str(error), "motivation": motivation})
        return TemplateResponse(request, event.get_template(request), context, status=400)
    text = {
        Registration.Status.CONFIRMED: _(
            "C'est noté : vous êtes inscrit. L'e-mail de confirmation contient le fichier agenda."
        ),
        Registration.Status.WAITING: _(
            "C'est complet : vous êtes sur la liste d'attente. Nous vous écrirons si une place se "
            "libère."
        ),
        Registration.Status.APPLIED: _(
            "Votre candidature est envoyée. Un conseiller vous répond rapidement."
        ),
    }[registration.status]
    messages.success(request, text)
    return redirect(event.url)


@require_POST
@role_required(Role.OWNER)
def cancel(request, registration_id: int):
    """Cancels once confirmed: a seat given up may go to someone waiting at once."""
    registration = selectors.own_registration(request.user, registration_id)
    if not confirm.confirmed(request):
        event = _event_or_404(registration.event_id)
        context = event.get_context(request)
        context.update(
            {
                "form_error": _("Votre inscription n'est pas annulée : confirmez ci-dessous."),
                "confirm_cancel": True,
            }
        )
        return TemplateResponse(request, event.get_template(request), context, status=400)
    services.cancel(registration)
    messages.success(request, _("Votre inscription est annulée."))
    return redirect(registration.event.url)


@role_required(Role.OWNER)
def registration_calendar(request, registration_id: int):
    registration = selectors.own_registration(request.user, registration_id)
    if registration.status != Registration.Status.CONFIRMED:
        raise Http404
    event = _event_or_404(registration.event_id)
    return _calendar_response(calendar_bytes(calendar_events(event)), "evenement.ics")


def calendar_feed(request, token: str):
    """The private feed a phone subscribes to: the secret token is the only key."""
    feed = selectors.feed_by_token(token)
    if feed is None:
        raise Http404
    entries = []
    for item in selectors.upcoming_sessions(feed.user):
        entries.extend(
            entry
            for entry in calendar_events(item.event)
            if entry.uid.startswith(f"{item.session.key}-")
        )
    return _calendar_response(
        calendar_bytes(entries, name=_("Mes événements Accélérateur")), "agenda.ics"
    )


def _calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@role_required(Role.OWNER)
def renew_feed(request):
    """The first address is created at once; a new one revokes the old, so it is confirmed."""
    if selectors.calendar_feed_of(request.user) is not None and not confirm.confirmed(request):
        context = {
            "board": courses_selectors.dashboard(request.user),
            **selectors.learner_events(request.user),
            "confirm_renew": True,
        }
        return render(request, "courses/dashboard.html", context, status=400)
    services.renew_calendar_feed(request.user)
    messages.success(request, _("Nouvelle adresse d'agenda créée : l'ancienne ne fonctionne plus."))
    return redirect("courses:dashboard")


# --- Organisers ------------------------------------------------------------------------------


@role_required(*ORGANISERS)
def roster(request, event_id: int):
    """Applications to decide, and attendance to mark or import, for one event."""
    event = _event_or_404(event_id)
    return render(
        request,
        "events/roster.html",
        {
            "event": event,
            "registrations": selectors.roster(event, viewer=request.user),
            "sessions": event.sessions(),
            "now": timezone.now(),
            "whole_roster": role_of(request.user) is Role.STAFF,
        },
    )


@require_POST
@role_required(*ORGANISERS)
def decide(request, registration_id: int):
    registration = selectors.registration_for_organiser(request.user, registration_id)
    accept = request.POST.get("decision") == "accept"
    try:
        services.decide_application(registration, accept=accept, by=request.user)
    except services.RegistrationError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Candidature acceptée.") if accept else _("Candidature refusée.")
        )
    return redirect("events:roster", event_id=registration.event_id)


@require_POST
@role_required(*ORGANISERS)
def mark_attendance(request, event_id: int):
    """Save the roster's checkboxes: present or absent, per person and session."""
    event = _event_or_404(event_id)
    try:
        services.record_roster(event, request.POST, by=request.user)
    except services.AttendanceRefused as error:
        messages.error(request, str(error))
        return redirect("events:roster", event_id=event.pk)
    messages.success(request, _("Présences enregistrées."))
    return redirect("events:roster", event_id=event.pk)


@require_POST
@role_required(*ORGANISERS)
def import_attendance(request, event_id: int):
    """Import the video tool's attendance file; show what matched and what did not, per row."""
    event = _event_or_404(event_id)
    upload = request.FILES.get("file")
    session_key = request.POST.get("session") or event.sessions()[0].key
    if upload is None:
        messages.error(
            request, _("Choisissez le fichier de présence exporté par l'outil de visio.")
        )
        return redirect("events:roster", event_id=event.pk)
    try:
        report = services.import_attendance(event, session_key, upload.read(), by=request.user)
    except AttendanceFileError as error:
        messages.error(request, str(error))
        return redirect("events:roster", event_id=event.pk)
    return render(
        request,
        "events/import_report.html",
        {
            "event": event,
            "report": report,
            "whole_roster": role_of(request.user) is Role.STAFF,
        },
    )
