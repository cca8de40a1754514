"""How a commune's name is compared: the way merchants type it, not the way INSEE spells it.

« saint etienne », « St-Étienne » and « SAINT-ÉTIENNE » are the same commune; so are « Lyon 3 »,
« Lyon 3ème » and « Lyon 3e Arrondissement ». The key is computed the same way for the names
of the official list (stored in ``Commune.key``) and for what is typed, and only compared:
what is shown and saved is the official name.
"""

import re

from core.search.analysis import fold

_SEPARATORS = re.compile(r"[\s'’‘`´\-‐‑–—.,/()]+")
_ORDINAL = re.compile(r"(\d+)(?:e|eme|er|ere|re)?")
#: Abbreviations people type for the words of commune names.
_WORDS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
#: « Arrondissement » is left out of the key: « Lyon 3e » is how people name it.
_DROPPED = frozenset({"arrondissement", "arr", "arrt"})


def _word(word: str) -> str:
    ordinal = _ORDINAL.fullmatch(word)
    if ordinal:
        number = int(ordinal.group(1))
        return "1er" if number == 1 else f"{number}e"
    return _WORDS.get(word, word)


def commune_key(name: str) -> str:
    """Lower case, no accents, words separated by one space, abbreviations and ordinals in
    one form: « St-Étienne » → « saint etienne », « Paris 1 » → « paris 1er »."""
    words = (_word(word) for word in _SEPARATORS.split(fold(name)) if word)
    return " ".join(word for word in words if word not in _DROPPED)
