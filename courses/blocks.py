"""StreamField blocks of a lesson: its body, and its quiz."""

from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from accounts.roles import offered_owner_actions
from core.blocks import RICH_TEXT_FEATURES, BodyBlock

# Places of the product where a lesson is put into practice: (label, URL name). A destination
# whose URL does not exist yet (its feature is not installed) is simply not shown.
PRODUCT_DESTINATIONS = {
    "storefront": (_("Ma boutique en click and collect"), "shops:wizard"),
    "diagnostic": (_("Mon diagnostic numérique"), "diagnostic:start"),
    "plan": (_("Mon plan"), "onboarding:plan"),
    "grants": (_("Mes aides au numérique"), "grants:list"),
    "courses": (_("Mon parcours"), "courses:dashboard"),
}


def product_url(destination: str) -> str | None:
    """The URL of a product destination, or None while that feature does not exist."""
    try:
        return reverse(PRODUCT_DESTINATIONS[destination][1])
    except (KeyError, NoReverseMatch):
        return None


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Texte alternatif"),
        max_length=200,
        help_text=_("Ce que montre l'image, pour les personnes qui ne la voient pas."),
    )
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=200)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Adresse de la vidéo"), help_text=_("YouTube, Vimeo, Dailymotion…"))
    transcript = blocks.RichTextBlock(
        label=_("Transcription"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"


class CalloutBlock(blocks.StructBlock):
    """A framed aside: a tip, a warning or something worth knowing."""

    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("tip", _("Conseil")), ("warning", _("Attention")), ("info", _("Bon à savoir"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    text = blocks.RichTextBlock(label=_("Texte"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "courses/blocks/callout_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Intitulé du lien"), max_length=120)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document_block.html"


class ChecklistBlock(blocks.StructBlock):
    """What to do in one's own shop today: the lesson turned into actions."""

    title = blocks.CharBlock(
        label=_("Titre"), max_length=120, default=_("À appliquer dans ma boutique")
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Action"), max_length=300), label=_("Actions"), min_num=1
    )

    class Meta:
        icon = "tasks"
        template = "courses/blocks/checklist_block.html"


class SourceBlock(blocks.StructBlock):
    """A page the lesson's facts were checked against: rules change, and a shopkeeper must be
    able to read the official text herself."""

    title = blocks.CharBlock(label=_("Intitulé"), max_length=200)
    url = blocks.URLBlock(label=_("Adresse"))

    class Meta:
        icon = "link"
        label_format = "{title}"


class ProductLinkBlock(blocks.StructBlock):
    """A button to the place of the product where the lesson is applied."""

    destination = blocks.ChoiceBlock(
        label=_("Destination"),
        choices=[(key, label) for key, (label, _name) in PRODUCT_DESTINATIONS.items()],
    )
    label = blocks.CharBlock(label=_("Texte du bouton"), max_length=80)
    text = blocks.TextBlock(label=_("Texte"), required=False, max_length=300)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        # The button leads an owner to her own diagnostic, shop or profile: advisors and
        # staff reading the lesson would only meet a refusal there.
        offered = request is None or offered_owner_actions(request.user)
        context["url"] = product_url(value["destination"]) if offered else None
        return context

    class Meta:
        icon = "link"
        template = "courses/blocks/product_link_block.html"


class LessonBodyBlock(BodyBlock):
    """A lesson: the headings and text of any page, and what teaching needs besides."""

    image = ImageBlock(label=_("Image"))
    video = VideoBlock(label=_("Vidéo"))
    callout = CalloutBlock(label=_("Encadré"))
    document = DocumentBlock(label=_("Document à télécharger"))
    checklist = ChecklistBlock(label=_("À appliquer dans ma boutique"))
    product_link = ProductLinkBlock(label=_("Lien vers la plateforme"))


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Réponse"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Bonne réponse"), required=False)
    explanation = blocks.TextBlock(
        label=_("Explication"),
        max_length=600,
        help_text=_("Affichée après l'envoi à qui a choisi cette réponse."),
    )

    class Meta:
        label_format = "{text}"


SINGLE, MULTIPLE = "single", "multiple"


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), max_length=300)
    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[(SINGLE, _("Une seule bonne réponse")), (MULTIPLE, _("Plusieurs réponses"))],
        default=SINGLE,
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("Réponses"), min_num=2, max_num=8)

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if value["kind"] == SINGLE and correct != 1:
            message = _("Cochez exactement une bonne réponse.")
        elif value["kind"] == MULTIPLE and correct < 1:
            message = _("Cochez au moins une bonne réponse.")
        else:
            return value
        raise blocks.StructBlockValidationError(block_errors={"kind": ValidationError(message)})

    class Meta:
        icon = "help"
        label_format = "{text}"


class QuizBlock(blocks.StreamBlock):
    question = QuestionBlock(label=_("Question"))
