"""Frozen copies of printed documents.

A printed document is rendered from one of these, never from live rows, and the copy is stored so
that a reprint shows exactly what the customer signed. Amounts are strings such as ``"1234.50"``
(yuan, two decimals, no separators); times are shop-local strings such as ``"2026-11-23 09:30"``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ShopHeader:
    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class PrintedLabourLine:
    code: str
    name: str
    hours: str
    rate: str
    amount: str
    pay_type: str
    """Code name of the pay type: ``customer``, ``warranty``, ``insurance`` or ``internal``."""
    discount: str = ""
    """``"10%"``; empty when there is no discount (and in copies stored before discounts)."""
    team: str = ""
    technician: str = ""


@dataclass(frozen=True)
class PrintedPartLine:
    part_number: str
    name: str
    quantity: str
    unit_price: str
    amount: str
    pay_type: str
    discount: str = ""


@dataclass(frozen=True)
class PayTypeTotal:
    pay_type: str
    labour: str
    parts: str
    total: str


@dataclass(frozen=True)
class RepairOrderSnapshot:
    """Everything printed on a repair order (任务委托书), as it stood when it was taken."""

    shop: ShopHeader
    number: str
    status: str
    opened_at: str
    promised_at: str
    advisor: str
    customer_name: str
    customer_phone: str
    plate: str
    """Shown form, e.g. ``粤B·D12345``."""
    vin: str
    model: str
    mileage: str
    complaint: str
    labour_lines: tuple[PrintedLabourLine, ...]
    part_lines: tuple[PrintedPartLine, ...]
    labour_total: str
    parts_total: str
    totals_by_pay_type: tuple[PayTypeTotal, ...]
    total: str
    customer_pays: str
    customer_pays_in_capitals: str
    """大写金额 of ``customer_pays``, e.g. ``壹仟零伍元贰角``."""
    order_version: int
    taken_at: str
    team: str = ""
    payment_intent: str = ""
    """Chinese name of the intended payment method, or empty."""
    old_parts: str = ""
    """Chinese: 客户带走 / 本店处理, or empty."""
    extra_work_consent: bool = True
    callback_phone: str = ""
    repeat_of: str = ""
    discount_total: str = ""
    """What the line discounts took off, e.g. ``"27.00"``; empty when nothing was discounted."""

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RepairOrderSnapshot:
        data: dict[str, Any] = json.loads(text)
        data["shop"] = ShopHeader(**data["shop"])
        data["labour_lines"] = tuple(PrintedLabourLine(**x) for x in data["labour_lines"])
        data["part_lines"] = tuple(PrintedPartLine(**x) for x in data["part_lines"])
        data["totals_by_pay_type"] = tuple(PayTypeTotal(**x) for x in data["totals_by_pay_type"])
        return cls(**data)
