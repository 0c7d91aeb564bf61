"""The frozen data behind the settlement slip (结算单) and the day-end report (日结).

Plain dataclasses with no database, so :mod:`desk.printing.settlement_slip` imports them without
SQLAlchemy. The slip's copy is taken once, when the order is settled, and stored as JSON
(:class:`desk.models.DocumentSnapshot`, kind ``settlement``); every print and reprint is rendered
from that JSON, never from live rows. Whether a stored slip has been voided is not part of the
frozen data: it is passed beside it (:class:`SlipPrint`). Amounts are strings such as
``"1234.50"``; times are shop-local strings such as ``"2026-11-23 09:30"``.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from desk.services.snapshots import ShopHeader


@dataclass(frozen=True)
class SlipLine:
    kind: str
    """``labour`` or ``part``."""
    code: str
    name: str
    quantity: str
    """Hours for labour, the quantity for parts."""
    unit_price: str
    gross: str
    """Before the line's discount."""
    discount: str
    """``"10%"`` or empty."""
    amount: str
    pay_type: str
    """Code name: ``customer``, ``warranty``, ``insurance`` or ``internal``."""


@dataclass(frozen=True)
class PayerTotal:
    pay_type: str
    amount: str
    """After line discounts, before the bill discount and 抹零."""


@dataclass(frozen=True)
class SlipPayment:
    method: str
    """Chinese name of the method (现金, 微信支付 …)."""
    amount: str
    """What stays in the till."""
    reference: str
    tendered: str
    """Cash handed over (empty for other methods)."""
    change: str
    """Cash handed back; ``"0.00"`` when none."""


@dataclass(frozen=True)
class SettlementSnapshot:
    """Everything printed on a settlement slip, as it stood when the order was settled."""

    shop: ShopHeader
    number: str
    """The slip's number: the order's number, with ``-2``, ``-3`` … after a reopen."""
    order_number: str
    settled_at: str
    cashier: str
    advisor: str
    customer_name: str
    customer_phone: str
    is_company: bool
    plate: str
    vin: str
    model: str
    mileage: str
    opened_at: str
    lines: tuple[SlipLine, ...]
    payer_totals: tuple[PayerTotal, ...]
    total: str
    """Every line after its discount, all payers."""
    gross_total: str
    line_discount: str
    customer_subtotal: str
    """The customer-pay lines after their discounts."""
    bill_discount: str
    bill_discount_percent: str
    rounding: str
    customer_due: str
    customer_due_in_capitals: str
    warranty: str
    insurance: str
    internal: str
    insurer: str
    claim_number: str
    payments: tuple[SlipPayment, ...]
    on_account: str
    on_account_approver: str
    next_service_date: str
    next_service_km: str
    followup_time: str
    signature_png: bytes | None
    order_version: int

    def to_json(self) -> str:
        data = _plain(self)
        data["signature_png"] = base64.b64encode(self.signature_png).decode("ascii") if self.signature_png else None
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SettlementSnapshot:
        data: dict[str, Any] = json.loads(text)
        data["shop"] = ShopHeader(**data["shop"])
        data["lines"] = tuple(SlipLine(**x) for x in data["lines"])
        data["payer_totals"] = tuple(PayerTotal(**x) for x in data["payer_totals"])
        data["payments"] = tuple(SlipPayment(**x) for x in data["payments"])
        data["signature_png"] = base64.b64decode(data["signature_png"]) if data["signature_png"] else None
        return cls(**data)


def _plain(value: Any) -> Any:
    """Dataclasses as dicts and tuples as lists, like :func:`dataclasses.asdict` but without its
    deep copies (the demo stores hundreds of slips)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class SlipPrint:
    """A stored slip and whether it still holds: what the renderer gets."""

    snapshot: SettlementSnapshot
    voided_at: str = ""
    """Shop-local time the settlement was voided (a reopen); empty while it holds."""
    void_reason: str = ""
    paper: str = "A4"
    """``A4`` or ``A5`` (the ``settlement_paper`` setting at print time)."""

    @property
    def void(self) -> bool:
        return bool(self.voided_at)


# --- the day-end report -----------------------------------------------------------------------


@dataclass(frozen=True)
class DayEndRow:
    """One cashier's takings by one method on the day."""

    cashier: str
    method: str
    """Code name from PaymentMethod, or ``on_account`` (挂账)."""
    method_name: str
    count: int
    amount_fen: int
    change_fen: int


@dataclass(frozen=True)
class DayEndVoid:
    """A settlement voided on the day (reopened): its money goes back outside Desk."""

    slip_number: str
    order_number: str
    settled_local: str
    voided_local: str
    voided_by: str
    reason: str
    paid_fen: int
    on_account_fen: int


@dataclass(frozen=True)
class DayEndReport:
    """日结: the day's settlements and takings per cashier and payment method."""

    shop: ShopHeader
    day: str
    cashier: str
    """The cashier it is limited to, or empty for everyone."""
    rows: tuple[DayEndRow, ...]
    by_method: tuple[tuple[str, int, int, int], ...]
    """``(method name, count, amount_fen, change_fen)`` over all cashiers."""
    settlements: int
    received_fen: int
    """Every payment taken on the day (cash less change)."""
    change_fen: int
    on_account_fen: int
    voids: tuple[DayEndVoid, ...]
    void_paid_fen: int
    """Payments of settlements voided on the day (to be refunded outside Desk)."""
    printed_at: str
