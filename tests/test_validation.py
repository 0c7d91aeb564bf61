"""Checks for VIN, plate, mobile number and mileage as the counter types them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.services.errors import NeedsConfirmation, ValidationError
from desk.services.validation import (
    PROVINCES,
    check_mileage,
    check_vin,
    display_plate,
    mask_mobile,
    normalize_mobile,
    normalize_plate,
    normalize_vin,
    vin_check_digit,
)

# --- VIN ---------------------------------------------------------------------------------------

# VINs whose 9th character is their check digit, worked out by hand from the weights and
# transliteration table, and agreeing with published decoders.
GOOD_VINS = [
    "1M8GDM9AXKP042788",  # the textbook example, check digit X
    "1HGCM82633A004352",  # Honda, USA
    "JH4KA7561PC008269",  # Acura, Japan
    "LSVCY6C45LN047259",  # SAIC Volkswagen, made in China
    "LSVUY60T3L2028579",  # SAIC Volkswagen, made in China
    "11111111111111111",
]


@pytest.mark.parametrize("vin", GOOD_VINS)
def test_good_vins_pass(vin: str) -> None:
    assert vin_check_digit(vin) == vin[8]
    assert check_vin(vin) == vin


def test_check_digit_by_hand() -> None:
    # L S V C Y 6 C 4 _ L N 0 4 7 2 5 9
    values = [3, 2, 5, 3, 8, 6, 3, 4, 0, 3, 5, 0, 4, 7, 2, 5, 9]
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(v * w for v, w in zip(values, weights))
    assert total == 346 and total % 11 == 5
    assert vin_check_digit("LSVCY6C40LN047259") == "5"  # position 9 itself does not count


def test_remainder_ten_is_x() -> None:
    assert vin_check_digit("1M8GDM9A0KP042788") == "X"


@pytest.mark.parametrize(
    ("typed", "vin"),
    [
        ("lsvcy6c45ln047259", "LSVCY6C45LN047259"),
        (" LSVCY 6C45L N047 259 ", "LSVCY6C45LN047259"),
        ("LSVCY6C4-5LN-047259", "LSVCY6C45LN047259"),
        ("ＬＳＶＣＹ６Ｃ４５ＬＮ０４７２５９", "LSVCY6C45LN047259"),  # full-width
    ],
)
def test_normalize_vin(typed: str, vin: str) -> None:
    assert normalize_vin(typed) == vin
    assert check_vin(typed) == vin


def test_wrong_check_digit_needs_confirmation() -> None:
    # One digit mistyped (…047259 → …047258): the check digit no longer fits.
    with pytest.raises(NeedsConfirmation) as caught:
        check_vin("LSVCY6C45LN047258")
    assert caught.value.key == "vin_check_digit"
    assert caught.value.params == {"expected": "3", "found": "5"}  # 346 - 2 = 344 ≡ 3
    assert "校验位" in caught.value.message and "进口车" in caught.value.message
    assert "“3”" in caught.value.message


def test_wrong_check_digit_accepted_once_confirmed() -> None:
    vin = "LSVAU2180N2183294"  # check digit would be X
    assert vin_check_digit(vin) == "X"
    with pytest.raises(NeedsConfirmation):
        check_vin(vin)
    assert check_vin(vin, confirmed={"vin_check_digit"}) == vin
    assert check_vin(vin.lower(), confirmed=["other", "vin_check_digit"]) == vin


def test_other_confirmations_do_not_accept_a_wrong_check_digit() -> None:
    with pytest.raises(NeedsConfirmation):
        check_vin("LSVAU2180N2183294", confirmed={"mileage_lower"})


@pytest.mark.parametrize(
    ("typed", "words", "params"),
    [
        ("LSVCY6C45LN04725", "车架号应为17位，现在是16位。", {"length": 16}),
        ("LSVCY6C45LN0472591", "车架号应为17位，现在是18位。", {"length": 18}),
        ("", "请填写车架号", {}),
        ("   ", "请填写车架号", {}),
        ("LSVCY6C45LNO47259", "字母 O", {"letter": "O", "digit": "0"}),
        ("LSVCY6C45LN047259".replace("1", "I") + "I", "字母 I", {"letter": "I", "digit": "1"}),
        ("LSVCY6C45LNQ47259", "字母 Q", {"letter": "Q", "digit": "0"}),
        ("lsvcy6c45lno47259", "字母 O", {"letter": "O", "digit": "0"}),
        ("LSVCY6C45LN/47259", "不能有“/”", {"char": "/"}),
        ("LSVCY6C45LN.47259", "不能有“.”", {"char": "."}),
        ("LSVCY6C45LN车47259", "不能有“车”", {"char": "车"}),
    ],
)
def test_bad_vins_refused(typed: str, words: str, params: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as caught:
        check_vin(typed)
    assert words in caught.value.message
    assert caught.value.params == params
    assert caught.value.field == "vin"


@pytest.mark.parametrize("bad", ["LSVCY6C45LN04725", "LSVCY6C45LNO47259", "lsvcy6c45ln047259"])
def test_vin_check_digit_wants_a_normalized_vin(bad: str) -> None:
    with pytest.raises(ValueError):
        vin_check_digit(bad)


_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


@given(st.text(alphabet=_VIN_CHARS, min_size=17, max_size=17))
def test_a_vin_with_its_check_digit_always_passes(vin: str) -> None:
    fixed = vin[:8] + vin_check_digit(vin) + vin[9:]
    assert check_vin(fixed.lower()) == fixed
    assert vin_check_digit(fixed) == vin_check_digit(vin)  # position 9 has weight 0


@given(st.text(alphabet=_VIN_CHARS, min_size=17, max_size=17), st.integers(0, 16))
def test_single_digit_typo_is_caught(vin: str, position: int) -> None:
    # Every weight but position 9's is 2–10, never 0 modulo 11, so a digit off by one always
    # changes the check digit.
    if position == 8:
        position = 9
    fixed = vin[:8] + vin_check_digit(vin) + vin[9:]
    digit = fixed[position]
    if not digit.isdigit():
        return
    typo = str((int(digit) + 1) % 10)
    mistyped = fixed[:position] + typo + fixed[position + 1 :]
    with pytest.raises(NeedsConfirmation):
        check_vin(mistyped)


# --- plates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("粤B12345", "粤B12345"),
        ("粤B·12345", "粤B12345"),
        ("粤B 12345", "粤B12345"),
        ("粤b-12345", "粤B12345"),
        ("京A·AB123", "京AAB123"),
        ("沪C 8Z9Y7", "沪C8Z9Y7"),
        ("粤B1234学", "粤B1234学"),
        ("粤Z·1234港", "粤Z1234港"),
        ("冀A1234挂", "冀A1234挂"),
        # New energy, small: D (electric) or F (hybrid) first.
        ("粤B·D12345", "粤BD12345"),
        ("粤b-d12345", "粤BD12345"),
        ("粤BF12345", "粤BF12345"),
        ("浙A DF1234", "浙ADF1234"),
        # New energy, large: D or F last.
        ("粤B·12345D", "粤B12345D"),
        ("川A 12345F", "川A12345F"),
        # Full-width letters, digits and dots from a Chinese input method.
        ("粤Ｂ·１２３４５", "粤B12345"),
        ("粤ｂ・ｄ１２３４５", "粤BD12345"),
        ("粤B．12345", "粤B12345"),
        ("粤B\u300012345", "粤B12345"),  # ideographic space
        ("  粤B12345  ", "粤B12345"),
    ],
)
def test_normalize_plate(typed: str, stored: str) -> None:
    assert normalize_plate(typed) == stored


@pytest.mark.parametrize("province", list(PROVINCES))
def test_every_province_is_accepted(province: str) -> None:
    assert normalize_plate(f"{province}A·12345") == f"{province}A12345"


def test_there_are_31_provinces() -> None:
    assert len(set(PROVINCES)) == len(PROVINCES) == 31


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "请填写车牌号"),
        ("港B12345", "省份简称"),  # not a mainland province abbreviation
        ("B12345", "省份简称"),
        ("AB12345", "省份简称"),
        ("粤12345", "字母"),
        ("粤", "省份简称+字母+5位"),
        ("粤B1234", "省份简称+字母+5位"),  # too short
        ("粤B", "省份简称+字母+5位"),
        ("粤B1234567", "省份简称+字母+5位"),  # too long
        ("粤B12I45", "字母 I"),
        ("粤BO1234", "字母 O"),
        ("粤BD1234O", "字母 O"),
        ("粤BIO123", "字母 I、O"),
        ("粤B123456", "D 或 F"),  # six characters but not a new-energy plate
        ("粤BA12345", "D 或 F"),
        ("粤B123学5", "省份简称+字母+5位"),  # 学 only last
        ("粤B1234警5", "省份简称+字母+5位"),
        ("粤B12345学", "省份简称+字母+5位"),
        ("粤B12/45", "省份简称+字母+5位"),
    ],
)
def test_bad_plates_refused(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_plate(typed)
    assert words in caught.value.message
    assert caught.value.field == "plate"


def test_plate_shape_message_shows_examples() -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_plate("粤B1234")
    assert caught.value.message == (
        "车牌号格式不对：应为省份简称+字母+5位（新能源6位），如 粤B·12345 或 粤B·D12345。"
    )


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("粤BD12345", "粤B·D12345"),
        ("粤B12345", "粤B·12345"),
        ("粤B1234学", "粤B·1234学"),
        ("粤B·12345", "粤B·12345"),  # already has its dot
        ("", ""),
        ("粤", "粤"),
        ("WJ12345", "WJ12345"),  # odd old record: left as it is
        ("临时", "临时"),
    ],
)
def test_display_plate(stored: str, shown: str) -> None:
    assert display_plate(stored) == shown


@given(
    st.sampled_from(PROVINCES),
    st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ"),
    st.text(alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=5, max_size=5),
)
def test_plate_display_and_normalize_round_trip(province: str, letter: str, rest: str) -> None:
    stored = normalize_plate(f"{province}{letter.lower()} {rest.lower()}")
    assert stored == f"{province}{letter}{rest}"
    assert normalize_plate(display_plate(stored)) == stored


# --- mobile numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "13812341234",
        "138 1234 1234",
        "138-1234-1234",
        "+86 138 1234 1234",
        "+8613812341234",
        "8613812341234",
        "86-138-1234-1234",
        "008613812341234",
        "(+86) 138-1234-1234",
        "１３８１２３４１２３４",  # full-width
    ],
)
def test_normalize_mobile(typed: str) -> None:
    assert normalize_mobile(typed) == "13812341234"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_all_mobile_prefixes(prefix: str) -> None:
    assert normalize_mobile(prefix + "912345678") == prefix + "912345678"


@pytest.mark.parametrize(
    ("typed", "words", "params"),
    [
        ("", "请填写手机号", {}),
        ("1381234123", "应为11位，现在是10位", {"length": 10}),
        ("138123412345", "应为11位，现在是12位", {"length": 12}),
        ("12812341234", "13–19 开头", {"prefix": "12"}),
        ("02012345678", "13–19 开头", {"prefix": "02"}),
        ("138l2341234", "不能有“l”", {"char": "l"}),
        ("138*1234123", "不能有“*”", {"char": "*"}),
        ("86138123412", "13–19 开头", {"prefix": "86"}),  # 11 digits: 86 is not a country code
    ],
)
def test_bad_mobiles_refused(typed: str, words: str, params: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_mobile(typed)
    assert words in caught.value.message
    assert caught.value.params == params
    assert caught.value.field == "phone"


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812341234", "138****1234"),
        ("19900001111", "199****1111"),
        ("02012345678", "020****5678"),
        ("1234567", "*******"),
        ("", ""),
    ],
)
def test_mask_mobile(phone: str, masked: str) -> None:
    assert mask_mobile(phone) == masked


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mask_keeps_length_and_ends(phone: str) -> None:
    masked = mask_mobile(normalize_mobile(phone))
    assert len(masked) == 11
    assert masked[:3] == phone[:3] and masked[-4:] == phone[-4:]
    assert masked[3:7] == "****"


# --- mileage -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "km"),
    [
        (12345, 12345),
        (0, 0),
        (2_000_000, 2_000_000),
        ("12345", 12345),
        ("12,345", 12345),
        ("12 345", 12345),
        ("1 234 567", 1234567),
        ("1,234,567", 1234567),
        (" 12345 ", 12345),
        ("12345km", 12345),
        ("12345 公里", 12345),
        ("12,345 KM", 12345),
        ("１２，３４５", 12345),  # full-width digits and comma
        ("0", 0),
    ],
)
def test_check_mileage_accepts(typed: int | str, km: int) -> None:
    assert check_mileage(typed, None) == km


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "请填写里程"),
        ("12345.6", "不要带小数"),
        ("12345.0", "不要带小数"),
        ("12,345.5", "不要带小数"),
        ("-5", "不能是负数"),
        (-5, "不能是负数"),
        ("abc", "不是数字"),
        ("12,34", "不是数字"),
        ("12 34", "不是数字"),
        ("1万", "不是数字"),
        ("2000001", "最多 2,000,000 公里"),
        (2_000_001, "最多 2,000,000 公里"),
    ],
)
def test_check_mileage_refuses(typed: int | str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_mileage(typed, None)
    assert words in caught.value.message
    assert caught.value.field == "mileage"


@pytest.mark.parametrize("typed", [12345.0, True, None])
def test_check_mileage_refuses_other_types(typed: object) -> None:
    with pytest.raises(TypeError):
        check_mileage(typed, None)  # type: ignore[arg-type]


def test_mileage_lower_than_last_needs_a_reason() -> None:
    with pytest.raises(ValidationError) as caught:
        check_mileage("12,000", 35000)
    assert caught.value.field == "mileage"
    assert caught.value.message == (
        "里程 12,000 公里比上次记录的 35,000 公里少。如确实如此（例如更换过仪表），请填写原因。"
    )
    with pytest.raises(ValidationError):
        check_mileage(12000, 35000, reason="   ")
    assert check_mileage(12000, 35000, reason="更换仪表盘") == 12000


def test_mileage_equal_or_higher_than_last_needs_no_reason() -> None:
    assert check_mileage(35000, 35000) == 35000
    assert check_mileage("35,001", 35000) == 35001


@given(st.integers(min_value=0, max_value=2_000_000))
def test_mileage_grouped_text_round_trip(km: int) -> None:
    assert check_mileage(f"{km:,}", None) == km
    assert check_mileage(f"{km:,}".replace(",", " "), None) == km
    assert check_mileage(str(km), km) == km
