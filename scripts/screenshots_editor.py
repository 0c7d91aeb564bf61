"""Screenshot of the repair-order editor for README.md: a service package's lines, a discount, the
computed promised time with its explanation, and the intake agreements.

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python scripts/screenshots_editor.py docs/screenshots

Builds its own small shop in a temporary SQLite file (a team with jobs queued, a catalogue with a
10,000 km package) with the clock held at 10:05 shop time today, and saves ``order-editor.png``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desk import db
from desk.app import make_application
from desk.config import Settings
from desk.models import RepairOrder
from desk.models.enums import Role
from desk.services import catalogue, customers, orders, promise, shop
from desk.views.i18n import install_language
from desk.views.main_window import MainWindow
from desk.views.runner import Runner
from shot_support import settle_events

SHOP_ZONE = ZoneInfo("Asia/Shanghai")


def frozen_now() -> dt.datetime:
    today = dt.datetime.now(SHOP_ZONE).date()
    while today.isoweekday() == 7:  # the shop below is closed on Sundays
        today -= dt.timedelta(days=1)
    return dt.datetime.combine(today, dt.time(10, 5), tzinfo=SHOP_ZONE).astimezone(dt.timezone.utc)


def build(database: db.Database, now: dt.datetime) -> tuple[str, int]:
    """The shop, its catalogue, a job already queued for the team, and the order shown."""
    with database.unit_of_work() as s:
        shop.update_shop(
            s, name="广州粤顺汽车销售服务有限公司", address="广州市天河区黄埔大道西 100 号", phone="020-38881234",
            labour_rate="180", opening_time=dt.time(8, 30), closing_time=dt.time(17, 30), staff_id=None,
            quality_buffer_minutes=30, closed_weekdays=[7],
        )
        team = shop.add_team(s, "机电一组", 2)
        advisor = shop.add_staff(s, "李娜", Role.ADVISOR)
        manager = shop.add_staff(s, "赵经理", Role.MANAGER)
        for code, name, hours in [("BY-JY", "更换机油及机油滤清器", "0.5"), ("BY-JC", "常规保养检查（36 项）", "0.8"),
                                  ("KT-QX", "空调系统清洗消毒", "0.8"), ("SL-DW", "四轮定位", "1")]:
            catalogue.save_labour_operation(s, code=code, name=name, hours=hours, team="机电")
        for number, name, price, unit, stock in [
            ("06L115562B", "机油滤清器", "68.50", "个", "12"), ("G052195M4", "全合成机油 5W-40 1L", "88", "升", "3"),
            ("N90813202", "放油螺栓密封圈", "6.50", "个", "40"), ("5QD819644", "空调滤芯（活性炭）", "120", "个", "0"),
        ]:
            catalogue.save_part(s, part_number=number, name=name, price=price, unit=unit, stock=stock)
        catalogue.save_package(
            s, code="BY-10K", name="1 万公里保养", model_family="帕萨特", interval_months=12, interval_km=10000,
            labour=[("BY-JY", None), ("BY-JC", None)], parts=[("06L115562B", "1"), ("G052195M4", "4.5"), ("N90813202", "1")],
        )
        owner = customers.create_customer(s, name="张伟", phone="13812345678", staff_id=advisor.id)
        car = customers.add_vehicle(
            s, owner.id, plate="粤B·D12345", vin="LSVAU218XN2183294", model="大众 帕萨特 330TSI", colour="白色",
            mileage=9800, staff_id=advisor.id,
        )
        other = customers.create_customer(s, name="陈静", phone="13922223333", staff_id=advisor.id)
        other_car = customers.add_vehicle(
            s, other.id, plate="粤A·6K2F8", vin="LFV2A21K0G3012345", model="大众 迈腾 380TSI", colour="黑色",
            mileage=42000, staff_id=advisor.id,
        )
        # a job already in the workshop for the same team: 3 hours queued ahead
        queued = orders.open_order(
            s, vehicle_id=other_car.id, advisor_id=advisor.id, mileage=42100, complaint="刹车异响；更换前后刹车片",
            staff_id=advisor.id, now=now - dt.timedelta(hours=1),
        ).number
        orders.add_labour_line(s, queued, code="ZD-01", name="更换前后刹车片", hours="2")
        orders.add_labour_line(s, queued, code="ZD-02", name="制动液更换", hours="1")
        number = orders.open_order(
            s, vehicle_id=car.id, advisor_id=advisor.id, mileage=10120,
            complaint="做 1 万公里保养；空调出风有异味，要求清洗", staff_id=advisor.id, now=now,
        ).number
        for n in (queued, number):
            s.scalar(select(RepairOrder).where(RepairOrder.number == n)).team_id = team.id
        catalogue.add_package_to_order(s, number, "BY-10K", staff_id=advisor.id)
        orders.add_labour_line(s, number, code="KT-QX", name="空调系统清洗消毒", hours="0.8", discount="20",
                               staff_id=manager.id)
        orders.add_part_line(s, number, part_number="5QD819644", name="空调滤芯（活性炭）", quantity="1",
                             unit_price="120", discount="10", staff_id=manager.id)
        orders.update_intake(s, number, payment_intent="wechat", old_parts="customer_takes", staff_id=advisor.id)
        computed = promise.compute_promise(s, number, now=now)
        orders.update_details(s, number, complaint="做 1 万公里保养；空调出风有异味，要求清洗",
                              promised_at=computed.at, staff_id=advisor.id, now=now)
    return number, advisor.id


def main(target: Path, lang: str = "zh_CN") -> None:
    target.mkdir(parents=True, exist_ok=True)
    now = frozen_now()
    for module in (orders, promise):
        module.utc_now = lambda: now  # type: ignore[attr-defined]
    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'editor.sqlite3'}"
    db.upgrade(url)
    database = db.Database(url)
    number, advisor = build(database, now)
    app = make_application()
    install_language(app, lang)
    runner = Runner(database, Settings(database_url=url))
    runner.set_staff(advisor)
    window = MainWindow(runner)
    window.resize(1600, 1160)
    window.show()
    window.tabs.setCurrentWidget(window.order)
    window.order.show_order(number)
    settle_events(app)
    suffix = "" if lang == "zh_CN" else f"-{lang}"
    window.grab().save(str(target / f"order-editor{suffix}.png"))
    window.close()
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *(sys.argv[2:3]))
