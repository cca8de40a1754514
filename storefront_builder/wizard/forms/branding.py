"""Step 2, the storefront's appearance: logo, cover photo and colours."""

from django import forms
from django.utils.translation import gettext_lazy as _

from storefront_builder.images import ImageRefused, check_image
from storefront_builder.palettes import palette_choices


class BrandingForm(forms.Form):
    """Logo, cover photo and colours; an empty file field keeps the current image."""

    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("JPEG, PNG ou WebP, 10 Mo au plus. Il sera affiché en petit carré."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=_("Retirer le logo actuel"), required=False)
    cover = forms.FileField(
        label=_("Photo de couverture"),
        required=False,
        help_text=_(
            "Votre devanture ou vos produits, en largeur. JPEG, PNG ou WebP, 10 Mo au plus."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_cover = forms.BooleanField(label=_("Retirer la photo actuelle"), required=False)
    palette = forms.ChoiceField(
        label=_("Couleurs de la vitrine"),
        choices=palette_choices,
        widget=forms.RadioSelect,
        help_text=_("Toutes ces couleurs restent lisibles par les personnes qui voient mal."),
    )

    def _image(self, name: str):
        upload = self.cleaned_data.get(name)
        if upload:
            try:
                check_image(upload)
            except ImageRefused as refused:
                raise forms.ValidationError(str(refused), code="image") from refused
        return upload

    def clean_logo(self):
        return self._image("logo")

    def clean_cover(self):
        return self._image("cover")
