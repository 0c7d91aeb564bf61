"""The demo shop's catalogues: a few hundred parts and labour operations, and service packages
(首保, 1 万 / 2 万 / 4 万公里保养) for each model family the demo's cars belong to.

Every code the demo's orders use is in the catalogue with the same name, so searching finds what
the history holds. Written as model objects in one flush, like the rest of the demo. Some parts
are out of stock on purpose so the editor's stock warning can be seen.
"""

from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy.orm import Session

from desk.models import LabourOperation, PackageLabour, PackagePart, Part, ServicePackage
from desk.services import demo
from desk.services.money import to_fen

# Labour operations the demo's maintenance uses (written inline in demo._maintenance).
_MAINTENANCE_LABOUR = (
    ("BY-01", "更换机油机滤", "0.5"), ("BY-02", "首保常规检查", "0.3"), ("BY-03", "更换空气滤芯", "0.3"),
    ("BY-04", "更换空调滤芯", "0.3"), ("BY-05", "更换火花塞", "0.8"), ("BY-06", "更换制动液", "0.8"),
    ("BY-07", "电动车三电系统检查", "0.5"), ("BY-09", "常规保养检查", "0.3"), ("BY-11", "更换电池冷却液", "1.0"),
)

_GENERAL_LABOUR = {
    ("JD", "机电"): (
        "电脑诊断检测", "检查发动机故障灯", "更换发电机", "更换起动机", "更换水泵", "更换节温器", "更换正时皮带",
        "更换发电机皮带", "清洗节气门", "清洗喷油嘴", "更换点火线圈", "更换蓄电池", "更换前减震器",
        "更换后减震器", "更换前下摆臂", "更换转向拉杆球头", "更换前轮轴承", "更换后轮轴承", "更换传动轴",
        "更换离合器片", "更换变速箱油", "更换防冻液", "更换转向助力油", "更换雨刮电机", "更换大灯总成",
        "更换尾灯总成", "更换玻璃升降器", "更换门锁电机", "更换空调压缩机", "更换冷凝器", "更换鼓风机",
        "更换氧传感器", "更换三元催化器", "更换排气管吊胶", "更换发动机脚垫", "更换油底壳垫", "更换气门室盖垫",
        "清洗进气道积碳", "更换前刹车盘", "更换后刹车盘", "更换手刹拉线", "更换轮胎（单条）", "轮胎动平衡",
        "补胎", "更换空调膨胀阀", "检查电路故障", "更换喇叭", "更换倒车雷达探头", "升级车机软件",
    ),
    ("DD", "电动车"): (
        "动力电池绝缘检测", "更换充电口总成", "更换车载充电机", "电驱系统检测", "更换12V蓄电池",
        "更换电子水泵", "热管理系统检测", "电池包均衡维护",
    ),
}

_BODY_PANELS = (
    "前保险杠", "后保险杠", "引擎盖", "左前翼子板", "右前翼子板", "左前门", "右前门", "左后门", "右后门",
    "左后翼子板", "右后翼子板", "后备箱盖", "车顶", "左侧裙", "右侧裙",
)

# (suffix, name, base price in yuan, unit) of parts made for each model.
_MODEL_PARTS = (
    ("FL01", "机油滤清器", "58", "个"), ("FL02", "空气滤清器", "98", "个"), ("FL03", "空调滤清器", "128", "个"),
    ("BP01", "前刹车片(套)", "580", "套"), ("BP02", "后刹车片(套)", "460", "套"), ("BD01", "前刹车盘", "620", "个"),
    ("BD02", "后刹车盘", "520", "个"), ("WB01", "雨刮片(对)", "168", "对"), ("SP01", "火花塞", "65", "个"),
    ("BT01", "发电机皮带", "185", "条"), ("SA01", "前减震器", "980", "个"), ("SA02", "后减震器", "760", "个"),
    ("HL01", "左大灯总成", "2680", "个"), ("TL01", "左尾灯总成", "1180", "个"), ("BB01", "前保险杠皮", "1480", "个"),
    ("BB02", "后保险杠皮", "1280", "个"), ("MR01", "右后视镜总成", "860", "个"), ("WP01", "水泵总成", "720", "个"),
)


def _family(model_name: str) -> str:
    """``大众 帕萨特 330TSI`` → ``帕萨特``; the second word names the family."""
    words = model_name.split()
    return words[1] if len(words) > 1 else model_name


def add_demo_catalogue(session: Session, *, seed: int = 1) -> tuple[int, int, int]:
    """Fill the catalogues; returns the numbers of labour operations, parts and packages."""
    rng = random.Random(seed * 7919 + 5)
    operations: dict[str, LabourOperation] = {}
    parts: dict[str, Part] = {}

    def operation(code: str, name: str, hours: str, team: str) -> None:
        if code not in operations:
            operations[code] = LabourOperation(
                code=code, name=name, standard_hours_centi=int(Decimal(hours) * 100), team=team, active=True,
            )

    def part(number: str, name: str, price: str, unit: str = "个") -> None:
        if number not in parts:
            stock = 0 if rng.random() < 0.12 else rng.randint(1, 40)
            parts[number] = Part(
                part_number=number, name=name, unit=unit, price_fen=to_fen(price), stock_milli=stock * 1000,
                bin_location=f"{rng.choice('ABCDEF')}-{rng.randint(1, 12):02d}-{rng.randint(1, 6):02d}",
                active=True,
            )

    # What the demo's orders use, first, so their names win.
    for job in demo._REPAIRS + demo._ADD_ONS:
        team = "钣喷" if "钣喷" in job.team else "机电"
        for code, name, hours in job.labour:
            operation(code, name, hours, team)
        for number, name, _quantity, price in job.parts:
            part(number, name, price)
    for code, name, hours in _MAINTENANCE_LABOUR + (demo._CAR_WASH,):
        operation(code, name, hours, "机电")
    for item in (demo._OIL_FILTER, demo._OIL_4L, demo._OIL_1L, demo._DRAIN_WASHER, demo._CABIN_FILTER,
                 demo._AIR_FILTER, demo._SPARK_PLUG, demo._BRAKE_FLUID, demo._WASHER_FLUID, demo._EV_COOLANT):
        part(item[0], item[1], item[3])

    for (prefix, team), names in _GENERAL_LABOUR.items():
        for index, name in enumerate(names, start=1):
            operation(f"{prefix}-{index:03d}", name, str(Decimal(rng.randint(3, 30)) / 10), team)
    for index, panel in enumerate(_BODY_PANELS, start=1):
        operation(f"BJ-{index:03d}", f"{panel}钣金修复", str(Decimal(rng.randint(10, 30)) / 10), "钣喷")
        operation(f"PQ-{index:03d}", f"{panel}喷漆", str(Decimal(rng.randint(20, 35)) / 10), "钣喷")
        operation(f"CZ-{index:03d}", f"{panel}拆装", str(Decimal(rng.randint(5, 15)) / 10), "钣喷")

    families: dict[str, demo._Model] = {}
    for model in demo._MODELS:
        families.setdefault(_family(model.name), model)
        for suffix, name, price, unit in _MODEL_PARTS:
            if model.kind == "ev" and suffix in ("FL01", "FL02", "SP01", "BT01"):
                continue
            amount = (Decimal(price) * model.price_factor).quantize(Decimal(1))
            part(f"{model.vds}-{suffix}", f"{_family(model.name)} {name}", str(amount), unit)

    session.add_all(list(operations.values()) + list(parts.values()))
    session.flush()

    packages: list[ServicePackage] = []
    for index, (family, model) in enumerate(families.items(), start=1):
        own = f"{model.vds}-"
        if model.kind == "ev":
            plans = [
                ("EV1", "常规保养", 12, 20000, ["BY-07"], [("WS-0002", "1")]),
                ("EV4", "4 万公里保养", 24, 40000, ["BY-07", "BY-04", "BY-11", "BY-06"],
                 [(own + "FL03", "1"), ("CL-EV-1", "4"), ("BF-DOT4-1", "1"), ("WS-0002", "1")]),
            ]
        else:
            oil = [(own + "FL01", "1"), ("OL-5W30-4", "1"), ("DR-0012", "1")]
            plans = [
                ("SB", "首保", 6, 5000, ["BY-01", "BY-02"], oil),
                ("1W", "1 万公里保养", 12, 10000, ["BY-01", "BY-09"], oil),
                ("2W", "2 万公里保养", 24, 20000, ["BY-01", "BY-04", "BY-03"], oil + [(own + "FL03", "1"), (own + "FL02", "1")]),
                ("4W", "4 万公里保养", 48, 40000, ["BY-01", "BY-04", "BY-03", "BY-05", "BY-06"],
                 oil + [(own + "FL03", "1"), (own + "FL02", "1"), (own + "SP01", "4"), ("BF-DOT4-1", "1")]),
            ]
        for suffix, title, months, km, labour, items in plans:
            packages.append(ServicePackage(
                code=f"PK{index:02d}-{suffix}", name=f"{family} {title}", model_family=family,
                interval_months=months, interval_km=km, active=True,
                labour=[PackageLabour(operation=operations[c], hours_centi=operations[c].standard_hours_centi)
                        for c in labour],
                parts=[PackagePart(part=parts[n], quantity_milli=int(Decimal(q) * 1000)) for n, q in items],
            ))
    session.add_all(packages)
    session.flush()
    return len(operations), len(parts), len(packages)
