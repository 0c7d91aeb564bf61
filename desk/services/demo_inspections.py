"""Demo walk-arounds: every repair order of the demo shop gets the signed inspection it was opened from.

Each order gets revision 1 of an inspection signed a few minutes before the order was opened:
the default checklist (mostly OK, now and then a problem with a note), fuel and keys, the order's
complaint as the customer's words, sometimes a valuable, one to four damage marks at believable
places of the car drawing, and the customer's signature — one per customer, drawn with Pillow
(services do not use Qt), so the check-in sheet prints for every order.

Rows are written in bulk (several hundred orders) and everything is drawn from its own
``random.Random``, so the same seed gives the same inspections and the rest of the demo is not
changed by them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import random
import uuid

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desk.models import Customer, DamageMark, Inspection, RepairOrder
from desk.services.checklist import DEFAULT_TEMPLATE, FIRST_SERVICE

SPOTS: tuple[tuple[str, float, float, str], ...] = (
    ("scratch", 0.43, 0.19, "左前门 划痕约 10 cm"),
    ("dent", 0.60, 0.20, "左后门 轻微凹陷"),
    ("chip", 0.18, 0.20, "左前翼子板 掉漆"),
    ("scratch", 0.875, 0.47, "前保险杠 擦痕"),
    ("scratch", 0.125, 0.45, "后保险杠 划痕"),
    ("crack", 0.67, 0.44, "前挡风玻璃 石子裂纹"),
    ("dent", 0.46, 0.52, "车顶 小凹坑"),
    ("scratch", 0.57, 0.87, "右前门 划痕"),
    ("other", 0.23, 0.92, "右后轮毂 刮花"),
    ("chip", 0.655, 0.68, "右后视镜 掉漆"),
    ("dent", 0.80, 0.86, "右前翼子板 凹陷"),
)
PROBLEMS: dict[str, tuple[str, ...]] = {
    "wheels": ("左前轮胎纹较浅，建议更换", "右后轮胎侧面有鼓包"),
    "lights": ("左后刹车灯不亮", "右前雾灯不亮"),
    "glass": ("前挡风玻璃有石子小坑",),
    "warning_lights": ("发动机故障灯亮", "胎压报警灯亮"),
    "air_conditioning": ("空调制冷效果差",),
    "seats_trim": ("驾驶座侧面皮面磨损",),
    "spare_tools": ("备胎气压不足",),
    "radio_screen": ("中控屏偶尔黑屏",),
}
VALUABLES = ("行车记录仪存储卡", "墨镜", "现金若干", "充电宝", "雨伞", "儿童安全座椅")


def signature_png(name: str, seed: int) -> bytes:
    """A handwritten-looking signature for ``name``: smooth strokes in blue-black ink, as PNG."""
    from PIL import Image, ImageDraw

    rng = random.Random(f"{seed}:{name}")
    width, height = 480, 160
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    ink = (20, 30, 80, 255)
    strokes = max(2, min(len(name), 4))
    x = 30.0
    for _ in range(strokes):
        span = rng.uniform(70, 110)
        points = []
        phase = rng.uniform(0, math.pi)
        loops = rng.uniform(2.0, 3.5)
        for step in range(60):
            t = step / 59
            px = x + t * span + 14 * math.sin(t * loops * 2 * math.pi + phase)
            py = height / 2 + 38 * math.sin(t * loops * math.pi + phase) * (1 - 0.5 * t) + rng.uniform(-1.5, 1.5)
            points.append((px, py))
        draw.line(points, fill=ink, width=4, joint="curve")
        x += span + rng.uniform(10, 25)
    draw.line([(30, height - 28), (min(x, width - 20), height - 34)], fill=ink, width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def add_demo_inspections(session: Session, *, seed: int = 1) -> int:
    """A signed inspection with a few marks for every repair order; returns how many."""
    rng = random.Random(f"inspections:{seed}")
    session.flush()
    rows = session.execute(
        select(
            RepairOrder.id, RepairOrder.customer_id, RepairOrder.vehicle_id, RepairOrder.appointment_id,
            RepairOrder.advisor_id, RepairOrder.mileage, RepairOrder.mileage_reason, RepairOrder.complaint,
            RepairOrder.opened_at, Customer.name,
        )
        .join(Customer, Customer.id == RepairOrder.customer_id)
        .order_by(RepairOrder.id)
    ).all()
    signatures: dict[int, bytes] = {}
    inspections = []
    planned_marks = []
    for order_id, customer_id, vehicle_id, appointment_id, advisor_id, mileage, reason, complaint, opened, name in rows:
        if customer_id not in signatures:
            signatures[customer_id] = signature_png(name, seed)
        first_service = "首保" in complaint
        items = []
        for group, item in DEFAULT_TEMPLATE.items():
            ok: bool | None = True
            note = ""
            if item.when == FIRST_SERVICE and not first_service:
                ok = None
            elif item.key in PROBLEMS and rng.random() < 0.08:
                ok, note = False, rng.choice(PROBLEMS[item.key])
            items.append({"key": item.key, "label": item.label, "group": group, "when": item.when, "ok": ok, "note": note})
        valuables = []
        if rng.random() < 0.25:
            valuables.append({"item": rng.choice(VALUABLES), "handling": rng.choice(("returned", "returned", "kept"))})
        signed = opened - dt.timedelta(minutes=rng.randint(2, 6))
        started = signed - dt.timedelta(minutes=rng.randint(8, 15))
        inspections.append({
            "intake_key": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "revision": 1,
            "previous_id": None,
            "customer_id": customer_id,
            "vehicle_id": vehicle_id,
            "appointment_id": appointment_id,
            "order_id": order_id,
            "advisor_id": advisor_id,
            "mileage": mileage,
            "mileage_reason": reason,
            "fuel_eighths": rng.randint(1, 8),
            "keys": rng.choice((1, 2, 2, 2)),
            "complaints": complaint,
            "checklist": json.dumps(items, ensure_ascii=False),
            "valuables": json.dumps(valuables, ensure_ascii=False),
            "first_service": first_service,
            "signature_png": signatures[customer_id],
            "signed_at": signed,
            "created_at": started,
            "updated_at": signed,
            "updated_by_id": advisor_id,
            "version": 1,
        })
        planned_marks.append(rng.sample(SPOTS, rng.randint(1, 4)))
    if not inspections:
        return 0
    session.execute(insert(Inspection), inspections)
    ids = dict(session.execute(select(Inspection.order_id, Inspection.id).where(Inspection.revision == 1)).all())
    marks = []
    for row, spots in zip(rows, planned_marks):
        for position, (kind, x, y, note) in enumerate(spots, 1):
            marks.append({
                "inspection_id": ids[row[0]], "position": position, "kind": kind,
                "x": round(x + rng.uniform(-0.012, 0.012), 4), "y": round(y + rng.uniform(-0.012, 0.012), 4),
                "note": note,
            })
    session.execute(insert(DamageMark), marks)
    return len(inspections)
