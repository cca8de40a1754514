"""Verification codes: short enough to type from paper, too many to guess.

Eight characters of Crockford's base 32 (no I, L, O or U, so nothing reads as another
character): 32⁸ ≈ 1.1 × 10¹² codes, drawn by the operating system's secure generator. With the
verification page rate-limited, trying codes at random finds nothing in practice.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
# What people type instead: lower case, O for zero, I or L for one, dashes and spaces.
TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise(typed: str) -> str | None:
    """The code as stored, from what a person typed; None if it cannot be one."""
    raw = "".join(typed.upper().split()).replace("-", "").translate(TYPOS)
    if len(raw) != LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return f"{raw[:4]}-{raw[4:]}"
