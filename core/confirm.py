"""Destructive actions are done only once confirmed, with or without JavaScript.

A button that cancels, closes or unpublishes first unfolds a question (a ``<details>`` with
the consequence spelled out) whose form carries ``confirmation=oui``; the view refuses a POST
without it, changes nothing and shows the question again. An old page, a double tap or a
crafted form therefore never destroys anything by a single click.
"""

FIELD = "confirmation"
VALUE = "oui"


def confirmed(request) -> bool:
    """Whether the POST comes from the confirmation step's form."""
    return request.POST.get(FIELD) == VALUE
