"""A fixed page about the size of a real one, so the baseline pays for sending the bytes too."""

from django.http import HttpResponse

PARAGRAPH = (
    "<p>Une petite entreprise apprend à vendre en ligne, ouvre sa boutique de retrait en "
    "magasin et prépare sa demande de chèque numérique.</p>\n"
)
PAGE = (
    '<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Référence</title>'
    "</head>\n<body>\n<main>\n" + PARAGRAPH * 70 + "</main>\n</body>\n</html>\n"
)


def fixed_page(request):
    return HttpResponse(PAGE)
