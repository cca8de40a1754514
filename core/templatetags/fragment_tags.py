"""``{% memo a b c %}…{% endmemo %}``: a piece of template rendered once per process for the same
values of ``a b c`` (and the active language), then copied.

For markup repeated many times per page, or shown on every request, whose output depends on a
few values only: a storefront's product card depends on the product's name, description,
price and stock, the shop and the page's address, and rendering it through forty templates'
worth of nodes was most of a storefront's time; the home page's sections change only when a
page is published. The key must name **everything the piece shows**: a value left out of the
key would show another request's output. Anything personal inside (a name, a count of her
orders) must be in the key: the copies are shared by every visitor of the process.

A CSRF token is the exception: a copy is made with a mark in its place, and each request's own
token is put there when the copy is served. A signed-in person's header, with its two forms
(sign out, language), is then copied like the rest.

``{% memo published a b %}`` adds the site's content version (core.page_cache), which every
publication, move or deletion of a page changes: for CMS content and the links it makes.

Copies live in each process's memory (core.local_copies), at most ``MAX_ENTRIES`` of them
(the least used go first), for ``MAX_AGE`` seconds at most, like the whole-page cache's copies
(core.page_cache.TIMEOUT), so what no key can name (an image file replaced under the same
rendition) is never older than it would be in a stored page. A preview
(``request.is_preview``) never reads nor writes copies.
"""

import secrets

from django import template
from django.template import Context
from django.template.defaulttags import CsrfTokenNode
from django.utils import translation

from core.local_copies import LocalCopies

register = template.Library()

MAX_ENTRIES = 5000
MAX_AGE = 600
PUBLISHED = "published"

_copies = LocalCopies(MAX_ENTRIES, MAX_AGE)

#: What stands for the CSRF token inside a copy: drawn for each process, so that no text a
#: page shows (a product's description) can be taken for it.
CSRF_MARK = f"csrf-{secrets.token_hex(16)}"
_CSRF_NODE = CsrfTokenNode()
#: ``{% csrf_token %}`` as a copy holds it, and what else it may hold (``{{ csrf_token }}``).
_MARKED_INPUT = _CSRF_NODE.render(Context({"csrf_token": CSRF_MARK}))


def _with_token(output: str, context) -> str:
    """The copy with this request's own CSRF token where the mark stands, as the template
    would have written it (``{% csrf_token %}`` or ``{{ csrf_token }}``)."""
    if CSRF_MARK not in output:
        return output
    output = output.replace(_MARKED_INPUT, _CSRF_NODE.render(context))
    return output.replace(CSRF_MARK, str(context.get("csrf_token") or ""))


def _content_version(request) -> int:
    """The content version the request already read (core.routing), or read now."""
    version = getattr(request, "content_version", None)
    if version is None:
        from core.page_cache import content_version

        version = content_version()
        if request is not None:
            request.content_version = version
    return version


class MemoNode(template.Node):
    def __init__(self, nodelist, key_expressions, published: bool):
        self.nodelist = nodelist
        self.key_expressions = key_expressions
        self.published = published

    def render(self, context):
        request = context.get("request")
        if getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        try:
            values = tuple(expression.resolve(context) for expression in self.key_expressions)
            if self.published:
                values += (_content_version(request),)
            # The node itself, not its id: a template parsed again (development) makes a new
            # node, and an old one cannot be freed while a copy of it could be served. Types
            # beside the values: 1 == True == 1.0, but they do not render alike.
            key = (self, translation.get_language(), *((type(v), v) for v in values))
            hash(key)
        except TypeError:  # a value that cannot be a key: render as if there were no memo
            return self.nodelist.render(context)
        output = _copies.get(key)
        if output is None:
            with context.push(csrf_token=CSRF_MARK):
                output = self.nodelist.render(context)
            _copies.set(key, output)
        # A node's output goes into the page as it is, like the nodes' own.
        return _with_token(output, context)


@register.tag
def memo(parser, token):
    """``{% memo [published] product.pk product.price return_to %}`` … ``{% endmemo %}``."""
    bits = token.split_contents()[1:]
    published = bool(bits) and bits[0] == PUBLISHED
    if published:
        bits = bits[1:]
    if not bits and not published:
        raise template.TemplateSyntaxError("{% memo %} needs at least one value for its key.")
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, [parser.compile_filter(bit) for bit in bits], published)
