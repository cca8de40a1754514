"""Results editors put first for a search (Wagtail's search promotions).

A promotion is found whatever the accents or case of what was typed: « securite » finds the
one an editor entered as « Sécurité ». One query, however many promotions.
"""

from __future__ import annotations

from wagtail.contrib.search_promotions.models import SearchPromotion

from core.search.analysis import fold


def promoted_page_ids(query: str) -> list[int]:
    """Ids of the pages promoted for ``query``, in the editors' order."""
    wanted = " ".join(fold(query).split())
    if not wanted:
        return []
    rows = (
        SearchPromotion.objects.filter(page__isnull=False)
        .order_by("sort_order", "pk")
        .values_list("query__query_string", "page_id")
    )
    return [page_id for text, page_id in rows if " ".join(fold(text).split()) == wanted]
