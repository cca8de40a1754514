"""French phone numbers, however people type them: « 06.12.34.56.78 », « +33 6 12 34 56 78 ».

The shop's number (wizard) and the customer's (checkout) follow the same rule and are stored
the same way, « 06 12 34 56 78 », so that the back office can dial them from a phone.
"""

import re

_SEPARATORS = re.compile(r"[\s.\-/()]")
_FRENCH = re.compile(r"^0[1-9]\d{8}$")


def normalise_phone(value: str) -> str | None:
    """« 01 23 45 67 89 » for a French number however typed, or None if it is not one."""
    digits = _SEPARATORS.sub("", value or "")
    if digits.startswith("+33"):
        digits = "0" + digits[3:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    if digits.startswith("00"):  # « +33 0 1 … » as people often write it.
        digits = digits[1:]
    if not _FRENCH.match(digits):
        return None
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
