"""The check-in sheet (接车登记表): what it says, where the marks land, drafts, and the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import Shop
from desk.db import Database
from desk.printing import car_outline
from desk.printing.checkin_sheet import CheckinSheetRenderer, render_checkin_sheet
from desk.resources import resource
from desk.services import inspections
from desk.services.checkin_snapshot import CheckinSnapshot, PrintedCheckItem, PrintedMark, PrintedValuable
from desk.services.snapshots import ShopHeader
from test_cli import run
from test_inspections import NOW, SIGNATURE, complete_form, signed, start

SHOP = ShopHeader("广州粤顺汽车销售服务有限公司", "广州市天河区黄埔大道西 100 号", "020-38881234")


def snapshot(**changes: object) -> CheckinSnapshot:
    values: dict[str, object] = dict(
        shop=SHOP, inspection_id=7, revision=1, number="RO20261123-0001", order_number="RO20261123-0001",
        appointment_number="", advisor="李娜", customer_name="张伟", customer_phone="13812345678",
        plate="粤B·D12345", vin="LSVAU218XN2183294", model="大众 帕萨特 330TSI", colour="白色",
        arrived_at="2026-11-23 09:00", mileage="18200", mileage_reason="", fuel_eighths=5, keys=2,
        first_service=False,
        checklist=(
            PrintedCheckItem("防护三件套", "座椅套", True, ""),
            PrintedCheckItem("外观", "轮胎及轮毂", False, "左前轮胎纹较浅"),
            PrintedCheckItem("外观", "灯光", False, "左后刹车灯不亮"),
            PrintedCheckItem("内饰与功能", "空调", True, ""),
        ),
        marks=(
            PrintedMark(1, "scratch", "划痕", 0.43, 0.19, "左前门划痕", 2),
            PrintedMark(2, "dent", "凹陷", 0.46, 0.52, "车顶凹坑", 0),
            PrintedMark(3, "crack", "裂纹", 0.80, 0.86, "右前翼子板裂纹", 0),
        ),
        valuables=(PrintedValuable("墨镜", "kept", "经客户同意留车保管"),),
        complaints=("刹车有异响", "做 2 万公里保养"),
        signature_png=SIGNATURE, signed_at="2026-11-23 09:10", draft=False, taken_at="2026-11-23 09:12",
    )
    values.update(changes)
    return CheckinSnapshot(**values)  # type: ignore[arg-type]


def pdf_text(pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout


def number_positions(pdf: bytes, tmp_path: Path, box: tuple[float, float, float, float]) -> dict[str, tuple[float, float]]:
    """Where each number drawn inside the car drawing is, in 0–1 of the drawing (0, 0 top left)."""
    import re

    html = pdf_text(pdf, tmp_path, "-bbox", "-f", "1", "-l", "1")
    page_height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    left, bottom, width, height = box
    top = page_height - (bottom + height)  # pdftotext measures y from the top of the page
    found = {}
    for x0, y0, x1, y1, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(\d+)</word>', html
    ):
        cx, cy = (float(x0) + float(x1)) / 2, (float(y0) + float(y1)) / 2
        ux, uy = (cx - left) / width, (cy - top) / height
        if 0 <= ux <= 1 and 0 <= uy <= 1:
            found[word] = (ux, uy)
    return found


def test_the_sheet_says_what_was_recorded(tmp_path: Path) -> None:
    pdf = render_checkin_sheet(snapshot(), "customer")
    text = pdf_text(pdf, tmp_path, "-layout")
    for expected in ("接车登记表", "客户联", "RO20261123-0001", "广州粤顺汽车销售服务有限公司", "张伟", "粤B·D12345",
                     "LSVAU218XN2183294", "18,200 km", "5/8", "2 把", "刹车有异响", "做 2 万公里保养",
                     "轮胎及轮毂", "左前轮胎纹较浅", "灯光", "左后刹车灯不亮", "有问题", "左前门划痕（照片 2 张）",
                     "墨镜", "经客户同意留车保管", "2026-11-23 09:10", "划痕", "凹陷", "裂纹", "掉漆", "其他", "2 项有问题"):
        assert "".join(expected.split()) in "".join(text.split()), expected
    assert "草稿" not in text
    assert "本店联" in pdf_text(render_checkin_sheet(snapshot(), "shop"), tmp_path)
    # one page, the signature picture embedded, the font embedded
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    assert "Pages:           1" in subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) >= 3
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)


def test_marks_land_where_they_were_placed(tmp_path: Path) -> None:
    renderer = CheckinSheetRenderer(snapshot(), "customer")
    pdf = renderer.render()
    box = renderer.drawing.drawn_box
    assert box is not None and abs(box[2] / box[3] - car_outline.ASPECT) < 1e-6
    found = number_positions(pdf, tmp_path, box)
    for mark in snapshot().marks:
        x, y = found[str(mark.number)]
        assert abs(x - mark.x) < 0.01 and abs(y - mark.y) < 0.015, (mark, x, y)


def test_the_layout_maps_the_drawing_into_any_box() -> None:
    assert car_outline.to_box(0, 0, 10, 20, 300, 200) == (10, 20)
    assert car_outline.to_box(1, 1, 10, 20, 300, 200) == (310, 220)
    assert car_outline.to_unit(*car_outline.to_box(0.3, 0.7, 5, 5, 400, 300), 5, 5, 400, 300) == pytest.approx((0.3, 0.7))
    assert car_outline.to_unit(-50, 999, 0, 0, 100, 100) == (0.0, 1.0)  # clamped to the drawing
    left, top, w, h = car_outline.fit(1000, 400)
    assert h == 400 and w == pytest.approx(400 * car_outline.ASPECT) and left == pytest.approx((1000 - w) / 2) and top == 0


def test_the_svg_resource_is_the_shared_geometry() -> None:
    assert resource("car_outline.svg").read_text(encoding="utf-8") == car_outline.to_svg()
    text = car_outline.to_svg()
    assert f'viewBox="0 0 {car_outline.VIEW_WIDTH:g} {car_outline.VIEW_HEIGHT:g}"' in text
    for label in ("前", "后", "左", "右", "左侧", "右侧"):
        assert f">{label}</text>" in text


def test_a_draft_is_marked_and_has_no_signature(tmp_path: Path) -> None:
    pdf = render_checkin_sheet(snapshot(draft=True, signature_png=None, signed_at=""), "customer")
    text = pdf_text(pdf, tmp_path, "-layout")
    assert text.count("草稿") >= 3  # the watermark, the copy label and the footer
    assert "客户尚未签字" in text


# --- through the database and the command line --------------------------------------------------


def test_print_checkin_from_the_command_line(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path) -> None:
    info = start(database, seeded)
    with database.unit_of_work() as s:
        inspections.sign(s, info.id, SIGNATURE, form=complete_form(info, complaints="刹车有异响\n空调不凉"), now=NOW)
        number = inspections.open_order(s, info.id, staff_id=seeded.advisor, now=NOW).number
    target = tmp_path / "checkin.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "checkin", number, "-o", str(target))
    assert (status, out.strip(), err) == (0, str(target), "")
    text = pdf_text(target.read_bytes(), tmp_path, "-layout")
    for expected in (number, "刹车有异响", "空调不凉", "轮胎及轮毂", "左前轮胎纹较浅", "张伟", "客户联"):
        assert expected in text, expected
    shop_copy = tmp_path / "shop.pdf"
    assert run(capsys, "--db", database_url, "print", "checkin", number, "--copy", "shop", "-o", str(shop_copy))[0] == 0
    assert "本店联" in pdf_text(shop_copy.read_bytes(), tmp_path)


def test_unsigned_print_is_refused_and_a_draft_allowed(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path) -> None:
    info = signed(database, seeded)
    with database.unit_of_work() as s:
        number = inspections.open_order(s, info.id, staff_id=seeded.advisor, now=NOW).number
        # the order's only inspection is corrected: revision 2, not signed yet, is the newest
        inspections.revise(s, info.id)
    target = tmp_path / "checkin.pdf"
    assert run(capsys, "--db", database_url, "print", "checkin", number, "-o", str(target))[0] == 0  # revision 1
    assert "环车检查第 1 版" in pdf_text(target.read_bytes(), tmp_path)

    # an order whose walk-around was never signed: refused, no file; the draft prints
    other = start(database, seeded, now=NOW)
    with database.unit_of_work() as s:
        from desk.models import Inspection, RepairOrder
        from sqlalchemy import select

        order_id = s.scalar(select(RepairOrder.id).where(RepairOrder.number == number))
        row = s.get(Inspection, other.id)
        assert row is not None
        row.order_id = None
        for revision in s.scalars(select(Inspection).where(Inspection.order_id == order_id)):
            revision.order_id = None
        row.order_id = order_id
    refused = tmp_path / "refused.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "checkin", number, "-o", str(refused))
    assert (status, out) == (1, "")
    assert err.startswith(f"desk: 委托书 {number} 的接车登记客户还没有签字") and "草稿" in err
    assert not refused.exists() and list(tmp_path.glob("*.part")) == []
    draft = tmp_path / "draft.pdf"
    status, out, _ = run(capsys, "--db", database_url, "print", "checkin", number, "--draft", "-o", str(draft))
    assert status == 0 and "草稿" in pdf_text(draft.read_bytes(), tmp_path)

    status, _, err = run(capsys, "--db", database_url, "print", "checkin", "RO20990101-0001", "-o", str(refused))
    assert status == 1 and "找不到委托书" in err and not refused.exists()


def test_printing_the_sheet_needs_neither_qt_nor_a_database() -> None:
    import sys

    code = (
        "import sys, desk.printing.checkin_sheet, desk.printing.car_outline;"
        "print(sorted(m for m in ('sqlalchemy', 'PySide6') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
