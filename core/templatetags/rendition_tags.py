"""``{% rendition_img image "fill-400x300" alt="" loading="lazy" %}``: Wagtail's ``{% image %}``
(same ``<img>``, same rendition) for images whose renditions a selector prefetched.

Wagtail's tag writes every rendition it hands out back to the cache, prefetched or not: with
the on-disk cache of a single-machine install that is one temporary file, one rename and one
listing of the whole cache directory per image, which made a storefront of forty products
spend more time on the disk than on its HTML. The prefetched rendition is already the answer,
so it is used as it is; an image whose renditions were not prefetched, or whose rendition does
not exist yet, goes through Wagtail (``get_rendition``, which creates it) exactly as before.
"""

from functools import cache

from django import template
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_rendition_or_not_found

register = template.Library()


@cache
def _filter(spec: str) -> Filter:
    """One parsed filter per spec for the process: parsing it is the same work every time."""
    return Filter(spec=spec)


def prefetched_rendition(image, spec: str):
    """The rendition of ``image`` for ``spec``: the prefetched one when there is one, without
    touching the cache; otherwise Wagtail's (cache, database, or a new rendition)."""
    image_filter = image.clean_filter_for_svg(_filter(spec))
    if image._get_prefetched_renditions() is not None:
        rendition = image.find_existing_renditions(image_filter).get(image_filter)
        if rendition is not None:
            return rendition
    return get_rendition_or_not_found(image, image_filter)


#: ``<img>`` elements already written, by rendition and attributes. A rendition never changes
#: under its id (a new file or focal point makes new renditions), so they stay true.
_IMG_TAGS_MAX = 5000
_img_tags: dict[tuple, str] = {}


def _img_tag(rendition, attrs: dict) -> str:
    if rendition.pk is None or "alt" not in attrs:  # a stand-in, or the image's own alt text
        return rendition.img_tag(attrs)
    key = (rendition.pk, rendition.file.name, rendition.width, rendition.height, *attrs.items())
    try:
        return _img_tags[key]
    except KeyError:
        pass
    except TypeError:  # an attribute value that cannot be a key
        return rendition.img_tag(attrs)
    tag = rendition.img_tag(attrs)
    if len(_img_tags) >= _IMG_TAGS_MAX:
        _img_tags.clear()
    _img_tags[key] = tag
    return tag


@register.simple_tag
def rendition_img(image, spec: str, **attrs):
    """The ``<img>`` ``{% image image spec **attrs %}`` writes; nothing for no image."""
    if not image:
        return ""
    return _img_tag(prefetched_rendition(image, spec), attrs)
