"""Wagtail hooks of the site as a whole."""

from wagtail import hooks

from core.page_cache import mark_cacheable


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    mark_cacheable(request, page)
