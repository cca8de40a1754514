"""The verification QR code's modules, the same as segno draws them, for a fraction of the cost.

segno makes every symbol from scratch: function patterns, codeword placement and masking walk
each module in Python, and the message goes through lists of bits. In a cohort that cost more
than the rest of a stamped page. Yet for a given version and error level, with the mask fixed,
a symbol is a fixed pattern with one module flipped for each 1 bit of its message:

- ``_plan`` builds that pattern once per version and level with segno's own functions (the
  symbol of an all-zero message), and lists the modules in the order the bits are placed.
  Those functions are segno's internals: the tests catch a release that changes them;
- ``matrix`` only encodes the address, computes the error correction and flips modules.

Only what verification addresses need is taken here: byte mode (an ASCII address that is not
all digits or all upper-case letters), in a regular QR code. Anything else goes to segno. The
tests (``tests/certificates/test_qr.py``) compare both, module by module, over addresses of
every length from 1 to 239 bytes (versions 1 to 11 and beyond).
"""

from functools import cache
from itertools import compress

import segno
from segno import consts, encoder

#: The error level and mask of ``stamp.qr_code``: medium, raised by segno when the data leaves
#: room for a higher level in the same version; mask 0 (``(row + column) % 2 == 0``).
ERROR = "m"
MASK = 0

_LEVELS = [consts.ERROR_LEVEL_M, consts.ERROR_LEVEL_Q, consts.ERROR_LEVEL_H]
_PAD_CODEWORDS = (0xEC, 0x11)
#: Micro QR codes hold at most 15 bytes; from 16 on, segno always makes a regular one.
_SHORTEST = 16
#: "0" and "1" to 0 and 1, for ``itertools.compress``.
_BITS = bytes.maketrans(b"01", b"\x00\x01")


def matrix(url: str, *, error: str = ERROR, mask: int = MASK) -> tuple[bytes, ...]:
    """The symbol's rows of modules (1 dark, 0 light), without quiet zone: what
    ``segno.make(url, error=error, mask=mask).matrix`` holds."""
    data = url.encode("ascii") if url.isascii() else b""
    byte_mode = len(data) >= _SHORTEST and not data.isdigit() and not encoder.is_alphanumeric(data)
    if not byte_mode or error != ERROR or mask != MASK:
        return tuple(bytes(row) for row in segno.make(url, error=error, mask=mask).matrix)
    version, level = _version_and_level(len(data))
    pattern, positions = _plan(version, level)
    message = bytes(_message(data, version, level))
    bits = f"{int.from_bytes(message, 'big'):0{8 * len(message)}b}".encode().translate(_BITS)
    modules = bytearray(pattern)
    for position in compress(positions, bits):
        modules[position] ^= 1
    width = 17 + 4 * version
    return tuple(bytes(modules[start : start + width]) for start in range(0, len(modules), width))


def _count_bits(version: int) -> int:
    """Length of the byte mode's character count."""
    return 8 if version < 10 else 16


def _data_codewords(version: int, level: int) -> int:
    return sum(block.num_blocks * block.num_data for block in consts.ECC[version][level])


@cache
def _version_and_level(length: int) -> tuple[int, int]:
    """The smallest version holding ``length`` bytes at medium level, then the highest level
    that still holds them in that version (segno's ``boost_error``)."""
    for version in range(1, 41):
        needed = 4 + _count_bits(version) + 8 * length
        if _data_codewords(version, _LEVELS[0]) * 8 >= needed:
            break
    else:
        raise ValueError(f"{length} octets ne tiennent dans aucun QR code.")
    level = _LEVELS[0]
    for higher in _LEVELS[1:]:
        if _data_codewords(version, higher) * 8 < needed:
            break
        level = higher
    return version, level


def _message(data: bytes, version: int, level: int) -> list[int]:
    """Data codewords (mode, count, bytes, terminator, padding), then error correction
    codewords, each set interleaved across the blocks."""
    capacity = _data_codewords(version, level)
    count_bits = _count_bits(version)
    value = (0b0100 << count_bits | len(data)) << 8 * len(data) | int.from_bytes(data, "big")
    length = 4 + count_bits + 8 * len(data)
    terminator = min(4, capacity * 8 - length)
    value <<= terminator
    length += terminator
    # To the next codeword boundary, as segno does it: with 1 to 8 zero bits, so a whole zero
    # codeword when the stream ends on a boundary already (still a valid symbol; kept so that
    # both give the same one). What goes past the capacity is dropped.
    value <<= 8 - length % 8
    length += 8 - length % 8
    codewords = list(value.to_bytes(length // 8, "big"))[:capacity]
    codewords += [_PAD_CODEWORDS[index % 2] for index in range(capacity - len(codewords))]
    data_blocks, ec_blocks, start = [], [], 0
    for kind in consts.ECC[version][level]:
        for _ in range(kind.num_blocks):
            block = codewords[start : start + kind.num_data]
            start += kind.num_data
            data_blocks.append(block)
            ec_blocks.append(_error_correction(block, kind.num_total - kind.num_data))
    return _interleaved(data_blocks) + _interleaved(ec_blocks)


def _interleaved(blocks: list[list[int]]) -> list[int]:
    longest = max(len(block) for block in blocks)
    return [block[index] for index in range(longest) for block in blocks if index < len(block)]


# --- Reed-Solomon over GF(256), polynomial 0x11d ---------------------------------------------

_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


@cache
def _multiples(degree: int) -> tuple[int, ...]:
    """The generator polynomial (its coefficients after the leading 1) times each value of a
    codeword, the coefficients packed in one integer, highest degree first."""
    coefficients = [1]
    for root in range(degree):
        product = [0] * (len(coefficients) + 1)
        for index, coefficient in enumerate(coefficients):
            product[index] ^= coefficient
            if coefficient:
                product[index + 1] ^= _EXP[_LOG[coefficient] + root]
        coefficients = product
    logs = [_LOG[coefficient] for coefficient in coefficients[1:]]
    return (0,) + tuple(
        int.from_bytes(bytes(_EXP[_LOG[factor] + log] for log in logs), "big")
        for factor in range(1, 256)
    )


def _error_correction(block: list[int], degree: int) -> list[int]:
    """The remainder of the block times x^degree divided by the generator polynomial: long
    division with the remainder's ``degree`` bytes held in one integer, so that each step is
    a shift and an exclusive or."""
    multiples = _multiples(degree)
    top, mask = 8 * (degree - 1), (1 << 8 * degree) - 1
    remainder = 0
    for codeword in block:
        remainder = (remainder << 8 & mask) ^ multiples[codeword ^ remainder >> top]
    return list(remainder.to_bytes(degree, "big"))


# --- The fixed pattern ---------------------------------------------------------------------------


@cache
def _plan(version: int, level: int) -> tuple[bytes, tuple[int, ...]]:
    """The symbol of an all-zero message, row after row, and the index in it of each message
    bit's module, in placement order."""
    width = 17 + 4 * version
    modules = encoder.make_matrix(width, width)
    encoder.add_finder_patterns(modules, width, width)
    encoder.add_alignment_patterns(modules, width, width)
    free = [bytes(row) for row in modules]
    positions = [row * width + column for row, column in _placement(free, width)]
    encoder.add_codewords(modules, bytearray(len(positions)), version)
    mask, modules = encoder.find_and_apply_best_mask(modules, width, width, MASK)
    encoder.add_format_info(modules, version, level, mask)
    encoder.add_version_info(modules, version)
    return b"".join(bytes(row) for row in modules), tuple(positions)


def _placement(free: list[bytes], width: int):
    """The free modules (0x2) in the order the bits go in: two columns at a time from the
    right, up then down, stepping over the vertical timing pattern (ISO/IEC 18004 7.7.3)."""
    for right in range(width - 1, 0, -2):
        if right <= 6:
            right -= 1
        upwards = (right & 2 == 0) ^ (right < 6)
        for vertical in range(width):
            row = width - 1 - vertical if upwards else vertical
            for column in (right, right - 1):
                if free[row][column] == 0x2:
                    yield row, column
