"""Money in fen: parsing, rounding, formatting and the amount in Chinese capitals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.services.errors import ValidationError
from desk.services.money import (
    MAX_CAPITALS_FEN,
    MAX_FEN,
    amount_in_capitals,
    apply_discount,
    fen_to_decimal,
    format_yuan,
    format_yuan_grouped,
    multiply,
    parse_yuan,
    sum_fen,
    to_fen,
)

# --- to_fen ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yuan", "fen"),
    [
        (Decimal("0.005"), 1),
        ("0.005", 1),
        ("0.004", 0),
        ("2.675", 268),  # 2.675 as a float is 2.67499…, which would give 267
        (Decimal("2.665"), 267),
        ("12.345", 1235),
        ("1,234.5", 123450),
        (" 1,234,567.891 ", 123456789),
        (12, 1200),
        (0, 0),
        ("-0.005", -1),  # half-up is symmetric: away from zero
        ("-2.675", -268),
        (Decimal("1E+2"), 10000),
        (".5", 50),
    ],
)
def test_to_fen_rounds_half_up(yuan: Decimal | int | str, fen: int) -> None:
    assert to_fen(yuan) == fen


@pytest.mark.parametrize("value", [2.675, 0.0, float("nan")])
def test_to_fen_refuses_float(value: float) -> None:
    with pytest.raises(TypeError, match="float"):
        to_fen(value)  # type: ignore[arg-type]


def test_to_fen_refuses_bool() -> None:
    with pytest.raises(TypeError):
        to_fen(True)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "abc", "1e5", "1_000", "NaN", "1,23", "1.2.3", "."])
def test_to_fen_refuses_text_that_is_not_a_plain_number(text: str) -> None:
    with pytest.raises(ValueError):
        to_fen(text)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity")])
def test_to_fen_refuses_non_finite_decimal(value: Decimal) -> None:
    with pytest.raises(ValueError):
        to_fen(value)


# --- parse_yuan --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("12.50", 1250),
        ("0.01", 1),
        (".5", 50),
        ("5.", 500),
        ("1,234.50", 123450),
        ("1 234.50", 123450),
        ("  88 ", 8800),
        ("¥99.90", 9990),
        ("￥99.90", 9990),
        ("99.90元", 9990),
        ("１２３．４５", 12345),  # full-width digits from a Chinese input method
        ("99999999.99", MAX_FEN),
        ("0", 0),
        ("-0", 0),
    ],
)
def test_parse_yuan_accepts(text: str, fen: int) -> None:
    assert parse_yuan(text) == fen


def test_parse_yuan_negative_only_when_allowed() -> None:
    assert parse_yuan("-12.30", allow_negative=True) == -1230
    assert parse_yuan("-¥12.30", allow_negative=True) == -1230
    with pytest.raises(ValidationError, match="负数") as caught:
        parse_yuan("-12.30", field="discount")
    assert caught.value.field == "discount"
    assert "-12.30" in caught.value.message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "请填写金额"),
        ("   ", "请填写金额"),
        ("abc", "不是数字"),
        ("12元5角", "不是数字"),
        ("1e5", "不是数字"),
        ("12..5", "不是数字"),
        ("--5", "不是数字"),
        ("1,23", "逗号"),
        ("12,5", "逗号"),
        ("12.345", "两位小数"),
        ("0.001", "两位小数"),
        ("100000000", "最多 99,999,999.99 元"),
        ("99999999.991", "两位小数"),
    ],
)
def test_parse_yuan_refuses_with_a_message(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_yuan(text, field="amount", allow_negative=True)
    assert words in caught.value.message
    assert caught.value.field == "amount"


def test_parse_yuan_message_names_the_decimal_places() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_yuan("12.345")
    assert caught.value.message == "金额最多到分（两位小数），“12.345”有3位小数。"
    assert caught.value.params == {"text": "12.345", "places": 3}


def test_parse_yuan_refuses_large_negative_too() -> None:
    with pytest.raises(ValidationError, match="最多"):
        parse_yuan("-100000000", allow_negative=True)


@given(st.integers(min_value=-MAX_FEN, max_value=MAX_FEN))
def test_parse_yuan_reads_back_what_format_writes(fen: int) -> None:
    assert parse_yuan(format_yuan(fen), allow_negative=True) == fen
    assert parse_yuan(format_yuan_grouped(fen), allow_negative=True) == fen


# --- formatting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "plain", "grouped", "decimal"),
    [
        (0, "0.00", "0.00", Decimal("0.00")),
        (5, "0.05", "0.05", Decimal("0.05")),
        (123450, "1234.50", "1,234.50", Decimal("1234.50")),
        (-1200, "-12.00", "-12.00", Decimal("-12.00")),
        (-5, "-0.05", "-0.05", Decimal("-0.05")),
        (123456789012, "1234567890.12", "1,234,567,890.12", Decimal("1234567890.12")),
    ],
)
def test_formatting(fen: int, plain: str, grouped: str, decimal: Decimal) -> None:
    assert format_yuan(fen) == plain
    assert format_yuan_grouped(fen) == grouped
    assert fen_to_decimal(fen) == decimal
    assert str(fen_to_decimal(fen)) == plain


def test_fen_to_decimal_has_two_places() -> None:
    assert fen_to_decimal(100).as_tuple().exponent == -2


@pytest.mark.parametrize("function", [fen_to_decimal, format_yuan, format_yuan_grouped])
def test_formatting_refuses_float(function: object) -> None:
    with pytest.raises(TypeError):
        function(12.5)  # type: ignore[operator]


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_fen_to_decimal_and_to_fen_round_trip(fen: int) -> None:
    assert to_fen(fen_to_decimal(fen)) == fen
    assert to_fen(format_yuan(fen)) == fen


# --- multiply and discount ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit_fen", "quantity", "fen"),
    [
        (12000, "1.5", 18000),  # 120.00 元 × 1.5 h
        (12000, 2, 24000),
        (9999, "0.333", 3330),  # 3329.667 → 3330
        (1, "0.5", 1),  # half a fen rounds up
        (1, "0.499", 0),
        (3, "0.5", 2),  # 1.5 → 2
        (12345, Decimal("1.001"), 12357),  # 12357.345
        (10000, "1,000", 10000000),
        (-1000, "0.0005", -1),  # credit lines round away from zero as well
        (0, "7.25", 0),
    ],
)
def test_multiply(unit_fen: int, quantity: Decimal | int | str, fen: int) -> None:
    assert multiply(unit_fen, quantity) == fen


def test_multiply_refuses_float() -> None:
    with pytest.raises(TypeError):
        multiply(12000, 1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        multiply(120.0, 1)  # type: ignore[arg-type]


@given(
    st.integers(min_value=0, max_value=MAX_FEN),
    st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False),
)
def test_multiply_is_within_half_a_fen_of_the_exact_product(unit: int, quantity: Decimal) -> None:
    result = multiply(unit, quantity)
    exact = Decimal(unit) * quantity
    assert abs(Decimal(result) - exact) <= Decimal("0.5")
    if exact - int(exact) == Decimal("0.5"):
        assert result == int(exact) + 1


@pytest.mark.parametrize(
    ("amount", "percent", "fen"),
    [
        (10000, 20, 8000),  # 打八折
        (10000, 0, 10000),
        (10000, 100, 0),
        (999, "10", 899),  # 899.1
        (5, 10, 5),  # 4.5 → 5
        (15, "10", 14),  # 13.5 → 14
        (12345, Decimal("12.5"), 10802),  # 10801.875
        (-1000, 15, -850),
    ],
)
def test_apply_discount(amount: int, percent: Decimal | int | str, fen: int) -> None:
    assert apply_discount(amount, percent) == fen


@pytest.mark.parametrize("percent", [-1, "100.01", Decimal("150")])
def test_apply_discount_refuses_percent_outside_0_to_100(percent: Decimal | int | str) -> None:
    with pytest.raises(ValueError):
        apply_discount(10000, percent)


def test_apply_discount_refuses_float() -> None:
    with pytest.raises(TypeError):
        apply_discount(10000, 12.5)  # type: ignore[arg-type]


# --- totals ------------------------------------------------------------------------------------


def test_sum_fen() -> None:
    assert sum_fen([]) == 0
    assert sum_fen([18000, 4550, 1]) == 22551
    assert sum_fen(x for x in (100, -30)) == 70
    # Ten dimes are exactly one yuan, which float addition does not promise.
    assert sum_fen([10] * 10) == to_fen("1")


def test_sum_fen_refuses_float() -> None:
    with pytest.raises(TypeError):
        sum_fen([100, 0.1])  # type: ignore[list-item]


# --- amount in capitals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "capitals"),
    [
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角"),
        (56, "伍角陆分"),
        (100, "壹元整"),
        (105, "壹元零伍分"),
        (150, "壹元伍角"),
        (1000, "壹拾元整"),
        (1500, "壹拾伍元整"),
        (100520, "壹仟零伍元贰角"),
        (100000500, "壹佰万零伍元整"),
        (10001000, "壹拾万零壹拾元整"),
        (10000000000, "壹亿元整"),
        (10100000000, "壹亿零壹佰万元整"),
        (12345, "壹佰贰拾叁元肆角伍分"),
        # The examples of the PBOC rules (where they allow two forms, the one Desk writes).
        (140950, "壹仟肆佰零玖元伍角"),
        (600714, "陆仟零柒元壹角肆分"),
        (168032, "壹仟陆佰捌拾元叁角贰分"),
        (10700053, "壹拾万柒仟元伍角叁分"),
        (1640902, "壹万陆仟肆佰零玖元零贰分"),
        (32504, "叁佰贰拾伍元零肆分"),
        # More zeros between groups.
        (10000100, "壹拾万零壹元整"),
        (1000000100, "壹仟万零壹元整"),
        (10000100000, "壹亿零壹仟元整"),
        (100000010000, "壹拾亿零壹佰元整"),
        (200001000000, "贰拾亿零壹万元整"),
        (101000000, "壹佰零壹万元整"),
        (100001000000, "壹拾亿零壹万元整"),
        (MAX_CAPITALS_FEN, "玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (-1200, "负壹拾贰元整"),
        (-5, "负伍分"),
    ],
)
def test_amount_in_capitals(fen: int, capitals: str) -> None:
    assert amount_in_capitals(fen) == capitals


@pytest.mark.parametrize("fen", [MAX_CAPITALS_FEN + 1, -MAX_CAPITALS_FEN - 1, 10**15])
def test_amount_in_capitals_refuses_beyond_99_yi(fen: int) -> None:
    with pytest.raises(ValueError):
        amount_in_capitals(fen)


def test_amount_in_capitals_refuses_float() -> None:
    with pytest.raises(TypeError):
        amount_in_capitals(12.5)  # type: ignore[arg-type]


_CAPITAL_DIGITS = {char: value for value, char in enumerate("零壹贰叁肆伍陆柒捌玖")}
_CAPITAL_PLACES = {"拾": 1, "佰": 2, "仟": 3}
_ZERO = (0, -1)


def _tokens(text: str) -> list[tuple[int, int]]:
    """Whole yuan in capitals as (digit, power of ten) pairs, with ``_ZERO`` for each 零."""
    tokens: list[tuple[int, int]] = []
    remaining = text
    for marker, base in (("亿", 8), ("万", 4)):
        group, found, after = remaining.partition(marker)
        if found:
            tokens += _group_tokens(group, base)
            remaining = after
    return tokens + _group_tokens(remaining, 0)


def _group_tokens(text: str, base: int) -> list[tuple[int, int]]:
    tokens: list[tuple[int, int]] = []
    index = 0
    while index < len(text):
        digit = _CAPITAL_DIGITS[text[index]]
        index += 1
        if digit == 0:
            tokens.append(_ZERO)
            continue
        place = _CAPITAL_PLACES.get(text[index], 0) if index < len(text) else 0
        index += 1 if place else 0
        tokens.append((digit, base + place))
    return tokens


def _read_yuan(text: str) -> int:
    """Whole yuan, checking where 零 stands: exactly where digits are skipped.

    The one exception is the choice Desk makes where the rules allow either form: no 零 when
    the zeros run from the bottom of one group of four to a non-zero 仟 of the next (壹拾万柒仟).
    """
    if text == "零":
        return 0
    tokens = _tokens(text)
    assert tokens[0] != _ZERO and tokens[-1] != _ZERO, f"零 at an end of {text!r}"
    digits: list[tuple[int, int]] = []
    zero_before: list[bool] = []  # whether 零 stands right before each digit
    previous: tuple[int, int] | None = None
    for token in tokens:
        if token == _ZERO:
            assert previous != _ZERO, f"零零 in {text!r}"
        else:
            digits.append(token)
            zero_before.append(previous == _ZERO)
        previous = token
    for (_, high), (_, low), zero in zip(digits, digits[1:], zero_before[1:]):
        assert high > low, f"places not descending in {text!r}"
        gap = high - low > 1
        optional = low % 4 == 3 and high // 4 == low // 4 + 1
        assert zero == (gap and not optional), f"零 misplaced in {text!r}"
    return sum(digit * 10**power for digit, power in digits)


def _read_capitals(text: str) -> int:
    """Independent reader for the tests: capitals back to fen."""
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负")
    if text.endswith("整"):
        text = text[:-1]
        assert text.endswith("元"), "整 follows 元 only"
    yuan_text, has_yuan, rest = text.rpartition("元")
    if not has_yuan:
        yuan_text, rest = "", text
    fen = 0
    if rest.startswith("零"):
        assert yuan_text and "分" in rest and "角" not in rest, "零 after 元 only before 分"
        rest = rest[1:]
    if "角" in rest:
        jiao, rest = rest.split("角")
        assert len(jiao) == 1 and jiao != "零"
        fen += 10 * _CAPITAL_DIGITS[jiao]
    if "分" in rest:
        cents, rest = rest.split("分")
        assert len(cents) == 1 and cents != "零"
        fen += _CAPITAL_DIGITS[cents]
    assert rest == ""
    yuan = _read_yuan(yuan_text) if yuan_text else 0
    return sign * (yuan * 100 + fen)


# Uniformly random amounts seldom have runs of zeros, where the rules are subtle; mix in
# amounts whose twelve digits are mostly zeros.
_SPARSE_FEN = st.lists(
    st.sampled_from([0, 0, 0, 0, 0, 1, 5, 9]), min_size=12, max_size=12
).map(lambda digits: int("".join(map(str, digits))))


@given(st.one_of(st.integers(min_value=0, max_value=MAX_CAPITALS_FEN), _SPARSE_FEN))
def test_amount_in_capitals_reads_back(fen: int) -> None:
    capitals = amount_in_capitals(fen)
    assert _read_capitals(capitals) == fen
    assert _read_capitals(amount_in_capitals(-fen)) == -fen
    # Shape rules: a single 零 at a time, never at either end of the number (but 零元整),
    # 拾 always with its digit, whole yuan ending in 整 and nothing else ending in it.
    assert "零零" not in capitals
    if fen:
        assert not capitals.startswith("零")
        assert "零元" not in capitals and "零万" not in capitals and "零亿" not in capitals
    assert not capitals.startswith("拾")
    assert capitals.endswith("整") == (fen % 100 == 0)
    assert set(capitals) <= set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


@given(st.integers(min_value=1, max_value=MAX_FEN))
def test_capitals_and_digits_tell_the_same_amount(fen: int) -> None:
    # What the printed bill shows: the same amount in figures and in capitals.
    assert _read_capitals(amount_in_capitals(parse_yuan(format_yuan_grouped(fen)))) == fen
