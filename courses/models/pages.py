"""The catalogue as editors build it: catalogue › tracks › courses › lessons.

What each page's template shows besides its own fields (the learner's progress, the search)
is read by ``courses.selectors`` and added in ``courses.wagtail_hooks`` (see
``core.page_context``).
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from accounts.roles import Role, role_of
from core.formatting import french_sort_key
from core.page_context import ContributedContextMixin
from core.view_restrictions import CachedViewRestrictionsMixin
from courses.blocks import LessonBodyBlock, QuizBlock, SourceBlock


class LearnerCopyMixin:
    """Pages that the page cache may keep a copy of for each business owner (core.page_cache).

    Only owners follow courses: advisors and staff read the same pages without a progress of
    their own, so their requests are always rendered.
    """

    def cache_for_learner(self, user) -> bool:
        return role_of(user) == Role.OWNER


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Débutant")
    INTERMEDIATE = "intermediate", _("Intermédiaire")
    ADVANCED = "advanced", _("Avancé")


class Format(models.TextChoices):
    ONLINE = "online", _("Module en ligne")
    VIDEO = "video", _("Vidéos courtes")
    WORKSHOP = "workshop", _("Atelier pratique")


class CatalogPage(CachedViewRestrictionsMixin, ContributedContextMixin, Page):
    """/formations/: every course, with filters and search."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.TrackPage"]
    max_count = 1
    # The anonymous version of the page is the same for everyone: see courses.cache.
    cache_for_anonymous = True
    # Not ``q``: every search is served fresh, so each one that finds nothing is counted for
    # the editors (a cached copy would answer the same search again without a word).
    cache_query_params = ("track", "format", "level", "effort")

    class Meta:
        verbose_name = _("catalogue des formations")


class TrackPage(CachedViewRestrictionsMixin, ContributedContextMixin, Page):
    """A track ("parcours"): the common core, or a specialised set of courses."""

    intro = models.TextField(_("introduction"), max_length=500)
    is_core = models.BooleanField(
        _("tronc commun"),
        default=False,
        help_text=_("Les bases que tout le monde devrait suivre ; recommandées en premier."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("is_core")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.CoursePage"]
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("parcours")
        verbose_name_plural = _("parcours")


class CourseTheme(TaggedItemBase):
    content_object = ParentalKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="tagged_themes"
    )

    class Meta:
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")


class CoursePage(CachedViewRestrictionsMixin, LearnerCopyMixin, ContributedContextMixin, Page):
    """A course: a sequence of lessons with a promise, a level and an effort."""

    # What a course card (courses/includes/course_card.html) shows beside the course's fields,
    # set by the page that lists it: the catalogue gives all three, a track page or the
    # dashboard some. Defaults on the class, so that a card's test of one is a plain read: a
    # missing attribute costs Django's templates a ``dir()`` of the page, a tenth of a
    # millisecond for each card.
    #: Enrolled, completed… for a signed-in visitor (courses.wagtail_hooks).
    learner_status = None
    #: The track it belongs to, shown above its title (courses.catalogue).
    track_page = None
    #: The lessons a catalogue search found in it (courses.catalogue).
    lesson_matches = ()

    @classmethod
    def card_themes_prefetch(cls) -> models.Prefetch:
        """For a listing of course cards: each course's themes read in one query into a plain
        list. Prefetched the usual way, Django would hand each course a tag queryset built by
        taggit's manager to hold them, a third of a millisecond per course for nothing."""
        return models.Prefetch("themes", to_attr="listed_themes")

    @property
    def card_themes(self) -> list:
        """The themes its card shows: the list a listing prefetched, or read now, in French
        alphabetical order (the database returns them in whatever order its plan gives)."""
        listed = self.__dict__.get("listed_themes")
        themes = listed if listed is not None else self.themes.all()
        return sorted(themes, key=lambda theme: french_sort_key(theme.name))

    summary = models.TextField(_("résumé"), max_length=300)
    objectives = models.TextField(
        _("objectifs"), help_text=_("Un objectif par ligne : « Créer sa fiche Google »…")
    )
    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    effort_hours = models.DecimalField(
        _("durée (heures)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.5), MaxValueValidator(100)],
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("formations à suivre avant"),
        blank=True,
        symmetrical=False,
        related_name="unlocks",
    )
    prerequisites_text = models.TextField(_("prérequis"), blank=True, max_length=500)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ClusterTaggableManager(
        verbose_name=_("thèmes"), through=CourseTheme, blank=True, related_name="courses"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("format"), FieldPanel("effort_hours")]),
        MultiFieldPanel(
            [FieldPanel("prerequisites_text"), FieldPanel("prerequisites")],
            heading=_("Prérequis"),
        ),
        FieldPanel("image"),
        FieldPanel("themes"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("prerequisites_text"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.SearchField("lesson_text"),
        index.FilterField("level"),
        index.FilterField("format"),
        index.FilterField("effort_hours"),
    ]
    parent_page_types = ["courses.TrackPage"]
    subpage_types = ["courses.LessonPage"]
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("formation")
        verbose_name_plural = _("formations")

    def lesson_text(self) -> str:
        """Titles and summaries of the live lessons, so that a search for a lesson's subject
        finds its course. Re-indexed when a lesson is published (courses.apps)."""
        lessons = LessonPage.objects.live().child_of(self).only("title", "intro")
        return " ".join(f"{lesson.title}. {lesson.intro}" for lesson in lessons)

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]


class LessonPage(CachedViewRestrictionsMixin, LearnerCopyMixin, ContributedContextMixin, Page):
    """One lesson: a short read or video that ends with actions, and perhaps a quiz."""

    intro = models.TextField(_("résumé"), blank=True, max_length=400)
    objectives = models.TextField(
        _("objectifs"),
        blank=True,
        help_text=_("Ce que l'apprenant saura faire, un objectif par ligne."),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("contenu"))
    sources = StreamField(
        [("source", SourceBlock(label=_("Source")))],
        verbose_name=_("sources"),
        blank=True,
        help_text=_("Les pages officielles sur lesquelles les faits de la leçon sont vérifiés."),
    )
    last_checked = models.DateField(
        _("dernière vérification"),
        null=True,
        blank=True,
        help_text=_("Date à laquelle les faits ont été vérifiés auprès des sources."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("durée estimée (minutes)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    optional = models.BooleanField(
        _("leçon facultative"),
        default=False,
        help_text=_("Non exigée pour terminer la formation (sauf si elle a un quiz)."),
    )
    quiz = StreamField(QuizBlock(), verbose_name=_("questions"), blank=True)
    quiz_pass_mark = models.PositiveSmallIntegerField(
        _("note pour réussir (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    # Kept in step with ``quiz`` on save, so outlines need not load every quiz.
    has_quiz = models.BooleanField(default=False, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("optional")]),
        FieldPanel("objectives"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("sources"), FieldPanel("last_checked")], heading=_("Sources")),
    ]
    quiz_panels = [FieldPanel("quiz_pass_mark"), FieldPanel("quiz")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(quiz_panels, heading=_("Quiz")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("leçon")
        verbose_name_plural = _("leçons")

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    @property
    def counts_for_completion(self) -> bool:
        """Required lessons, and any lesson with a quiz (every quiz must be passed)."""
        return not self.optional or self.has_quiz

    @cached_property
    def course(self) -> CoursePage:
        return CoursePage.objects.get(path=self.path[: -self.steplen])

    def save(self, *args, **kwargs):
        # Converting every question now gives each answer its id before the first save: raw
        # data (from code or an import) would otherwise be stored without answer ids, and the
        # quiz form and attempts rely on ids that never change.
        questions = list(self.quiz)
        self.has_quiz = bool(questions)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "quiz" in update_fields:
            kwargs["update_fields"] = {*update_fields, "has_quiz"}
        return super().save(*args, **kwargs)
