"""What every page of a dossier does first: find it for the user, check who edits, map a
service's refusal onto the form."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from accounts.roles import Role
from onboarding.dossiers import selectors, services

ANYONE = (Role.OWNER, Role.ADVISOR, Role.STAFF)


def application_or_404(request, pk):
    """The application if the user may read it; else 404, so that nothing is revealed."""
    application = selectors.application_for(request.user, pk)
    if application is None:
        raise Http404
    return application


def owner_only(request, application):
    """Among the readers, only the owner edits: a 403 for anyone else."""
    if not selectors.is_owner(request.user, application):
        raise PermissionDenied


def step_context(request, application, step: str, **extra) -> dict:
    return {
        "application": application,
        "step": step,
        "is_owner": selectors.is_owner(request.user, application),
        "can_edit": selectors.is_owner(request.user, application) and application.editable,
        **extra,
    }


def _form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for item in errors:
                form.add_error(field if field in form.fields else None, item)
    else:
        for item in error.error_list:
            form.add_error(None, item)


def saved(form, write) -> bool:
    """Run ``write`` (a service call) if the form is valid; a refusal lands on the form.

    One place maps the services' two kinds of refusal onto the form the person sees: by field
    (``ValidationError``) or for the whole form (``DossierError``).
    """
    if not form.is_valid():
        return False
    try:
        write()
    except ValidationError as error:
        _form_errors(form, error)
    except services.DossierError as error:
        form.add_error(None, str(error))
    else:
        return True
    return False
