"""The English interface holds: no French left on any page type, for any role.

Every role of the accessibility audit (``site_pages``: the visitor, a newcomer, the demo owner
with her shop, the advisor with her second factor, staff) opens its own browser context, goes
to the home page and clicks "EN" in the language switcher: the cookie then holds on every page
that role opens. Signing in opens the site in the account's language (French for the demo's
accounts), so a role that signs in, after reading the second factor's page in English, clicks
"EN" once more from the home page, as she would. The browser itself stays French (``fr-FR``): the
switcher, not the browser's language, decides.

On each page every ``<details>`` is opened, then the test reads what a person reads: the text
of every rendered element (screen-reader-only text included, ``<option>`` text when its select
is shown), the ``<title>``, and the attributes read out or shown (``title``, ``placeholder``,
``aria-label``, ``aria-description``, ``aria-roledescription``, ``aria-valuetext``, ``alt``,
``label``, the ``value`` of ``<input>`` buttons). Form fields' own values are what the user
typed, never interface, and are not read.

What is not interface, and how it is told apart: **one markup convention, ``lang``**. Text
inside an element whose nearest ``lang`` is not English is skipped (``<title lang>`` included).
That is what the markup must say anyway, so that a screen reader reads French with a French
voice; there is no test-only attribute:

* the language switcher's "FR" button (``lang="fr"``);
* CMS content not translated yet: the layout shows a notice and wraps the page's content in
  ``lang="fr"``; lists quoting pages mark them with ``{% content_lang %}``;
* prose merchants typed for their customers, which is French whatever the reader's language:
  on the storefront (and the owner's preview of it) the shop's description, the product list's
  names, descriptions and shelves, the address and the pickup instructions; on the customer's
  order page the address, instructions and order lines. Only the element holding the typed
  text carries ``lang="fr"``, never the interface around it.

Names are not text in a language, wherever they are quoted: the names people typed (first and
last names, businesses' and shops' names and towns, products and shelves, cohorts: read from
the database, ``typed_names``) and the few proper nouns the site keeps in French whatever the
language (``PROPER_NOUNS``: the site's name, French programmes, institutions and laws) are
removed before the check, as whole words, so the sentence around them is still checked.

French is told by a heuristic tuned on the real pages (``french_reasons``): letters English
does not use (é, è, ê, à, ç, ù, œ…), French quotation marks, an elided article or pronoun
(« l'… », « d'… », « qu'… »), a French function word standing alone (« le », « des », « vous »,
« pour »…), a French month or day name, or a figure written the French way (« 1 234,56 € »,
« 12,5 % », « 14 h 30 »). The failure lists, page by page, each French string with why it was
taken for French and where it sits, so that it can be found in the templates, in two parts:
interface strings (templates, Python, the .po files), then CMS content quoted outside an
element marked ``lang="fr"`` (``cms_content``: what editors wrote, found as is or as a quoted
title), which is fixed by translating the content or marking where it is quoted. Both fail.
``test-artifacts/english-interface.txt`` keeps the last list; ``ENGLISH_SCREENSHOTS=<folder>``
photographs a few pages on a phone and a desktop.
"""

import json
import os
import re
from pathlib import Path

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.browser.site_pages import EVERYONE, PAGES, fill_basket, load_site, sign_in

#: Proper nouns kept in French whatever the reader's language, removed before the check (so a
#: sentence around them is still checked): the site's name, French programmes, institutions and
#: laws the legal pages cite by their French names; and the English words written with accents.
PROPER_NOUNS = (
    "Accélérateur du numérique",
    "Accélérateur",
    "chèque France Num",
    "France Num",
    "Français",
    "Défenseur des droits",
    "Code de commerce",
    "loi pour la confiance dans l'économie numérique",
    "Libre réponse",
    "Chèque France Num",
    "Région Île-de-France",
    "Île-de-France",
    "État",
    "galette des rois",
    "cafés",
    "café",
    "Rosés",
)

#: Letters and signs that English text does not use.
FRENCH_LETTERS = re.compile(r"[éèêëàâçùûôœîïÉÈÊËÀÂÇÙÛÔŒÎÏ«»]")
#: A word: letters, with inner hyphens (« Mont-de-Marsan » is one word).
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Words that are French and not English, standing alone (« de » but not « Mont-de-Marsan »).
FRENCH_WORDS = frozenset(
    WORD.findall(
        """
    le la les des du de un une vous votre vos pour avec est sur dans au aux et ou il ils elle
    elles nous notre nos sont ont pas ne mes cette ces qui que quoi sans chez aucun aucune
    leur leurs être très aussi mais donc puis vers depuis jusqu encore déjà fois tous toutes
    tout toute ma oui nom ligne commande commandes montant entreprise entreprises produit
    produits demande demandes adresse panier introuvable titre fermeture compte annuler texte
    parcours conseiller conseillère certificat certificats retirer webinaire webinaires anglais
    mot mots passe ouvert ouverte enregistrer supprimer modifier ajouter voir retour suivant
    connexion envoyer valider rechercher boutiques aides comptes cohorte cohortes jamais
    dirigeant inscrites affecter relance accueil lien niveau bouton boutons carte cartes tronc
    commun brouillon facultatif intervenant graphiques portefeuille conseillers utilisateur
    utilisateurs consentement attente cours objet
    """
    )
)
FRENCH_MONTHS_AND_DAYS = frozenset(
    WORD.findall(
        """
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre lundi mardi mercredi jeudi vendredi samedi dimanche
    """
    )
)
ELISION = re.compile(r"(?<![^\W\d_])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’][^\W\d_]", re.I)
FRENCH_FIGURES = (
    (re.compile(r"\d[\s\u00a0\u202f]?€"), "amount with € after it"),
    (re.compile(r"\d,\d+[\s\u00a0\u202f]?(?:%|€)"), "decimal comma"),
    (re.compile(r"\d[\s\u00a0\u202f]%"), "space before %"),
    (re.compile(r"\d[\u00a0\u202f]\d{3}(?!\d)"), "space between thousands"),
    (re.compile(r"\b\d{1,2}\s?h\s?\d{2}\b"), "time as « 14 h 30 »"),
    (re.compile(r"\b\d{1,2}er\b"), "« 1er »"),
)


def without_names(text: str, names: tuple[str, ...]) -> str:
    """``text`` without ``names``, each as a whole word or words (longest first)."""
    for name in sorted(names, key=len, reverse=True):
        if name in text:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text)
    return text


def french_reasons(text: str, names: tuple[str, ...] = ()) -> list[str]:
    """Why ``text`` reads as French (empty when it does not), proper nouns and ``names`` aside."""
    text = without_names(text, (*PROPER_NOUNS, *names))
    # Web and e-mail addresses (« /boutiques/ », « conseiller@demo.example ») are not words.
    text = re.sub(r"\S*[/@]\S*", " ", text)
    reasons = []
    if re.search(r"(?<!\w)mon(?!\w)(?!\.?\s*\d)", text, re.I):  # « Mon plan », not « Mon 9 »
        reasons.append("words mon")
    letters = sorted(set(FRENCH_LETTERS.findall(text)))
    if letters:
        reasons.append("letters " + "".join(letters))
    words = [word for word in WORD.findall(text) if word.lower() in FRENCH_WORDS]
    if words:
        reasons.append("words " + ", ".join(dict.fromkeys(words)))
    dates = [word for word in WORD.findall(text) if word.lower() in FRENCH_MONTHS_AND_DAYS]
    # « Mars » or « Mai » alone may be a name; a month has a day or a year beside it.
    if dates and re.search(r"\d", text):
        reasons.append("dates " + ", ".join(dict.fromkeys(dates)))
    if ELISION.search(text):
        reasons.append("elision " + ELISION.search(text).group(0))
    reasons += [reason for pattern, reason in FRENCH_FIGURES if pattern.search(text)]
    return reasons


#: What a person reads on the page, outside elements in another language: [text, where].
READ_PAGE = """
() => {
  document.querySelectorAll("details").forEach((details) => { details.open = true; });
  const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);
  const ATTRIBUTES = ["title", "placeholder", "aria-label", "aria-description",
                      "aria-roledescription", "aria-valuetext", "alt", "label"];
  const found = [];
  const english = (element) => {
    const marked = element.closest("[lang]");
    const lang = marked ? marked.getAttribute("lang").toLowerCase() : "";
    return lang === "en" || lang.startsWith("en-");
  };
  const shown = (element) => {
    const select = element.closest("select, datalist");
    const box = select || element;
    return box.checkVisibility({visibilityProperty: true, checkVisibilityCSS: true});
  };
  const where = (element) => {
    const parts = [];
    for (let node = element; node && node !== document.body && parts.length < 3;
         node = node.parentElement) {
      let part = node.tagName.toLowerCase();
      if (node.id) { parts.unshift(part + "#" + node.id); break; }
      const classes = [...node.classList].slice(0, 2);
      if (classes.length) part += "." + classes.join(".");
      parts.unshift(part);
    }
    return parts.join(" > ");
  };
  const readable = (element) =>
    !element.closest("script, style, noscript, template, textarea") && english(element)
    && shown(element);
  if (document.title && english(document.querySelector("title") || document.documentElement)) {
    found.push([document.title, "<title>"]);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/\\s+/g, " ").trim();
    const parent = node.parentElement;
    if (!text || !parent || SKIPPED.has(parent.tagName) || !readable(parent)) continue;
    found.push([text, where(parent)]);
  }
  for (const element of document.body.querySelectorAll("*")) {
    if (!readable(element)) continue;
    for (const name of ATTRIBUTES) {
      const value = (element.getAttribute(name) || "").trim();
      if (value) found.push([value, where(element) + "[" + name + "]"]);
    }
    if (element.matches("input[type=submit], input[type=button], input[type=reset]")
        && element.value) {
      found.push([element.value, where(element) + "[value]"]);
    }
  }
  return found;
}
"""


def typed_names() -> tuple[str, ...]:
    """The names people typed, which are names and not text in a language: people's first and
    last names (accounts' and the customers' who ordered), businesses' and shops' names and
    towns, product names and shelves, cohorts."""
    from django.contrib.auth import get_user_model

    from advising.models import Cohort
    from onboarding.profile.models import Business
    from storefront_builder.models import Order, Product, Shop

    names = set()
    for first, last in get_user_model().objects.values_list("first_name", "last_name"):
        names.update((f"{first} {last}", first, last))
    # Whole, as typed: a lone « Le » from « Le Gall » would hide the French article everywhere.
    names.update(Order.objects.values_list("customer_name", flat=True))
    for model, fields in (
        (Business, ("trade_name", "commune")),
        (Shop, ("name", "commune")),
        (Product, ("name", "category")),
        (Cohort, ("name",)),
    ):
        for row in model.objects.values_list(*fields):
            names.update(row)
    return tuple(name.strip() for name in names if name and name.strip())


def read_french(page, name: str, names: tuple[str, ...], found: dict) -> None:
    """The French strings the page shows, into ``found``: {(page, string): [reasons, where]}."""
    for text, where in page.evaluate(READ_PAGE):
        reasons = french_reasons(text, names)
        if reasons:
            found.setdefault((name, text), ("; ".join(reasons), where))


def switch_to_english(page, base: str) -> None:
    """The visitor's way: the home page, then "EN" in the language switcher."""
    page.goto(base + "/")
    page.locator(".language-switcher button[value=en]").first.click()
    page.wait_for_load_state()
    page.locator("html[lang=en]").wait_for(state="attached")


#: With ``ENGLISH_SCREENSHOTS=<folder>``, these pages are photographed in English on a phone
#: and on a desktop, for a person to check that the English text does not break the layout.
SCREENSHOT_PAGES = {"home", "catalogue", "course", "storefront", "checkout", "plan", "dossier"}
SCREENSHOT_PAGES |= {"diagnostic_result", "figures", "portfolio", "business"}
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 800)}


def photograph(page, key: str, role: str) -> None:
    folder = os.environ.get("ENGLISH_SCREENSHOTS")
    if not folder or key not in SCREENSHOT_PAGES:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for device, (width, height) in VIEWPORTS.items():
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=Path(folder) / f"{key}-{role}-{device}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})


def read_role(browser, base: str, role: str, paths: dict, names, found, problems) -> int:
    """Every page ``role`` opens, in English, in one browser context; the pages read."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    visits = 0
    switch_to_english(page, base)
    if role != "visitor":

        def read_second_factor(page):
            read_french(page, f"mfa_authenticate [{role}]", names, found)

        sign_in(page, base, role, read_second_factor if role == "advisor" else None)
        visits += role == "advisor"
        # Signing in opens the site in the account's language (the demo's accounts are French):
        # she chooses English again, from the home page, and her account keeps it.
        page.goto(base + "/")
        if page.locator("html").get_attribute("lang") != "en":
            switch_to_english(page, base)
    for key, _fr, _en, template, roles in PAGES:
        if role not in roles or template == "(sign-in)":
            continue
        if key == "basket":
            fill_basket(page, base, paths["storefront"])
        path = template.format(**paths)
        name = f"{key} [{role}] {path}"
        response = page.goto(base + path)
        if response.status >= 400 and key != "not_found":
            problems.append(f"{name}: HTTP {response.status}")
            continue
        if page.locator("html").get_attribute("lang") != "en":
            problems.append(f"{name}: <html lang> is not en (the language did not hold)")
        photograph(page, key, role)
        read_french(page, name, names, found)
        visits += 1
    context.close()
    return visits


def cms_content() -> tuple[tuple[str, ...], str]:
    """What editors wrote in the CMS and the admin (page titles and fields, streams, themes,
    grant programmes, the titles certificates keep): (titles, every text as one string). A French
    string made of it is content not translated yet, not an interface string."""
    from taggit.models import Tag
    from wagtail.models import Page

    from certificates.models import Certificate
    from onboarding.grants.models import Programme

    titles, texts = set(), []
    for page in Page.objects.specific():
        titles.add(page.title)
        for field in page._meta.concrete_fields:
            value = field.value_from_object(page)
            if isinstance(value, str):
                texts.append(value)
            elif hasattr(value, "raw_data"):
                texts.append(json.dumps(list(value.raw_data), ensure_ascii=False))
    for programme in Programme.objects.all():
        titles.update((programme.name, programme.funder))
        texts += [programme.summary, programme.description, *programme.required_documents]
    titles.update(Certificate.objects.values_list("title", flat=True))
    titles.update(Tag.objects.values_list("name", flat=True))  # the courses' themes
    return tuple(title for title in titles if len(title) > 3), "\n".join(texts + list(titles))


def is_content(text: str, titles: tuple[str, ...], texts: str) -> bool:
    """``text`` is CMS content: found as is in what editors wrote, or English once the CMS
    titles it quotes are taken out (« Webinar: <title> »)."""
    return text in texts or not french_reasons(without_names(text, titles))


def describe(found: dict) -> str:
    """Page by page, each French string, why, and where."""
    lines, current = [], None
    for (name, text), (reasons, where) in found.items():
        if name != current:
            lines.append(name)
            current = name
        lines.append(f"    « {text[:160]} »  [{reasons}]  at {where}")
    return "\n".join(lines)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_type_reads_in_english_for_every_role(browser, live_server, settings):
    paths = load_site(live_server, settings)
    names = typed_names()
    titles, texts = cms_content()
    found: dict = {}
    problems: list = []
    visits = sum(
        read_role(browser, live_server.url, role, paths, names, found, problems)
        for role in EVERYONE
    )
    content = {key: why for key, why in found.items() if is_content(key[1], titles, texts)}
    interface = {key: why for key, why in found.items() if key not in content}
    report = (
        f"INTERFACE: {len(interface)} French strings (templates, Python, the .po files)\n"
        f"{describe(interface)}\n\n"
        f'CMS CONTENT shown outside an element marked lang="fr": {len(content)} strings '
        f"(translate the page, or mark where it is quoted with {{% content_lang %}})\n"
        f"{describe(content)}"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    Path(ARTIFACTS / "english-interface.txt").write_text(report + "\n")
    assert visits >= sum(len(roles) for *_, roles in PAGES) - len(problems)
    assert not problems, "\n".join(problems)
    assert not found, (
        f"{len(found)} French strings on {len({name for name, _ in found})} of {visits} "
        f"pages read in English:\n{report}"
    )


@pytest.mark.parametrize(
    ("text", "french"),
    [
        ("Votre panier est vide", True),
        ("L'aide de la région", True),
        ("1 234,56 €", True),
        ("€1,234.56", False),
        ("12,5 %", True),
        ("12.5%", False),
        ("Opens at 14 h 30", True),
        ("Saturday 1 March 2026", False),
        ("samedi 1er mars 2026", True),
        ("Welcome to Accélérateur", False),
        ("Apply for the chèque France Num", False),
        ("Mont-de-Marsan", False),
        ("Your basket is empty", False),
        ("Don't miss it", False),
        ("Mon plan", True),
        ("Julien Lefèvre (conseiller@demo.example)", True),
        ("Julien (conseiller@demo.example)", False),
        ("Mon 9 November", False),
        ("Leave blank for /boutiques/ addresses", False),
    ],
)
def test_the_french_detector(text, french):
    assert bool(french_reasons(text)) is french
