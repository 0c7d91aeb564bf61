"""Ten years of a busy 4S shop, built straight into an empty database for the benchmarks.

The shop: ten years ending on 30 November 2026, about 200 orders a day (``orders`` spreads that
many over the ten years), 8 advisors, ~200,000 customers and ~250,000 cars (scaled with
``orders``), about 3 labour and 4 part lines per order, an appointment for 40 % of orders (plus
no-shows and cancellations), a quality check on most orders (5 % failing first), a follow-up call
for every delivered order (85 % reached with scores, 10 % unreachable), complaints on ~0.8 % of
orders (40 % the service's fault), repeat repairs on ~1.5 % of orders, cars ready by the promise
~90 % of the time and settled when the customer comes, around the promised time, and each order's
status history (opened, ready, settled, released: four rows rather than the seven or so of a real
order). About half of the last day's orders are still in the shop.

Rows are bulk-inserted with SQLAlchemy Core in batches — going through the services would take
hours for 700,000 orders. Used by ``benchmarks/kpi.py`` and ``benchmarks/ten_years.py``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection

from desk.models import Base
from desk.services import search_index
from desk.services.validation import vin_check_digit

ZONE = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc
LAST_DAY = dt.date(2026, 11, 30)
DAYS = 3652
BATCH = 20_000

T = Base.metadata.tables
ADVISORS = ["林志强", "陈静", "黄晓燕", "周杰", "吴磊", "郑丽", "孙浩", "马超"]
ADVISOR_WEIGHTS = [18, 16, 15, 13, 12, 10, 9, 7]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文斌宇浩凯健俊帆鹏辉晨欣怡子轩梓涵雨"
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
                   "157", "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187", "188",
                   "189", "191", "198", "199")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O on plates
PLATE_REGIONS = "A" * 14 + "BEFRSTXYH"  # a Guangzhou shop: mostly 粤A, some from nearby cities
VIN_MODELS = ("AU218", "AA6RE", "AL7A2", "BA3CA", "AN4C8")  # SAIC Volkswagen style descriptors
VIN_YEARS = "ABCDEFGHJKLMNP"
JOBS = [("更换机油机滤", 50), ("四轮定位", 100), ("更换刹车片", 120), ("空调系统检查", 80), ("更换火花塞", 90),
        ("发动机故障诊断", 150), ("更换雨刮片", 20), ("轮胎换位", 40), ("钣金喷漆", 400), ("更换蓄电池", 30)]
PARTS = [("机油 5W-30 4L", 38_000), ("机油滤清器", 6_850), ("刹车片（前）", 52_000), ("空气滤清器", 12_800),
         ("火花塞", 9_600), ("雨刮片", 8_800), ("蓄电池 60Ah", 68_000), ("空调滤清器", 9_900)]
STATUS_SCORES = [5] * 60 + [4] * 28 + [3] * 8 + [2] * 3 + [1]


def local(day: dt.date, minutes: int) -> dt.datetime:
    """Shop-local ``day`` plus ``minutes`` after midnight, as a UTC instant."""
    return (dt.datetime.combine(day, dt.time(0), tzinfo=ZONE) + dt.timedelta(minutes=minutes)).astimezone(UTC)


class Writer:
    """Buffers rows per table and inserts them in batches with Core executemany, parents first."""

    ORDER = ["appointment", "repair_order", "status_change", "labour_line", "part_line", "settlement", "quality_check",
             "followup", "complaint"]

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.rows: dict[str, list[dict[str, object]]] = {name: [] for name in self.ORDER}
        self.counts: dict[str, int] = dict.fromkeys(self.ORDER, 0)

    def add(self, table: str, row: dict[str, object]) -> None:
        self.rows[table].append(row)

    def maybe_flush(self) -> None:
        if len(self.rows["labour_line"]) + len(self.rows["part_line"]) >= BATCH * 4:
            self.flush()

    def flush(self) -> None:
        for name in self.ORDER:
            rows = self.rows[name]
            for start in range(0, len(rows), BATCH):
                self.connection.execute(T[name].insert(), rows[start:start + BATCH])
            self.counts[name] += len(rows)
            rows.clear()


def person_name(rng: random.Random) -> str:
    """A surname and a one- or two-character given name, as most customers' names are."""
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def mobile(rng: random.Random) -> str:
    """A mainland mobile number: a real operator prefix and eight random digits."""
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def plate(rng: random.Random) -> str:
    """A stored plate, e.g. ``粤A3K5Z8``: province, city letter, five letters or digits."""
    tail = "".join(rng.choice(PLATE_LETTERS + "0123456789" * 3) for _ in range(5))
    return f"粤{rng.choice(PLATE_REGIONS)}{tail}"


def vin(rng: random.Random) -> str:
    """A 17-character VIN: maker, model descriptor, check digit, year, plant, serial number."""
    vin = f"LSV{rng.choice(VIN_MODELS)}0{rng.choice(VIN_YEARS)}{rng.choice('NS')}{rng.randrange(10**6):06d}"
    return vin[:8] + vin_check_digit(vin) + vin[9:]


def unique(rng: random.Random, count: int, make: Callable[[random.Random], str]) -> list[str]:
    """``count`` different values from ``make`` (plates and VINs are unique in the database)."""
    seen: set[str] = set()
    values: list[str] = []
    while len(values) < count:
        value = make(rng)
        if value not in seen:
            seen.add(value)
            values.append(value)
    return values


def build(url: str, orders: int, seed: int = 10) -> dict[str, int]:
    """Fill the migrated, empty database at ``url`` with ``orders`` orders over ten years."""
    rng = random.Random(seed)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":  # the search index's triggers call Desk's functions
        event.listen(engine, "connect", lambda connection, _record: search_index.register_sqlite_functions(connection))
    per_day = orders / DAYS
    n_customers = max(50, orders * 2 // 7)
    n_vehicles = max(60, orders * 5 // 14)
    created = local(LAST_DAY - dt.timedelta(days=DAYS), 8 * 60)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        # The migration made the settings row; name the shop and keep its zone (Asia/Shanghai).
        connection.execute(T["shop_settings"].update().values(name="广州粤顺汽车销售服务有限公司", timezone="Asia/Shanghai"))
        staff = [{"id": i + 1, "name": name, "role": "advisor", "active": True, "created_at": created}
                 for i, name in enumerate(ADVISORS)]
        staff += [{"id": 20, "name": "质检员老周", "role": "supervisor", "active": True, "created_at": created},
                  {"id": 21, "name": "回访员小刘", "role": "followup", "active": True, "created_at": created},
                  {"id": 22, "name": "回访员小何", "role": "followup", "active": True, "created_at": created}]
        connection.execute(T["staff"].insert(), staff)
        common = {"created_at": created, "version": 1, "updated_at": created}
        for start in range(0, n_customers, BATCH):
            connection.execute(T["customer"].insert(), [
                {"id": i, "name": person_name(rng), "phone": mobile(rng), "is_company": False,
                 "gender": "", "notes": "", **common}
                for i in range(start + 1, min(n_customers, start + BATCH) + 1)
            ])
        owner = [0] + [1 + (i - 1) % n_customers for i in range(1, n_vehicles + 1)]
        plates = unique(rng, n_vehicles, plate)
        vins = unique(rng, n_vehicles, vin)
        for start in range(0, n_vehicles, BATCH):
            connection.execute(T["vehicle"].insert(), [
                {"id": i, "customer_id": owner[i], "plate": plates[i - 1], "vin": vins[i - 1],
                 "model": "大众 帕萨特", "colour": "白色", **common}
                for i in range(start + 1, min(n_vehicles, start + BATCH) + 1)
            ])

        writer = Writer(connection)
        order_id = appointment_id = line_id = part_id = settlement_id = qc_id = followup_id = complaint_id = 0
        change_id = 0
        recent: list[tuple[int, int]] = []  # (order id, day index) of the last 30 days' orders, for repeats
        carry = 0.0
        for day_index in range(DAYS):
            day = LAST_DAY - dt.timedelta(days=DAYS - 1 - day_index)
            carry += per_day
            today = int(carry)
            carry -= today
            stamp = day.strftime("%Y%m%d")
            recent = [r for r in recent if day_index - r[1] <= 30]
            appointment_seq = 0
            for seq in range(1, today + 1):
                order_id += 1
                opened = local(day, 8 * 60 + 30 + rng.randrange(9 * 60))
                advisor = rng.choices(range(1, 9), ADVISOR_WEIGHTS)[0]
                vehicle = rng.randrange(1, n_vehicles + 1)
                cancelled = rng.random() < 0.01
                last_days = (LAST_DAY - day).days
                appointment = None
                if rng.random() < 0.4:
                    appointment_id += 1
                    appointment_seq += 1
                    appointment = appointment_id
                    writer.add("appointment", {
                        "id": appointment_id, "number": f"AP{stamp}-{appointment_seq:04d}", "customer_id": owner[vehicle],
                        "vehicle_id": vehicle, "advisor_id": advisor, "slot_start": opened - dt.timedelta(minutes=10),
                        "requested_work": "保养", "source": "passive", "status": "arrived", "notes": "",
                        "created_at": opened - dt.timedelta(days=2), "pay_type_intent": "customer",
                        "estimated_hours_centi": 100, **{k: common[k] for k in ("version", "updated_at")},
                    })
                promised = opened + dt.timedelta(minutes=rng.randrange(90, 8 * 60))
                # Ready by the promise nine times in ten; then the customer comes to pay and collect.
                late = rng.random() < 0.1
                ready = promised + (dt.timedelta(minutes=rng.randrange(5, 300)) if late
                                    else -dt.timedelta(minutes=rng.randrange(0, 60)))
                ready = max(ready, opened + dt.timedelta(minutes=30))
                settled = max(ready + dt.timedelta(minutes=5), promised + dt.timedelta(minutes=rng.randrange(-40, 60)))
                in_shop = last_days == 0 and rng.random() < 0.5
                status = "cancelled" if cancelled else ("in_progress" if in_shop else "released")
                repeat_of = None
                if recent and rng.random() < 0.015:
                    repeat_of = rng.choice(recent)[0]
                writer.add("repair_order", {
                    "id": order_id, "number": f"RO{stamp}-{seq:04d}", "customer_id": owner[vehicle], "vehicle_id": vehicle,
                    "advisor_id": advisor, "appointment_id": appointment, "team_id": None, "status": status,
                    "opened_at": opened, "promised_at": promised, "mileage": 10_000 + rng.randrange(150_000),
                    "mileage_reason": "", "complaint": "做保养；空调不凉", "cancel_reason": "客户取消" if cancelled else "",
                    "settled_at": None if cancelled or in_shop else settled,
                    "released_at": None if cancelled or in_shop else settled + dt.timedelta(minutes=20),
                    "payment_intent": "", "old_parts": "", "extra_work_consent": True, "callback_phone": "",
                    "repeat_of_id": repeat_of, **{k: common[k] for k in ("version", "updated_at")},
                })
                customer_total = warranty_total = 0
                for _ in range(rng.choice((1, 2, 3, 3, 4, 5))):
                    line_id += 1
                    name, hours = rng.choice(JOBS)
                    pay = "warranty" if rng.random() < 0.1 else "customer"
                    amount = hours * 180
                    writer.add("labour_line", {
                        "id": line_id, "order_id": order_id, "code": "", "name": name, "hours_centi": hours,
                        "rate_fen": 18_000, "amount_fen": amount, "pay_type": pay, "discount_bp": 0,
                        "clock_state": "finished",
                    })
                    if pay == "customer":
                        customer_total += amount
                    else:
                        warranty_total += amount
                for _ in range(rng.choice((0, 2, 3, 4, 5, 6, 8))):
                    part_id += 1
                    name, price = rng.choice(PARTS)
                    writer.add("part_line", {
                        "id": part_id, "order_id": order_id, "part_number": "", "name": name, "quantity_milli": 1000,
                        "unit_price_fen": price, "amount_fen": price, "pay_type": "customer", "discount_bp": 0,
                    })
                    customer_total += price
                if not cancelled and rng.random() < 0.95:
                    qc_id += 1
                    failed = rng.random() < 0.05
                    writer.add("quality_check", {"id": qc_id, "order_id": order_id, "at": settled - dt.timedelta(minutes=40),
                                                 "inspector_id": 20, "passed": not failed, "reason": "异响未消除" if failed else ""})
                    if failed:
                        qc_id += 1
                        writer.add("quality_check", {"id": qc_id, "order_id": order_id, "at": settled - dt.timedelta(minutes=20),
                                                     "inspector_id": 20, "passed": True, "reason": ""})
                history = [("open", opened)] if cancelled or in_shop else [
                    ("open", opened), ("ready", ready), ("settled", settled),
                    ("released", settled + dt.timedelta(minutes=20))]
                for status_name, when in history:
                    change_id += 1
                    writer.add("status_change", {"id": change_id, "order_id": order_id, "from_status": None,
                                                 "to_status": status_name, "at": when, "staff_id": advisor,
                                                 "reason": ""})
                if cancelled or in_shop:
                    continue
                recent.append((order_id, day_index))
                settlement_id += 1
                writer.add("settlement", {
                    "id": settlement_id, "order_id": order_id, "at": settled, "cashier_id": None, "bill_discount_fen": 0,
                    "rounding_fen": 0, "customer_due_fen": customer_total, "warranty_fen": warranty_total,
                    "insurance_fen": 0, "insurer": "", "claim_number": "", "on_account_fen": 0,
                    "followup_time": "下午", "void_reason": "",
                })
                due = day + dt.timedelta(days=3)
                draw = rng.random()
                if due > LAST_DAY:
                    state = "pending"
                else:
                    state = "cancelled" if draw < 0.01 else "unreachable" if draw < 0.11 else "done"
                score = rng.choice(STATUS_SCORES) if state == "done" else None
                followup_id += 1
                writer.add("followup", {
                    "id": followup_id, "order_id": order_id, "customer_id": owner[vehicle], "vehicle_id": vehicle,
                    "due_on": due, "latest_on": day + dt.timedelta(days=5), "preferred_time": "下午",
                    "caller_id": 21 + order_id % 2, "status": state, "created_at": settled,
                    "completed_at": local(due, 15 * 60) if state in ("done", "unreachable") else None,
                    "problem_solved": score is not None and score >= 3 if score else None,
                    "score_overall": score, "score_quality": score, "score_on_time": score, "score_staff": score,
                    "score_price": score, "comments": "", **{k: common[k] for k in ("version", "updated_at")},
                })
                if rng.random() < 0.008:
                    complaint_id += 1
                    received = settled + dt.timedelta(days=rng.randrange(1, 6))
                    writer.add("complaint", {
                        "id": complaint_id, "number": f"TS{stamp}-{complaint_id:06d}",
                        "received_at": received, "source": "followup", "customer_id": owner[vehicle],
                        "vehicle_id": vehicle, "order_id": order_id, "followup_id": followup_id,
                        "category": rng.choice(("quality", "attitude", "price", "time")),
                        "service_at_fault": rng.random() < 0.4, "description": "车辆异响没有修好",
                        "department": "售后服务部", "responsible_id": advisor,
                        "respond_by": received + dt.timedelta(hours=24), "status": "closed", "result": "已返修",
                        **{k: common[k] for k in ("version", "updated_at")},
                    })
            # No-shows and cancelled bookings in proportion to the day's arrivals.
            for status, share in (("no_show", 0.08), ("cancelled", 0.05)):
                for _ in range(int(today * 0.4 * share + rng.random())):
                    appointment_id += 1
                    appointment_seq += 1
                    vehicle = rng.randrange(1, n_vehicles + 1)
                    writer.add("appointment", {
                        "id": appointment_id, "number": f"AP{stamp}-{appointment_seq:04d}", "customer_id": owner[vehicle],
                        "vehicle_id": vehicle, "advisor_id": rng.choices(range(1, 9), ADVISOR_WEIGHTS)[0],
                        "slot_start": local(day, 9 * 60 + 15 * rng.randrange(30)), "requested_work": "保养",
                        "source": "active", "status": status, "notes": "", "created_at": local(day, 0) - dt.timedelta(days=3),
                        "pay_type_intent": "customer", "estimated_hours_centi": 100,
                        **{k: common[k] for k in ("version", "updated_at")},
                    })
            writer.maybe_flush()
        writer.flush()
        if engine.dialect.name == "postgresql":
            for name in ["staff", "customer", "vehicle", *Writer.ORDER]:
                connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT coalesce(max(id), 1) FROM {name}))"
                ))
    if engine.dialect.name == "postgresql":
        # PostgreSQL's autovacuum would have gathered statistics over ten years; do it now. Desk never
        # runs ANALYZE on SQLite, so a counter's SQLite file has none, and neither does this one (with
        # them, SQLite misjudges the status index and scans ten years for the board; see README).
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    return {"customer": n_customers, "vehicle": n_vehicles, **writer.counts}


def size_mb(url: str) -> float:
    """The database's size on disk in MB (SQLite pages, or PostgreSQL's pg_database_size)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
                page = connection.exec_driver_sql("PRAGMA page_size").scalar_one()
                return pages * page / 1e6
            return connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one() / 1e6
    finally:
        engine.dispose()
