"""The frozen data behind the check-in sheet (接车登记表): what :mod:`desk.printing.checkin_sheet`
renders. Plain dataclasses and the closed lists of mark kinds and valuables' handling; no database
here, so printing imports it without SQLAlchemy. Taking and storing a copy is
:mod:`desk.services.checkin_documents`.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from desk.services.snapshots import ShopHeader

MARK_KINDS: dict[str, str] = {
    "scratch": "划痕",
    "dent": "凹陷",
    "crack": "裂纹",
    "chip": "掉漆",
    "other": "其他",
}
"""Kinds of damage mark, code name → Chinese name, in the order they are offered."""

HANDLINGS: dict[str, str] = {
    "returned": "已当场交还客户",
    "kept": "经客户同意留车保管",
}
"""What happened to a valuable found in the car."""


@dataclass(frozen=True)
class PrintedCheckItem:
    group: str
    label: str
    ok: bool | None
    note: str


@dataclass(frozen=True)
class PrintedMark:
    number: int
    kind: str
    """Code name: ``scratch``, ``dent``, ``crack``, ``chip`` or ``other``."""
    kind_name: str
    x: float
    y: float
    """Place in 0–1 of the car drawing's width and height, 0, 0 at the top left."""
    note: str
    photos: int


@dataclass(frozen=True)
class PrintedValuable:
    item: str
    handling: str
    handling_name: str


@dataclass(frozen=True)
class CheckinSnapshot:
    """Everything printed on the check-in sheet, as it stood when it was taken."""

    shop: ShopHeader
    inspection_id: int
    revision: int
    number: str
    """The repair order's number, or ``接车-<id>`` before an order exists."""
    order_number: str
    appointment_number: str
    advisor: str
    customer_name: str
    customer_phone: str
    plate: str
    vin: str
    model: str
    colour: str
    arrived_at: str
    mileage: str
    mileage_reason: str
    fuel_eighths: int | None
    keys: int | None
    first_service: bool
    checklist: tuple[PrintedCheckItem, ...]
    marks: tuple[PrintedMark, ...]
    valuables: tuple[PrintedValuable, ...]
    complaints: tuple[str, ...]
    signature_png: bytes | None
    signed_at: str
    draft: bool
    taken_at: str

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        data["signature_png"] = base64.b64encode(self.signature_png).decode("ascii") if self.signature_png else None
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CheckinSnapshot:
        data: dict[str, Any] = json.loads(text)
        data["shop"] = ShopHeader(**data["shop"])
        data["checklist"] = tuple(PrintedCheckItem(**x) for x in data["checklist"])
        data["marks"] = tuple(PrintedMark(**x) for x in data["marks"])
        data["valuables"] = tuple(PrintedValuable(**x) for x in data["valuables"])
        data["complaints"] = tuple(data["complaints"])
        data["signature_png"] = base64.b64decode(data["signature_png"]) if data["signature_png"] else None
        return cls(**data)


