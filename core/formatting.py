"""Money, numbers and dates written the way the reader's language writes them.

One place for every amount the site shows, in pages, e-mails, PDFs and sentences built in
Python: Babel's data gives « 1 234,56 € » in French (a narrow no-break space between thousands,
a no-break space before the sign, so a figure never wraps away from its unit) and « €1,234.56 »
in English. Everything follows the active Django language; dates are those of Europe/Paris.

French typography lives here too: the first day of a month is written « 1er » (« le 1er mai »,
never « le 1 mai »), day and month names stay in lower case, and « de » elides before a vowel
or a mute h (« d'Amélie », « d'Angers »), as ``de`` writes it.

CSV and spreadsheet exports keep raw numbers: they are read by software, not by people.
"""

import copy
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from django.conf import settings
from django.utils import dateformat, timezone, translation

EMPTY = (None, "")


def current_locale() -> str:
    """The active Django language as a Babel locale: « fr », « en »."""
    return translation.to_locale(translation.get_language() or settings.LANGUAGE_CODE)


def _decimal(value) -> Decimal:
    """Exact decimals, whatever comes in: a float through its shortest text (0.1, not
    0.1000000000000000055…), strings as typed in forms."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


@cache
def _whole_pattern(locale: str) -> babel_numbers.NumberPattern:
    """The language's currency pattern without its cents: « 1 500 € », « €1,500 »."""
    pattern = copy.copy(Locale.parse(locale).currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return pattern


def format_money(amount, currency: str = "EUR", *, drop_zero_cents: bool = False) -> str:
    """« 1 234,56 € » in French, « €1,234.56 » in English; an empty string for no amount.

    ``drop_zero_cents`` writes round figures without cents (« jusqu'à 1 500 € »), as funders
    write their rules; amounts in tables keep their cents, so the columns line up.
    """
    if amount in EMPTY:
        return ""
    amount, locale = _decimal(amount), current_locale()
    if drop_zero_cents and amount == amount.to_integral_value():
        pattern = _whole_pattern(locale)
        return pattern.apply(amount, locale, currency=currency, currency_digits=False)
    return babel_numbers.format_currency(amount, currency, locale=locale)


def format_number(value, decimals: int | None = None) -> str:
    """« 1 234,5 » in French, « 1,234.5 » in English; ``decimals`` fixes the digits shown."""
    if value in EMPTY:
        return ""
    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(_decimal(value), format=pattern, locale=current_locale())


def format_percent(ratio) -> str:
    """« 12,5 % » in French, « 12.5% » in English, from a ratio (0.125), digits kept as given."""
    if ratio in EMPTY:
        return ""
    return babel_numbers.format_percent(
        _decimal(ratio), locale=current_locale(), decimal_quantization=False
    )


def format_date(value: date | datetime | None, width: str = "long") -> str:
    """« 30 octobre 2020 » in French, « October 30, 2020 » in English (Babel's widths:
    ``short``, ``medium``, ``long``, ``full``). A moment is dated in Europe/Paris, where the
    businesses are, not in UTC."""
    if value in EMPTY:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    locale = current_locale()
    if value.day == 1 and _is_french(locale):
        # Babel writes « 1 janvier »; French writes the first « 1er » (« dd/MM/y » is untouched).
        # ``width`` is one of Babel's widths or a pattern of its own (« d MMMM y »).
        widths = Locale.parse(locale).date_formats
        pattern = widths[width].pattern if width in widths else width
        return babel_dates.format_date(
            value, format=_FIRST_DAY.sub("d'er'", pattern), locale=locale
        )
    return babel_dates.format_date(value, format=width, locale=locale)


#: A lone « d » (day of the month) in a CLDR pattern, outside quotes and not « dd ».
_FIRST_DAY = re.compile(r"(?<![d'])d(?![d'])")
#: A lone « j » (day without leading zero) in a Django date format, not escaped.
_DJANGO_DAY = re.compile(r"(?<!\\)j")


def _is_french(locale: str | None = None) -> bool:
    return (locale or current_locale()).split("_")[0] == "fr"


def written_date(value, fmt: str) -> str:
    """Django's ``date`` filter (same format characters: ``"l j F Y"``), with the French first
    of the month as « 1er ». A moment is dated in Europe/Paris. Day and month names come out
    in lower case, as French writes them: capitalise the first letter where a sentence starts
    (``|capfirst``), never with CSS ``text-transform: capitalize``."""
    if value in EMPTY:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if value.day == 1 and _is_french():
        fmt = _DJANGO_DAY.sub(r"j\\e\\r", fmt)
    return dateformat.format(value, fmt)


def relative_day(moment: datetime | None, today: date) -> str:
    """« aujourd'hui », « demain », or the day written out (« samedi 5 décembre »), in
    Europe/Paris: when a pickup or an event comes, as people say it."""
    if moment is None:
        return ""
    day = timezone.localtime(moment).date()
    if day == today:
        return translation.gettext("aujourd'hui")
    if (day - today).days == 1:
        return translation.gettext("demain")
    return written_date(moment, "l j F")


#: Letters before which « de » becomes « d' »: vowels (accented or not, and Y as in « d'Yves »)
#: and H, mute in most names (« d'Hélène »); an aspirated h is too rare in names to guess.
_ELIDING = frozenset("aeiouyhàâäéèêëîïôöùûüÿœæ")


def de(name: str, *, place: bool = False) -> str:
    """« de » before ``name`` as French writes it: « de Camille », « d'Amélie », « d'Angers ».

    ``place=True`` also contracts a leading article, as for towns: « du Havre », « des Sables-
    d'Olonne »; people's names keep theirs (« de Le Gall »). Use it where the sentence is
    French whatever the reader's language (documents for French funders, demo data), or through
    ``elide_de`` on a translated sentence.
    """
    name = (name or "").strip()
    if not name:
        return "de"
    if place:
        first, _sep, rest = name.partition(" ")
        if rest and first == "Le":
            return f"du {rest}"
        if rest and first == "Les":
            return f"des {rest}"
    if name[0].lower() in _ELIDING:
        return f"d'{name}"
    return f"de {name}"


def elide_de(text: str, name: str) -> str:
    """``text`` with « de <name> » written as ``de`` does, when French is active: a translated
    sentence (« Note privée de %(author)s ») keeps its msgid, and English is left alone."""
    if not name or not _is_french():
        return text
    return text.replace(f"de {name}", de(name))


#: Letters that French sorts as two, which Unicode does not decompose.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def french_sort_key(text: str) -> tuple[str, str]:
    """Sort names as a French reader expects, « Épicerie » before « Vrac », whatever the
    database's collation: accents, case and ligatures fold first (« Œufs » as « oeufs »),
    then the name as written decides between two that fold alike, so the order is total.

    Locale-independent on purpose: PyICU and the system's locales are not always there.
    """
    decomposed = unicodedata.normalize("NFKD", str(text).casefold().translate(_LIGATURES))
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return folded, str(text)
