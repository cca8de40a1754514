"""StreamField blocks shared by every page type; each has its own template under blocks/."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

ICON_CHOICES = [
    ("course", _("Formation")),
    ("webinar", _("Webinaire")),
    ("bootcamp", _("Bootcamp")),
    ("shop", _("Boutique")),
    ("grant", _("Aide financière")),
    ("advisor", _("Conseiller")),
    ("certificate", _("Certificat")),
]


class LinkBlock(blocks.StructBlock):
    """A call to action: a page of the site, or a path or address typed by the editor.

    With ``optional=True`` the three fields may all stay empty (a card without a link).
    """

    label = blocks.CharBlock(label=_("Libellé"), max_length=80, required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Adresse"),
        required=False,
        max_length=300,
        help_text=_("Un chemin du site (/compte/signup/) ou une adresse complète."),
    )

    def __init__(self, *args, optional: bool = False, **kwargs):
        self.optional = optional
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        if self.optional:
            kwargs["optional"] = True
        return path, args, kwargs

    def clean(self, value):
        value = super().clean(value)
        has_target = bool(value.get("page") or value.get("url"))
        errors = {}
        if value.get("label") and not has_target:
            errors["url"] = ValidationError(_("Choisissez une page ou saisissez une adresse."))
        elif has_target and not value.get("label"):
            errors["label"] = ValidationError(_("Saisissez le texte du bouton."))
        elif not has_target and not self.optional:
            errors["label"] = ValidationError(_("Saisissez le texte du bouton."))
            errors["url"] = ValidationError(_("Choisissez une page ou saisissez une adresse."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "link"
        label = _("Bouton")
        template = "blocks/link_block.html"
        description = _("Un bouton vers une page ou une adresse")


def _for_visitors(link) -> bool:
    """Whether the link leads to signing up or in: pointless once the reader is signed in."""
    url = (link.get("url") or "") if link else ""
    return any(url.startswith(reverse(name)) for name in ("account_signup", "account_login"))


def _signed_in(parent_context) -> bool:
    request = (parent_context or {}).get("request")
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def my_space_link() -> dict:
    """The button a signed-in reader gets where visitors are offered an account."""
    return {"label": _("Mon espace"), "url": reverse("accounts:home"), "page": None}


class HeroBlock(blocks.StructBlock):
    """The opening banner of a page: a promise, one sentence, one or two buttons.

    Buttons to sign up or sign in are for visitors: a signed-in reader sees one « Mon espace »
    button in their place (the editor writes the visitors' buttons only).
    """

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        actions = list(value.get("actions") or [])
        if _signed_in(parent_context) and any(_for_visitors(link) for link in actions):
            actions = [link for link in actions if not _for_visitors(link)] + [my_space_link()]
        context["actions"] = actions
        return context

    eyebrow = blocks.CharBlock(label=_("Surtitre"), required=False, max_length=80)
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    text = blocks.TextBlock(label=_("Texte"), max_length=400)
    actions = blocks.ListBlock(LinkBlock(), label=_("Boutons"), max_num=2, min_num=0)

    class Meta:
        icon = "title"
        label = _("Bandeau d'accueil")
        template = "blocks/hero_block.html"
        description = _("Bandeau d'accueil avec titre, texte et boutons")


class FeatureBlock(blocks.StructBlock):
    icon = blocks.ChoiceBlock(label=_("Pictogramme"), choices=ICON_CHOICES)
    title = blocks.CharBlock(label=_("Titre"), max_length=80)
    text = blocks.TextBlock(label=_("Texte"), max_length=300)
    link = LinkBlock(optional=True, label=_("Lien"))

    class Meta:
        icon = "pick"
        label = _("Carte")
        template = "blocks/feature_block.html"
        description = _("Une carte : pictogramme, titre, texte")


class FeatureGridBlock(blocks.StructBlock):
    """A titled grid of cards presenting what the programme offers."""

    heading = blocks.CharBlock(label=_("Titre de section"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=400)
    features = blocks.ListBlock(FeatureBlock(), label=_("Cartes"), min_num=1, max_num=9)

    class Meta:
        icon = "grip"
        label = _("Grille de cartes")
        template = "blocks/feature_grid_block.html"
        description = _("Une grille de cartes")


class StepsBlock(blocks.StructBlock):
    """Numbered steps, e.g. the path from sign-up to the first order."""

    heading = blocks.CharBlock(label=_("Titre de section"), max_length=120)
    steps = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("title", blocks.CharBlock(label=_("Étape"), max_length=80)),
                ("text", blocks.TextBlock(label=_("Texte"), max_length=300)),
            ],
            icon="list-ol",
        ),
        label=_("Étapes"),
        min_num=2,
        max_num=8,
    )

    class Meta:
        icon = "list-ol"
        label = _("Étapes")
        template = "blocks/steps_block.html"
        description = _("Des étapes numérotées")


class CallToActionBlock(blocks.StructBlock):
    """An invitation to act; one inviting to sign up or in is not shown to signed-in readers,
    whose text (« L'inscription est gratuite… ») would not speak to them."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["hidden"] = _signed_in(parent_context) and _for_visitors(value.get("action"))
        return context

    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    text = blocks.TextBlock(label=_("Texte"), required=False, max_length=300)
    action = LinkBlock(label=_("Bouton"))

    class Meta:
        icon = "pick"
        label = _("Appel à l'action")
        template = "blocks/call_to_action_block.html"
        description = _("Un encadré qui invite à passer à l'action")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Titre"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"), choices=[("h2", _("Titre 2")), ("h3", _("Titre 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "blocks/heading_block.html"
        description = _("Un intertitre")


RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class BodyBlock(blocks.StreamBlock):
    """The body of an ordinary page: headings and rich text."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Texte"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )


class HomeSectionsBlock(BodyBlock):
    """Sections of the home page, in the order the editor chooses."""

    hero = HeroBlock()
    features = FeatureGridBlock()
    steps = StepsBlock()
    call_to_action = CallToActionBlock()
