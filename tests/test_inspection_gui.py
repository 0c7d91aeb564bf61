"""The walk-around tab driven through its real widgets, offscreen: scanning a VIN, marks placed by
clicking the drawing (at any window size) landing on the printed sheet, signing with the mouse,
the freeze, the revision and opening the repair order."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from conftest import VIN
from desk.config import Settings
from desk.db import Database
from desk.models.enums import Role
from desk.printing import car_outline
from desk.printing.checkin_sheet import CheckinSheetRenderer
from desk.services import checkin_documents, customers, inspections, shop
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_checkin_sheet import number_positions
from test_inspections import PNG_1x1, book

pytestmark = pytest.mark.gui


@pytest.fixture
def counter(qtbot, sqlite_url: str) -> Iterator[tuple[MainWindow, RecordingReporter, Database]]:
    database = Database(sqlite_url)
    with database.unit_of_work() as s:
        shop.update_shop(
            s, name="广州粤顺汽车销售服务有限公司", address="广州市天河区黄埔大道西 100 号", phone="020-38881234",
            labour_rate="180", opening_time=dt.time(0, 0), closing_time=dt.time(23, 59), staff_id=None,
        )
        advisor = shop.add_staff(s, "李娜", Role.ADVISOR)
        card = customers.create_customer(s, name="张伟", phone="13812345678")
        customers.add_vehicle(
            s, card.id, plate="粤B·D12345", vin=VIN, model="大众 帕萨特 330TSI", colour="白色", mileage=15000,
            staff_id=advisor.id,
        )
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    window.tabs.setCurrentWidget(window.inspection)
    yield window, reporter, database
    database.dispose()


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def scan(qtbot, widget, text: str) -> None:
    """A barcode scanner: the characters as key presses, then Enter."""
    widget.clear()
    type_text(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def start_walk_in(qtbot, window: MainWindow) -> None:
    tab = window.inspection
    scan(qtbot, tab.vin_edit, VIN)
    click(qtbot, tab.start_button)
    assert tab.detail is not None


def sign_with_the_mouse(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QMouseEvent

    def send(kind, pos: QPointF, buttons) -> None:  # type: ignore[no-untyped-def]
        event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)

    left = Qt.MouseButton.LeftButton
    for y in (0.3, 0.6):
        send(QMouseEvent.Type.MouseButtonPress, QPointF(20, pad.height() * y), left)
        for step in range(1, 12):
            send(QMouseEvent.Type.MouseMove, QPointF(20 + step * 20, pad.height() * (y + 0.15 * (-1) ** step)), left)
        send(QMouseEvent.Type.MouseButtonRelease, QPointF(260, pad.height() * y), Qt.MouseButton.NoButton)


def fill_in(qtbot, window: MainWindow) -> None:
    tab = window.inspection
    type_text(qtbot, tab.mileage_edit, "18200")
    tab.fuel_gauge.setFocus()
    for _ in range(3):
        qtbot.keyClick(tab.fuel_gauge, Qt.Key.Key_Right)  # 4 → 5 → 6 → 7 (the first press starts at the middle)
    qtbot.keyClick(tab.fuel_gauge, Qt.Key.Key_5)
    tab.keys_spin.setValue(2)
    type_text(qtbot, tab.complaints_edit, "刹车有异响\n空调不凉")
    click(qtbot, tab.all_ok_button)
    _label, _ok, problem, note, _when = tab.rows["wheels"]
    click(qtbot, problem)
    type_text(qtbot, note, "左前轮胎纹较浅")


# --- finding the car --------------------------------------------------------------------------


def test_a_vin_scan_followed_by_enter_finds_the_car_and_moves_on(qtbot, counter) -> None:
    window, reporter, _ = counter
    tab = window.inspection
    scan(qtbot, tab.vin_edit, VIN.lower())
    assert (tab.name_edit.text(), tab.plate_edit.text(), tab.model_edit.text()) == ("张伟", "粤B·D12345", "大众 帕萨特 330TSI")
    assert tab.vehicle_id is not None
    assert QApplication.focusWidget() is tab.start_button  # Enter moved on to starting the walk-around
    qtbot.keyClick(tab.start_button, Qt.Key.Key_Return)
    assert tab.detail is not None and tab.detail.plate == "粤B·D12345"
    assert QApplication.focusWidget() is tab.mileage_edit
    assert reporter.errors == []

    # an unknown car: the scan stays in the field and the cursor moves on to register it
    click(qtbot, tab.new_car_button)
    scan(qtbot, tab.vin_edit, "LSGKB54H6KV123456")
    assert tab.vehicle_id is None and tab.vin_edit.text() == "LSGKB54H6KV123456"
    assert QApplication.focusWidget() is tab.name_edit
    assert "没有找到" in tab.car_label.text()


def test_enter_moves_on_through_the_form(qtbot, counter) -> None:
    window, _, _ = counter
    tab = window.inspection
    start_walk_in(qtbot, window)
    tab.mileage_edit.setFocus()
    qtbot.keyClick(tab.mileage_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.mileage_reason_edit
    qtbot.keyClick(tab.mileage_reason_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.fuel_gauge
    qtbot.keyClick(tab.fuel_gauge, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.keys_spin
    qtbot.keyClick(tab.keys_spin, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.first_service_box


# --- marks: the drawing's 0–1 coordinates on screen and on paper ------------------------------


def click_drawing(qtbot, drawing, x: float, y: float) -> QPoint:  # type: ignore[no-untyped-def]
    """Click the widget where 0–1 point (x, y) of the drawing is, computed from its drawing box."""
    rect = drawing.drawing_rect()
    point = QPoint(round(rect.left() + x * rect.width()), round(rect.top() + y * rect.height()))
    qtbot.mouseClick(drawing, Qt.MouseButton.LeftButton, pos=point)
    return point


def test_marks_clicked_on_the_drawing_land_at_the_same_place_on_the_printed_sheet(qtbot, counter, tmp_path: Path) -> None:
    window, reporter, database = counter
    tab = window.inspection
    start_walk_in(qtbot, window)
    drawing = tab.drawing

    window.resize(1300, 800)
    QApplication.processEvents()
    small = drawing.drawing_rect()
    click(qtbot, tab.kind_buttons["scratch"])
    click_drawing(qtbot, drawing, 0.43, 0.19)  # the left front door
    window.resize(1800, 1050)
    QApplication.processEvents()
    large = drawing.drawing_rect()
    assert large.width() > small.width() * 1.1  # the drawing really is shown larger now
    assert abs(large.width() / large.height() - car_outline.ASPECT) < 0.01
    click(qtbot, tab.kind_buttons["dent"])
    click_drawing(qtbot, drawing, 0.46, 0.52)  # the roof
    click(qtbot, tab.kind_buttons["crack"])
    click_drawing(qtbot, drawing, 0.80, 0.86)  # the right front wing
    assert reporter.errors == []
    marks = tab.detail.marks  # type: ignore[union-attr]
    assert [m.kind for m in marks] == ["scratch", "dent", "crack"]
    # the same place of the car at either size: one pixel is at most 1/width of the drawing
    for mark, (x, y), rect in zip(marks, [(0.43, 0.19), (0.46, 0.52), (0.80, 0.86)], [small, large, large]):
        assert abs(mark.x - x) <= 1 / rect.width() and abs(mark.y - y) <= 1 / rect.height(), mark
    # a mark shown at the new size sits where its 0–1 place says
    first = drawing.position_of(marks[0].x, marks[0].y)
    assert abs(first.x() - (large.left() + marks[0].x * large.width())) < 1e-6

    # dragging moves a mark; Delete removes the selected one
    start = drawing.position_of(marks[2].x, marks[2].y).toPoint()
    end = drawing.position_of(0.78, 0.84).toPoint()
    qtbot.mousePress(drawing, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(drawing, pos=QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(drawing, pos=end)
    qtbot.mouseRelease(drawing, Qt.MouseButton.LeftButton, pos=end)
    moved = tab.detail.marks[2]  # type: ignore[union-attr]
    assert abs(moved.x - 0.78) < 0.002 and abs(moved.y - 0.84) < 0.002
    click_drawing(qtbot, drawing, 0.6, 0.02)  # an extra mark (above the left flank) …
    assert len(tab.detail.marks) == 4  # type: ignore[union-attr]
    drawing.setFocus()
    qtbot.keyClick(drawing, Qt.Key.Key_Delete)  # … removed again: the new mark was selected
    assert len(tab.detail.marks) == 3  # type: ignore[union-attr]

    # a note on the first mark
    drawing.select(marks[0].id)
    type_text(qtbot, tab.mark_note_edit, "左前门划痕")
    qtbot.keyClick(tab.mark_note_edit, Qt.Key.Key_Return)
    assert tab.detail.marks[0].note == "左前门划痕"  # type: ignore[union-attr]

    # the printed sheet (a draft, before signing) puts each number where the mark is
    with database.unit_of_work(write=False) as s:
        snap = checkin_documents.checkin_snapshot(s, tab.detail.id, draft=True)  # type: ignore[union-attr]
    renderer = CheckinSheetRenderer(snap, "customer")
    pdf = renderer.render()
    assert renderer.drawing.drawn_box is not None
    printed = number_positions(pdf, tmp_path, renderer.drawing.drawn_box)
    for mark in tab.detail.marks:  # type: ignore[union-attr]
        px, py = printed[str(mark.number)]
        assert abs(px - mark.x) < 0.01 and abs(py - mark.y) < 0.015, (mark, px, py)


def test_photos_for_a_mark_and_a_file_that_is_not_a_picture(qtbot, counter, tmp_path: Path) -> None:
    window, reporter, database = counter
    tab = window.inspection
    start_walk_in(qtbot, window)
    click_drawing(qtbot, tab.drawing, 0.43, 0.19)
    picture = tmp_path / "door.png"
    picture.write_bytes(PNG_1x1)
    copy = tmp_path / "door-copy.png"
    copy.write_bytes(PNG_1x1)
    tab.add_photo_files([picture, copy])
    assert reporter.errors == []
    assert tab.photos_list.count() == 1  # the same picture twice is kept once
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    tab.add_photo_files([text])
    assert reporter.errors == ["文件“notes.txt”不是图片（可以添加 JPEG、PNG、GIF、BMP 或 WebP 照片）。"]
    assert tab.photos_list.count() == 1


# --- signing, the freeze, the revision and the order ------------------------------------------


def test_sign_with_the_pad_then_open_the_order_in_one_click(qtbot, counter, tmp_path: Path) -> None:
    window, reporter, database = counter
    tab = window.inspection
    start_walk_in(qtbot, window)
    click_drawing(qtbot, tab.drawing, 0.43, 0.19)

    # signing an empty pad, or an incomplete form, is refused
    click(qtbot, tab.sign_button)
    assert reporter.errors == ["请客户先在签字板上签字。"]
    sign_with_the_mouse(qtbot, tab.pad)
    assert not tab.pad.is_empty()
    click(qtbot, tab.sign_button)
    assert reporter.errors[-1].startswith("签字前请先填写：进厂里程")
    # printing before the signature is refused; a draft is allowed
    assert tab.render(draft=False) is None
    assert "还没有在接车登记上签字" in reporter.errors[-1]
    draft = tab.render(draft=True)
    assert draft is not None
    (tmp_path / "draft.pdf").write_bytes(draft)
    assert "草稿" in subprocess.run(["pdftotext", str(tmp_path / "draft.pdf"), "-"], capture_output=True, text=True).stdout

    fill_in(qtbot, window)
    assert tab.fuel_gauge.level == 5
    # mileage lower than last time is refused with the reason to give
    tab.mileage_edit.clear()
    type_text(qtbot, tab.mileage_edit, "14000")
    click(qtbot, tab.sign_button)
    assert "比上次记录的 15,000 公里少" in reporter.errors[-1]
    tab.mileage_edit.clear()
    type_text(qtbot, tab.mileage_edit, "18200")
    errors = len(reporter.errors)
    click(qtbot, tab.sign_button)
    assert len(reporter.errors) == errors, reporter.errors[-1]
    detail = tab.detail
    assert detail is not None and detail.signed and detail.mileage == 18200 and detail.fuel_eighths == 5
    assert tab.pad.signed is not None  # the stored signature is shown

    # frozen: the form and the drawing take no more changes
    assert not tab.mileage_edit.isEnabled() and not tab.sign_button.isEnabled() and not tab.drawing.editable
    click_drawing(qtbot, tab.drawing, 0.5, 0.5)
    assert len(tab.detail.marks) == 1  # type: ignore[union-attr]
    assert tab.print_button.isEnabled() and tab.open_order_button.isEnabled()
    signed_pdf = tab.render(draft=False)
    assert signed_pdf is not None
    (tmp_path / "signed.pdf").write_bytes(signed_pdf)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "signed.pdf"), "-"], capture_output=True, text=True).stdout
    for expected in ("接车登记表", "刹车有异响", "空调不凉", "轮胎及轮毂", "左前轮胎纹较浅"):
        assert expected in text
    assert "草稿" not in text

    # one click: the repair order, pre-filled, shown in the 委托书 tab
    click(qtbot, tab.open_order_button)
    assert window.tabs.currentWidget() is window.order
    order = window.order.detail
    assert order is not None and order.complaint == "刹车有异响\n空调不凉" and order.mileage == 18200
    assert tab.detail.order_number == order.number  # type: ignore[union-attr]
    assert not tab.open_order_button.isEnabled()

    # a correction is a new revision that needs its own signature; both stay on record
    window.tabs.setCurrentWidget(tab)
    click(qtbot, tab.revise_button)
    assert tab.detail.revision == 2 and not tab.detail.signed and tab.mileage_edit.isEnabled()  # type: ignore[union-attr]
    assert tab.pad.is_empty() and tab.pad.signed is None
    assert "第 1 版 2026" in tab.revision_label.text() and "第 2 版 未签字" in tab.revision_label.text()
    with database.unit_of_work(write=False) as s:
        assert inspections.latest_for_order(s, order.number) == tab.detail.id  # type: ignore[union-attr]
        assert checkin_documents.checkin_snapshot_for_order(s, order.number).revision == 1


def test_from_the_board_the_walk_around_starts_from_the_appointment(qtbot, counter) -> None:
    window, reporter, database = counter
    with database.unit_of_work(write=False) as s:
        vehicle = customers.search(s, "D12345")[0].vehicle_id
        advisor = shop.list_staff(s, Role.ADVISOR)[0].id
    assert vehicle is not None
    number = book(database, vehicle_id=vehicle, advisor_id=advisor, slot=dt.datetime.now(dt.timezone.utc), requested_work="首保")
    window.board.appointment_requested.emit(number)
    tab = window.inspection
    assert window.tabs.currentWidget() is tab
    assert tab.detail is not None and tab.detail.appointment == number
    assert tab.name_edit.text() == "张伟" and tab.complaints_edit.toPlainText() == "首保"
    assert tab.first_service_box.isChecked()
    ok = tab.rows["underbody"][1]
    assert ok.isVisibleTo(tab)  # the first-service underbody check is offered
    tab.first_service_box.setChecked(False)
    assert not ok.isVisibleTo(tab)
    assert reporter.errors == []
