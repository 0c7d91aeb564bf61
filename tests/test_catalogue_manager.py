"""What the manager's catalogue screens need from the services: pages of rows, new versus edit,
optimistic locking, stopping and restarting, deleting only what nothing uses, labour rates as set,
and an import that reports progress, can be cancelled and writes its report as CSV."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import Shop
from desk.db import Database
from desk.services import catalogue, catalogue_import, orders
from desk.services.catalogue_import import import_csv
from desk.services.csv_import import REPORT_HEADER, ImportCancelled
from desk.services.errors import Conflict, NotFound, ValidationError
from test_catalogue import fill
from test_orders import open_walk_in


def test_browse_pages_through_everything_or_what_matches(database: Database, seeded: Shop) -> None:
    fill(database)
    with database.unit_of_work() as s:
        for i in range(250):
            catalogue.save_part(s, part_number=f"X{i:04d}", name=f"螺栓 M{i}", price="1.50")
        catalogue.save_part(s, part_number="M8", name="螺母 X", price="1")
    with database.unit_of_work(write=False) as s:
        first = catalogue.browse_parts(s)
        assert (len(first.rows), first.total, first.more) == (catalogue.BROWSE_PAGE, 255, True)
        assert first.rows[0].part_number == "06L115562B"  # by number
        rest = catalogue.browse_parts(s, offset=200)
        assert (len(rest.rows), rest.more) == (55, False)
        assert {r.part_number for r in first.rows}.isdisjoint(r.part_number for r in rest.rows)
        # code matches first, then names; a stopped part is listed for the manager
        found = catalogue.browse_parts(s, "x")
        assert found.total == 251 and found.rows[0].part_number == "X0000" and found.rows[-1].part_number != "M8"
        assert catalogue.browse_parts(s, "螺母").rows[0].part_number == "M8"
        assert [r.part_number for r in catalogue.browse_parts(s, "旧款").rows] == ["OLD-1"]
        assert catalogue.browse_parts(s, "旧款", include_inactive=False).total == 0
        assert catalogue.browse_parts(s, "100%").total == 0
        assert [r.code for r in catalogue.browse_labour(s, "BY").rows] == ["BY-JY", "BY-KT"]
        assert catalogue.browse_labour(s).total == 3
        assert [r.code for r in catalogue.browse_packages(s, "帕萨特").rows] == ["BY-10K"]
        assert [r.code for r in catalogue.browse_packages(s, "by-1").rows] == ["BY-10K"]
        assert catalogue.browse_packages(s, "途观").total == 0


def test_new_refuses_a_taken_code_and_edit_refuses_a_stale_version(database: Database, seeded: Shop) -> None:
    fill(database)
    with database.unit_of_work() as s, pytest.raises(ValidationError) as refusal:
        catalogue.save_labour_operation(s, code="by-kt", name="别的", hours="1", new=True)
    assert refusal.value.field == "code" and "BY-KT 已经有了（更换空调滤清器）" in refusal.value.message
    with database.unit_of_work() as s, pytest.raises(ValidationError) as refusal:
        catalogue.save_part(s, part_number="06l115562b", name="x", price="1", new=True)
    assert refusal.value.field == "part_number"
    with database.unit_of_work(write=False) as s:
        loaded = catalogue.get_part(s, "06L115562B")
    with database.unit_of_work() as s:
        saved = catalogue.save_part(s, part_number="06L115562B", name="机油滤清器", price="70", staff_id=seeded.manager,
                                    expected_version=loaded.version)
    assert saved.version == loaded.version + 1
    with database.unit_of_work() as s, pytest.raises(Conflict, match="备件 06L115562B 已被 赵经理"):
        catalogue.save_part(s, part_number="06L115562B", name="机油滤清器", price="75",
                            expected_version=loaded.version)
    with database.unit_of_work(write=False) as s:
        assert catalogue.get_part(s, "06L115562B").price_fen == 7000
        package = catalogue.get_package(s, "BY-10K")
    # changing only the lines of a package moves its version too
    with database.unit_of_work() as s:
        changed = catalogue.save_package(
            s, code="BY-10K", name=package.name, model_family=package.model_family, labour=[("BY-JY", None)],
            parts=[("06L115562B", "1")], interval_months=12, interval_km=10000, expected_version=package.version,
        )
    assert changed.version > package.version and len(changed.parts) == 1
    with database.unit_of_work() as s, pytest.raises(Conflict, match="套餐 BY-10K"):
        catalogue.save_package(s, code="BY-10K", name="x", labour=[("BY-JY", None)], parts=[],
                               expected_version=package.version)
    with database.unit_of_work() as s, pytest.raises(NotFound):
        catalogue.save_labour_operation(s, code="GONE", name="x", hours="1", expected_version=1)


def test_stop_and_restart_an_entry(database: Database, seeded: Shop) -> None:
    fill(database)
    with database.unit_of_work(write=False) as s:
        row = catalogue.get_labour(s, "BY-KT")
    with database.unit_of_work() as s:
        stopped = catalogue.set_active(s, "labour", "by-kt", False, expected_version=row.version,
                                       staff_id=seeded.manager)
    assert not stopped.active
    with database.unit_of_work(write=False) as s:
        assert catalogue.search_labour(s, "BY-KT") == []  # the editor no longer offers it
    with database.unit_of_work() as s, pytest.raises(Conflict):
        catalogue.set_active(s, "labour", "BY-KT", True, expected_version=row.version)
    with database.unit_of_work() as s:
        assert catalogue.set_active(s, "labour", "BY-KT", True).active
        package = catalogue.set_active(s, "packages", "by-10k", False)
        assert isinstance(package, catalogue.PackageRow) and not package.active
        assert catalogue.list_packages(s) == []
    with database.unit_of_work() as s, pytest.raises(NotFound, match="没有备件 NOPE"):
        catalogue.set_active(s, "parts", "nope", False)


def test_only_what_nothing_uses_can_be_deleted(database: Database, seeded: Shop) -> None:
    fill(database)
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        orders.add_labour_line(s, number, code="BY-KT", name="更换空调滤清器", hours="0.3")
        orders.add_part_line(s, number, part_number="5QD819644", name="空调滤芯", quantity="1", unit_price="120")
    with database.unit_of_work(write=False) as s:
        assert catalogue.usage(s, "labour", "BY-KT") == catalogue.CatalogueUsage(order_lines=1, packages=0)
        assert catalogue.usage(s, "labour", "BY-JY") == catalogue.CatalogueUsage(order_lines=0, packages=1)
        assert not catalogue.usage(s, "labour", "BJ-01").used
        assert catalogue.usage(s, "parts", "G052195M4").packages == 1
    for kind, code, words in (
        ("labour", "BY-KT", "已用在 1 条委托书明细里，不能删除；不再使用请停用"),
        ("labour", "BY-JY", "在 1 个保养套餐里，不能删除"),
        ("parts", "5QD819644", "已用在 1 条委托书明细里"),
    ):
        with database.unit_of_work() as s, pytest.raises(ValidationError, match=words):
            catalogue.delete_entry(s, kind, code)
    with database.unit_of_work() as s:
        catalogue.delete_entry(s, "labour", "bj-01")
        catalogue.delete_entry(s, "packages", "BY-10K")
        catalogue.delete_entry(s, "labour", "BY-JY")  # no package holds it any more
    with database.unit_of_work(write=False) as s:
        assert [r.code for r in catalogue.browse_labour(s).rows] == ["BY-KT"]
        assert catalogue.browse_packages(s).total == 0


def test_labour_rates_as_set_and_used_for_new_lines(database: Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s:
        before = catalogue.labour_rate_settings(s)
    assert (before.customer, before.warranty, before.insurance, before.internal) == ("180.00", "", "", "")
    with database.unit_of_work() as s, pytest.raises(ValidationError) as refusal:
        catalogue.set_labour_rates(s, customer="二百", warranty="120")
    assert refusal.value.field == "customer_rate"
    with database.unit_of_work() as s:
        catalogue.set_labour_rates(s, customer="200", warranty="120", insurance="", internal="90.5",
                                   expected_version=before.version, staff_id=seeded.manager)
    with database.unit_of_work(write=False) as s:
        after = catalogue.labour_rate_settings(s)
        assert (after.customer, after.warranty, after.insurance, after.internal) == ("200.00", "120.00", "", "90.50")
        assert catalogue.labour_rates(s) == catalogue.LabourRates(customer=20000, warranty=12000, insurance=20000,
                                                                  internal=9050)
    with database.unit_of_work() as s, pytest.raises(Conflict, match="工时单价"):
        catalogue.set_labour_rates(s, warranty="1", expected_version=before.version)
    with database.unit_of_work() as s:  # without ``customer`` the customer rate stays
        catalogue.set_labour_rates(s, warranty="130")
        assert catalogue.labour_rates(s).customer == 20000


PARTS_WITH_BAD_ROWS = (
    "备件号,名称,单价,库存\n"
    "P-1,机油滤清器,68.50,10\n"
    "P-2,空气滤清器,十元,1\n"
    "P-1,机油滤清器（重复）,70,1\n"
    "P-3,火花塞,65,两个\n"
    "P-4,雨刮片,168,2\n"
)


def test_import_reports_progress_and_a_cancel_rolls_everything_back(database: Database, seeded: Shop) -> None:
    text = "备件号,名称,单价\n" + "".join(f"Q{i:04d},螺栓,1\n" for i in range(250))
    seen: list[tuple[int, int]] = []
    with database.unit_of_work() as s:
        report = import_csv(s, "parts", text.encode(), progress=lambda done, total: seen.append((done, total)))
    assert report.created == 250
    assert seen == [(0, 250), (100, 250), (200, 250), (250, 250)]

    def cancel(done: int, total: int) -> None:
        if done >= 100:
            raise ImportCancelled()

    text = "备件号,名称,单价\n" + "".join(f"R{i:04d},螺栓,1\n" for i in range(250))
    with pytest.raises(ImportCancelled, match="未导入任何数据"):
        with database.unit_of_work() as s:
            import_csv(s, "parts", text.encode(), progress=cancel)
    with database.unit_of_work(write=False) as s:
        assert catalogue.browse_parts(s, "R0").total == 0 and catalogue.browse_parts(s, "Q0").total == 250


def test_the_report_as_csv(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        report = import_csv(s, "parts", PARTS_WITH_BAD_ROWS.encode())
    data = catalogue_import.report_csv(report)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [report.summary] and "未导入任何数据" in rows[0][0]
    assert rows[1] == list(REPORT_HEADER)
    assert [r[:3] for r in rows[2:]] == [["3", "单价", "十元"], ["4", "备件号", "P-1"], ["5", "库存", "两个"]]
    assert report.good == 2
