"""Money: integer fen (分) inside, :class:`~decimal.Decimal` at the edges, never ``float``.

Every amount Desk stores or adds up is an ``int`` counting fen (1 元 = 100 分). Amounts come in as
text the user typed (:func:`parse_yuan`) or as ``Decimal``/``int``/``str`` values from code
(:func:`to_fen`) and go out as text (:func:`format_yuan`, :func:`format_yuan_grouped`,
:func:`amount_in_capitals`).

Rounding is half-up to the fen, applied symmetrically to negative amounts (half away from zero,
``decimal.ROUND_HALF_UP``): 0.005 元 is 1 分 and -0.005 元 is -1 分. A ``float`` is refused
with ``TypeError`` wherever an amount or a quantity is taken, because 2.675 as a float is
already 2.67499999… and would round the wrong way. ``bool`` is refused as well, although Python
counts it as an ``int``.

The amount in capitals follows the People's Bank of China rules for filling in bills and
settlement vouchers (《正确填写票据和结算凭证的基本规定》); see :func:`amount_in_capitals` for
the choices the rules leave open.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from desk.services.errors import ValidationError

__all__ = [
    "MAX_FEN",
    "MAX_CAPITALS_FEN",
    "to_fen",
    "parse_yuan",
    "fen_to_decimal",
    "format_yuan",
    "format_yuan_grouped",
    "multiply",
    "apply_discount",
    "amount_in_capitals",
    "sum_fen",
]

MAX_FEN = 99_999_999_99
"""The largest amount a user may type, in fen: 99,999,999.99 元."""

MAX_CAPITALS_FEN = 9_999_999_999_99
"""The largest amount :func:`amount_in_capitals` writes, in fen: 9,999,999,999.99 元."""

_ONE_FEN = Decimal("0.01")
_ONE = Decimal(1)
_HUNDRED = Decimal(100)

# Enough digits that no amount or product Desk meets is ever rounded by the context itself;
# the only rounding is the explicit half-up quantize.
_CONTEXT = Context(prec=60, rounding=ROUND_HALF_UP)

# A number as code or a user writes it: optional sign, digits optionally grouped by commas in
# threes, optional decimal part. No exponent, no underscores, no "NaN".
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?")

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_GROUP_UNITS = ("", "万", "亿")
_PLACE_UNITS = ("仟", "佰", "拾", "")


def _reject_float(value: object, what: str) -> None:
    if isinstance(value, float):
        raise TypeError(f"{what} must not be a float (got {value!r}); use Decimal, int or str")
    if isinstance(value, bool):
        raise TypeError(f"{what} must not be a bool (got {value!r})")


def _require_int(value: object, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int counting fen (got {type(value).__name__})")


def _decimal(value: Decimal | int | str, what: str) -> Decimal:
    """``value`` as a finite Decimal; strings may carry thousands separators and spaces."""
    _reject_float(value, what)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace(" ", "")
        if not _NUMBER.fullmatch(text) or not any(ch.isdigit() for ch in text):
            raise ValueError(f"{what} is not a number: {value!r}")
        result = Decimal(text.replace(",", ""))
    else:
        raise TypeError(f"{what} must be Decimal, int or str (got {type(value).__name__})")
    if not result.is_finite():
        raise ValueError(f"{what} must be finite (got {value!r})")
    return result


def _round_to_int(value: Decimal) -> int:
    with localcontext(_CONTEXT):
        return int(value.quantize(_ONE, rounding=ROUND_HALF_UP))


def to_fen(yuan: Decimal | int | str) -> int:
    """``yuan`` in fen, rounded half-up to the fen.

    Strings such as ``"12.345"``, ``"1,234.5"`` or ``" -3 "`` are accepted; a string that is
    not a plain number raises ``ValueError``; a ``float`` raises ``TypeError``.
    """
    amount = _decimal(yuan, "yuan")
    with localcontext(_CONTEXT):
        return _round_to_int(amount * _HUNDRED)


def parse_yuan(text: str, *, field: str | None = None, allow_negative: bool = False) -> int:
    """An amount the user typed, in fen.

    Accepts full-width digits, spaces, a leading ¥/￥, a trailing 元 and commas grouping
    thousands (``"1,234.50"``). Refuses with :class:`ValidationError` (``field`` passed on): an
    empty entry, anything that is not a number, more than two decimals (the user meant
    something, so it is not silently rounded), a negative amount unless ``allow_negative``, and
    anything beyond ±99,999,999.99 元.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str (got {type(text).__name__})")
    cleaned = unicodedata.normalize("NFKC", text).strip()
    cleaned = "".join(cleaned.split())  # spaces anywhere: "1 234.50"
    if cleaned[:1] in {"+", "-"}:  # "-¥12" as well as "¥-12"
        cleaned = cleaned[0] + cleaned[1:].removeprefix("¥")
    cleaned = cleaned.removeprefix("¥").removesuffix("元")
    if not cleaned:
        raise ValidationError("请填写金额。", field=field)
    if not _NUMBER.fullmatch(cleaned) or not any(ch.isdigit() for ch in cleaned):
        if re.fullmatch(r"[+-]?[\d,]*(\.\d*)?", cleaned) and "," in cleaned:
            raise ValidationError(
                "金额“{text}”里的逗号位置不对：逗号只用来每三位分隔，如 1,234.50；"
                "小数点请用“.”。",
                field=field,
                text=text.strip(),
            )
        raise ValidationError(
            "金额“{text}”不是数字：请只填写数字和小数点，如 1234.50。",
            field=field,
            text=text.strip(),
        )
    _, _, decimals = cleaned.partition(".")
    if len(decimals) > 2:
        raise ValidationError(
            "金额最多到分（两位小数），“{text}”有{places}位小数。",
            field=field,
            text=text.strip(),
            places=len(decimals),
        )
    fen = to_fen(cleaned)
    if fen < 0 and not allow_negative:
        raise ValidationError(
            "金额不能是负数，现在是 {text}。", field=field, text=text.strip()
        )
    if abs(fen) > MAX_FEN:
        raise ValidationError(
            "金额太大：最多 99,999,999.99 元，现在是 {text}。请检查是否多输了位数。",
            field=field,
            text=text.strip(),
        )
    return fen


def fen_to_decimal(fen: int) -> Decimal:
    """``fen`` as yuan with exactly two decimals: ``123450`` → ``Decimal("1234.50")``."""
    _require_int(fen, "fen")
    return Decimal(fen).scaleb(-2)


def format_yuan(fen: int) -> str:
    """``fen`` as yuan with two decimals and no separators: ``"1234.50"``, ``"-12.00"``."""
    return f"{fen_to_decimal(fen):.2f}"


def format_yuan_grouped(fen: int) -> str:
    """``fen`` as yuan with two decimals and thousands separators: ``"1,234.50"``."""
    return f"{fen_to_decimal(fen):,.2f}"


def multiply(unit_fen: int, quantity: Decimal | int | str) -> int:
    """``unit_fen`` × ``quantity`` (labour hours or part count), rounded half-up to the fen.

    ``multiply(12_000, "1.5")`` is 18,000 fen (120.00 元 × 1.5 h = 180.00 元). The product is
    exact before the one rounding, however many decimals ``quantity`` has.
    """
    _require_int(unit_fen, "unit_fen")
    amount = _decimal(quantity, "quantity")
    with localcontext(_CONTEXT):
        return _round_to_int(Decimal(unit_fen) * amount)


def apply_discount(amount_fen: int, percent: Decimal | int | str) -> int:
    """``amount_fen`` after taking ``percent`` per cent off, rounded half-up to the fen.

    ``percent`` is the share taken off, 0–100: ``apply_discount(10_000, 20)`` is 8,000 fen —
    what the counter calls 打八折. Outside 0–100 raises ``ValueError``.
    """
    _require_int(amount_fen, "amount_fen")
    share = _decimal(percent, "percent")
    if not Decimal(0) <= share <= _HUNDRED:
        raise ValueError(f"percent must be between 0 and 100 (got {percent!r})")
    with localcontext(_CONTEXT):
        return _round_to_int(Decimal(amount_fen) * (_HUNDRED - share) / _HUNDRED)


def _group_in_capitals(group: int) -> str:
    """1–9999 in capitals with inner zeros as one 零 and no leading 零: 1005 → 壹仟零伍."""
    text = ""
    pending_zero = False
    for place, digit_char in zip(_PLACE_UNITS, f"{group:04d}"):
        digit = int(digit_char)
        if digit == 0:
            pending_zero = bool(text)
            continue
        if pending_zero:
            text += "零"
            pending_zero = False
        text += _DIGITS[digit] + place
    return text


def _yuan_in_capitals(yuan: int) -> str:
    """1–999,999,999,999 whole yuan in capitals, without 元."""
    groups = [(yuan // 10_000**i) % 10_000 for i in range(len(_GROUP_UNITS))]
    if yuan >= 10_000 ** len(_GROUP_UNITS):
        raise ValueError(f"too many yuan for capitals: {yuan}")
    text = ""
    pending_zero = False
    for index in reversed(range(len(_GROUP_UNITS))):
        group = groups[index]
        if group == 0:
            pending_zero = bool(text)
            continue
        # A zero is written between groups when a whole group was zero (壹亿零壹仟) or when this
        # group has fewer than four digits (壹佰万零伍). When only the 万 digit is zero and the
        # 仟 digit is not (107,000 → 壹拾万柒仟), the rules allow either; we write none.
        if text and (pending_zero or group < 1000):
            text += "零"
        text += _group_in_capitals(group) + _GROUP_UNITS[index]
        pending_zero = False
    return text


def amount_in_capitals(fen: int) -> str:
    """``fen`` in Chinese capitals (大写金额) as written on bills, without the 人民币 label.

    By the PBOC rules: 零壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿 and 元角分; 拾 always carries its
    digit (10 元 → 壹拾元整); zeros inside the amount are written as one 零 (1,005.20 元 →
    壹仟零伍元贰角, 1,000,005 元 → 壹佰万零伍元整); when the jiao digit is 0 and fen is not,
    零 follows 元 (1.05 元 → 壹元零伍分); whole yuan end in 整 (壹拾元整, and 0 → 零元整).

    Choices where the rules allow either form:

    - nothing after 角: 1.50 元 → 壹元伍角, not 壹元伍角整;
    - no 零 for a zero 万 or 元 digit followed by a non-zero 仟 or 角 digit: 107,000.53 元 →
      壹拾万柒仟元伍角叁分, 1,680.32 元 → 壹仟陆佰捌拾元叁角贰分;
    - amounts under one yuan have no leading 零元: 0.56 元 → 伍角陆分, 0.05 元 → 伍分.

    Negative amounts get 负 in front. Beyond ±9,999,999,999.99 元 raises ``ValueError``.
    """
    _require_int(fen, "fen")
    if fen < 0:
        return "负" + amount_in_capitals(-fen)
    if fen > MAX_CAPITALS_FEN:
        raise ValueError(f"amount too large for capitals: {fen} fen (max {MAX_CAPITALS_FEN})")
    if fen == 0:
        return "零元整"
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    text = _yuan_in_capitals(yuan) + "元" if yuan else ""
    if jiao == 0 and cents == 0:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    if cents:
        if yuan and not jiao:
            text += "零"
        text += _DIGITS[cents] + "分"
    return text


def sum_fen(amounts: Iterable[int]) -> int:
    """The total of ``amounts`` in fen; an empty iterable totals 0. Floats raise ``TypeError``."""
    total = 0
    for amount in amounts:
        _require_int(amount, "amount")
        total += amount
    return total
