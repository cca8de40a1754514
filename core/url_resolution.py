"""Address resolution remembered per path: Django tries the URLconf's patterns in order on every
request, and a page of the CMS, served by Wagtail's catch-all pattern at the very end, was
compared with every pattern of every feature first (145 of them for a lesson): a tenth of the
home page's render.

The URLconf does not change while a process runs and resolves no pattern by language, so a
path resolves the same way every time; the answers (not the refusals: a 404 is resolved
again) are kept per path in the process, up to ``MAX_PATHS`` of them, all forgotten at once
beyond that, so that addresses made up by a crawler cannot grow the memory. The kept match is
never handed to a view: the URLconf's root resolver makes each request its own from it, with
fresh arguments.
"""

from django.urls import URLResolver
from django.urls.resolvers import RoutePattern

MAX_PATHS = 4096


class RememberingResolver(URLResolver):
    def __init__(self, patterns: list):
        super().__init__(RoutePattern(""), patterns)
        self._resolved = {}

    def resolve(self, path):
        found = self._resolved.get(path)
        if found is None:
            found = super().resolve(path)  # raises Resolver404 for an unknown address
            if len(self._resolved) >= MAX_PATHS:
                self._resolved.clear()
            self._resolved[path] = found
        return found


def remembered(patterns: list) -> list:
    """The URLconf's ``urlpatterns``, resolved once per path."""
    return [RememberingResolver(patterns)]
