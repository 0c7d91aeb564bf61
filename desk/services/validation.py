"""Checks and normal forms for what the counter types: VIN, plate, mobile number, mileage.

Each ``normalize_*``/``check_*`` function takes the text as typed (spaces, hyphens, lower case and
full-width characters from a Chinese input method are all fine) and returns the form Desk stores,
or raises :class:`~desk.services.errors.ValidationError` whose message says what to fix and whose
``field`` names the input (``"vin"``, ``"plate"``, ``"phone"``, ``"mileage"``). Something unusual
but possibly right raises :class:`~desk.services.errors.NeedsConfirmation` instead; the caller
asks the user and calls again with the question's ``key`` among ``confirmed``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from decimal import Decimal, InvalidOperation

from desk.services.errors import NeedsConfirmation, ValidationError

__all__ = [
    "VIN_CHECK_DIGIT_KEY",
    "MAX_MILEAGE",
    "PROVINCES",
    "normalize_vin",
    "vin_check_digit",
    "check_vin",
    "normalize_plate",
    "display_plate",
    "normalize_mobile",
    "mask_mobile",
    "check_mileage",
]

VIN_CHECK_DIGIT_KEY = "vin_check_digit"
"""The ``NeedsConfirmation.key`` for a VIN whose 9th character is not its check digit."""

MAX_MILEAGE = 2_000_000
"""The highest odometer reading accepted, in km."""

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
"""The one-character province abbreviations that begin an ordinary plate."""


def _ascii(text: str) -> str:
    """Full-width letters, digits and punctuation as ASCII (NFKC); CJK is left alone."""
    return unicodedata.normalize("NFKC", text)


# --- VIN (车架号) -------------------------------------------------------------------------------

_VIN_LENGTH = 17
_VIN_FORBIDDEN = {"I": "1", "O": "0", "Q": "0"}
_VIN_VALUES = {
    **{str(digit): digit for digit in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
"""Transliteration of GB 16735 / ISO 3779 (appendix of the check-digit method)."""
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def normalize_vin(text: str) -> str:
    """The VIN as stored: no spaces or hyphens, upper case, 17 of 0-9 and A-Z without I, O, Q."""
    vin = re.sub(r"[\s\-]", "", _ascii(text)).upper()
    if not vin:
        raise ValidationError("请填写车架号（17位，见行驶证或前挡风玻璃左下角）。", field="vin")
    for char in vin:
        if char in _VIN_FORBIDDEN:
            raise ValidationError(
                "车架号里不会有字母 {letter}（容易与数字 {digit} 混淆），"
                "请核对是否应为数字 {digit}。",
                field="vin",
                letter=char,
                digit=_VIN_FORBIDDEN[char],
            )
        if char not in _VIN_VALUES:
            raise ValidationError(
                "车架号只能有数字和字母，不能有“{char}”。", field="vin", char=char
            )
    if len(vin) != _VIN_LENGTH:
        raise ValidationError(
            "车架号应为17位，现在是{length}位。", field="vin", length=len(vin)
        )
    return vin


def vin_check_digit(vin: str) -> str:
    """The check digit (``"0"``–``"9"`` or ``"X"``) for position 9 of a normalized ``vin``.

    Weighted sum of the transliterated characters (GB 16735 / ISO 3779, North-American
    weights), modulo 11; a remainder of 10 is written ``"X"``. Position 9 itself has weight 0,
    so it does not matter what it holds. Raises ``ValueError`` for a value that
    :func:`normalize_vin` would not return.
    """
    if len(vin) != _VIN_LENGTH or any(char not in _VIN_VALUES for char in vin):
        raise ValueError(f"not a normalized VIN: {vin!r}")
    remainder = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS)) % 11
    return "X" if remainder == 10 else str(remainder)


def check_vin(text: str, confirmed: Collection[str] = ()) -> str:
    """The normalized VIN, refused when malformed; a wrong check digit needs confirmation.

    Raises :class:`NeedsConfirmation` with ``key="vin_check_digit"`` when position 9 is not the
    computed check digit, unless that key is in ``confirmed`` (some imported cars carry VINs
    made without one).
    """
    vin = normalize_vin(text)
    expected = vin_check_digit(vin)
    if vin[8] != expected and VIN_CHECK_DIGIT_KEY not in confirmed:
        raise NeedsConfirmation(
            "车架号第9位是校验位，按其余各位算应为“{expected}”，现在是“{found}”，"
            "可能有一位输错了，请与行驶证核对。部分进口车的车架号没有校验位；"
            "核对无误后可确认保存。",
            key=VIN_CHECK_DIGIT_KEY,
            expected=expected,
            found=vin[8],
        )
    return vin


# --- Plate (车牌号) -----------------------------------------------------------------------------

_PLATE_SEPARATORS = re.compile(r"[\s\-_.·・･•‧∙⋅]")
_PLATE_CHAR = "[A-HJ-NP-Z0-9]"
_PLATE_SUFFIXES = "挂学警港澳领"
_ORDINARY = re.compile(
    rf"[{PROVINCES}][A-Z](?:{_PLATE_CHAR}{{5}}|{_PLATE_CHAR}{{4}}[{_PLATE_SUFFIXES}])"
)
_NEW_ENERGY = re.compile(
    rf"[{PROVINCES}][A-Z](?:[DF]{_PLATE_CHAR}{{5}}|{_PLATE_CHAR}{{5}}[DF])"
)
_PLATE_SHAPE = (
    "车牌号格式不对：应为省份简称+字母+5位（新能源6位），如 粤B·12345 或 粤B·D12345。"
)


def normalize_plate(text: str) -> str:
    """The plate as stored: no separators, letters upper case, e.g. ``"粤BD12345"``.

    Accepts "粤B12345", "粤B·12345", "粤B 12345", "粤b-d12345" and full-width input. An ordinary
    plate is province + letter + 5 letters/digits (no I or O), the last of which may be one of
    挂学警港澳领; a new-energy plate is province + letter + 6 letters/digits (no I or O) that
    start with D or F (small) or end with D or F (large).
    """
    plate = _PLATE_SEPARATORS.sub("", _ascii(text)).upper()
    if not plate:
        raise ValidationError("请填写车牌号，如 粤B·12345。", field="plate")
    if _ORDINARY.fullmatch(plate) or _NEW_ENERGY.fullmatch(plate):
        return plate
    if plate[0] not in PROVINCES:
        raise ValidationError(
            "车牌号第一个字应为省份简称（如 粤、京、沪），现在是“{char}”。",
            field="plate",
            char=plate[0],
        )
    if len(plate) >= 2 and not "A" <= plate[1] <= "Z":
        raise ValidationError(
            "车牌号第二位应为发牌机关的字母（如 粤B 的 B），现在是“{char}”。",
            field="plate",
            char=plate[1],
        )
    letters = {char for char in plate[2:] if char in "IO"}
    if letters:
        raise ValidationError(
            "车牌号里不会有字母 {letters}（容易与数字 1、0 混淆），请核对是否应为数字。",
            field="plate",
            letters="、".join(sorted(letters)),
        )
    if len(plate) == 8 and re.fullmatch(rf"{_PLATE_CHAR}{{6}}", plate[2:]):
        raise ValidationError(
            "新能源车牌的6位号码应以 D 或 F 开头（小型车）或结尾（大型车），"
            "现在是“{number}”。",
            field="plate",
            number=plate[2:],
        )
    raise ValidationError(_PLATE_SHAPE, field="plate")


def display_plate(stored: str) -> str:
    """A stored plate as shown and printed: ``"粤BD12345"`` → ``"粤B·D12345"``.

    A value that does not start with a province and a letter (an old or odd record) is returned
    as it is.
    """
    if len(stored) > 2 and stored[0] in PROVINCES and "A" <= stored[1] <= "Z":
        if stored[2] in "·.- ":
            return stored
        return f"{stored[:2]}·{stored[2:]}"
    return stored


# --- Mobile number (手机号) ---------------------------------------------------------------------


def normalize_mobile(text: str) -> str:
    """An 11-digit mainland mobile number starting 13–19, without +86, spaces or hyphens."""
    phone = re.sub(r"[\s\-()]", "", _ascii(text))
    if not phone:
        raise ValidationError("请填写手机号（11位）。", field="phone")
    for prefix in ("+86", "0086"):
        phone = phone.removeprefix(prefix)
    if len(phone) == 13 and phone.startswith("86"):
        phone = phone[2:]
    wrong = next((char for char in phone if not "0" <= char <= "9"), None)
    if wrong is not None:
        raise ValidationError(
            "手机号只能有数字，不能有“{char}”。", field="phone", char=wrong
        )
    if len(phone) != 11:
        raise ValidationError(
            "手机号应为11位，现在是{length}位。", field="phone", length=len(phone)
        )
    if not re.fullmatch(r"1[3-9]\d{9}", phone):
        raise ValidationError(
            "手机号应以 13–19 开头，现在是“{prefix}”开头；座机号请填在备注里。",
            field="phone",
            prefix=phone[:2],
        )
    return phone


def mask_mobile(phone: str) -> str:
    """The number with its middle hidden for screens and printouts: ``"138****1234"``.

    An odd stored value keeps its first 3 and last 4 characters when it has at least 8, and is
    hidden entirely when shorter.
    """
    if len(phone) >= 8:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return "*" * len(phone)


# --- Mileage (里程) -----------------------------------------------------------------------------

_MILEAGE_TEXT = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?")


def check_mileage(value: int | str, last: int | None, reason: str = "") -> int:
    """The odometer reading in whole km, 0–2,000,000.

    Text may group thousands with commas or spaces ("12,345", "12 345") and end in km or 公里.
    Decimals and negative readings are refused. A reading below ``last`` (the last one recorded
    for the car) is refused unless ``reason`` says why, e.g. the instrument cluster was replaced.
    """
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"mileage must be int or str (got {type(value).__name__})")
    if isinstance(value, str):
        text = re.sub(r"(?i)(?:km|公里)\s*$", "", _ascii(value).strip())
        # Spaces grouping thousands become commas so one pattern checks both.
        compact = re.sub(r"(?<=\d)\s+(?=\d{3}\b)", ",", text.strip())
        if not compact:
            raise ValidationError("请填写里程（公里数，整数）。", field="mileage")
        if not _MILEAGE_TEXT.fullmatch(compact):
            raise ValidationError(
                "里程“{text}”不是数字：请只填写整数公里数，如 12345。",
                field="mileage",
                text=value.strip(),
            )
        if "." in compact:
            raise ValidationError(
                "里程请填整数公里，不要带小数，现在是“{text}”。",
                field="mileage",
                text=value.strip(),
            )
        mileage = int(compact.replace(",", ""))
    else:
        mileage = value
    if mileage < 0:
        raise ValidationError(
            "里程不能是负数，现在是 {mileage}。", field="mileage", mileage=mileage
        )
    if mileage > MAX_MILEAGE:
        raise ValidationError(
            "里程最多 2,000,000 公里，现在是 {mileage:,}，请检查是否多输了位数。",
            field="mileage",
            mileage=mileage,
        )
    if last is not None and mileage < last and not reason.strip():
        raise ValidationError(
            "里程 {mileage:,} 公里比上次记录的 {last:,} 公里少。"
            "如确实如此（例如更换过仪表），请填写原因。",
            field="mileage",
            mileage=mileage,
            last=last,
        )
    return mileage


def check_quantity(
    text: Decimal | int | str, *, field: str, what: str, places: int, maximum: Decimal, allow_zero: bool = False
) -> Decimal:
    """Hours, a quantity or a stock level as typed: a number above 0 (or 0 with ``allow_zero``),
    at most ``maximum``, with at most ``places`` decimals; ``what`` names it in the refusal."""
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise ValidationError("{what}必须是数字，现在是“{text}”。", field=field, what=what, text=str(text)) from None
    if not value.is_finite():
        raise ValidationError("{what}必须是数字，现在是“{text}”。", field=field, what=what, text=str(text))
    if value < 0 and allow_zero:
        raise ValidationError("{what}不能是负数。", field=field, what=what)
    if value <= 0 and not allow_zero:
        raise ValidationError("{what}必须大于 0。", field=field, what=what)
    if value > maximum:
        raise ValidationError("{what}太大（最多 {maximum}）。", field=field, what=what, maximum=str(maximum))
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError("{what}最多 {places} 位小数。", field=field, what=what, places=places)
    return value

