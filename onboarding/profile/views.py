"""The owner's business profile, and its page for the advisors who follow it (built in
``advising.business.views``, where its forms are handled too)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.decorators import role_required
from accounts.roles import Role
from onboarding.profile.forms import BusinessProfileForm
from onboarding.profile.models import Business
from onboarding.profile.selectors import business_of
from onboarding.profile.services import save_profile


@role_required(Role.OWNER)
@require_http_methods(["GET", "POST"])
def profile(request):
    """ "Mon entreprise": create the profile the first time, edit it afterwards."""
    business = business_of(request.user)
    instance = business or Business(owner=request.user)
    if request.method == "GET":
        form = BusinessProfileForm(instance=instance)
        return render(request, "businesses/profile.html", {"form": form, "business": business})

    form = BusinessProfileForm(request.POST, instance=instance)
    if form.is_valid():
        try:
            save_profile(request.user, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Le profil de votre entreprise est enregistré."))
            # Back to the profile, which now offers the next stage (the diagnostic first).
            return redirect("businesses:profile")
    # 400 so that tests, monitoring and assistive tools see a refused submission.
    return render(
        request, "businesses/profile.html", {"form": form, "business": business}, status=400
    )
