"""The 回访 tab driven as the follow-up clerk does: pick a call, type the scores, save; misses; complaints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from conftest import Shop, seed_shop
from desk.config import Settings
from desk.db import Database
from desk.models import Complaint, FollowUp, FollowUpAttempt
from desk.models.base import utc_now
from desk.models.enums import Role
from desk.services import shop
from desk.views.followup_tab import LISTS, FollowUpTab
from desk.views.runner import Runner
from gui_helpers import RecordingReporter, type_text
from test_followups import call_of, settled_order

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(qtbot, sqlite_url: str) -> Iterator[tuple[FollowUpTab, Database, Shop, int, str, RecordingReporter]]:
    """The tab signed in as the clerk, with one call due today (the car delivered three days ago)."""
    database = Database(sqlite_url)
    ids = seed_shop(database)
    with database.unit_of_work() as s:
        clerk = shop.add_staff(s, "吴婷婷", Role.FOLLOWUP).id
    number = settled_order(database, ids, at=utc_now() - dt.timedelta(days=3), followup_time="工作日下午")
    reporter = RecordingReporter()
    runner = Runner(database, Settings(database_url=sqlite_url), reporter)
    runner.set_staff(clerk)
    tab = FollowUpTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab, database, ids, clerk, number, reporter
    database.dispose()


def pick_first_of_today(tab: FollowUpTab, number: str) -> None:
    tab.list_bar.setCurrentIndex(LISTS.index("due_today"))
    rows = tab.model.rows
    assert [r.order_number for r in rows] == [number]
    tab.table.setFocus()
    tab.table.selectRow(0)
    assert tab.detail is not None and tab.detail.row.order_number == number


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_clerk_types_the_answers_and_saves(qtbot, desk) -> None:
    tab, database, ids, clerk, number, reporter = desk
    assert tab.list_bar.tabText(0) == "今日待回访 (1)" and tab.list_bar.tabText(1) == "已逾期 (0)"
    pick_first_of_today(tab, number)
    assert tab.phone.text() == "13812345678"  # in full: calling is the clerk's job
    assert "工作日下午" in tab.facts.text() and "服务顾问 李娜" in tab.facts.text()
    assert "张伟" in tab.greeting.text() and "回访员吴婷婷" in tab.greeting.text()
    assert tab.question_overall.text() == "张伟，您那天修过车以后，现在车的总体情况怎么样？"
    assert "做 2 万公里保养；空调不凉" in tab.question_problem.text()
    assert not tab.save_button.isEnabled() and not tab.scores["overall"].isEnabled()

    click(qtbot, tab.reached_button)
    assert tab.scores["overall"].hasFocus()
    qtbot.keyClicks(tab.scores["overall"], "4")
    assert tab.scores["overall"].value() == 4 and tab.solved_yes.hasFocus()  # the next question takes the keys
    qtbot.keyClick(tab.solved_yes, Qt.Key.Key_Space)
    for key, digit in (("quality", "5"), ("on_time", "9"), ("on_time", "3"), ("staff", "5"), ("price", "4")):
        qtbot.keyClicks(tab.scores[key], digit)  # 9 is not a score and is ignored
    type_text(qtbot, tab.comments, "师傅很专业")
    qtbot.keyClick(tab.comments, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert reporter.errors == []
    assert tab.message.text() == "回访已保存。"
    assert tab.list_bar.currentIndex() == LISTS.index("done") and tab.list_bar.tabText(0) == "今日待回访 (0)"
    assert tab.detail is not None and tab.detail.row.status == "done" and not tab.complaint_button.text() == ""
    assert tab.unhappy_label.text() == ""
    with database.unit_of_work(write=False) as s:
        row = s.scalars(select(FollowUp)).one()
        assert (row.status, row.problem_solved, row.comments, row.completed_by_id) == ("done", True, "师傅很专业", clerk)
        assert (row.score_overall, row.score_quality, row.score_on_time, row.score_staff, row.score_price) == (4, 5, 3, 5, 4)


def test_a_missing_score_is_refused_and_nothing_is_saved(qtbot, desk) -> None:
    tab, database, ids, clerk, number, reporter = desk
    pick_first_of_today(tab, number)
    click(qtbot, tab.reached_button)
    qtbot.keyClicks(tab.scores["overall"], "5")
    tab.solved_yes.setChecked(True)
    click(qtbot, tab.save_button)
    assert reporter.errors == ["客户已接通，请为「维修质量」打分（1–5 分）。"]
    assert call_of(database, number).status == "pending"
    assert tab.scores["overall"].value() == 5  # what was typed stays on screen


def test_three_missed_tries_close_the_call(qtbot, desk) -> None:
    tab, database, ids, clerk, number, reporter = desk
    pick_first_of_today(tab, number)
    type_text(qtbot, tab.note, "无人接听")
    click(qtbot, tab.missed_button)
    assert tab.message.text() == "已记录未接通，第 1 次。"
    assert "未接通（无人接听）" in tab.attempts_label.text()
    assert "以后再拨" in tab.next_try.text()

    click(qtbot, tab.missed_button)  # straight away again: refused, try at another time
    assert len(reporter.errors) == 1 and "请换个时间再打" in reporter.errors[0]
    for expected in ("已记录未接通，第 2 次。", "已连续 3 次未接通，此回访已关闭为“无法联系”。"):
        with database.unit_of_work() as s:  # as if the clerk tried again later in the day
            for attempt in s.scalars(select(FollowUpAttempt)):
                attempt.at -= dt.timedelta(hours=3)
        tab.refresh()
        click(qtbot, tab.missed_button)
        assert tab.message.text() == expected
    assert len(reporter.errors) == 1
    assert tab.list_bar.currentIndex() == LISTS.index("unreachable") and tab.list_bar.tabText(4) == "无法联系 (1)"
    assert not tab.missed_button.isEnabled() and not tab.reached_button.isEnabled()
    assert call_of(database, number).status == "unreachable"


def test_the_advisor_cannot_make_the_call(qtbot, desk) -> None:
    tab, database, ids, clerk, number, reporter = desk
    tab.runner.set_staff(ids.advisor)
    pick_first_of_today(tab, number)
    click(qtbot, tab.missed_button)
    # Calling is the follow-up clerk's job (the permission matrix); the rule that the order's own
    # advisor never makes the call is tested in test_followups.py.
    assert reporter.errors and "「回访」只限回访员、服务经理操作" in reporter.errors[0]
    assert call_of(database, number).attempts == 0
    assert tab.reassign.findText("李娜") == -1  # the advisor is not offered to reassign to


def test_an_unhappy_answer_is_registered_as_a_complaint_in_one_step(qtbot, desk) -> None:
    pytest.importorskip("desk.services.complaints")
    tab, database, ids, clerk, number, reporter = desk
    pick_first_of_today(tab, number)
    click(qtbot, tab.reached_button)
    for key, digit in (("overall", "3"), ("quality", "4"), ("on_time", "1"), ("staff", "4"), ("price", "4")):
        qtbot.keyClicks(tab.scores[key], digit)
    tab.solved_yes.setChecked(True)
    type_text(qtbot, tab.comments, "交车晚了一个多小时")
    assert tab.unhappy_label.text() == "客户不满意：保存后可一步登记投诉。"
    assert not tab.complaint_button.isEnabled()
    click(qtbot, tab.save_button)
    assert tab.complaint_button.isEnabled() and tab.complaint_button.hasFocus()

    seen: dict[str, object] = {}

    def fill_in() -> None:
        dialog = tab.complaint_dialog
        seen["category"] = dialog.category.currentText()
        seen["description"] = dialog.description.toPlainText()
        dialog.description.selectAll()
        type_text(qtbot, dialog.description, "交车比约定晚了一个多小时，也没人打电话说明")
        QTimer.singleShot(3000, dialog.reject)  # never hang the run if the button did not close it
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, fill_in)
    complaint_number = tab.open_complaint()
    assert seen == {"category": "时间", "description": "交车晚了一个多小时"}  # from the low score and the comments
    assert complaint_number is not None
    assert tab.message.text() == f"已登记投诉 {complaint_number}，请在投诉登记表里跟进处理。"
    assert tab.unhappy_label.text() == f"已登记投诉 {complaint_number}" and not tab.complaint_button.isEnabled()
    with database.unit_of_work(write=False) as s:
        complaint = s.scalars(select(Complaint)).one()
        call = s.scalars(select(FollowUp)).one()
        assert (complaint.number, complaint.source, complaint.category) == (complaint_number, "followup", "time")
        assert complaint.description == "交车比约定晚了一个多小时，也没人打电话说明"
        assert (complaint.followup_id, complaint.order_id) == (call.id, call.order_id)


def test_the_clerk_starts_on_the_followup_tab(qtbot, desk) -> None:
    from desk.views.main_window import MainWindow

    tab, database, ids, clerk, number, reporter = desk
    window = MainWindow(tab.runner)
    qtbot.addWidget(window)
    window.show()
    window.runner.set_staff(ids.advisor)
    window.tabs.setCurrentWidget(window.board)
    window.runner.set_staff(clerk)  # the quick switch of user at the counter
    assert window.tabs.currentWidget() is window.followup
    assert window.tabs.tabText(window.tabs.currentIndex()) == "回访"


def test_the_followup_day_is_a_managers_setting(qtbot, desk) -> None:
    tab, database, ids, clerk, number, reporter = desk
    assert tab.day_spin.value() == 3
    tab.day_spin.setFocus()
    qtbot.keyClick(tab.day_spin, Qt.Key.Key_Up)  # the clerk may not
    assert len(reporter.errors) == 1 and "只限服务经理" in reporter.errors[0] and tab.day_spin.value() == 3
    tab.runner.set_staff(ids.manager)
    qtbot.keyClick(tab.day_spin, Qt.Key.Key_Up)
    assert tab.day_spin.value() == 4 and "交车后第 4 天" in tab.message.text()
    with database.unit_of_work(write=False) as s:
        assert shop.settings_row(s).followup_day == 4


def test_the_status_column_marks_overdue_and_unhappy_calls(qtbot, desk) -> None:
    tab, database, ids, clerk, number, reporter = desk
    late = settled_order(database, ids, at=utc_now() - dt.timedelta(days=7))
    tab.refresh()
    tab.list_bar.setCurrentIndex(LISTS.index("overdue"))
    assert [r.order_number for r in tab.model.rows] == [late]
    status_column = tab.model.columnCount() - 1
    index = tab.model.index(0, status_column)
    assert tab.model.data(index) == "已逾期"
    assert tab.model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#c0392b"
