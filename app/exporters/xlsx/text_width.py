"""How wide a text is in a workbook's font (Calibri 11), in column width units (a digit's width), and
so how many lines it takes wrapped in a column: a streamed row is sized before it is written, so its
height must be worked out here rather than left to Excel. Counting characters is not enough:
"ÅÅÅÅMMDD-NNNN" is half again as wide as as many digits, "fil i lista" two thirds as wide."""

from __future__ import annotations

import math

# Calibri's advance widths in thousandths of a digit's width (as measured in Carlito, its metric twin).
_WIDTHS = {
    **dict.fromkeys("0123456789", 1000), " ": 446,
    "a": 945, "b": 1037, "c": 834, "d": 1037, "e": 982, "f": 602, "g": 929, "h": 1037, "i": 453,
    "j": 472, "k": 897, "l": 453, "m": 1576, "n": 1037, "o": 1041, "p": 1037, "q": 1037, "r": 688,
    "s": 772, "t": 661, "u": 1037, "v": 891, "w": 1410, "x": 855, "y": 893, "z": 779,
    "A": 1142, "B": 1073, "C": 1052, "D": 1214, "E": 963, "F": 907, "G": 1245, "H": 1229, "I": 497,
    "J": 629, "K": 1025, "L": 830, "M": 1687, "N": 1274, "O": 1306, "P": 1019, "Q": 1328, "R": 1071,
    "S": 907, "T": 961, "U": 1264, "V": 1120, "W": 1755, "X": 1024, "Y": 961, "Z": 924,
    ".": 485, ",": 485, ":": 517, ";": 517, "-": 587, "–": 957, "(": 582, ")": 582, "/": 742,
    "%": 1387, "_": 962, "@": 1717, "&": 1316, "'": 426, '"': 771,
    "å": 945, "ä": 945, "ö": 1041, "Å": 1142, "Ä": 1142, "Ö": 1306, "é": 982,
}
_LOWER, _UPPER = 1000, 1250  # letters not in the table (å, é, Ö …): on the wide side of their kind
BOLD = 1.04  # bold Calibri is about this much wider (its digits are as wide as the regular ones)
PADDING = 0.4  # width units a cell keeps free beside its text


def units(text: str, bold: bool = False) -> float:
    """The width of ``text`` on one line, in column width units."""
    total = 0
    for char in text:
        width = _WIDTHS.get(char)
        if width is None:
            width = _UPPER if char.isupper() else _LOWER
        total += width
    return total / 1000 * (BOLD if bold else 1)


def fits(text: str, width: float, bold: bool = False) -> bool:
    return units(text, bold) <= width - PADDING


def lines(text: str, width: float, bold: bool = False) -> int:
    """The lines ``text`` takes wrapped (between words; a word wider than the column inside it) in a
    column ``width`` units wide."""
    room = max(width - PADDING, 1)
    space = units(" ", bold)
    count = 0
    for paragraph in str(text).split("\n"):
        count += 1
        used = 0.0  # of the current line
        for word in paragraph.split():
            size = units(word, bold)
            if used and used + space + size <= room:
                used += space + size
                continue
            if used:
                count += 1
            extra = math.ceil(size / room) - 1 if size > room else 0  # a word wider than the column breaks
            count += extra
            used = size - extra * room
    return count


def widest_word(text: str, bold: bool = True) -> float:
    """The width a column needs so that ``text`` wraps only between words."""
    return max((units(w, bold) for w in text.split()), default=0) + PADDING
