"""Webinar and bootcamp pages. Every date is stored in UTC and shown in Europe/Paris.

What a page shows besides its own fields (the listing, seats left, the visitor's registration)
is read by ``courses.live.selectors`` and added in ``courses.live.wagtail_hooks`` (see
``core.page_context``).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.page_context import ContributedContextMixin
from core.view_restrictions import CachedViewRestrictionsMixin


def event_scope(translation_key) -> str:
    """The page cache's name for what an event page shows besides its content: its seats."""
    return f"event:{translation_key}"


# The join link appears this long before the start, for registered people only.
JOIN_LINK_LEAD = timedelta(minutes=15)


@dataclass(frozen=True)
class Session:
    """One live moment of an event, whatever its type: what calendars and reminders need."""

    key: str
    title: str
    start: datetime
    end: datetime
    location: str = ""
    join_url: str = ""

    @property
    def joinable_from(self) -> datetime:
        return self.start - JOIN_LINK_LEAD

    def join_open(self, now: datetime) -> bool:
        return bool(self.join_url) and self.joinable_from <= now <= self.end

    def started(self, now: datetime) -> bool:
        """Attendance is marked from the start on: before, nobody can have attended."""
        return self.start <= now


class SpeakerBlock(blocks.StructBlock):
    """Who speaks: a name when the speaker is known, otherwise only a role (« Conseillère
    numérique d'une CCI ») so that a programme announced early invents nobody."""

    name = blocks.CharBlock(label=_("Nom"), max_length=120, required=False)
    role = blocks.CharBlock(label=_("Fonction"), max_length=200)

    class Meta:
        icon = "user"
        label_format = "{role}"


class MaterialBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Intitulé"), max_length=200)
    url = blocks.URLBlock(label=_("Adresse"))

    class Meta:
        icon = "doc-full"
        label_format = "{title}"


class EventIndexPage(CachedViewRestrictionsMixin, ContributedContextMixin, Page):
    """/webinaires/ or /bootcamps/: upcoming events first, then past ones with their replays."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1
    # The listing shows no seats, only CMS content sorted by date: an event that ends moves
    # to the past events within the page cache's timeout (ten minutes) at most.
    cache_for_anonymous = True

    class Meta:
        abstract = True


class WebinarIndexPage(EventIndexPage):
    subpage_types = ["events.WebinarPage"]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("liste des webinaires")


class BootcampIndexPage(EventIndexPage):
    subpage_types = ["events.BootcampPage"]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("liste des bootcamps")


class EventPage(CachedViewRestrictionsMixin, ContributedContextMixin, Page):
    """What webinars and bootcamps share: a promise, seats, a registration window."""

    summary = models.TextField(_("résumé"), max_length=300)
    description = RichTextField(_("programme"), features=RICH_TEXT_FEATURES, blank=True)
    capacity = models.PositiveIntegerField(_("nombre de places"))
    registration_opens_at = models.DateTimeField(
        _("ouverture des inscriptions"), null=True, blank=True
    )
    registration_closes_at = models.DateTimeField(
        _("clôture des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Vide : jusqu'au début."),
    )
    cancelled = models.BooleanField(
        _("annulé"), default=False, help_text=_("Les inscrits sont prévenus à la publication.")
    )
    related_courses = ParentalManyToManyField(
        "courses.CoursePage", verbose_name=_("formations liées"), blank=True, related_name="+"
    )

    registration_panels = [
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
        FieldPanel("cancelled"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    # One copy for every anonymous visitor (core.page_cache), with its seats left: each
    # registration changes the event's scope, and the copy ends when the page would change
    # by itself (the registration window, the start, the end).
    cache_for_anonymous = True

    class Meta:
        abstract = True

    def cache_scopes(self) -> tuple[str, ...]:
        """Registrations point to the default-locale event; every translation shares its key."""
        return (event_scope(self.translation_key),)

    def cache_until(self) -> datetime | None:
        now = timezone.now()
        moments = (
            self.registration_opens_at,
            self.registration_closes_at,
            self.starts_at,
            self.ends_at,
        )
        return min((moment for moment in moments if moment and moment > now), default=None)

    def sessions(self) -> list[Session]:
        raise NotImplementedError

    @cached_property
    def calendar_sequence(self) -> int:
        """How many times registrants were told of a new schedule: the calendar SEQUENCE."""
        from courses.live.models.registrations import ScheduleNotice

        notice = ScheduleNotice.objects.filter(event_id=self.pk).first()
        return notice.sequence if notice else 0

    @property
    def starts_at(self) -> datetime | None:
        sessions = self.sessions()
        return min(s.start for s in sessions) if sessions else None

    @property
    def ends_at(self) -> datetime | None:
        sessions = self.sessions()
        return max(s.end for s in sessions) if sessions else None

    def registration_open(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        start = self.starts_at
        return (
            not self.cancelled
            and start is not None
            and now < start
            and (self.registration_opens_at is None or self.registration_opens_at <= now)
            and (self.registration_closes_at is None or now < self.registration_closes_at)
        )

    def schedule_fingerprint(self) -> str:
        import hashlib

        text = "|".join(
            f"{s.key}:{s.start.isoformat()}:{s.end.isoformat()}:{s.location}"
            for s in self.sessions()
        )
        return hashlib.sha256(f"{self.cancelled}|{text}".encode()).hexdigest()


class WebinarPage(EventPage):
    """A live hour with an expert: one session, a join link, a replay afterwards."""

    start = models.DateTimeField(_("début"))
    end = models.DateTimeField(_("fin"))
    speakers = StreamField(
        [("speaker", SpeakerBlock(label=_("Intervenant")))],
        verbose_name=_("intervenants"),
        blank=True,
    )
    join_url = models.URLField(
        _("lien de connexion"),
        blank=True,
        help_text=_("Montré aux inscrits seulement, 15 minutes avant le début."),
    )
    replay_url = models.URLField(_("lien du replay"), blank=True)
    materials = StreamField(
        [("material", MaterialBlock(label=_("Support")))],
        verbose_name=_("supports"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("description"),
        FieldPanel("speakers"),
        MultiFieldPanel(EventPage.registration_panels, heading=_("Inscriptions")),
        MultiFieldPanel(
            [FieldPanel("join_url"), FieldPanel("replay_url"), FieldPanel("materials")],
            heading=_("Liens"),
        ),
        FieldPanel("related_courses"),
    ]
    parent_page_types = ["events.WebinarIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("webinaire")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("La fin doit suivre le début.")})

    def sessions(self) -> list[Session]:
        return [
            Session(
                key="webinar",
                title=self.title,
                start=self.start,
                end=self.end,
                join_url=self.join_url,
            )
        ]


class BootcampPage(EventPage):
    """An intensive programme for a cohort: several sessions, an application, attendance."""

    application_prompt = models.CharField(
        _("question de candidature"),
        max_length=300,
        default=_("Qu'aimeriez-vous avoir accompli à la fin du bootcamp ?"),
    )
    sessions_required = models.PositiveSmallIntegerField(
        _("séances à suivre pour le terminer"), default=1
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("bootcamp_sessions", label=_("Séances"), min_num=1),
        MultiFieldPanel(
            [
                *EventPage.registration_panels,
                FieldPanel("application_prompt"),
                FieldPanel("sessions_required"),
            ],
            heading=_("Candidatures"),
        ),
        FieldPanel("related_courses"),
    ]
    parent_page_types = ["events.BootcampIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("bootcamp")

    def sessions(self) -> list[Session]:
        return [session.as_session() for session in self.bootcamp_sessions.all()]


class BootcampSession(Orderable):
    page = ParentalKey(BootcampPage, on_delete=models.CASCADE, related_name="bootcamp_sessions")
    title = models.CharField(_("titre"), max_length=200)
    start = models.DateTimeField(_("début"))
    end = models.DateTimeField(_("fin"))
    online = models.BooleanField(_("en ligne"), default=False)
    address = models.TextField(_("adresse"), blank=True)
    join_url = models.URLField(_("lien de connexion"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("online"),
        FieldPanel("address"),
        FieldPanel("join_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("séance")

    def __str__(self):
        return self.title

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("La fin doit suivre le début.")})
        if not self.online and not self.address:
            raise ValidationError({"address": _("Indiquez l'adresse, ou cochez « en ligne ».")})

    def as_session(self) -> Session:
        return Session(
            key=f"session-{self.pk}",
            title=self.title,
            start=self.start,
            end=self.end,
            location="" if self.online else self.address,
            join_url=self.join_url if self.online else "",
        )
