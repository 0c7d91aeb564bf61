"""Catalogues: search, validation, labour rates per pay type, packages and stock warnings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import Shop
from desk.db import Database
from desk.services import catalogue, orders
from desk.services.errors import Conflict, ValidationError
from test_orders import open_walk_in


def fill(database: Database) -> None:
    with database.unit_of_work() as s:
        catalogue.save_labour_operation(s, code="by-jy", name="更换机油及机油滤清器", hours="0.5", team="机电")
        catalogue.save_labour_operation(s, code="BY-KT", name="更换空调滤清器", hours="0.3", team="机电")
        catalogue.save_labour_operation(s, code="BJ-01", name="前保险杠拆装", hours="1.5", team="钣金")
        catalogue.save_part(s, part_number="06L115562B", name="机油滤清器", price="68.50", stock="10", bin_location="a-01-02")
        catalogue.save_part(s, part_number="G052195M4", name="全合成机油 5W-40 1L", price="88", unit="升", stock="3")
        catalogue.save_part(s, part_number="5QD819644", name="空调滤芯（活性炭）", price="120", stock="0")
        catalogue.save_part(s, part_number="OLD-1", name="旧款机油滤清器", price="50", active=False)
        catalogue.save_package(
            s, code="by-10k", name="1 万公里保养", model_family="帕萨特", interval_months=12, interval_km=10000,
            labour=[("BY-JY", None)], parts=[("06L115562B", "1"), ("G052195M4", "4.5")],
        )


def test_search_by_code_prefix_and_part_of_name(database: Database, seeded: Shop) -> None:
    fill(database)
    with database.unit_of_work(write=False) as s:
        assert [r.code for r in catalogue.search_labour(s, "by")] == ["BY-JY", "BY-KT"]
        assert [r.code for r in catalogue.search_labour(s, "空调")] == ["BY-KT"]
        assert [r.part_number for r in catalogue.search_parts(s, "机油")] == ["06L115562B", "G052195M4"]
        assert [r.part_number for r in catalogue.search_parts(s, "06l")] == ["06L115562B"]
        assert catalogue.search_parts(s, "5w-40")[0].unit == "升"
        assert catalogue.search_parts(s, "%") == [] and catalogue.search_parts(s, "  ") == []
        assert [r.part_number for r in catalogue.search_parts(s, "旧款", include_inactive=True)] == ["OLD-1"]
        assert catalogue.search_parts(s, "旧款") == []
        part = catalogue.get_part(s, "06l115562b")
        assert (part.price_fen, part.stock, part.bin_location) == (6850, Decimal(10), "A-01-02")


def test_search_is_limited_and_code_matches_come_first(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        for i in range(30):
            catalogue.save_part(s, part_number=f"X{i:03d}", name=f"螺栓 M{i}", price="1")
        catalogue.save_part(s, part_number="M8-BOLT", name="螺母", price="1")
    with database.unit_of_work(write=False) as s:
        found = catalogue.search_parts(s, "m")
        assert len(found) == 20 and found[0].part_number == "M8-BOLT"


def test_saving_an_existing_code_updates_it(database: Database, seeded: Shop) -> None:
    fill(database)
    with database.unit_of_work() as s:
        catalogue.save_part(s, part_number="06l115562b", name="机油滤清器（新）", price="70", stock="2.5")
    with database.unit_of_work(write=False) as s:
        part = catalogue.get_part(s, "06L115562B")
        assert (part.name, part.price_fen, part.stock) == ("机油滤清器（新）", 7000, Decimal("2.5"))


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        (dict(code="", name="x", hours="1"), "code", "请填写代码"),
        (dict(code="A B", name="x", hours="1"), "code", "只能由字母"),
        (dict(code="A1", name=" ", hours="1"), "name", "请填写名称"),
        (dict(code="A1", name="x", hours="一"), "hours", "必须是数字"),
        (dict(code="A1", name="x", hours="0"), "hours", "必须大于 0"),
        (dict(code="A1", name="x", hours="1.234"), "hours", "最多 2 位小数"),
    ],
)
def test_labour_operation_validation(database: Database, seeded: Shop, kwargs, field, words) -> None:  # type: ignore[no-untyped-def]
    with database.unit_of_work() as s, pytest.raises(ValidationError) as refusal:
        catalogue.save_labour_operation(s, **kwargs)
    assert refusal.value.field == field and words in refusal.value.message


def test_part_and_package_validation(database: Database, seeded: Shop) -> None:
    fill(database)
    with database.unit_of_work() as s:
        with pytest.raises(ValidationError, match="不是数字") as refusal:
            catalogue.save_part(s, part_number="P1", name="x", price="12元5")
        assert refusal.value.field == "price"
        with pytest.raises(ValidationError, match="不能是负数") as refusal:
            catalogue.save_part(s, part_number="P1", name="x", price="1", stock="-1")
        with pytest.raises(ValidationError, match="没有代码 NOPE") as refusal:
            catalogue.save_package(s, code="PK", name="x", labour=[("nope", None)], parts=[])
        with pytest.raises(ValidationError, match="没有备件号 NOPE"):
            catalogue.save_package(s, code="PK", name="x", labour=[], parts=[("nope", "1")])
        with pytest.raises(ValidationError, match="至少要有一个"):
            catalogue.save_package(s, code="PK", name="x", labour=[], parts=[])
        with pytest.raises(ValidationError, match="正整数"):
            catalogue.save_package(s, code="PK", name="x", labour=[("BY-JY", None)], parts=[], interval_km="1万")


def test_a_package_adds_its_lines_in_one_step_with_the_pay_type_rate(database: Database, seeded: Shop) -> None:
    fill(database)
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        catalogue.set_labour_rates(s, warranty="120", internal="")
        rates = catalogue.labour_rates(s)
        assert (rates.customer, rates.warranty, rates.internal, rates.insurance) == (18000, 12000, 18000, 18000)
        packages = catalogue.list_packages(s, model="大众 帕萨特 330TSI")
        assert [p.code for p in packages] == ["BY-10K"]
        assert catalogue.list_packages(s, model="途观L") == []
        assert catalogue.fits_model("汉", "比亚迪 汉 EV") and not catalogue.fits_model("汉", "丰田 汉兰达 2.0T")
        assert catalogue.fits_model("", "任何车型") and catalogue.fits_model("GL8", "别克 gl8 ES")
        before = orders.order_detail(s, number).version
        detail = catalogue.add_package_to_order(s, number, "by-10k", expected_version=before)
    assert [(l.code, l.hours, l.rate_fen, l.amount_fen) for l in detail.labour_lines] == [
        ("BY-JY", Decimal("0.5"), 18000, 9000)
    ]
    assert [(p.part_number, p.quantity, p.unit_price_fen, p.amount_fen) for p in detail.part_lines] == [
        ("06L115562B", Decimal(1), 6850, 6850), ("G052195M4", Decimal("4.5"), 8800, 39600),
    ]
    assert detail.totals.customer_pays == 9000 + 6850 + 39600
    with database.unit_of_work() as s:
        warranty = catalogue.add_package_to_order(s, number, "BY-10K", pay_type="warranty")
    assert warranty.labour_lines[-1].rate_fen == 12000 and warranty.part_lines[-1].pay_type == "warranty"
    with database.unit_of_work() as s, pytest.raises(Conflict):
        catalogue.add_package_to_order(s, number, "BY-10K", expected_version=before)


def test_a_short_part_is_a_warning_not_a_refusal(database: Database, seeded: Shop) -> None:
    fill(database)
    number = open_walk_in(database, seeded).number
    with database.unit_of_work() as s:
        catalogue.add_package_to_order(s, number, "BY-10K")
        orders.add_part_line(s, number, part_number="5qd819644", name="空调滤芯", quantity="1", unit_price="120")
        orders.add_part_line(s, number, name="不在目录里的件", quantity="99", unit_price="1")
    with database.unit_of_work(write=False) as s:
        warnings = catalogue.stock_warnings(s, number)
        assert [w.part_number for w in warnings] == ["5QD819644", "G052195M4"]
        assert warnings[1].text == "库存不足：G052195M4 全合成机油 5W-40 1L 需要 4.5升，库存 3升。"
        assert catalogue.part_stock_warning(s, "06L115562B", "10") == ""
        assert "需要 11个" in catalogue.part_stock_warning(s, "06L115562B", "11")
        assert catalogue.part_stock_warning(s, "UNKNOWN", "11") == ""
