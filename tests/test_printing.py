"""Printed repair orders: content, fonts, page counts and refusals, checked with poppler."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from desk.printing import base, fonts
from desk.printing.base import format_grouped, format_money
from desk.printing.fonts import (
    FontNotFound,
    MissingGlyphs,
    ensure_glyphs,
    find_cjk_font,
    register_cjk_font,
)
from desk.printing.repair_order import render_repair_order
from desk.services.errors import DeskError
from desk.services.snapshots import (
    PayTypeTotal,
    PrintedLabourLine,
    PrintedPartLine,
    RepairOrderSnapshot,
    ShopHeader,
)

PLATE = "粤B·D12345"
NUMBER = "RO20261123-0001"

LABOUR = [
    ("10-01", "更换发动机机油及机油滤清器", "0.50", "380.00", "customer"),
    ("24-06", "发动机故障灯亮，读取故障码并进行诊断", "1.00", "380.00", "customer"),
    ("26-11", "更换前制动片（左右）并清洁、润滑制动卡钳导向销", "1.20", "380.00", "customer"),
    ("19-03", "冷却液渗漏检查，更换节温器总成", "2.40", "380.00", "warranty"),
    ("87-02", "空调系统检测、清洗蒸发箱及更换空调滤芯", "0.80", "380.00", "customer"),
    ("44-00", "四轮定位检测及调整", "1.00", "320.00", "customer"),
]
PARTS = [
    ("06L115562B", "机油滤清器", "1", "68.00", "customer"),
    ("G 052 195 M4", "大众原厂全合成机油 5W-30(1L)", "4.5", "98.00", "customer"),
    ("5QD698151F", "前制动片（套）", "1", "785.00", "customer"),
    ("06L121111H", "节温器总成（含密封圈）", "1", "1268.50", "warranty"),
    ("G 013 A8J M1", "冷却液 G13(1.5L)", "2", "86.00", "warranty"),
    ("5Q0819644A", "空调滤芯（活性炭）", "1", "158.00", "customer"),
]
LONG_NAME = (
    "拆检变速箱阀体总成，清洗各电磁阀及油道，更换变速箱油及滤清器，"
    "进行变速箱基本设定并路试确认换挡平顺性（客户反映二挡升三挡时有冲击感）"
)

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]


def capitals(amount: Decimal) -> str:
    """A small 大写金额 writer for the test data (up to 9999 9999.99)."""
    fen = int((amount * 100).to_integral_value())
    yuan, jiao, cents = fen // 100, fen // 10 % 10, fen % 10

    def four(n: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10**i % 10
            if d:
                if zero and out:
                    out += "零"
                out += _DIGITS[d] + _UNITS[i]
                zero = False
            else:
                zero = True
        return out

    text = ""
    if yuan >= 10000:
        text = four(yuan // 10000) + "万"
        if yuan % 10000 and yuan % 10000 < 1000:
            text += "零"
    text += four(yuan % 10000) if yuan % 10000 else ""
    text = (text or "零") + "元"
    if not jiao and not cents:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if cents:
        text += _DIGITS[cents] + "分"
    return text


def money(d: Decimal) -> str:
    return f"{d.quantize(Decimal('0.01'))}"


def make_snapshot(
    labour: list[tuple[str, str, str, str, str]] | None = None,
    parts: list[tuple[str, str, str, str, str]] | None = None,
    *,
    customer_name: str = "王建国",
    complaint: str = "客户反映：冷启动时发动机故障灯亮，怠速偶有抖动；仪表提示保养；刹车时前轮有异响。\n顺便做四轮定位，空调有异味。",
) -> RepairOrderSnapshot:
    """A realistic repair order as it would be frozen for printing; totals computed from lines."""
    labour = LABOUR if labour is None else labour
    parts = PARTS if parts is None else parts
    labour_lines = tuple(
        PrintedLabourLine(code, name, hours, rate, money(Decimal(hours) * Decimal(rate)), pay)
        for code, name, hours, rate, pay in labour
    )
    part_lines = tuple(
        PrintedPartLine(no, name, qty, price, money(Decimal(qty) * Decimal(price)), pay)
        for no, name, qty, price, pay in parts
    )
    by_type: dict[str, list[Decimal]] = {}
    for line in labour_lines:
        by_type.setdefault(line.pay_type, [Decimal(0), Decimal(0)])[0] += Decimal(line.amount)
    for part in part_lines:
        by_type.setdefault(part.pay_type, [Decimal(0), Decimal(0)])[1] += Decimal(part.amount)
    totals = tuple(
        PayTypeTotal(code, money(lab), money(par), money(lab + par))
        for code, (lab, par) in by_type.items()
    )
    labour_total = sum((Decimal(x.amount) for x in labour_lines), Decimal(0))
    parts_total = sum((Decimal(x.amount) for x in part_lines), Decimal(0))
    pays = sum(
        (lab + par for code, (lab, par) in by_type.items() if code == "customer"), Decimal(0)
    )
    return RepairOrderSnapshot(
        shop=ShopHeader(
            name="深圳市鹏城汽车销售服务有限公司",
            address="深圳市南山区沙河西路 3011 号鹏城汽车城 A 栋",
            phone="0755-8666 1234",
        ),
        number=NUMBER,
        status="open",
        opened_at="2026-11-23 09:30",
        promised_at="2026-11-23 17:00",
        advisor="李明",
        customer_name=customer_name,
        customer_phone="138 2345 6789",
        plate=PLATE,
        vin="LSVAU2180N2183921",
        model="一汽-大众 迈腾 2022款 330TSI DSG 豪华型",
        mileage="35680",
        complaint=complaint,
        labour_lines=labour_lines,
        part_lines=part_lines,
        labour_total=money(labour_total),
        parts_total=money(parts_total),
        totals_by_pay_type=totals,
        total=money(labour_total + parts_total),
        customer_pays=money(pays),
        customer_pays_in_capitals=capitals(pays),
        order_version=3,
        taken_at="2026-11-23 09:41",
    )


def many_lines(labour_count: int = 50, parts_count: int = 30) -> RepairOrderSnapshot:
    labour = []
    for i in range(labour_count):
        code, name, hours, rate, pay = LABOUR[i % len(LABOUR)]
        shown = LONG_NAME if i % 7 == 3 else f"{name}（{i + 1}）"
        labour.append((f"{code}-{i:02d}", shown, hours, rate, pay))
    parts = []
    for i in range(parts_count):
        no, name, qty, price, pay = PARTS[i % len(PARTS)]
        parts.append((f"{no}-{i:02d}", f"{name}（{i + 1}）", qty, price, pay))
    return make_snapshot(labour, parts)


# --------------------------------------------------------------------------- poppler helpers


def write(tmp_path: Path, pdf: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdftotext(path: Path, mode: str = "-layout") -> str:
    """The PDF's text: ``-layout`` keeps the page's columns, ``-raw`` keeps drawing order."""
    return subprocess.run(
        ["pdftotext", mode, "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pdffonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    assert lines[1].startswith("---"), out
    header = lines[0]
    emb_at = header.index("emb")
    return [
        [line[:emb_at].strip(), line[emb_at : emb_at + 3].strip()]
        for line in lines[2:]
        if line.strip()
    ]


def squash(text: str) -> str:
    """pdftotext output without any whitespace, for matching text that a layout may space out."""
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------------- tests


@pytest.fixture(autouse=True)
def _no_font_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESK_FONT", raising=False)


def test_customer_copy_shows_the_order_and_the_money(tmp_path: Path) -> None:
    snap = make_snapshot()
    assert snap.customer_pays == "3102.00"
    assert snap.total == "5454.50"
    path = write(tmp_path, render_repair_order(snap, "customer"))
    text = pdftotext(path)
    flat = squash(pdftotext(path, "-raw"))

    for expected in (PLATE, NUMBER, "任务委托书", "客户联", "深圳市鹏城汽车销售服务有限公司", "0755-8666",
                     "LSVAU2180N2183921", "35,680km", "王建国", "13823456789", "李明",
                     "2026-11-2309:30", "2026-11-2317:00",
                     "故障描述", "冷启动时发动机故障灯亮", "工时费", "备件费", "合计", "客户应付",
                     "大写金额", "叁仟壹佰零贰元整", "自费", "保修",
                     "更换发动机机油及机油滤清器", "06L115562B", "节温器总成",
                     "客户签字", "服务顾问", "经您同意后方可施工", "旧件", "车内物品"):
        assert expected in flat, expected
    # amounts with ¥ and thousands separators
    for amount in ("¥5,454.50", "¥3,102.00", "¥1,268.50", "¥380.00", "¥2,562.00", "¥2,892.50"):
        assert amount in flat, amount
    assert re.search(r"第\s*1\s*页\s*/\s*共\s*1\s*页", text)


def test_workshop_copy_has_jobs_but_no_prices(tmp_path: Path) -> None:
    snap = make_snapshot()
    path = write(tmp_path, render_repair_order(snap, "workshop"))
    flat = squash(pdftotext(path, "-raw"))
    layout = squash(pdftotext(path))

    for expected in (PLATE, NUMBER, "任务委托书", "车间联", "派工单", "LSVAU2180N2183921",
                     "冷启动时发动机故障灯亮", "更换发动机机油及机油滤清器", "2.40", "4.5",
                     "班组", "技师", "开工", "完工", "质检", "06L121111H", "节温器总成"):
        assert expected in flat, expected

    prices = {snap.total, snap.customer_pays, snap.labour_total, snap.parts_total}
    for line in snap.labour_lines:
        prices |= {line.rate, line.amount}
    for part in snap.part_lines:
        prices |= {part.unit_price, part.amount}
    for t in snap.totals_by_pay_type:
        prices |= {t.labour, t.parts, t.total}
    for text in (flat, layout):
        for price in prices:
            assert price not in text, price
            assert format_money(price) not in text, price
            assert format_grouped(price) not in text, price
        for word in ("¥", "单价", "金额", "客户应付", "大写", snap.customer_pays_in_capitals, "138"):
            assert word not in text, word


@pytest.mark.parametrize("copy", ["customer", "workshop"])
def test_font_is_embedded_and_nothing_else_is_used(tmp_path: Path, copy: str) -> None:
    path = write(tmp_path, render_repair_order(make_snapshot(), copy))  # type: ignore[arg-type]
    rows = pdffonts(path)
    assert rows, "no fonts listed"
    for name, emb in rows:
        assert emb == "yes", f"{name} is not embedded"
        assert "STSong" not in name
    assert any("WenQuanYi" in name for name, _ in rows)


@pytest.mark.parametrize("copy", ["customer", "workshop"])
def test_eighty_lines_run_to_several_numbered_pages_with_repeated_headers(
    tmp_path: Path, copy: str
) -> None:
    snap = many_lines(50, 30)
    assert len(snap.labour_lines) + len(snap.part_lines) == 80
    path = write(tmp_path, render_repair_order(snap, copy))  # type: ignore[arg-type]
    text = pdftotext(path)
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 3
    total = len(pages)
    for i, page in enumerate(pages, 1):
        assert re.search(rf"第\s*{i}\s*页\s*/\s*共\s*{total}\s*页", page), f"page {i} footer"
        # the shop header and the number are on every page
        assert NUMBER in page
        assert "任务委托书" in squash(page)
    # the labour table's header row is repeated on the page it runs onto
    labour_pages = [p for p in pages if "更换发动机机油" in p]
    assert len(labour_pages) >= 2
    for page in labour_pages:
        assert "项目代码" in squash(page)
    # every line is there, and the long name wraps instead of being cut
    flat = squash(pdftotext(path, "-raw"))
    assert f"{len(snap.labour_lines)}项" in flat
    assert "（50）" in flat and "（30）" in flat
    assert squash(LONG_NAME)[-12:] in flat


def test_line_texts_print_as_typed_whether_they_fit_on_one_line_or_wrap(tmp_path: Path) -> None:
    # A short text is drawn by the table as it is, a long one wraps as a paragraph: both must show
    # exactly what was typed, markup characters and spaces included.
    short = "A&B <b>粗</b> 检查 x<y"
    spaced = "两个  空格之间"
    long = LONG_NAME + " & <i>不是斜体</i>"
    snap = make_snapshot(
        [("10-01", short, "0.50", "380.00", "customer"), ("10-02", spaced, "1.00", "380.00", "customer"),
         ("10-03", long, "1.00", "380.00", "customer")],
        [("06L115562B", "  机油滤清器  ", "1", "68.00", "customer")],
    )
    path = write(tmp_path, render_repair_order(snap, "customer"))
    raw = pdftotext(path, "-raw")
    assert short in raw
    flat = squash(raw)
    assert "两个空格之间" in flat
    assert squash(long) in flat
    assert "机油滤清器" in flat and "¥68.00" in flat


@pytest.mark.parametrize("copy", ["customer", "workshop"])
def test_an_order_without_lines_still_prints(tmp_path: Path, copy: str) -> None:
    snap = make_snapshot([], [], complaint="")
    assert snap.customer_pays == "0.00"
    pdf = render_repair_order(snap, copy)  # type: ignore[arg-type]
    text = squash(pdftotext(write(tmp_path, pdf)))
    assert "无维修项目" in text
    assert "无备件" in text
    assert PLATE in text
    if copy == "customer":
        assert "¥0.00" in text and "零元整" in text


def test_reprint_from_stored_json_is_identical() -> None:
    snap = make_snapshot()
    again = RepairOrderSnapshot.from_json(snap.to_json())
    assert render_repair_order(again, "customer") == render_repair_order(snap, "customer")


def test_unknown_copy_is_refused() -> None:
    with pytest.raises(ValueError, match="copy"):
        render_repair_order(make_snapshot(), "stub")  # type: ignore[arg-type]


def test_configured_font_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "没有这个字体.ttf"
    with pytest.raises(FontNotFound) as info:
        render_repair_order(make_snapshot(), "customer", font_path=str(missing))
    message = info.value.message
    assert isinstance(info.value, DeskError)
    assert str(missing) in message
    assert "字体" in message and "font_path" in message and "DESK_FONT" in message


def test_configured_font_that_reportlab_cannot_load(tmp_path: Path) -> None:
    bogus = tmp_path / "NotoSansCJK-Regular.ttc"
    bogus.write_bytes(b"OTTO" + b"\0" * 200)
    with pytest.raises(FontNotFound) as info:
        find_cjk_font(bogus)
    assert str(bogus) in info.value.message
    assert "TrueType" in info.value.message


def test_environment_variable_names_the_font(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DESK_FONT", str(tmp_path / "absent.ttc"))
    with pytest.raises(FontNotFound, match="absent.ttc"):
        find_cjk_font()
    monkeypatch.setenv("DESK_FONT", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    assert find_cjk_font() == Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def test_configured_font_is_the_one_embedded(tmp_path: Path) -> None:
    zen = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    path = write(tmp_path, render_repair_order(make_snapshot(), "customer", font_path=zen))
    names = [name for name, _ in pdffonts(path)]
    assert names and all("WenQuanYiZenHei" in name for name in names), names
    assert PLATE in squash(pdftotext(path, "-raw"))


def test_search_order_prefers_micro_hei() -> None:
    assert find_cjk_font() == Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_no_font_anywhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "candidate_paths", lambda: [tmp_path / "wqy-microhei.ttc"])
    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path])
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"not a chinese font")
    with pytest.raises(FontNotFound) as info:
        render_repair_order(make_snapshot(), "customer")
    message = info.value.message
    assert "没有找到可用的中文字体" in message
    assert "fonts-wqy-microhei" in message and "font_path" in message and "DESK_FONT" in message


def test_folder_scan_finds_a_font_by_its_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "fonts" / "truetype" / "arphic"
    folder.mkdir(parents=True)
    target = folder / "wqy-zenhei-copy.ttc"
    target.symlink_to("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    monkeypatch.setattr(fonts, "candidate_paths", lambda: [])
    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path / "fonts"])
    assert find_cjk_font() == Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


RARE = "\U0002a6a5"  # CJK extension B: not in WenQuanYi Micro Hei


@pytest.mark.parametrize(
    "snapshot",
    [
        make_snapshot(customer_name=f"王{RARE}"),
        make_snapshot(complaint=f"客户说{RARE}"),
        dataclasses.replace(make_snapshot(), shop=ShopHeader(f"{RARE}记汽车", "深圳", "0755")),
    ],
    ids=["customer-name", "complaint", "shop-header"],
)
@pytest.mark.parametrize("copy", ["customer", "workshop"])
def test_character_the_font_lacks_is_refused_before_drawing(
    monkeypatch: pytest.MonkeyPatch, snapshot: RepairOrderSnapshot, copy: str
) -> None:
    def build(*args: object, **kwargs: object) -> None:
        raise AssertionError("a PDF was laid out although a glyph is missing")

    monkeypatch.setattr(base.BaseDocTemplate, "build", build)
    with pytest.raises(MissingGlyphs) as info:
        render_repair_order(snapshot, copy)  # type: ignore[arg-type]
    assert RARE in info.value.message
    assert "U+2A6A5" in info.value.message
    assert isinstance(info.value, DeskError)


def test_ensure_glyphs_ignores_line_breaks_only() -> None:
    name = register_cjk_font(find_cjk_font())
    ensure_glyphs(name, "粤B·D12345\n¥1,234.50\t□ 合格")
    with pytest.raises(MissingGlyphs):
        ensure_glyphs(name, "\U0001f600")


def test_register_is_done_once() -> None:
    path = find_cjk_font()
    assert register_cjk_font(path) == register_cjk_font(str(path))


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("1234.5", "¥1,234.50"),
        ("0", "¥0.00"),
        ("-12", "-¥12.00"),
        ("1234567.89", "¥1,234,567.89"),
        ("abc", "abc"),
    ],
)
def test_format_money(amount: str, shown: str) -> None:
    assert format_money(amount) == shown


def test_capitals_helper_matches_the_usual_writing() -> None:
    assert capitals(Decimal("1005.20")) == "壹仟零伍元贰角"
    assert capitals(Decimal("3102.00")) == "叁仟壹佰零贰元整"
    assert capitals(Decimal("0")) == "零元整"
