"""Times the repair-order editor on a big catalogue and a long order, and prints one line per figure.

    .venv/bin/python benchmarks/order_editor.py [--repeat N]

Builds a temporary SQLite shop with 50,000 parts and an order of 60 lines, then times, each as the
median and the worst of N runs in milliseconds (targets from issue 5 in brackets):

- opening the 60-line order: ``order_detail`` and the editor showing it on an offscreen
  ``OrderTab`` (≤ 50 ms);
- adding one line: the service, the totals, and the editor showing the order again (≤ 30 ms);
- one keystroke of the catalogue search over 50,000 parts, through the runner (≤ 30 ms).

The machines are shared, so read the figures as orders of magnitude, not as pass or fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*.warning=false")  # "does not support propagateSizeHints()"

from sqlalchemy import insert  # noqa: E402

from desk import db  # noqa: E402
from desk.config import Settings  # noqa: E402
from desk.models import Part  # noqa: E402
from desk.models.enums import Role  # noqa: E402
from desk.services import catalogue, customers, orders, shop  # noqa: E402

PARTS = 50_000
SYSTEMS = ["发动机", "变速箱", "制动", "转向", "悬挂", "空调", "车身", "电气", "排气", "冷却"]
ITEMS = ["机油滤清器", "空气滤清器", "火花塞", "刹车片", "刹车盘", "减震器", "轴承", "皮带", "水泵", "传感器",
         "密封圈", "支架", "软管", "继电器", "灯泡", "雨刮片", "节温器", "点火线圈", "油封", "垫片"]
MODELS = ["帕萨特", "迈腾", "途观", "朗逸", "速腾", "宝来", "高尔夫", "凌渡", "探岳", "途昂"]


def timed(action: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> tuple[float, float]:
    """Median and worst of ``repeat`` runs, in ms; ``before`` runs untimed before each."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def build(database: db.Database) -> tuple[str, int]:
    """The shop, 50,000 parts and an order of 60 lines; returns the order's number and a manager's id."""
    rng = random.Random(5)
    with database.unit_of_work() as s:
        shop.update_shop(
            s, name="广州粤顺汽车销售服务有限公司", address="广州市天河区黄埔大道西 100 号", phone="020-38881234",
            labour_rate="180", opening_time=dt.time(8, 30), closing_time=dt.time(17, 30), staff_id=None,
        )
        shop.add_team(s, "机电一组", 3)
        shop.add_team(s, "快修组", 2)
        advisor = shop.add_staff(s, "李娜", Role.ADVISOR)
        manager = shop.add_staff(s, "赵经理", Role.MANAGER)
        card = customers.create_customer(s, name="张伟", phone="13812345678", staff_id=advisor.id)
        vehicle = customers.add_vehicle(
            s, card.id, plate="粤B·D12345", vin="LSVAU218XN2183294", model="大众 帕萨特 330TSI", colour="白色",
            mileage=15000, staff_id=advisor.id,
        )
        s.execute(insert(Part), [
            {
                "part_number": f"{rng.choice('0123456789')}{rng.choice('ABCDGJKLQ')}{i:06d}",
                "name": f"{rng.choice(SYSTEMS)}{rng.choice(ITEMS)}（{rng.choice(MODELS)}）",
                "unit": "个", "price_fen": rng.randint(500, 500_000), "stock_milli": rng.randint(0, 50) * 1000,
                "bin_location": f"A{rng.randint(1, 40):02d}-{rng.randint(1, 9)}", "active": True,
            }
            for i in range(PARTS)
        ])
        number = orders.open_order(
            s, vehicle_id=vehicle.id, advisor_id=advisor.id, mileage=18000, complaint="做 6 万公里保养；全车检查",
            staff_id=advisor.id,
        ).number
        parts = catalogue.search_parts(s, "滤清器", limit=30)
        for i in range(30):
            orders.add_labour_line(
                s, number, code=f"OP-{i:02d}", name=f"检查调整项目 {i + 1}", hours=str(rng.choice([0.3, 0.5, 1, 1.5])),
                pay_type=rng.choice(["customer", "customer", "warranty"]), discount="5" if i % 7 == 0 else "",
                staff_id=manager.id,
            )
            part = parts[i % len(parts)]
            orders.add_part_line(
                s, number, part_number=part.part_number, name=part.name, quantity=str(rng.randint(1, 4)),
                unit_price=orders.format_amount(part.price_fen), discount="10" if i % 5 == 0 else "", staff_id=manager.id,
            )
    return number, manager.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desk.views.order_tab import OrderTab
    from desk.views.runner import Runner

    app = QApplication.instance() or QApplication([])
    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'editor-bench.sqlite3'}"
    db.upgrade(url)
    database = db.Database(url)
    start = time.perf_counter()
    number, manager = build(database)
    print(f"built: {PARTS:,} parts, order {number} with 60 lines, in {(time.perf_counter() - start) * 1000:.0f} ms")

    runner = Runner(database, Settings(database_url=url))
    runner.set_staff(manager)
    tab = OrderTab(runner)
    tab.resize(1400, 900)
    tab.show()
    app.processEvents()

    def open_order() -> None:
        tab.show_order(number)
        app.processEvents()

    def forget() -> None:
        tab.show_detail(None)
        app.processEvents()

    def add_line() -> None:
        tab.labour_name.setText("四轮定位")
        tab.labour_hours.setText("1")
        tab.labour_discount.setText("5")
        tab.add_labour()
        app.processEvents()

    def remove_added() -> None:
        detail = tab.detail
        if detail is not None and len(detail.labour_lines) > 30:
            runner.attempt(
                None, orders.remove_line, number, kind="labour", line_id=detail.labour_lines[-1].id,
                staff_id=manager, expected_version=detail.version,
            )
        app.processEvents()

    searches = ["机", "机油", "机油滤", "刹车片", "帕萨特", "0A", "0A00", "0A0012", "zzz"]
    rounds = max(1, args.repeat // len(searches) + 1)

    def search_keystrokes() -> list[float]:
        times = []
        for _ in range(rounds):
            for text in searches:
                begin = time.perf_counter()
                runner.attempt(None, catalogue.search_parts, text, write=False)
                times.append((time.perf_counter() - begin) * 1000)
        return times

    open_ms = timed(open_order, args.repeat, before=forget)
    add_ms = timed(add_line, args.repeat, before=remove_added)
    keys = search_keystrokes()
    print(f"{'what':<58}{'median ms':>10}{'worst ms':>10}{'target':>8}")
    for name, (median, worst), target in [
        ("open the 60-line order (order_detail + editor shows it)", open_ms, 50),
        ("add a line, totals, editor shows the order again", add_ms, 30),
        (f"part search over {PARTS:,} parts, one keystroke", (statistics.median(keys), max(keys)), 30),
    ]:
        print(f"{name:<58}{median:>10.1f}{worst:>10.1f}{target:>8}")
    tab.close()
    database.dispose()


if __name__ == "__main__":
    main()
