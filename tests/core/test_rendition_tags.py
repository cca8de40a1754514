"""``{% rendition_img %}`` writes Wagtail's ``{% image %}`` without writing to the cache."""

import pytest
from django.core.cache import cache
from django.template import Context, Template
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.images.tests.utils import get_test_image_file

pytestmark = pytest.mark.django_db

SPEC = "fill-40x30"
ATTRS = 'class="shop-card-logo" alt="" loading="lazy"'


@pytest.fixture
def image(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = get_image_model().objects.create(
        title="Vitrine", file=get_test_image_file("vitrine.png", colour="red")
    )
    image.get_rendition(SPEC)
    return image


def _prefetched(image):
    return get_image_model().objects.prefetch_renditions(SPEC).get(pk=image.pk)


def render(text, image):
    return Template("{% load rendition_tags wagtailimages_tags %}" + text).render(
        Context({"image": image})
    )


def _cache_key(image):
    rendition_model = image.get_rendition_model()
    image_filter = Filter(spec=SPEC)
    return rendition_model.construct_cache_key(image, image_filter.get_cache_key(image), SPEC)


def test_the_same_img_as_wagtails_tag(image):
    ours = render(f'{{% rendition_img image "{SPEC}" {ATTRS} %}}', _prefetched(image))
    theirs = render(f"{{% image image {SPEC} {ATTRS} %}}", _prefetched(image))
    assert ours == theirs
    assert 'class="shop-card-logo"' in ours and 'loading="lazy"' in ours


def test_a_prefetched_rendition_costs_no_query_and_no_cache_write(image, django_assert_num_queries):
    prefetched = _prefetched(image)
    cache.delete(_cache_key(image))
    with django_assert_num_queries(0):
        render(f'{{% rendition_img image "{SPEC}" alt="" %}}', prefetched)
    assert cache.get(_cache_key(image)) is None
    render(f'{{% image image {SPEC} alt="" %}}', prefetched)  # Wagtail's writes it
    assert cache.get(_cache_key(image)) is not None


def test_without_prefetching_the_rendition_is_found_or_made(image):
    fresh = get_image_model().objects.get(pk=image.pk)
    html = render('{% rendition_img image "fill-20x20" alt="" %}', fresh)
    assert 'width="20"' in html and 'height="20"' in html
    assert image.renditions.filter(filter_spec="fill-20x20").exists()


def test_no_image_writes_nothing():
    assert render('{% rendition_img None "fill-20x20" alt="" %}', None) == ""
