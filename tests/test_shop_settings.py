"""The shop's settings: saved as a whole, refused with a reason, edited in the 本店信息 dialog."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import Shop
from desk.config import Settings
from desk.db import Database
from desk.services import shop
from desk.services.errors import Conflict, ValidationError
from desk.views.runner import Runner
from desk.views.shop_dialog import ShopDialog
from gui_helpers import RecordingReporter

BASE = dict(
    name="广州粤顺汽车销售服务有限公司", address="广州市天河区", phone="020-38881234", labour_rate="200",
    opening_time=dt.time(8, 0), closing_time=dt.time(17, 30), staff_id=None,
)


def test_appointment_and_privacy_settings_are_saved(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        info = shop.update_shop(s, **BASE, slot_minutes=20, slots_before_buffer=0, working_hours="7.5", privacy="plate")
    assert (info.slot_minutes, info.slots_before_buffer, info.working_hours, info.privacy) == (20, 0, "7.5", "plate")
    assert (info.labour_rate, info.opening_time) == ("200.00", dt.time(8, 0))
    with database.unit_of_work() as s:  # not given: unchanged
        again = shop.update_shop(s, **BASE)
    assert (again.slot_minutes, again.working_hours, again.privacy) == (20, "7.5", "plate")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(slot_minutes=3), "slot_minutes"),
        (dict(slots_before_buffer=13), "slots_before_buffer"),
        (dict(working_hours="八"), "working_hours"),
        (dict(working_hours="20"), "working_hours"),
        (dict(privacy="phone"), "privacy"),
        (dict(name=" "), "name"),
        (dict(closing_time=dt.time(7, 0)), "closing_time"),
        (dict(labour_rate="-1"), "labour_rate"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(database: Database, seeded: Shop, changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        with database.unit_of_work() as s:
            shop.update_shop(s, **{**BASE, **changes})
    assert refused.value.field == field
    with database.unit_of_work(write=False) as s:
        assert shop.shop_info(s).labour_rate == "180.00"


def test_a_newer_save_from_another_pc_is_not_overwritten(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s:
        loaded = shop.shop_info(s).version
    with database.unit_of_work() as s:
        shop.update_shop(s, **{**BASE, "staff_id": seeded.manager}, expected_version=loaded)
    with pytest.raises(Conflict, match="赵经理"):
        with database.unit_of_work() as s:
            shop.update_shop(s, **{**BASE, "phone": "1"}, expected_version=loaded)


def test_the_dialog_saves_what_was_typed(qtbot, sqlite_url: str) -> None:
    database = Database(sqlite_url)
    try:
        reporter = RecordingReporter()
        dialog = ShopDialog(Runner(database, Settings(database_url=sqlite_url), reporter))
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("深圳鹏城汽车销售服务有限公司")
        dialog.slot_spin.setValue(30)
        dialog.buffer_spin.setValue(2)
        dialog.hours_edit.setText("8.5")
        dialog.privacy_combo.setCurrentIndex(dialog.privacy_combo.findData("full_name"))
        dialog.save()
        assert reporter.errors == []
        with database.unit_of_work(write=False) as s:
            info = shop.shop_info(s)
        assert (info.name, info.slot_minutes, info.slots_before_buffer, info.working_hours, info.privacy) == (
            "深圳鹏城汽车销售服务有限公司", 30, 2, "8.5", "full_name")
        dialog.hours_edit.setText("abc")
        dialog.save()
        assert reporter.errors == ["技师每日工时必须是数字，如 8 或 7.5。"]
    finally:
        database.dispose()
