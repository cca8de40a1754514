"""A page's template context, contributed by the reads of its own app.

A page model cannot import the selectors that build its context: the selectors query the page
models, so the two modules would import each other. Instead the app registers, in its
``wagtail_hooks.py``, a function for the page class, and the page's ``get_context`` adds what
that function returns. Wagtail imports every app's ``wagtail_hooks`` before the first lookup,
so the registration is in place for any request, preview or command. A function registered
for a parent class also serves its subclasses (webinars and bootcamps are event pages).
"""

from collections.abc import Callable

from wagtail import hooks

#: ``build(page, request, **kwargs) -> dict``: ``kwargs`` are those given to ``get_context``.
ContextBuilder = Callable[..., dict]


def _hook_name(page_class) -> str:
    return f"page_context:{page_class._meta.label_lower}"


def contributes_to(page_class) -> Callable[[ContextBuilder], ContextBuilder]:
    """Register the decorated function as a source of ``page_class``'s template context."""

    def register(build: ContextBuilder) -> ContextBuilder:
        hooks.register(_hook_name(page_class), build)
        return build

    return register


class ContributedContextMixin:
    """Put before ``Page`` in the bases: the context gets what is registered for each of the
    page's model classes, abstract ones included, the most general first."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for page_class in reversed(type(self).__mro__):
            if "_meta" not in vars(page_class):
                continue  # a plain mixin, not a model
            for build in hooks.get_hooks(_hook_name(page_class)):
                context.update(build(self, request, **kwargs))
        return context
