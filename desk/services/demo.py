"""Demo data: a believable 4S shop with two months of history, for trying Desk out and training.

:func:`fill_demo` fills an empty database with one shop: its settings, staff and teams, about
120 customers with their cars, 60 days of finished work (appointments, repair orders with their
lines and status history, payments, exit passes used at the gate, a few cancellations and
no-shows) and a working day in progress on the day of ``now``: orders in every status, cars
still waiting for their appointment, one or two orders overdue.

Everything is drawn from ``random.Random(seed)`` and placed relative to ``now``, so the same
seed and ``now`` give the same shop, row for row (order numbers, names, plates, amounts and every
stored time).

How it is written:

* Settings, staff, customers, cars, appointments and everything that happens on the day of
  ``now`` go through the services, so the rules are applied to them as at the counter.
* The 60 days of history (several hundred orders, a few thousand lines and status changes) are
  written as model objects in one flush, because doing each of them through the services would
  take far longer than a demo may. They are built the way the services build them: numbers from
  :func:`~desk.services.numbers.next_number` in the order the documents were made, the first
  status change ``None → open`` by the advisor at ``opened_at``, every later one in time order
  with who made it, amounts from :func:`~desk.services.money.multiply`, payments that add up to
  exactly what the customer pays, ``settled_at``/``released_at`` set, the exit pass used at the
  gate, and the car's ``last_mileage`` the highest reading taken.
* The services stamp ``created_at``/``updated_at`` with the computer's clock rather than the
  ``now`` they are given; a last pass sets those columns to the simulated times, so that the
  data does not depend on when the demo was loaded.

Times are timezone-aware UTC; the shop's day, opening hours and slots are in its own zone
(Asia/Shanghai). When ``now`` falls outside opening hours the day's work is squeezed into the
hour and a half before ``now`` (so the board is full at any hour), and when too few reception
slots are left today the waiting appointments are booked for tomorrow.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from desk.models import (
    Appointment,
    Customer,
    ExitPass,
    LabourLine,
    PartLine,
    Payment,
    RepairOrder,
    ShopSettings,
    Staff,
    StatusChange,
    Team,
    Vehicle,
)
from desk.models.base import UTCDateTime, utc_now
from desk.models.enums import AppointmentStatus, OrderStatus, PaymentMethod, Role
from desk.services import appointments, customers, demo_checks, demo_gate, demo_settlement, orders, shop
from desk.services.errors import DeskError
from desk.services.money import format_yuan, multiply
from desk.services.numbers import next_number
from desk.services.orders import compute_totals
from desk.services.validation import vin_check_digit

__all__ = ["DemoSummary", "fill_demo"]

HISTORY_DAYS = 60
"""Days of finished work before the day of ``now``."""

CUSTOMER_COUNT = 120
SLOT = dt.timedelta(minutes=15)
EXIT_PASS_VALID = dt.timedelta(hours=24)  # ShopSettings.exit_pass_hours' default

S = OrderStatus


# --- the result -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`fill_demo` put into the database."""

    day: dt.date
    """The shop-local day of ``now`` (the board's day)."""
    first_day: dt.date
    """The shop-local day the oldest order was opened."""
    staff: int
    teams: int
    customers: int
    vehicles: int
    appointments: int
    appointments_waiting: int
    """Appointments still booked (the car has not come yet): today's and tomorrow's."""
    orders: int
    orders_today: int
    """Orders opened on ``day``."""
    today_by_status: tuple[tuple[str, int], ...]
    """``(status, count)`` of the orders opened on ``day``, for every status in OrderStatus order."""
    in_shop: int
    """Orders whose car is still in the shop (the board's columns), whatever day they were opened."""
    payments: int
    exit_passes: int

    def today(self, status: str) -> int:
        """How many of today's orders are in ``status``."""
        return dict(self.today_by_status).get(status, 0)


# --- the shop -------------------------------------------------------------------------------

SHOP_NAME = "广州粤顺汽车销售服务有限公司"
SHOP_ADDRESS = "广州市天河区黄埔大道东 868 号粤顺汽车城"
SHOP_PHONE = "020-38881234"
LABOUR_RATE = "180"
OPENING = dt.time(8, 30)
CLOSING = dt.time(18, 0)

ADVISORS = ("黄晓燕", "林志强", "陈静")
SUPERVISOR = "刘建国"
CASHIERS = ("周丽华", "郑雅婷")
GATE = "张德明"
FOLLOWUP = "吴婷婷"
MANAGER = "赵志刚"
TEAMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("机电一组", ("孙伟", "郑浩", "冯磊")),
    ("机电二组", ("何俊杰", "罗斌", "梁振华")),
    ("钣喷组", ("谢永强", "唐小军", "韩东", "邓海波")),
    ("快修组", ("曹阳", "彭飞")),
)


# --- people and cars ------------------------------------------------------------------------

# Common surnames first; the repeats make the common ones commoner.
_SURNAMES = (
    "王王王李李李张张张刘刘陈陈陈杨杨黄黄黄赵吴吴周周徐孙马朱胡郭何何林林林罗罗高梁梁郑郑"
    "谢谢宋唐许韩冯邓邓曹彭曾曾萧田董潘袁蔡蔡蒋余于杜叶叶程魏苏吕丁任卢姚沈钟钟姜崔谭陆范"
    "汪廖廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎黎史陶贺毛郝顾龚邵万覃武钱戴严莫区冼"
)
_COMPOUND_SURNAMES = ("欧阳", "司徒", "上官", "诸葛")
_MALE = "伟强磊军洋勇杰涛明超辉华斌鹏浩宇俊峰建志文国海波永健东林成龙凯晨智嘉子家振锦荣耀昊"
_FEMALE = "芳娜敏静丽艳娟霞婷雪慧玲琳颖欣怡晓燕红萍倩佳蕾梅莉秀婉诗雯琪"
_COMPANIES = (
    "深圳市鹏远物流有限公司",
    "广州市天河区恒信建材贸易有限公司",
    "佛山市南海区盛源五金制品有限公司",
    "东莞市华辉电子科技有限公司",
    "广州白云宏达汽车租赁有限公司",
    "珠海市海滨酒店管理有限公司",
    "广州市越秀区安居物业管理有限公司",
    "中山市利达食品有限公司",
)
_PERSON_NOTES = (
    "只接受微信联系", "客户要求旧件带走", "保养偏好上午送车", "需要代步车时请提前告知",
    "老客户，介绍过朋友来店", "电话请打晚上 7 点以后",
)
_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "158", "159", "166", "173", "177", "180", "181", "182", "185", "186", "187",
    "188", "189", "199",
)

# (province, weight, issuing-office letters); 粤A is Guangzhou.
_PROVINCES: tuple[tuple[str, int, str], ...] = (
    ("粤", 72, "AAAAAAAABBEESSTCLJ"),
    ("湘", 6, "ABCDEFGHKLMN"),
    ("桂", 5, "ABCDEKR"),
    ("闽", 4, "ABCDE"),
    ("京", 3, "ABCEFGHJKNPQ"),
    ("沪", 3, "ABCDEFGHJKN"),
    ("浙", 3, "ABCDEFG"),
    ("赣", 2, "ABCDEFGH"),
    ("川", 2, "ABCDEFGHJK"),
)
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_COLOURS = ("白色", "白色", "黑色", "黑色", "银色", "灰色", "深灰色", "蓝色", "红色", "香槟金", "珍珠白")
_VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"
"""Model-year codes (VIN position 10) from 1980, repeating every 30 years."""


@dataclass(frozen=True)
class _Model:
    name: str
    wmi: str
    vds: str
    plant: str
    kind: str
    """``ice`` (petrol), ``ev`` (battery electric, D plate), ``phev`` (plug-in hybrid, F plate)."""
    price_factor: Decimal
    weight: int


_MODELS = (
    _Model("大众 帕萨特 330TSI", "LSV", "AU218", "2", "ice", Decimal("1"), 8),
    _Model("大众 朗逸 1.5L", "LSV", "AB41E", "6", "ice", Decimal("0.9"), 10),
    _Model("大众 迈腾 380TSI", "LFV", "2A21K", "3", "ice", Decimal("1"), 6),
    _Model("大众 速腾 1.4T", "LFV", "2A11K", "1", "ice", Decimal("0.9"), 6),
    _Model("奥迪 A6L 45TFSI", "LFV", "3A24G", "6", "ice", Decimal("1.8"), 3),
    _Model("丰田 凯美瑞 2.0G", "LVG", "BE40K", "G", "ice", Decimal("1"), 8),
    _Model("丰田 汉兰达 2.0T", "LVG", "AK53H", "G", "ice", Decimal("1.2"), 3),
    _Model("本田 雅阁 1.5T", "LHG", "CV163", "0", "ice", Decimal("1"), 7),
    _Model("本田 CR-V 240TURBO", "LHG", "RW286", "Z", "ice", Decimal("1"), 5),
    _Model("日产 轩逸 1.6L", "LGB", "H52E0", "8", "ice", Decimal("0.9"), 9),
    _Model("日产 天籁 2.0L", "LGB", "F3AE8", "8", "ice", Decimal("1"), 3),
    _Model("别克 GL8 ES 陆尊", "LSG", "XH83L", "S", "ice", Decimal("1.2"), 5),
    _Model("别克 君越 2.0T", "LSG", "ZD54P", "S", "ice", Decimal("1.1"), 2),
    _Model("宝马 5系 530Li", "LBV", "5Z310", "N", "ice", Decimal("1.9"), 3),
    _Model("宝马 X3 xDrive30i", "LBV", "TY910", "N", "ice", Decimal("1.9"), 2),
    _Model("比亚迪 汉 EV", "LGX", "C16D4", "W", "ev", Decimal("1.2"), 5),
    _Model("比亚迪 宋PLUS EV", "LGX", "F76D1", "W", "ev", Decimal("1"), 3),
    _Model("比亚迪 秦PLUS DM-i", "LGX", "E86C3", "W", "phev", Decimal("1"), 5),
    _Model("福特 锐界 2.0T", "LVS", "HFAE6", "K", "ice", Decimal("1.2"), 3),
    _Model("福特 蒙迪欧 1.5T", "LVS", "HCAM2", "K", "ice", Decimal("1"), 2),
)


@dataclass
class _Car:
    model: _Model
    plate: str
    vin: str
    colour: str
    bought: dt.datetime
    """When the car was registered here (its ``created_at``)."""
    model_year: int
    start_km: int
    """Odometer on the first day of the history."""
    km_per_day: int
    known_km: int
    """``last_mileage`` when the car was registered in Desk (its last visit before the history)."""
    is_company: bool = False
    id: int = 0
    customer_id: int = 0
    busy_until: dt.datetime | None = None
    last_day: dt.date | None = None
    last_service_km: int | None = None
    last_opened: dt.datetime | None = None

    def km_on(self, day: dt.date, first_day: dt.date) -> int:
        return self.start_km + self.km_per_day * (day - first_day).days


@dataclass
class _Customer:
    name: str
    phone: str
    is_company: bool
    notes: str
    cars: list[_Car]
    created: dt.datetime
    id: int = 0


# --- work -----------------------------------------------------------------------------------

_Labour = tuple[str, str, str]
"""``(code, name, hours)``."""
_Part = tuple[str, str, str, str]
"""``(part number, name, quantity, unit price in yuan before the model's price factor)``."""


@dataclass(frozen=True)
class _Job:
    complaint: str
    labour: tuple[_Labour, ...]
    parts: tuple[_Part, ...] = ()
    pay: tuple[tuple[str, int], ...] = (("customer", 1),)
    team: str = "机电一组"
    fits: str = "any"
    """``any``, ``ice`` (has an engine: petrol or plug-in hybrid) or ``ev``."""
    weight: int = 1


_OIL_FILTER: _Part = ("FL-0101", "机油滤清器", "1", "58")
_OIL_4L: _Part = ("OL-5W30-4", "全合成机油 5W-30 4L", "1", "398")
_OIL_1L: _Part = ("OL-5W30-1", "全合成机油 5W-30 1L", "1", "108")
_DRAIN_WASHER: _Part = ("DR-0012", "放油螺栓垫片", "1", "5")
_CABIN_FILTER: _Part = ("FL-0301", "空调滤清器", "1", "128")
_AIR_FILTER: _Part = ("FL-0201", "空气滤清器", "1", "98")
_SPARK_PLUG: _Part = ("SP-0044", "火花塞", "4", "65")
_BRAKE_FLUID: _Part = ("BF-DOT4-1", "制动液 DOT4 1L", "1", "88")
_WASHER_FLUID: _Part = ("WS-0002", "玻璃水 2L", "1", "25")
_EV_COOLANT: _Part = ("CL-EV-1", "电池冷却液 1L", "4", "68")
_PAINT: _Part = ("PT-MAT", "油漆辅料(套)", "1", "350")
_PAINT_SMALL: _Part = ("PT-MAT-S", "油漆辅料(小)", "1", "180")

_REPAIRS = (
    _Job("更换前刹车片", (("ZD-01", "更换前刹车片", "1.0"),), (("BP-F-01", "前刹车片(套)", "1", "580"),), weight=6),
    _Job(
        "刹车异响",
        (("ZD-02", "检查制动系统", "0.5"), ("ZD-01", "更换前刹车片", "1.0")),
        (("BP-F-01", "前刹车片(套)", "1", "580"), ("BC-0500", "刹车盘清洁剂", "1", "35")),
        weight=5,
    ),
    _Job("后刹车片磨损报警", (("ZD-04", "更换后刹车片", "1.2"),), (("BP-R-01", "后刹车片(套)", "1", "460"),), weight=3),
    _Job(
        "空调不凉",
        (("KT-01", "空调系统检测", "0.5"), ("KT-02", "空调抽真空加注冷媒", "0.8")),
        (("RF-134A", "R134a 冷媒(公斤)", "0.65", "180"), ("KT-OIL", "空调压缩机油", "1", "45")),
        weight=5,
    ),
    _Job(
        "空调有异味",
        (("KT-03", "空调管路清洗消毒", "0.6"), ("BY-04", "更换空调滤芯", "0.3")),
        (_CABIN_FILTER, ("KT-CLN", "空调清洗剂", "1", "88")),
        weight=3,
    ),
    _Job(
        "左前门刮擦需钣喷",
        (("BP-01", "左前门钣金修复", "2.0"), ("BP-02", "左前门喷漆", "3.0")),
        (_PAINT,),
        pay=(("customer", 1), ("insurance", 1)), team="钣喷组", weight=4,
    ),
    _Job(
        "后保险杠撞裂，走保险",
        (("BP-03", "拆装后保险杠", "1.0"), ("BP-04", "后保险杠喷漆", "2.5")),
        (("BB-R-01", "后保险杠皮", "1", "1280"), _PAINT, ("CL-0011", "保险杠卡扣", "6", "3.5")),
        pay=(("insurance", 1),), team="钣喷组", weight=3,
    ),
    _Job(
        "右后视镜撞坏",
        (("BP-05", "更换右后视镜总成", "0.6"), ("BP-06", "后视镜喷漆", "1.0")),
        (("MR-R-01", "右后视镜总成", "1", "860"), _PAINT_SMALL),
        pay=(("customer", 1), ("insurance", 2)), team="钣喷组", weight=2,
    ),
    _Job(
        "前保险杠刮花，局部补漆", (("BP-07", "前保险杠局部喷漆", "1.5"),), (_PAINT_SMALL,),
        team="钣喷组", weight=3,
    ),
    _Job(
        "发动机故障灯亮",
        (("JD-01", "电脑检测", "0.5"), ("JD-02", "更换点火线圈", "0.6")),
        (("IC-0105", "点火线圈", "1", "420"),),
        pay=(("warranty", 3), ("customer", 2)), fits="ice", weight=4,
    ),
    _Job(
        "怠速抖动",
        (("JD-01", "电脑检测", "0.5"), ("JD-03", "清洗节气门", "0.6"), ("JD-04", "清洗喷油嘴", "1.0")),
        (("TC-0300", "节气门清洗剂", "1", "45"), ("FI-CLN", "喷油嘴清洗剂", "1", "98")),
        fits="ice", weight=3,
    ),
    _Job(
        "早上打不着火，更换蓄电池",
        (("DQ-01", "蓄电池检测", "0.3"), ("DQ-02", "更换蓄电池", "0.3")),
        (("BAT-60AH", "蓄电池 12V 60Ah", "1", "880"),),
        team="快修组", weight=4,
    ),
    _Job(
        "车窗玻璃升降异响", (("DQ-03", "检修玻璃升降器", "1.5"),),
        (("WR-FL-01", "玻璃升降器总成", "1", "650"),),
        pay=(("warranty", 2), ("customer", 1)), team="机电二组", weight=2,
    ),
    _Job("天窗漏水", (("FJ-02", "疏通天窗排水管", "1.2"),), pay=(("warranty", 1), ("customer", 1)), team="机电二组", weight=2),
    _Job(
        "召回：更换燃油泵", (("ZH-01", "召回-更换燃油泵", "1.5"),), (("FP-0220", "燃油泵总成", "1", "1350"),),
        pay=(("warranty", 1),), team="机电二组", fits="ice", weight=2,
    ),
    _Job(
        "充电口盖打不开", (("DQ-04", "检修充电口盖锁", "0.8"),), (("CP-LOCK", "充电口盖锁止电机", "1", "320"),),
        pay=(("warranty", 2), ("customer", 1)), team="机电二组", fits="ev", weight=3,
    ),
    _Job("方向跑偏，做四轮定位", (("DP-01", "四轮定位", "1.0"),), team="快修组", weight=4),
    _Job(
        "更换轮胎 2 条",
        (("LT-01", "拆装轮胎", "0.5"), ("LT-02", "动平衡", "0.4")),
        (("TY-2354518", "轮胎 235/45 R18", "2", "980"), ("VL-01", "气门嘴", "2", "15")),
        team="快修组", weight=3,
    ),
    _Job(
        "底盘异响，过减速带咚咚响",
        (("DP-02", "底盘检查", "0.5"), ("DP-03", "更换前稳定杆连杆", "1.0")),
        (("SL-F-01", "前稳定杆连杆", "2", "185"),),
        team="机电二组", weight=3,
    ),
)
_ADD_ONS = (
    _Job("雨刮器刮不干净", (("FJ-01", "更换雨刮片", "0.3"),), (("WB-0026", "雨刮片(对)", "1", "168"),), weight=3),
    _Job("顺便做四轮定位", (("DP-01", "四轮定位", "1.0"),), weight=2),
    _Job("加玻璃水", (), (_WASHER_FLUID,), weight=3),
    _Job("更换空调滤芯", (("BY-04", "更换空调滤芯", "0.3"),), (_CABIN_FILTER,), weight=2),
)
_CAR_WASH: _Labour = ("XC-01", "免费洗车", "0.3")

_CANCEL_REASONS = (
    "客户嫌报价高，暂不维修", "客户临时有事，改天再来", "配件缺货，客户不愿等待",
    "客户决定到保险公司指定的修理厂维修", "客户只做检测，暂不维修",
)
_REWORK_REASONS = (
    "质检未通过：试车仍有异响，返工", "质检未通过：漆面有流挂，重新抛光",
    "质检未通过：故障码未清除", "质检未通过：胎压监测未复位",
)
_APPOINTMENT_CANCEL_REASONS = ("客户出差，改期再约", "客户已在外地修好", "客户来电取消，下周再约")


@dataclass
class _Work:
    """What one order asks for: the complaint and its lines with their pay types."""

    complaint: str
    labour: list[tuple[str, str, Decimal, str]]
    """``(code, name, hours, pay type)``."""
    parts: list[tuple[str, str, Decimal, int, str]]
    """``(part number, name, quantity, unit price in fen, pay type)``."""
    team: str
    maintenance_km: int | None = None

    @property
    def hours(self) -> Decimal:
        return sum((h for _, _, h, _ in self.labour), Decimal(0))


# --- plans: what happens, decided before anything is written -------------------------------


@dataclass
class _AppointmentPlan:
    car: _Car
    advisor: int
    slot: dt.datetime
    booked_at: dt.datetime
    requested_work: str
    source: str
    outcome: str
    """``arrived``, ``no_show``, ``cancelled`` or ``booked`` (still waiting)."""
    later_note: str = ""
    """A note added at ``changed_at``, after booking (why the customer did not come, or is late)."""
    cancel_reason: str = ""
    changed_at: dt.datetime | None = None
    number: str = ""


@dataclass
class _Step:
    status: str
    at: dt.datetime
    staff: int
    reason: str = ""


@dataclass
class _OrderPlan:
    car: _Car
    advisor: int
    opened_at: dt.datetime
    mileage: int
    work: _Work
    appointment: _AppointmentPlan | None = None
    promised_at: dt.datetime | None = None
    steps: list[_Step] = field(default_factory=list)
    payments: list[tuple[str, int, str]] = field(default_factory=list)
    cashier: int = 0
    exit_issued: dt.datetime | None = None
    exit_used: dt.datetime | None = None
    number: str = ""
    exit_number: str = ""

    @property
    def status(self) -> str:
        return self.steps[-1].status if self.steps else S.OPEN.value

    @property
    def last_change(self) -> tuple[dt.datetime, int]:
        if self.steps:
            return self.steps[-1].at, self.steps[-1].staff
        return self.opened_at, self.advisor


@dataclass(frozen=True)
class _People:
    advisors: tuple[int, ...]
    supervisor: int
    cashiers: tuple[int, ...]
    gate: int
    manager: int


class _Calendar:
    """The shop's days and hours: local wall-clock times as UTC instants, and working time."""

    def __init__(self, session: Session, closed: set[dt.date]) -> None:
        self.zone = shop.shop_zone(session)
        self.closed = closed

    def at(self, day: dt.date, time: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=self.zone).astimezone(dt.timezone.utc)

    def local(self, instant: dt.datetime) -> dt.datetime:
        return instant.astimezone(self.zone)

    def day(self, instant: dt.datetime) -> dt.date:
        return self.local(instant).date()

    def opening(self, day: dt.date) -> dt.datetime:
        return self.at(day, OPENING)

    def closing(self, day: dt.date) -> dt.datetime:
        return self.at(day, CLOSING)

    def next_open_day(self, day: dt.date) -> dt.date:
        day += dt.timedelta(days=1)
        while day in self.closed:
            day += dt.timedelta(days=1)
        return day

    def advance(self, start: dt.datetime, minutes: int) -> dt.datetime:
        """``minutes`` of workshop time after ``start``, carried over the night when needed."""
        day = self.day(start)
        instant = max(start, self.opening(day))
        left = dt.timedelta(minutes=minutes)
        while True:
            closing = self.closing(day)
            if instant + left <= closing:
                return instant + left
            left -= max(closing - instant, dt.timedelta(0))
            day = self.next_open_day(day)
            instant = self.opening(day)

    def slots(self, day: dt.date, last: dt.time) -> list[dt.datetime]:
        """Reception slots of one advisor: three booked, one kept free as a buffer, and so on."""
        result = []
        instant = self.opening(day)
        end = self.at(day, last)
        index = 0
        while instant <= end and instant < self.closing(day):
            if index % 4 != 3:
                result.append(instant)
            instant += SLOT
            index += 1
        return result


def _round_up(calendar: _Calendar, instant: dt.datetime, minutes: int = 15) -> dt.datetime:
    local = calendar.local(instant).replace(second=0, microsecond=0)
    extra = (-local.minute) % minutes
    if extra == 0 and calendar.local(instant) > local:
        extra = minutes
    return (local + dt.timedelta(minutes=extra)).astimezone(dt.timezone.utc)


def _minutes(rng: random.Random, low: int, high: int) -> dt.timedelta:
    return dt.timedelta(minutes=rng.randint(low, high), seconds=rng.randint(0, 59))


# --- the public function --------------------------------------------------------------------


def fill_demo(session: Session, *, seed: int = 1, now: dt.datetime | None = None) -> DemoSummary:
    """Fill an empty database with a demo shop; refused when it already holds data.

    ``now`` is the moment the demo pretends it is (default: the computer's clock); the history
    ends the day before and the day of ``now`` is a working day in progress. Nothing is
    committed: the caller's unit of work does that.
    """
    now = (now or utc_now())
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    now = now.astimezone(dt.timezone.utc)
    _refuse_unless_empty(session)

    rng = random.Random(seed)
    today = shop.local_day(session, now)
    first_day = today - dt.timedelta(days=HISTORY_DAYS)
    closed = {
        first_day + dt.timedelta(days=offset)
        for offset in range(HISTORY_DAYS)
        if (first_day + dt.timedelta(days=offset)).weekday() == 6 and rng.random() < 0.5
    }
    calendar = _Calendar(session, closed)
    origin = calendar.opening(first_day)

    people, staff_since = _add_people(session, rng, calendar, first_day)
    shop.update_shop(
        session, name=SHOP_NAME, address=SHOP_ADDRESS, phone=SHOP_PHONE, labour_rate=LABOUR_RATE,
        opening_time=OPENING, closing_time=CLOSING, staff_id=people.manager,
    )
    rate_fen = shop.shop_info(session).labour_rate_fen

    clients = _make_customers(rng, calendar, first_day)
    _add_customers(session, clients, people)
    cars = [car for client in clients for car in client.cars]

    history, booked = _plan_history(rng, calendar, people, cars, first_day, today, rate_fen)
    todays, waiting = _plan_today(rng, calendar, people, cars, first_day, today, now, rate_fen)
    all_appointments = booked + waiting + [o.appointment for o in todays if o.appointment]
    _book(session, all_appointments)

    _write_history(session, history, booked, rate_fen)
    _run_today(session, todays)
    _update_waiting(session, waiting)
    _set_times(session, staff_since, clients, all_appointments, todays, origin)
    from desk.services.demo_board import assign_teams

    assign_teams(session)
    from desk.services.demo_appointments import add_appointment_book  # the appointment book's part

    add_appointment_book(session, seed=seed, now=now)
    from desk.services.demo_inspections import add_demo_inspections  # the walk-around's part

    add_demo_inspections(session, seed=seed)
    from desk.services.demo_catalogue import add_demo_catalogue  # the catalogues' part

    add_demo_catalogue(session, seed=seed)
    from desk.services.demo_additional_work import add_demo_additional_work  # additional work's part

    add_demo_additional_work(session, seed=seed, now=now)
    from desk.services.demo_reminders import add_demo_reminders  # regulars due for service (before their slips)

    add_demo_reminders(session, seed=seed, now=now)
    demo_settlement.add_demo_settlements(session, seed=seed)  # the settlement's part
    demo_gate.add_demo_gate(session, now=now)  # the gate's part
    demo_checks.add_demo_checks(session, seed=seed, now=now)  # quality, delivery and progress checks; repeats
    from desk.services.demo_workshop import add_demo_workshop  # dispatch per line and job clocks

    add_demo_workshop(session, seed=seed, now=now)
    from desk.services.demo_editor import add_demo_editor  # intake agreements, line discounts, a promise change

    add_demo_editor(session, seed=seed, now=now)
    from desk.services.demo_followups import add_demo_followups  # the calls after delivery (回访)

    add_demo_followups(session, seed=seed, now=now)
    from desk.services.demo_complaints import add_demo_complaints  # the complaint register (投诉)

    add_demo_complaints(session, seed=seed, now=now)
    return _summary(session, calendar, today, first_day)


def _refuse_unless_empty(session: Session) -> None:
    if session.scalar(select(RepairOrder.id).limit(1)) is not None:
        raise DeskError("数据库里已经有委托书，演示数据只能装入空数据库。")
    if session.scalar(select(Customer.id).limit(1)) is not None:
        raise DeskError("数据库里已经有客户资料，演示数据只能装入空数据库。")
    if session.scalar(select(Appointment.id).limit(1)) is not None:
        raise DeskError("数据库里已经有预约，演示数据只能装入空数据库。")
    names = [*ADVISORS, SUPERVISOR, *CASHIERS, GATE, FOLLOWUP, MANAGER]
    names += [member for _, members in TEAMS for member in members]
    taken = session.scalar(select(Staff.name).where(Staff.name.in_(names)).order_by(Staff.name).limit(1))
    if taken is not None:
        raise DeskError("数据库里已有员工 {name}，演示数据只能装入空数据库。", name=taken)
    team = session.scalar(select(Team.name).where(Team.name.in_([t for t, _ in TEAMS])).limit(1))
    if team is not None:
        raise DeskError("数据库里已有班组 {name}，演示数据只能装入空数据库。", name=team)


# --- staff and customers --------------------------------------------------------------------


def _add_people(
    session: Session, rng: random.Random, calendar: _Calendar, first_day: dt.date
) -> tuple[_People, dict[int, dt.datetime]]:
    since: dict[int, dt.datetime] = {}

    def add(name: str, role: Role, team_id: int | None = None) -> int:
        row = shop.add_staff(session, name, role, team_id)
        joined = first_day - dt.timedelta(days=rng.randint(90, 1500))
        since[row.id] = calendar.at(joined, dt.time(9, 0))
        return row.id

    manager = add(MANAGER, Role.MANAGER)
    advisors = tuple(add(name, Role.ADVISOR) for name in ADVISORS)
    supervisor = add(SUPERVISOR, Role.SUPERVISOR)
    cashiers = tuple(add(name, Role.CASHIER) for name in CASHIERS)
    gate = add(GATE, Role.GATE)
    add(FOLLOWUP, Role.FOLLOWUP)
    for team_name, members in TEAMS:
        team = shop.add_team(session, team_name, len(members))
        for member in members:
            add(member, Role.TECHNICIAN, team.id)
    people = _People(advisors=advisors, supervisor=supervisor, cashiers=cashiers, gate=gate, manager=manager)
    return people, since


def _person_name(rng: random.Random) -> str:
    surname = rng.choice(_COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(_SURNAMES)
    pool = _MALE if rng.random() < 0.62 else _FEMALE
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.72 else "")
    return surname + given


def _make_customers(rng: random.Random, calendar: _Calendar, first_day: dt.date) -> list[_Customer]:
    used_names = {*ADVISORS, SUPERVISOR, *CASHIERS, GATE, FOLLOWUP, MANAGER}
    used_names |= {member for _, members in TEAMS for member in members}
    used_phones: set[str] = set()
    used_plates: set[str] = set()
    used_vins: set[str] = set()
    company_at = set(rng.sample(range(CUSTOMER_COUNT), len(_COMPANIES)))
    companies = iter(_COMPANIES)
    models = list(_MODELS)
    weights = [m.weight for m in models]
    result = []
    for index in range(CUSTOMER_COUNT):
        is_company = index in company_at
        contact = ""
        while True:
            name = _person_name(rng)
            if name not in used_names:
                break
        if is_company:
            contact, name = name, next(companies)
        used_names.add(name)
        while True:
            phone = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
            if phone not in used_phones:
                used_phones.add(phone)
                break
        if is_company:
            notes = f"联系人：{contact}。对公转账结算，需开增值税专用发票。"
        else:
            notes = rng.choice(_PERSON_NOTES) if rng.random() < 0.15 else ""
        count = 2 if is_company or rng.random() < 0.22 else 1
        cars = []
        for _ in range(count):
            model = rng.choices(models, weights)[0]
            cars.append(_make_car(rng, calendar, first_day, model, is_company, used_plates, used_vins))
        cars.sort(key=lambda c: c.bought)
        created = cars[0].bought - dt.timedelta(minutes=rng.randint(5, 40))
        result.append(_Customer(name=name, phone=phone, is_company=is_company, notes=notes, cars=cars, created=created))
    return result


def _make_car(
    rng: random.Random, calendar: _Calendar, first_day: dt.date, model: _Model, is_company: bool,
    used_plates: set[str], used_vins: set[str],
) -> _Car:
    # Younger cars are commoner at a 4S shop: they are still under warranty.
    days_owned = int(30 + (8 * 365 - 30) * rng.random() ** 1.8)
    bought_day = first_day - dt.timedelta(days=days_owned)
    model_year = bought_day.year + (1 if bought_day.month >= 9 and rng.random() < 0.5 else 0)
    while True:
        plate = _plate(rng, model.kind)
        if plate not in used_plates:
            used_plates.add(plate)
            break
    while True:
        body = (
            model.wmi + model.vds + "0" + _VIN_YEARS[(model_year - 1980) % 30] + model.plant
            + f"{rng.randrange(10**6):06d}"
        )
        vin = body[:8] + vin_check_digit(body) + body[9:]
        if vin not in used_vins:
            used_vins.add(vin)
            break
    km_per_day = rng.randint(60, 200) if is_company else rng.randint(15, 80)
    start_km = max(300, days_owned * km_per_day + rng.randint(-500, 500))
    known_km = max(0, start_km - rng.randint(100, min(4000, start_km)))
    bought = calendar.at(bought_day, dt.time(rng.randint(9, 16), rng.randrange(0, 60, 5)))
    return _Car(
        model=model, plate=plate, vin=vin, colour=rng.choice(_COLOURS), bought=bought,
        model_year=model_year, start_km=start_km, km_per_day=km_per_day, known_km=known_km,
        is_company=is_company,
    )


def _plate(rng: random.Random, kind: str) -> str:
    province, _, letters = rng.choices(_PROVINCES, [w for _, w, _ in _PROVINCES])[0]
    prefix = province + rng.choice(letters)
    if kind in ("ev", "phev"):
        # Small new-energy plates: D (battery) or F (hybrid), a letter or digit, four digits.
        second = rng.choice(_PLATE_LETTERS) if rng.random() < 0.4 else rng.choice("0123456789")
        return prefix + ("D" if kind == "ev" else "F") + second + f"{rng.randrange(10**4):04d}"
    return prefix + _plate_tail(rng, 5)


def _plate_tail(rng: random.Random, length: int) -> str:
    chars = [rng.choice("0123456789") for _ in range(length)]
    roll = rng.random()
    if roll < 0.35:
        chars[0] = rng.choice(_PLATE_LETTERS)
    elif roll < 0.5:
        chars[1] = rng.choice(_PLATE_LETTERS)
    elif roll < 0.6:
        chars[0], chars[1] = rng.choice(_PLATE_LETTERS), rng.choice(_PLATE_LETTERS)
    return "".join(chars)


def _add_customers(session: Session, clients: list[_Customer], people: _People) -> None:
    for number, client in enumerate(clients):
        advisor = people.advisors[number % len(people.advisors)]
        card = customers.create_customer(
            session, name=client.name, phone=client.phone, is_company=client.is_company,
            notes=client.notes, staff_id=advisor,
        )
        client.id = card.id
        for car in client.cars:
            vehicle = customers.add_vehicle(
                session, card.id, plate=car.plate, vin=car.vin, model=car.model.name,
                colour=car.colour, mileage=car.known_km, staff_id=advisor,
            )
            car.id = vehicle.id
            car.customer_id = card.id


# --- what each order asks for ---------------------------------------------------------------


def _compose(
    rng: random.Random, car: _Car, km: int, today: dt.date, *, quick: bool = False
) -> _Work:
    """The complaint and lines of one visit of ``car`` at ``km`` on the odometer."""
    best: _Work | None = None
    for _ in range(12):
        work = _compose_once(rng, car, km, today)
        if not quick or work.hours <= Decimal("1.5"):
            return work
        if best is None or work.hours < best.hours:
            best = work
    assert best is not None
    return best


def _compose_once(rng: random.Random, car: _Car, km: int, today: dt.date) -> _Work:
    factor = car.model.price_factor
    young = today.year - car.model_year <= 3
    due = car.last_service_km is None or km - car.last_service_km >= 5000
    labour: list[tuple[str, str, Decimal, str]] = []
    parts: list[tuple[str, str, Decimal, int, str]] = []

    def add(lines: Sequence[_Labour], items: Sequence[_Part], pay: str) -> bool:
        if len(labour) + len(lines) > 4 or len(parts) + len(items) > 5:
            return False
        labour.extend((code, name, Decimal(hours), pay) for code, name, hours in lines)
        parts.extend((pn, name, Decimal(q), _price(price, factor), pay) for pn, name, q, price in items)
        return True

    maintenance_km = None
    if due and rng.random() < 0.55:
        complaint, team = _maintenance(add, car, km)
        maintenance_km = km
    else:
        fits = "ev" if car.model.kind == "ev" else "ice"
        jobs = [j for j in _REPAIRS if j.fits in ("any", fits)]
        job = rng.choices(jobs, [j.weight for j in jobs])[0]
        pays = [p for p in job.pay if young or p[0] != "warranty"] or [("customer", 1)]
        pay = rng.choices([p for p, _ in pays], [w for _, w in pays])[0]
        add(job.labour, job.parts, pay)
        complaint, team = job.complaint, job.team
    if rng.random() < 0.28:
        extra = rng.choices(_ADD_ONS, [j.weight for j in _ADD_ONS])[0]
        if extra.complaint not in complaint and add(extra.labour, extra.parts, "customer"):
            complaint += "；" + extra.complaint
    if rng.random() < 0.3:
        add((_CAR_WASH,), (), "internal")
    return _Work(complaint=complaint, labour=labour, parts=parts, team=team, maintenance_km=maintenance_km)


def _maintenance(add: Callable[[Sequence[_Labour], Sequence[_Part], str], bool], car: _Car, km: int) -> tuple[str, str]:
    """Add the lines of the service due at ``km``; returns the complaint and the team."""
    if car.model.kind == "ev":
        step = max(1, round(km / 10000))
        add((("BY-07", "电动车三电系统检查", "0.5"),), (_WASHER_FLUID,), "customer")
        if step % 2 == 0:
            add((("BY-04", "更换空调滤芯", "0.3"),), (_CABIN_FILTER,), "customer")
        if step % 4 == 0:
            add((("BY-11", "更换电池冷却液", "1.0"),), (_EV_COOLANT,), "customer")
        if step % 3 == 0:
            add((("BY-06", "更换制动液", "0.8"),), (_BRAKE_FLUID,), "customer")
        return f"做 {step} 万公里常规保养", "快修组"
    if km < 7500 and car.last_service_km is None:
        add((("BY-01", "更换机油机滤", "0.5"), ("BY-02", "首保常规检查", "0.3")),
            (_OIL_FILTER, _OIL_4L, _DRAIN_WASHER), "warranty")
        return "做 5000 公里首保", "快修组"
    step = max(1, round(km / 10000))
    big = car.model.price_factor >= Decimal("1.2")
    add((("BY-01", "更换机油机滤", "0.5"),), (_OIL_FILTER, _OIL_4L, _OIL_1L if big else _DRAIN_WASHER), "customer")
    if step % 2 == 0:
        add((("BY-04", "更换空调滤芯", "0.3"),), (_CABIN_FILTER,), "customer")
    if step % 3 == 0:
        add((("BY-03", "更换空气滤芯", "0.3"),), (_AIR_FILTER,), "customer")
    if step % 6 == 0:
        add((("BY-05", "更换火花塞", "0.8"),), (_SPARK_PLUG,), "customer")
    if step % 4 == 0:
        add((("BY-06", "更换制动液", "0.8"),), (_BRAKE_FLUID,), "customer")
    if step % 2 == 1:
        add((("BY-09", "常规保养检查", "0.3"),), (), "customer")
    team = "快修组" if step < 6 else "机电一组"
    return f"做 {step} 万公里保养", team


def _price(yuan: str, factor: Decimal) -> int:
    """Unit price in fen: the list price times the model's factor, to the whole yuan when scaled."""
    amount = Decimal(yuan)
    if factor != 1:
        amount = (amount * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(amount * 100)


def _work_totals(work: _Work, rate_fen: int) -> int:
    """What the customer pays for ``work``, in fen, as the order's totals will say."""
    return compute_totals(
        ((multiply(rate_fen, hours), pay) for _, _, hours, pay in work.labour),
        ((multiply(price, quantity), pay) for _, _, quantity, price, pay in work.parts),
    ).customer_pays


def _payments(rng: random.Random, due: int, is_company: bool, at: dt.datetime, calendar: _Calendar) -> list[tuple[str, int, str]]:
    """One or two payments of different methods adding up to exactly ``due`` fen."""
    if due <= 0:
        return []
    methods = [m.value for m in PaymentMethod]
    weights = [1, 3, 4, 2, 6] if is_company else [2, 5, 7, 4, 1]
    first = rng.choices(methods, weights)[0]
    date = calendar.local(at).strftime("%Y%m%d")
    if due >= 30000 and rng.random() < 0.18:
        part = min(due - 100, max(100, (due * rng.randint(30, 70) // 100) // 10000 * 10000))
        second = rng.choice([m for m in methods if m not in (first, "transfer")])
        return [(first, part, _reference(rng, first, date)), (second, due - part, _reference(rng, second, date))]
    return [(first, due, _reference(rng, first, date))]


def _reference(rng: random.Random, method: str, date: str) -> str:
    if method == PaymentMethod.CASH.value:
        return ""
    if method == PaymentMethod.CARD.value:
        return f"{rng.randrange(10**12):012d}"
    if method == PaymentMethod.WECHAT.value:
        return f"42000{rng.randrange(10**5):05d}{date}{rng.randrange(10**10):010d}"
    if method == PaymentMethod.ALIPAY.value:
        return f"{date}2200{rng.randrange(10**16):016d}"
    return f"ZZ{date}{rng.randrange(10**6):06d}"


# --- planning the history -------------------------------------------------------------------


def _pick_cars(
    rng: random.Random, cars: list[_Car], count: int, day: dt.date, not_before: dt.datetime
) -> list[_Car]:
    """``count`` cars free on ``day`` that have not been in for a while, if there are enough."""
    for gap in (21, 14, 7, 3, 1):
        pool = [
            car for car in cars
            if (car.busy_until is None or car.busy_until < not_before)
            and (car.last_day is None or (day - car.last_day).days >= gap)
        ]
        if len(pool) >= count * 2 or gap == 1:
            return rng.sample(pool, min(count, len(pool)))
    return []


def _plan_history(
    rng: random.Random, calendar: _Calendar, people: _People, cars: list[_Car], first_day: dt.date,
    today: dt.date, rate_fen: int,
) -> tuple[list[_OrderPlan], list[_AppointmentPlan]]:
    """Sixty days of finished work, and two jobs from the last day still in the shop today."""
    plans: list[_OrderPlan] = []
    booked: list[_AppointmentPlan] = []
    today_start = calendar.at(today, dt.time(0))
    open_days = [
        first_day + dt.timedelta(days=n) for n in range(HISTORY_DAYS)
        if first_day + dt.timedelta(days=n) not in calendar.closed
    ]
    for day in open_days:
        opening = calendar.opening(day)
        count = rng.randint(8, 15)
        extra_no_show = 1 if rng.random() < 0.35 else 0
        extra_cancelled = 1 if rng.random() < 0.25 else 0
        chosen = _pick_cars(rng, cars, count + extra_no_show + extra_cancelled, day, opening)
        free = {a: calendar.slots(day, dt.time(16, 0)) for a in people.advisors}
        day_plans: list[_OrderPlan] = []
        for index, car in enumerate(chosen):
            advisor = rng.choice(people.advisors)
            km = car.km_on(day, first_day)
            work = _compose(rng, car, km, today)
            wants_slot = index >= count or rng.random() < 0.45
            appointment = None
            if wants_slot and free[advisor]:
                slot = free[advisor].pop(rng.randrange(len(free[advisor])))
                appointment = _appointment(rng, calendar, car, advisor, slot, work.complaint, work)
                booked.append(appointment)
                if index >= count:
                    _miss(rng, appointment, index - count < extra_no_show)
                    continue
                opened = max(opening + _minutes(rng, 1, 3), slot + dt.timedelta(minutes=rng.randint(-10, 20)))
            elif index >= count:
                continue
            else:
                hour = rng.triangular(8.6, 16.8, 9.6)
                opened = calendar.at(day, dt.time(int(hour), int(hour % 1 * 60), rng.randint(0, 59)))
            if appointment is not None:
                appointment.changed_at = opened
            day_plans.append(_OrderPlan(
                car=car, advisor=advisor, opened_at=opened, mileage=km, work=work, appointment=appointment,
            ))
        for plan in day_plans:
            _history_timeline(rng, calendar, people, plan, rate_fen, today_start)
            car = plan.car
            car.busy_until = plan.steps[-1].at
            car.last_day = day
            car.last_opened = plan.opened_at
            if plan.work.maintenance_km is not None and plan.status != S.CANCELLED.value:
                car.last_service_km = plan.work.maintenance_km
        plans.extend(day_plans)
    plans.extend(_carried_over(rng, calendar, people, cars, open_days[-1], first_day, today))
    plans.sort(key=lambda p: p.opened_at)
    return plans, booked


def _appointment(
    rng: random.Random, calendar: _Calendar, car: _Car, advisor: int, slot: dt.datetime, work: str,
    composed: _Work | None = None,
) -> _AppointmentPlan:
    day = calendar.day(slot) - dt.timedelta(days=rng.randint(1, 4))
    booked_at = calendar.at(day, dt.time(rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59)))
    reminded = composed is not None and composed.maintenance_km is not None and rng.random() < 0.6
    return _AppointmentPlan(
        car=car, advisor=advisor, slot=slot, booked_at=min(booked_at, slot - dt.timedelta(hours=2)),
        requested_work=work, source="active" if reminded else "passive", outcome="arrived",
    )


def _miss(rng: random.Random, appointment: _AppointmentPlan, no_show: bool) -> None:
    if no_show:
        appointment.outcome = AppointmentStatus.NO_SHOW.value
        appointment.changed_at = appointment.slot + dt.timedelta(hours=2)
        appointment.later_note = "客户未到店，电话未接通"
    else:
        appointment.outcome = AppointmentStatus.CANCELLED.value
        appointment.cancel_reason = rng.choice(_APPOINTMENT_CANCEL_REASONS)
        appointment.changed_at = appointment.booked_at + (appointment.slot - appointment.booked_at) / 2


def _history_timeline(
    rng: random.Random, calendar: _Calendar, people: _People, plan: _OrderPlan, rate_fen: int,
    limit: dt.datetime,
) -> None:
    """The status changes, payments and exit pass of one finished order."""
    work_minutes = int(plan.work.hours * 60)
    supervisor = people.supervisor
    steps: list[_Step] = []
    t = plan.opened_at
    if rng.random() < 0.04:
        if rng.random() < 0.5:
            t = calendar.advance(t, rng.randint(5, 25))
            steps.append(_Step(S.DISPATCHED.value, t, supervisor, f"派工：{plan.work.team}"))
        t = calendar.advance(t, rng.randint(10, 40))
        steps.append(_Step(S.CANCELLED.value, t, plan.advisor, rng.choice(_CANCEL_REASONS)))
        plan.promised_at = _round_up(calendar, plan.opened_at + dt.timedelta(minutes=work_minutes + 60))
        plan.steps = _squeeze(steps, plan.opened_at, calendar, limit)
        return
    t = calendar.advance(t, rng.randint(5, 30))
    steps.append(_Step(S.DISPATCHED.value, t, supervisor, f"派工：{plan.work.team}"))
    t = calendar.advance(t, rng.randint(5, 45))
    steps.append(_Step(S.IN_PROGRESS.value, t, supervisor))
    t = calendar.advance(t, max(10, int(work_minutes * rng.uniform(0.8, 1.25))))
    steps.append(_Step(S.QUALITY_CHECK.value, t, supervisor))
    if rng.random() < 0.05:
        t = calendar.advance(t, rng.randint(5, 15))
        steps.append(_Step(S.IN_PROGRESS.value, t, supervisor, rng.choice(_REWORK_REASONS)))
        t = calendar.advance(t, rng.randint(20, 60))
        steps.append(_Step(S.QUALITY_CHECK.value, t, supervisor))
    t = calendar.advance(t, rng.randint(5, 20))
    steps.append(_Step(S.READY.value, t, supervisor))
    ready = t
    pickup = ready + _minutes(rng, 10, 120)
    if pickup > calendar.closing(calendar.day(ready)):
        pickup = calendar.opening(calendar.next_open_day(calendar.day(ready))) + _minutes(rng, 5, 150)
    cashier = rng.choice(people.cashiers)
    steps.append(_Step(S.SETTLED.value, pickup, cashier))
    steps.append(_Step("exit", pickup + _minutes(rng, 0, 2), cashier))
    steps.append(_Step(S.RELEASED.value, steps[-1].at + _minutes(rng, 2, 15), people.gate))
    steps = _squeeze(steps, plan.opened_at, calendar, limit)
    slack = dt.timedelta(minutes=rng.randint(-50, -10) if rng.random() < 0.08 else rng.randint(10, 60))
    plan.promised_at = max(_round_up(calendar, ready + slack), _round_up(calendar, plan.opened_at + dt.timedelta(minutes=20)))
    plan.cashier = cashier
    settled = next(s for s in steps if s.status == S.SETTLED.value)
    exit_step = next(s for s in steps if s.status == "exit")
    plan.exit_issued = exit_step.at
    plan.exit_used = steps[-1].at
    plan.steps = [s for s in steps if s.status != "exit"]
    due = _work_totals(plan.work, rate_fen)
    plan.payments = _payments(rng, due, plan.car.is_company, settled.at, calendar)


def _squeeze(steps: list[_Step], opened: dt.datetime, calendar: _Calendar, limit: dt.datetime) -> list[_Step]:
    """Keep a job from the last days finished before today: spread its steps over its own day."""
    if steps[-1].at < limit:
        return steps
    end = min(limit - dt.timedelta(minutes=1), calendar.closing(calendar.day(opened)) + dt.timedelta(minutes=45))
    span = end - opened
    for position, step in enumerate(steps, start=1):
        step.at = opened + span * position / (len(steps) + 1)
    return steps


def _carried_over(
    rng: random.Random, calendar: _Calendar, people: _People, cars: list[_Car], day: dt.date,
    first_day: dt.date, today: dt.date,
) -> list[_OrderPlan]:
    """A bodywork job and a finished car from the last working day, still in the shop today."""
    result = []
    opening = calendar.opening(day)
    chosen = _pick_cars(rng, cars, 2, today, opening)
    for car, final in zip(chosen, (S.IN_PROGRESS, S.READY)):
        km = car.km_on(day, first_day)
        if final == S.IN_PROGRESS:
            job = next(j for j in _REPAIRS if j.complaint == "后保险杠撞裂，走保险")
            labour = [(c, n, Decimal(h), "insurance") for c, n, h in job.labour]
            parts = [(pn, n, Decimal(q), _price(p, car.model.price_factor), "insurance") for pn, n, q, p in job.parts]
            work = _Work(complaint=job.complaint, labour=labour, parts=parts, team=job.team)
            opened = calendar.at(day, dt.time(14, rng.randint(0, 40), rng.randint(0, 59)))
        else:
            work = _compose(rng, car, km, today)
            opened = calendar.at(day, dt.time(15, rng.randint(0, 40), rng.randint(0, 59)))
        plan = _OrderPlan(car=car, advisor=rng.choice(people.advisors), opened_at=opened, mileage=km, work=work)
        t = opened + _minutes(rng, 5, 20)
        plan.steps.append(_Step(S.DISPATCHED.value, t, people.supervisor, f"派工：{work.team}"))
        t += _minutes(rng, 5, 30)
        plan.steps.append(_Step(S.IN_PROGRESS.value, t, people.supervisor))
        if final == S.READY:
            t += _minutes(rng, 40, 70)
            plan.steps.append(_Step(S.QUALITY_CHECK.value, t, people.supervisor))
            t += _minutes(rng, 5, 15)
            plan.steps.append(_Step(S.READY.value, t, people.supervisor))
            plan.promised_at = _round_up(calendar, t + dt.timedelta(minutes=20))
        else:
            plan.promised_at = calendar.at(today, dt.time(16, 0))
        car.busy_until = calendar.at(today + dt.timedelta(days=2), dt.time(0))
        car.last_day = day
        car.last_opened = opened
        result.append(plan)
    return result


# --- planning the day of ``now`` -----------------------------------------------------------

_TODAY_TARGETS: tuple[tuple[OrderStatus, int, int], ...] = (
    (S.RELEASED, 3, 5),
    (S.SETTLED, 2, 3),
    (S.READY, 2, 3),
    (S.QUALITY_CHECK, 2, 3),
    (S.AWAITING_APPROVAL, 2, 2),
    (S.IN_PROGRESS, 2, 4),
    (S.DISPATCHED, 2, 3),
    (S.OPEN, 2, 3),
)
"""Statuses of the orders opened today, in the order they were opened (earliest furthest on)."""

_PATHS: dict[OrderStatus, tuple[str, ...]] = {
    S.OPEN: (),
    S.DISPATCHED: ("dispatched",),
    S.IN_PROGRESS: ("dispatched", "in_progress"),
    S.AWAITING_APPROVAL: ("dispatched", "in_progress", "awaiting_approval"),
    S.QUALITY_CHECK: ("dispatched", "in_progress", "quality_check"),
    S.READY: ("dispatched", "in_progress", "quality_check", "ready"),
    S.SETTLED: ("dispatched", "in_progress", "quality_check", "ready", "settled", "exit"),
    S.RELEASED: ("dispatched", "in_progress", "quality_check", "ready", "settled", "exit", "released"),
}


def _plan_today(
    rng: random.Random, calendar: _Calendar, people: _People, cars: list[_Car], first_day: dt.date,
    today: dt.date, now: dt.datetime, rate_fen: int,
) -> tuple[list[_OrderPlan], list[_AppointmentPlan]]:
    """Today's orders (each in a planned status by ``now``) and the appointments still to come."""
    opening, closing = calendar.opening(today), calendar.closing(today)
    end = min(now, closing)
    start = opening
    if end - start < dt.timedelta(minutes=90):
        start = max(calendar.at(today, dt.time(0)), end - dt.timedelta(minutes=90))
    start = min(start, end)
    targets = [status for status, low, high in _TODAY_TARGETS for _ in range(rng.randint(low, high))]
    targets.insert(rng.randrange(len(targets) // 2, len(targets)), S.CANCELLED)
    span = (end - start) * 0.85
    opened_times = sorted(start + span * rng.random() for _ in targets)
    chosen = _pick_cars(rng, cars, len(targets) + 8, today, start)
    free = {a: calendar.slots(today, dt.time(17, 30)) for a in people.advisors}
    plans: list[_OrderPlan] = []
    for status, opened, car in zip(targets, opened_times, chosen):
        advisor = rng.choice(people.advisors)
        km = car.km_on(today, first_day)
        quick = status in (S.RELEASED, S.SETTLED, S.READY)
        work = _compose(rng, car, km, today, quick=quick)
        plan = _OrderPlan(car=car, advisor=advisor, opened_at=opened, mileage=km, work=work)
        if rng.random() < 0.45:
            slot = _slot_before(free[advisor], opened + dt.timedelta(minutes=10), opened - dt.timedelta(minutes=40))
            if slot is not None:
                free[advisor].remove(slot)
                plan.appointment = _appointment(rng, calendar, car, advisor, slot, work.complaint, work)
                plan.appointment.changed_at = opened
        _today_timeline(rng, calendar, people, plan, status, end, rate_fen)
        plans.append(plan)
    _make_overdue(rng, plans, end)
    spare = chosen[len(targets):]
    waiting = _waiting_appointments(rng, calendar, people, spare, free, first_day, today, now)
    return plans, waiting


def _slot_before(slots: list[dt.datetime], latest: dt.datetime, earliest: dt.datetime) -> dt.datetime | None:
    fitting = [s for s in slots if earliest <= s <= latest]
    return fitting[-1] if fitting else None


def _today_timeline(
    rng: random.Random, calendar: _Calendar, people: _People, plan: _OrderPlan, status: OrderStatus,
    end: dt.datetime, rate_fen: int,
) -> None:
    if status == S.CANCELLED:
        path: tuple[str, ...] = ("dispatched", "cancelled") if rng.random() < 0.5 else ("cancelled",)
    else:
        path = _PATHS[status]
    last = max(plan.opened_at, end - dt.timedelta(minutes=2))
    times = sorted(plan.opened_at + (last - plan.opened_at) * rng.random() for _ in path)
    cashier = rng.choice(people.cashiers)
    for name, at in zip(path, times):
        if name == "cancelled":
            plan.steps.append(_Step(name, at, plan.advisor, rng.choice(_CANCEL_REASONS)))
        elif name == "dispatched":
            plan.steps.append(_Step(name, at, people.supervisor, f"派工：{plan.work.team}"))
        elif name in ("settled", "exit"):
            plan.steps.append(_Step(name, at, cashier))
        elif name == "released":
            plan.steps.append(_Step(name, at, people.gate))
        else:
            plan.steps.append(_Step(name, at, people.supervisor))
    plan.cashier = cashier
    if "settled" in path:
        settled_at = next(s.at for s in plan.steps if s.status == "settled")
        plan.payments = _payments(rng, _work_totals(plan.work, rate_fen), plan.car.is_company, settled_at, calendar)
    estimate = dt.timedelta(minutes=int(plan.work.hours * 60 * Decimal("1.2")) + 40)
    promised = _round_up(calendar, plan.opened_at + estimate)
    if promised > calendar.closing(calendar.day(plan.opened_at)):
        next_day = calendar.day(plan.opened_at) + dt.timedelta(days=1)
        promised = calendar.at(next_day, dt.time(rng.choice((10, 11, 14, 16)), 0))
    plan.promised_at = promised


def _make_overdue(rng: random.Random, plans: list[_OrderPlan], end: dt.datetime) -> None:
    """One car in the workshop and one in quality check promised for a time already past.

    ``end`` is ``now``, or closing time when ``now`` is after it: a promise is made for the
    shop's opening hours.
    """
    for status in (S.IN_PROGRESS, S.QUALITY_CHECK):
        candidates = [p for p in plans if p.status == status.value and end - p.opened_at >= dt.timedelta(minutes=20)]
        if candidates:
            plan = candidates[0]
            promised = plan.opened_at + (end - plan.opened_at) * rng.uniform(0.5, 0.8)
            promised = promised.replace(minute=promised.minute - promised.minute % 5, second=0, microsecond=0)
            plan.promised_at = max(promised, plan.opened_at + dt.timedelta(minutes=1))


def _waiting_appointments(
    rng: random.Random, calendar: _Calendar, people: _People, cars: list[_Car],
    free: dict[int, list[dt.datetime]], first_day: dt.date, today: dt.date, now: dt.datetime,
) -> list[_AppointmentPlan]:
    """Cars still expected: later today (or tomorrow when the day is nearly over), one running late."""
    result: list[_AppointmentPlan] = []
    cars = list(cars)
    # One that was called off: its slot is free again, but not for the others booked before.
    first = people.advisors[0]
    if cars and free[first]:
        slot = free[first].pop()
        car = cars.pop()
        plan = _appointment(rng, calendar, car, first, slot, "做常规保养")
        plan.booked_at = min(plan.booked_at, now - dt.timedelta(hours=3))
        plan.outcome = AppointmentStatus.CANCELLED.value
        plan.cancel_reason = rng.choice(_APPOINTMENT_CANCEL_REASONS)
        plan.changed_at = min(now, plan.booked_at + dt.timedelta(hours=2))
        result.append(plan)
    later = {a: [s for s in free[a] if s >= now + dt.timedelta(minutes=5)] for a in people.advisors}
    if sum(min(2, len(s)) for s in later.values()) < 3:
        tomorrow = today + dt.timedelta(days=1)
        later = {a: calendar.slots(tomorrow, dt.time(16, 0)) for a in people.advisors}
    for advisor in people.advisors:
        slots = later[advisor]
        picks = sorted(rng.sample(slots, min(len(slots), 2)))
        for slot in picks:
            if not cars:
                break
            car = cars.pop()
            km = car.km_on(calendar.day(slot), first_day)
            work = _compose(rng, car, km, today)
            plan = _appointment(rng, calendar, car, advisor, slot, work.complaint, work)
            plan.booked_at = min(plan.booked_at, now - _minutes(rng, 5, 120))
            plan.outcome = AppointmentStatus.BOOKED.value
            result.append(plan)
    # A customer who phoned to say they will be late; on the board until they arrive.
    if calendar.opening(today) + dt.timedelta(minutes=20) <= now < calendar.closing(today) and cars:
        first = rng.randrange(len(people.advisors))
        for advisor in people.advisors[first:] + people.advisors[:first]:  # the first with a slot left
            slot = _slot_before(free[advisor], now - dt.timedelta(minutes=15), now - dt.timedelta(minutes=75))
            if slot is not None:
                break
        if slot is not None:
            free[advisor].remove(slot)
            car = cars.pop()
            work = _compose(rng, car, car.km_on(today, first_day), today)
            plan = _appointment(rng, calendar, car, advisor, slot, work.complaint, work)
            plan.outcome = AppointmentStatus.BOOKED.value
            plan.later_note = "客户来电：路上堵车，晚到半小时"
            plan.changed_at = slot + _minutes(rng, 0, 10)
            result.append(plan)
    return result


# --- writing --------------------------------------------------------------------------------


def _book(session: Session, plans: list[_AppointmentPlan]) -> None:
    """Book every appointment through the service, in the order they were booked."""
    for plan in sorted(plans, key=lambda p: p.booked_at):
        local = plan.slot.astimezone(shop.shop_zone(session))
        row = appointments.book(
            session, vehicle_id=plan.car.id, advisor_id=plan.advisor, day=local.date(), time=local.time(),
            requested_work=plan.requested_work, source=plan.source,
            staff_id=plan.advisor, now=plan.booked_at,
        )
        plan.number = row.number


def _write_history(
    session: Session, plans: list[_OrderPlan], booked: list[_AppointmentPlan], rate_fen: int
) -> None:
    """The history as rows, built as the services build them, in one flush."""
    for plan in plans:  # sorted by opened_at: numbers follow the order the documents were made
        plan.number = next_number(session, "repair_order", plan.opened_at)
    issued = sorted(((p.exit_issued, n, p) for n, p in enumerate(plans) if p.exit_issued is not None), key=lambda e: e[:2])
    for at, _, plan in issued:
        plan.exit_number = next_number(session, "exit_pass", at)
    by_number = {
        a.number: a for a in session.scalars(select(Appointment).where(Appointment.number.in_([b.number for b in booked])))
    }
    for appointment in booked:
        if appointment.outcome == AppointmentStatus.CANCELLED.value:
            appointments.cancel(session, appointment.number, reason=appointment.cancel_reason, staff_id=appointment.advisor)
        elif appointment.outcome == AppointmentStatus.NO_SHOW.value:
            row = by_number[appointment.number]
            row.status = AppointmentStatus.NO_SHOW.value
            row.notes = (row.notes + "\n" + appointment.later_note).strip()
            row.updated_by_id = appointment.advisor
            row.updated_at = appointment.changed_at or appointment.slot
    vehicles = {v.id: v for v in session.scalars(select(Vehicle))}
    for plan in plans:
        order = RepairOrder(
            number=plan.number,
            customer_id=plan.car.customer_id,
            vehicle_id=plan.car.id,
            advisor_id=plan.advisor,
            appointment_id=by_number[plan.appointment.number].id if plan.appointment else None,
            status=plan.status,
            opened_at=plan.opened_at,
            promised_at=plan.promised_at,
            mileage=plan.mileage,
            complaint=plan.work.complaint,
        )
        order.status_changes.append(
            StatusChange(from_status=None, to_status=S.OPEN.value, at=plan.opened_at, staff_id=plan.advisor)
        )
        for code, name, hours, pay in plan.work.labour:
            order.labour_lines.append(LabourLine(
                code=code, name=name, hours_centi=int(hours * 100), rate_fen=rate_fen,
                amount_fen=multiply(rate_fen, hours), pay_type=pay,
            ))
        for part_number, name, quantity, price, pay in plan.work.parts:
            order.part_lines.append(PartLine(
                part_number=part_number, name=name, quantity_milli=int(quantity * 1000),
                unit_price_fen=price, amount_fen=multiply(price, quantity), pay_type=pay,
            ))
        previous = S.OPEN.value
        for step in plan.steps:
            order.status_changes.append(StatusChange(
                from_status=previous, to_status=step.status, at=step.at, staff_id=step.staff, reason=step.reason,
            ))
            previous = step.status
            if step.status == S.CANCELLED.value:
                order.cancel_reason = step.reason
            elif step.status == S.SETTLED.value:
                order.settled_at = step.at
            elif step.status == S.RELEASED.value:
                order.released_at = step.at
        order.updated_at, order.updated_by_id = plan.last_change
        session.add(order)
        if plan.payments:
            at = order.settled_at
            for method, amount, reference in plan.payments:
                session.add(Payment(order=order, method=method, amount_fen=amount, reference=reference, at=at, staff_id=plan.cashier))
        if plan.exit_issued is not None:
            session.add(ExitPass(
                number=plan.exit_number, order=order, issued_at=plan.exit_issued, issued_by_id=plan.cashier,
                valid_until=plan.exit_issued + EXIT_PASS_VALID, used_at=plan.exit_used,
                used_by_id=plan.steps[-1].staff, plate=vehicles[plan.car.id].plate,
            ))
        if plan.appointment is not None:
            row = by_number[plan.appointment.number]
            row.status = AppointmentStatus.ARRIVED.value
            row.updated_by_id = plan.advisor
            row.updated_at = plan.opened_at
        vehicle = vehicles[plan.car.id]
        if vehicle.last_mileage is None or plan.mileage > vehicle.last_mileage:
            vehicle.last_mileage = plan.mileage
    session.flush()


def _run_today(session: Session, plans: list[_OrderPlan]) -> None:
    """Today's work through the services, every action in the order it happened."""
    events: list[tuple[dt.datetime, int, _OrderPlan, _Step | None]] = []
    for plan in plans:
        events.append((plan.opened_at, len(events), plan, None))
        for step in plan.steps:
            events.append((step.at, len(events), plan, step))
    events.sort(key=lambda e: (e[0], e[1]))
    for at, _, plan, step in events:
        if step is None:
            _open_today(session, plan)
        elif step.status == S.SETTLED.value:
            demo_settlement.settle_today(session, plan.number, plan.payments, staff_id=step.staff, now=at)
        elif step.status == "exit":
            plan.exit_number = demo_gate.demo_issue(session, plan.number, staff_id=step.staff, at=at)  # QR content
        elif step.status == S.RELEASED.value:
            demo_gate.demo_let_out(session, plan.exit_number, staff_id=step.staff, at=at)
        else:
            if step.status == S.READY.value:  # 质检 by the supervisor and the advisor's delivery check first
                demo_checks.checks_before_ready(session, plan.number, inspector_id=step.staff, staff_id=plan.advisor, now=at)
            orders.move_status(session, plan.number, step.status, reason=step.reason, staff_id=step.staff, now=at)
    for plan in plans:
        plan.steps = [s for s in plan.steps if s.status != "exit"]


def _open_today(session: Session, plan: _OrderPlan) -> None:
    detail = orders.open_order(
        session, vehicle_id=plan.car.id, advisor_id=plan.advisor, mileage=plan.mileage,
        complaint=plan.work.complaint, promised_at=plan.promised_at,
        appointment_number=plan.appointment.number if plan.appointment else None,
        staff_id=plan.advisor, now=plan.opened_at,
    )
    plan.number = detail.number
    for code, name, hours, pay in plan.work.labour:
        orders.add_labour_line(session, plan.number, name=name, hours=hours, pay_type=pay, code=code, staff_id=plan.advisor)
    for part_number, name, quantity, price, pay in plan.work.parts:
        orders.add_part_line(
            session, plan.number, name=name, quantity=quantity, unit_price=format_yuan(price), pay_type=pay,
            part_number=part_number, staff_id=plan.advisor,
        )
    plan.car.last_opened = plan.opened_at


def _update_waiting(session: Session, plans: list[_AppointmentPlan]) -> None:
    """Today's call-offs through the service, and the note of the customer running late."""
    for plan in plans:
        if plan.outcome == AppointmentStatus.CANCELLED.value:
            appointments.cancel(session, plan.number, reason=plan.cancel_reason, staff_id=plan.advisor)
        elif plan.later_note:
            row = appointments.get(session, plan.number)
            row.notes = (row.notes + "\n" + plan.later_note).strip()
            row.updated_by_id = plan.advisor
    session.flush()


def _set_times(
    session: Session, staff_since: dict[int, dt.datetime], clients: list[_Customer],
    all_appointments: list[_AppointmentPlan], todays: list[_OrderPlan], origin: dt.datetime,
) -> None:
    """Give rows written through the services the simulated times instead of the computer's clock."""
    session.flush()
    connection = session.connection()

    def stamp(table: Any, columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        statement = (
            table.update()
            .where(table.c.id == bindparam("row_id"))
            .values({c: bindparam(f"new_{c}", type_=UTCDateTime()) for c in columns})
        )
        connection.execute(statement, rows)

    stamp(Staff.__table__, ["created_at"], [{"row_id": i, "new_created_at": t} for i, t in staff_since.items()])
    stamp(ShopSettings.__table__, ["updated_at"], [
        {"row_id": row_id, "new_updated_at": origin - dt.timedelta(days=30)}
        for row_id in session.scalars(select(ShopSettings.id))
    ])
    stamp(Customer.__table__, ["created_at", "updated_at"], [
        {"row_id": c.id, "new_created_at": c.created, "new_updated_at": c.created} for c in clients
    ])
    stamp(Vehicle.__table__, ["created_at", "updated_at"], [
        {"row_id": car.id, "new_created_at": car.bought, "new_updated_at": car.last_opened or car.bought}
        for client in clients for car in client.cars
    ])
    stamp(Appointment.__table__, ["created_at", "updated_at"], [
        {"row_id": row_id, "new_created_at": plan.booked_at, "new_updated_at": plan.changed_at or plan.booked_at}
        for plan, row_id in zip(all_appointments, _ids(session, Appointment, [p.number for p in all_appointments]))
    ])
    stamp(RepairOrder.__table__, ["updated_at"], [
        {"row_id": row_id, "new_updated_at": plan.last_change[0]}
        for plan, row_id in zip(todays, _ids(session, RepairOrder, [p.number for p in todays]))
    ])
    session.expire_all()


def _ids(session: Session, model: Any, numbers: list[str]) -> list[int]:
    found = dict(session.execute(select(model.number, model.id).where(model.number.in_(numbers))).all())
    return [found[n] for n in numbers]


def _summary(session: Session, calendar: _Calendar, today: dt.date, first_day: dt.date) -> DemoSummary:
    start, end = shop.day_bounds(session, today)
    tomorrow_end = shop.day_bounds(session, today + dt.timedelta(days=1))[1]

    def count(model: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    by_status = dict(
        session.execute(
            select(RepairOrder.status, func.count())
            .where(RepairOrder.opened_at >= start, RepairOrder.opened_at < end)
            .group_by(RepairOrder.status)
        ).all()
    )
    oldest = session.scalar(select(func.min(RepairOrder.opened_at)))
    board = [s.value for s in (S.OPEN, S.DISPATCHED, S.IN_PROGRESS, S.AWAITING_APPROVAL, S.QUALITY_CHECK, S.READY, S.SETTLED)]
    return DemoSummary(
        day=today,
        first_day=calendar.day(oldest) if oldest is not None else first_day,
        staff=count(Staff),
        teams=count(Team),
        customers=count(Customer),
        vehicles=count(Vehicle),
        appointments=count(Appointment),
        appointments_waiting=count(
            Appointment, Appointment.status == AppointmentStatus.BOOKED.value,
            Appointment.slot_start >= start, Appointment.slot_start < tomorrow_end,
        ),
        orders=count(RepairOrder),
        orders_today=sum(by_status.values()),
        today_by_status=tuple((s.value, int(by_status.get(s.value, 0))) for s in OrderStatus),
        in_shop=count(RepairOrder, RepairOrder.status.in_(board)),
        payments=count(Payment),
        exit_passes=count(ExitPass),
    )
