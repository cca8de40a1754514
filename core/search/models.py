"""The site's search index, its vocabulary, the editors' synonyms and the searches that found
nothing.

One table of documents for everything the site searches (courses, lessons, shops, products):
each row keeps the text it shows (title, summary, body, for the highlighted extract) beside
the terms :mod:`core.search.analysis` made of it. SQLite indexes the terms in an FTS5 table
kept in step by triggers; PostgreSQL in a weighted ``tsvector`` with a GIN index (both made
by this app's migrations). Apps feed it through :mod:`core.search.indexing`.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class SearchDocument(models.Model):
    """One searchable thing, in one language."""

    kind = models.CharField(max_length=32)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    #: What the thing belongs to, for scoped searches: a lesson's course, a product's shop.
    group_id = models.PositiveBigIntegerField(null=True, blank=True)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    title_terms = models.TextField()
    summary_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    #: PostgreSQL only (weights A, B, C); empty on SQLite, whose FTS5 table holds the terms.
    vector = SearchVectorField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="search_document_unique"
            )
        ]
        indexes = [models.Index(fields=["kind", "language", "group_id"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} ({self.language})"


class SearchWord(models.Model):
    """A word of the indexed texts, folded: what a mistyped word is compared with (trigram
    similarity), and how a correction is shown (``display``, with its accents)."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=100)
    term = models.CharField(max_length=100)
    display = models.CharField(max_length=100)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")
        ]
        indexes = [models.Index(fields=["language", "term"])]

    def __str__(self) -> str:
        return self.display


class SearchSynonym(models.Model):
    """Words that mean the same to a shopkeeper: a search for one finds the others."""

    terms = models.TextField(
        _("mots et expressions"),
        help_text=_(
            "Séparés par des virgules : « marketplace, place de marché, plateforme de vente ». "
            "Une recherche de l'un trouve aussi les autres."
        ),
    )
    language = models.CharField(
        _("langue"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    panels = [FieldPanel("terms"), FieldPanel("language")]

    class Meta:
        verbose_name = _("synonyme de recherche")
        verbose_name_plural = _("synonymes de recherche")
        ordering = ["terms"]

    def __str__(self) -> str:
        return self.terms

    @property
    def expressions(self) -> list[str]:
        return [part.strip() for part in self.terms.replace("\n", ",").split(",") if part.strip()]


class SearchMiss(models.Model):
    """A search that found nothing, counted; nothing about who typed it."""

    scope = models.CharField(_("recherche"), max_length=32)
    query = models.CharField(_("texte cherché"), max_length=100)
    count = models.PositiveIntegerField(_("nombre de fois"), default=0)
    first_seen = models.DateField(_("première fois"))
    last_seen = models.DateField(_("dernière fois"))

    class Meta:
        verbose_name = _("recherche sans résultat")
        verbose_name_plural = _("recherches sans résultat")
        constraints = [
            models.UniqueConstraint(fields=["scope", "query"], name="search_miss_unique")
        ]
        indexes = [models.Index(fields=["-count", "-last_seen"])]

    def __str__(self) -> str:
        return self.query
