"""What a program prints, compared as words and numbers in order.

Every word and every figure the reference prints must appear in the learner's
output, in the same order; anything else the learner prints (debug lines,
progress, a final output) is allowed and only noted. Words compare without
regard to case or punctuation. Figures compare as numbers at the precision of
the coarser of the two prints, never looser than 1e-6 relative where the
reference prints 8 or more significant digits; integers (counts, iteration
numbers) compare exactly, unless one ulp moves the reference's own. A figure
that one ulp moves by more than 1% is not compared, nor is the rest of the
array it is printed in. A figure printed with too few digits to tell right
from wrong fails with a message that says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from trainer.grading.text import shown

MIN_DIGITS = 4  # fewer significant digits than this cannot tell right from wrong
TIGHT_DIGITS = 8  # reference figures with this many digits are held to 1e-6 relative
TIGHT_RELATIVE = 1e-6
ROUNDING = 1e-9  # relative: two prints of one value rounded in the last bits of a float still agree
BAND_FACTOR = 100.0  # how many times the reference's own rounding drift is allowed
BAND_CAP = 0.01  # ... but never more than 1% of the figure: curves that look different are different

_TOKEN = re.compile(
    r"(?P<number>(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w])|(?<![\w])(?:nan|inf)(?![\w]))"
    r"|(?P<word>[A-Za-z]+)"
)


@dataclass(frozen=True)
class Token:
    text: str
    line: int
    value: float | None  # None for a word

    @property
    def digits(self) -> int:
        """Significant digits printed."""
        mantissa = self.text.lower().lstrip("+-").partition("e")[0]
        return len(mantissa.replace(".", "").lstrip("0")) or 1

    @property
    def resolution(self) -> float:
        """Half a unit of the last printed digit."""
        mantissa, _, exponent = self.text.lower().partition("e")
        decimals = len(mantissa.partition(".")[2])
        return 0.5 * 10.0 ** (-decimals + (int(exponent) if exponent.lstrip("+-").isdigit() else 0))

    @property
    def is_integer(self) -> bool:
        """Printed with no fractional digits: a count or an index, compared exactly."""
        return self.value is not None and "e" not in self.text.lower() and not self.text.partition(".")[2]


def tokens(text: str) -> list[Token]:
    found = []
    for line_number, line in enumerate(text.splitlines(), 1):
        for match in _TOKEN.finditer(line):
            number = match.group("number")
            if number is not None:
                found.append(Token(number, line_number, _float(number)))
            else:
                found.append(Token(match.group("word").lower(), line_number, None))
    return found


def _float(text: str) -> float:
    try:
        return float(text)
    except (ValueError, OverflowError):
        return math.nan


@dataclass(frozen=True)
class Mismatch:
    message: str
    is_text: bool  # a word (label, header) rather than a figure
    line: str = ""  # the reference's output line it is in (to find the code that prints it)
    heading: str | None = None  # for a wrong figure, the last word the reference prints before it ("Derivative:")


@dataclass(frozen=True)
class Comparison:
    mismatch: Mismatch | None
    extra_figures: int


def compare_output(want_text: str, band_text: str | None, got_text: str) -> Comparison:
    """Does `got_text` print every word and figure of `want_text`, in order?
    `band_text` is the reference's output when rounded one ulp differently."""
    want, got = tokens(want_text), tokens(got_text)
    bands = _bands(want, tokens(band_text) if band_text is not None else None, _arrays(want_text))
    i = 0
    for index, (token, band) in enumerate(zip(want, bands)):
        j, coarse = _find(token, band, got, i)
        if j is None:
            first = _same_layout(want, bands, got)
            if first is not None:
                index = i = first
                coarse = got[first] if got[first].value is not None and agree(want[first], got[first]) is None else None
            return Comparison(_missing(want_text, want, index, got, i, coarse), 0)
        i = j + 1
    extra = sum(1 for t in got if t.value is not None) - sum(1 for t in want if t.value is not None)
    return Comparison(None, max(extra, 0))


def _same_layout(want: list[Token], bands: list[float], got: list[Token]) -> int | None:
    """Where an output laid out like the reference's (the same words, as many figures)
    first differs, figure by figure: the search in order may have matched a wrong figure
    further on (a count of 0 with a later 0) and failed far from the difference."""
    if len(got) != len(want) or any((a.value is None) != (b.value is None) for a, b in zip(want, got)):
        return None
    for index, (a, b, band) in enumerate(zip(want, got, bands)):
        if (a.value is None and a.text != b.text) or (a.value is not None and agree(a, b, band) is not True):
            return index
    return None


def _bands(want: list[Token], other: list[Token] | None, arrays: list[int | None]) -> list[float]:
    """Each figure's allowance: 100 times what one ulp moves it in the reference, at most 1% of it.
    A figure one ulp moves further cannot say what yours is, nor can the rest of its printed array:
    like an array in the run, it is compared whole or not at all."""
    if other is None or len(other) != len(want):
        return [0.0] * len(want)
    bands = []
    for a, b in zip(want, other):
        if a.value is None or b.value is None or not (math.isfinite(a.value) and math.isfinite(b.value)):
            bands.append(0.0)
        elif abs(a.value - b.value) > BAND_CAP * abs(a.value):
            bands.append(math.inf)
        else:
            bands.append(min(BAND_FACTOR * abs(a.value - b.value), BAND_CAP * abs(a.value)))
    chaotic = {array for array, band in zip(arrays, bands) if array is not None and band == math.inf}
    return [math.inf if array in chaotic else band for array, band in zip(arrays, bands)]


def _arrays(text: str) -> list[int | None]:
    """For each of `text`'s tokens, the printed array it is in: a number that counts its arrays, from
    a bracket opened outside any other to the one that closes it, across lines; None outside brackets."""
    arrays: list[int | None] = []
    array, depth = 0, 0
    for line in text.splitlines():
        starts = {match.start() for match in _TOKEN.finditer(line)}
        for column, char in enumerate(line):
            if column in starts:
                arrays.append(array if depth else None)
            if char == "[":
                array, depth = array + (depth == 0), depth + 1
            elif char == "]":
                depth = max(depth - 1, 0)
    return arrays


def _find(want: Token, band: float, got: list[Token], start: int) -> tuple[int | None, Token | None]:
    """The first token at or after `start` that matches `want`; else, if the very
    next figure would match but is printed too coarsely to tell, that figure."""
    coarse = None
    for j in range(start, len(got)):
        token = got[j]
        if want.value is None:
            if token.value is None and token.text == want.text:
                return j, None
            continue
        if token.value is None:
            continue
        verdict = agree(want, token, band)
        if verdict is True:
            return j, None
        if verdict is None and j == _next_figure(got, start):
            coarse = token
    return None, coarse


def _next_figure(got: list[Token], start: int) -> int:
    return next((j for j in range(start, len(got)) if got[j].value is not None and not got[j].is_integer), -1)


def agree(want: Token, got: Token, band: float = 0.0) -> bool | None:
    """True if they agree; None if `got` agrees only at a precision too coarse to tell."""
    assert want.value is not None and got.value is not None
    if math.isnan(want.value) or math.isnan(got.value) or math.isinf(want.value) or math.isinf(got.value):
        return want.value == got.value or (math.isnan(want.value) and math.isnan(got.value))
    if want.is_integer:  # a count or an index: exactly, unless one ulp moves the reference's own count
        return abs(got.value - want.value) <= band
    difference = abs(got.value - want.value)
    # each print is within its own half unit of the value it rounds: two prints can differ by both
    limit = want.resolution + got.resolution + ROUNDING * abs(want.value) + band
    if want.digits >= TIGHT_DIGITS:
        limit = min(limit, TIGHT_RELATIVE * abs(want.value) + band)
    if difference <= limit:
        return True if got.digits >= MIN_DIGITS or want.digits < MIN_DIGITS else None
    if difference <= got.resolution + band:
        return None  # right only at the learner's own precision, which is too coarse to tell
    return False


def _missing(
    want_text: str, want: list[Token], index: int, got: list[Token], at: int, coarse: Token | None
) -> Mismatch:
    token = want[index]
    heading = next((t.text for t in reversed(want[:index]) if t.value is None), None)
    line = want_text.splitlines()[token.line - 1].strip()
    figure = sum(1 for t in want[: index + 1] if t.value is not None)
    if token.value is None:
        return Mismatch(
            f'the reference prints the text "{shown(line)}" and your output has no "{token.text}" there '
            "(the words of the task's output must appear, in order; case and punctuation are free)",
            True,
            line,
        )
    if coarse is not None:
        return Mismatch(
            f"printed figure #{figure} is {coarse.text}, too few digits to tell right from wrong: the reference "
            f'prints {token.text} (in "{shown(line)}"); print the value with more digits, e.g. str(value)',
            False,
            line,
        )
    after = got[at].text if at < len(got) else None
    got_text = f"got {shown(after)}" if after is not None else "your output ends before it"
    return Mismatch(
        f'printed figure #{figure} differs: expected {token.text} (in "{shown(line)}"), {got_text}',
        False,
        line,
        heading,
    )
