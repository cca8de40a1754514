"""A business's page for its advisors and staff, and the two forms it posts.

The page is ``advising:business`` (``/entreprises/<pk>/``); a refused note or reminder comes
back on the same page, with a 400 and what was typed.
Every business is looked up through ``selectors.followed_business``: outside the portfolio, 404.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from accounts.roles import Role, role_of
from advising.business import selectors, services
from advising.business.forms import NoteForm, ReminderForm
from onboarding.diagnostic.selectors import history as diagnostic_history
from onboarding.dossiers.selectors import applications_of
from onboarding.profile.models import Business


@role_required(Role.OWNER, Role.ADVISOR, Role.STAFF)
def business_detail(request, pk: int):
    """A business's page as its advisors and staff read it; 404 for anyone else.

    Its owner is sent to her own profile: this page carries the advisors' private notes.
    """
    business = selectors.followed_business(request.user, pk)
    if role_of(request.user) is Role.OWNER:
        return redirect("businesses:profile")
    return render_business_page(request, business)


def render_business_page(
    request, business: Business, *, note_form=None, reminder_form=None, status: int = 200
):
    """The advisor's page of a business: a fixed number of queries, whatever its history."""
    if business.owner.erased_at is not None:
        return _erased_page(request, business, status=status)
    context = {
        "business": business,
        "diagnostics": diagnostic_history(business),
        "applications": applications_of(business),
        "courses": selectors.course_progress(business),
        "storefront": selectors.storefront_figures(business),
        "notes": selectors.notes_of(business),
        "timeline": selectors.timeline(business),
        "note_form": note_form or NoteForm(),
        "reminder_form": reminder_form or ReminderForm(),
    }
    return render(request, "businesses/detail.html", context, status=status)


def _erased_page(request, business: Business, *, status: int = 200):
    """Its owner erased her account: the page says so and when, and shows nothing else (no
    name, no e-mail, no history); notes and reminders are refused."""
    return render(request, "businesses/erased.html", {"business": business}, status=status)


@require_POST
@role_required(Role.ADVISOR, Role.STAFF)
def note_add(request, pk: int):
    business = selectors.followed_business(request.user, pk)
    if business.owner.erased_at is not None:
        return _erased_page(request, business, status=400)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.add_note(business, author=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            form.add_error(None, error)  # a dict of errors lands on its fields
        else:
            messages.success(request, _("Note enregistrée."))
            return redirect(reverse("advising:business", args=[business.pk]) + "#notes")
    return render_business_page(request, business, note_form=form, status=400)


@require_POST
@role_required(Role.ADVISOR, Role.STAFF)
def reminder_send(request, pk: int):
    business = selectors.followed_business(request.user, pk)
    if business.owner.erased_at is not None:
        return _erased_page(request, business, status=400)
    form = ReminderForm(request.POST)
    if form.is_valid():
        try:
            services.send_reminder(
                business,
                sender=request.user,
                subject=form.cleaned_data["subject"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)  # a dict of errors lands on its fields
        else:
            messages.success(request, _("Relance envoyée au dirigeant."))
            return redirect(reverse("advising:business", args=[business.pk]) + "#relance")
    return render_business_page(request, business, reminder_form=form, status=400)
