"""Settling an order (结算): who pays what, discounts, 抹零, payments, on account, the slip's copy,
reopening by a manager, and the day-end report (日结).

The bill splits the order's lines by payer: the customer pays the customer-pay lines (自费) after
their line discounts, less the bill discount (整单折扣) and, when asked, less the fen that rounding
down to the yuan drops (抹零, recorded as ``rounding_fen``); warranty lines are claimed from the
manufacturer (索赔); insurance lines are billed to the insurer, whose name and claim number are
then required; internal lines (内部) are the shop's own cost. The payer totals, the bill discount
and the 抹零 always add up to the order's total (:func:`compute_bill`).

The customer's share is paid with one or more payments (cash with change given, card, WeChat Pay,
Alipay, transfer — every method but cash with its reference number) and, for company customers
with a manager's approval, put on account (挂账). The order settles only when payments plus on
account equal what the customer owes, to the fen. Settling writes the :class:`Settlement`, its
payments, the frozen copy the slip is printed from (:mod:`desk.services.settlement_snapshot`),
moves the order to 已结算 and makes (or, settled again, renews) its follow-up call
(:mod:`desk.services.followups`) — all in the caller's one unit of work.

A manager may reopen a settled order with a reason (:func:`reopen`): the settlement and its slip
become void (kept, with who, when and why; a reprint shows 作废), any unused exit pass is void,
and the order is back at 待交车. The payments stay recorded against the void settlement: giving
money back happens outside Desk.

Discount limits per role: :mod:`desk.services.discounts`. The exit pass and the gate:
:mod:`desk.services.gate`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.models import (
    Customer,
    DocumentSnapshot,
    LabourOperation,
    PackageLabour,
    Payment,
    RepairOrder,
    ServicePackage,
    Settlement,
    Staff,
)
from desk.models.base import utc_now
from desk.models.enums import OrderStatus, PaymentMethod, PayType, Role
from desk.services import changes, discounts, privacy, workflow
from desk.services.concurrency import check_version
from desk.services.errors import IllegalMove, NotFound, ValidationError
from desk.services.money import amount_in_capitals, format_yuan, multiply, parse_yuan
from desk.services.orders import (
    OrderDetail,
    OrderRow,
    format_discount,
    format_quantity,
    get_order,
    list_orders,
    order_detail,
)
from desk.services.settlement_snapshot import (
    DayEndReport,
    DayEndRow,
    DayEndVoid,
    PayerTotal,
    SettlementSnapshot,
    SlipLine,
    SlipPayment,
    SlipPrint,
)
from desk.services.shop import day_bounds, format_local, local_day, settings_row, shop_info, staff_name
from desk.services.snapshots import ShopHeader
from desk.services.validation import display_plate
from desk.services.permissions import Permission, requires, staff_may


SETTLEMENT_SNAPSHOT = "settlement"
"""``DocumentSnapshot.kind`` of a settlement slip's copy."""

COMMON_INSURERS = ("中国人保财险", "平安财险", "太平洋财险", "国寿财险", "大地保险", "阳光财险", "太平财险")
"""Motor insurers offered when an order has insurance lines (any other name may be typed)."""

DEFAULT_INTERVAL_MONTHS = 6
DEFAULT_INTERVAL_KM = 5_000
"""The next service when no service package on the order says otherwise (常规保养间隔)."""

FOLLOWUP_TIMES = ("工作日上午", "工作日下午", "工作日晚上", "周末", "任何时间")
"""Offered choices for the follow-up call; anything else the customer says may be typed."""

ON_ACCOUNT = "on_account"
"""The day-end report's pseudo method for 挂账."""

PAYER_ORDER = (PayType.CUSTOMER.value, PayType.WARRANTY.value, PayType.INSURANCE.value, PayType.INTERNAL.value)


@dataclass(frozen=True)
class PaymentInput:
    """One payment as the cashier typed it: method code, amount in yuan, reference number.

    ``amount`` is what is kept; for cash, ``tendered`` is what the customer handed over (empty:
    exactly the amount), and the difference is the change given back.
    """

    method: str
    amount: str
    reference: str = ""
    tendered: str = ""


# --- the bill ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bill:
    """The arithmetic of one settlement, in fen."""

    total: int
    """Every line after its discount."""
    gross_total: int
    line_discount: int
    by_payer: tuple[tuple[str, int], ...]
    """``(pay_type, amount)`` for every payer with lines, in :data:`PAYER_ORDER`."""
    customer_subtotal: int
    bill_discount: int
    rounding: int
    customer_due: int

    def payer(self, pay_type: str) -> int:
        return dict(self.by_payer).get(pay_type, 0)


def compute_bill(lines: Iterable[tuple[int, str, int]], bill_discount: int = 0, rounding: bool = False) -> Bill:
    """The bill of lines ``(amount_fen, pay_type, gross_fen)``.

    ``bill_discount`` comes off the customer's share and may not exceed it (``ValueError``);
    ``rounding`` drops the fen below the yuan from what is left (抹零, always down).
    ``customer_due + bill_discount + rounding + the other payers == total``, and nothing is negative.
    """
    per = dict.fromkeys(PAYER_ORDER, 0)
    present: set[str] = set()
    gross = 0
    for amount, pay_type, line_gross in lines:
        per[pay_type] += amount
        present.add(pay_type)
        gross += line_gross
    subtotal = per[PayType.CUSTOMER.value]
    if bill_discount < 0 or bill_discount > subtotal:
        raise ValueError("bill discount outside 0 … customer subtotal")
    left = subtotal - bill_discount
    dropped = left % 100 if rounding else 0
    total = sum(per.values())
    return Bill(
        total=total, gross_total=gross, line_discount=gross - total,
        by_payer=tuple((p, per[p]) for p in PAYER_ORDER if p in present),
        customer_subtotal=subtotal, bill_discount=bill_discount, rounding=dropped, customer_due=left - dropped,
    )


@dataclass(frozen=True)
class BillLine:
    kind: str
    """``labour`` or ``part``."""
    line_id: int
    code: str
    name: str
    quantity: str
    unit_price_fen: int
    gross_fen: int
    discount_bp: int
    amount_fen: int
    pay_type: str


@dataclass(frozen=True)
class PayerGroup:
    pay_type: str
    lines: tuple[BillLine, ...]
    total_fen: int


@dataclass(frozen=True)
class SettlementPreview:
    """What the 结算 screen shows before (and the slip prints after) settling one order."""

    number: str
    status: str
    version: int
    customer: str
    phone: str
    is_company: bool
    plate: str
    model: str
    mileage: int
    advisor: str
    groups: tuple[PayerGroup, ...]
    bill: Bill
    bill_discount_bp: int
    """The bill discount as a share of the customer's subtotal (rounded up)."""
    customer_due_in_capitals: str
    needs_insurer: bool
    discount_limit_bp: int
    """The most the staff member asking may give."""
    next_service_date: dt.date | None
    next_service_km: int | None
    next_service_source: str
    """Where the default next service comes from: a package's name or ``常规间隔``."""
    settlements: tuple[SettlementRow, ...]
    """Earlier settlements of this order (void ones after a reopen), newest first."""
    can_reopen: bool = False
    """The staff member asking is a manager and the order is settled (not yet out)."""

    @property
    def customer_due_fen(self) -> int:
        return self.bill.customer_due


@dataclass(frozen=True)
class SettlementRow:
    id: int
    slip_number: str
    at_local: str
    cashier: str
    customer_due_fen: int
    on_account_fen: int
    void: bool
    voided_local: str
    voided_by: str
    void_reason: str


def _lines(order: RepairOrder) -> list[BillLine]:
    result = [
        BillLine(
            kind="labour", line_id=l.id, code=l.code, name=l.name,
            quantity=format_quantity(Decimal(l.hours_centi) / 100), unit_price_fen=l.rate_fen,
            gross_fen=multiply(l.rate_fen, Decimal(l.hours_centi) / 100), discount_bp=l.discount_bp,
            amount_fen=l.amount_fen, pay_type=l.pay_type,
        )
        for l in order.labour_lines
    ]
    result += [
        BillLine(
            kind="part", line_id=p.id, code=p.part_number, name=p.name,
            quantity=format_quantity(Decimal(p.quantity_milli) / 1000), unit_price_fen=p.unit_price_fen,
            gross_fen=multiply(p.unit_price_fen, Decimal(p.quantity_milli) / 1000), discount_bp=p.discount_bp,
            amount_fen=p.amount_fen, pay_type=p.pay_type,
        )
        for p in order.part_lines
    ]
    return result


def parse_percent(text: str, *, field: str = "bill_discount") -> int:
    """A percentage the user typed (``"5"``, ``"2.5%"``) in basis points; 0 for empty."""
    cleaned = text.strip().rstrip("%％").strip()
    if not cleaned:
        return 0
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("折扣比例“{text}”不是数字，请填写如 5 或 2.5。", field=field, text=text.strip()) from None
    if not value.is_finite() or value < 0 or value > 100:
        raise ValidationError("折扣比例必须在 0 到 100 之间。", field=field)
    bp = value * 100
    if bp != bp.to_integral_value():
        raise ValidationError("折扣比例最多两位小数。", field=field)
    return int(bp)


def _bill_discount(
    session: Session, subtotal: int, amount: str, percent: str, staff_id: int | None, *, check: bool,
) -> tuple[int, int]:
    """The bill discount in fen and as basis points of the subtotal, checked against the limit."""
    if amount.strip() and percent.strip():
        raise ValidationError("整单折扣请只填金额或比例中的一项。", field="bill_discount")
    if percent.strip():
        bp = parse_percent(percent)
        fen = int((Decimal(subtotal) * bp / discounts.FULL_BP).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    else:
        fen = parse_yuan(amount, field="bill_discount") if amount.strip() else 0
        if fen < 0:
            raise ValidationError("整单折扣不能是负数。", field="bill_discount")
        bp = discounts.share_bp(fen, subtotal)
    if fen > subtotal:
        raise ValidationError(
            "整单折扣 ¥{discount} 超过了客户自费部分 ¥{subtotal}。", field="bill_discount",
            discount=format_yuan(fen), subtotal=format_yuan(subtotal),
        )
    if fen == 0:
        bp = 0  # nothing to take off (no customer lines): no discount given
    if check and fen:
        discounts.check_discount(session, staff_id, bp, what="整单折扣")
    return fen, bp


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, kept inside the month (31 Jan + 1 month → 28/29 Feb)."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class PackageInterval:
    id: int
    name: str
    months: int
    km: int
    codes: frozenset[str]
    """The labour operation codes of the package."""


def package_intervals(session: Session) -> list[PackageInterval]:
    """Every service package that has a service interval, with its labour codes."""
    codes: dict[int, set[str]] = {}
    packages: dict[int, ServicePackage] = {}
    for package, code in session.execute(
        select(ServicePackage, LabourOperation.code)
        .join(PackageLabour, PackageLabour.package_id == ServicePackage.id)
        .join(LabourOperation, LabourOperation.id == PackageLabour.operation_id)
        .where(or_(ServicePackage.interval_months.is_not(None), ServicePackage.interval_km.is_not(None)))
    ):
        packages[package.id] = package
        codes.setdefault(package.id, set()).add(code)
    return [
        PackageInterval(
            id=p.id, name=p.name, months=p.interval_months or DEFAULT_INTERVAL_MONTHS,
            km=p.interval_km or DEFAULT_INTERVAL_KM, codes=frozenset(codes[p.id]),
        )
        for p in packages.values()
    ]


def default_next_service(
    session: Session, order: RepairOrder, today: dt.date, packages: Sequence[PackageInterval] | None = None,
) -> tuple[dt.date, int, str]:
    """The next service from the package whose labour is most on the order, else the usual interval
    (:data:`DEFAULT_INTERVAL_MONTHS`, :data:`DEFAULT_INTERVAL_KM`); ``(date, km, where from)``."""
    packages = packages if packages is not None else package_intervals(session)
    # With no packages the order's lines are not looked at (not loaded, one query per order saved).
    codes = {line.code for line in order.labour_lines if line.code} if packages else set()
    return next_service_for(codes, order.mileage, today, packages)


def next_service_for(
    codes: Collection[str], mileage: int, today: dt.date, packages: Sequence[PackageInterval],
) -> tuple[dt.date, int, str]:
    """:func:`default_next_service` from an order's labour codes and mileage (for lists of many cars)."""
    best: tuple[int, int, PackageInterval] | None = None
    if codes:
        for package in packages:
            matched = len(package.codes & set(codes))
            if matched and (best is None or (matched, -package.id) > best[:2]):
                best = (matched, -package.id, package)
    if best is not None:
        package = best[2]
        return add_months(today, package.months), mileage + package.km, package.name
    return add_months(today, DEFAULT_INTERVAL_MONTHS), mileage + DEFAULT_INTERVAL_KM, "常规间隔"


def settlement_preview(
    session: Session, number: str, *, bill_discount: str = "", bill_discount_percent: str = "",
    rounding: bool = False, staff_id: int | None = None, now: dt.datetime | None = None,
) -> SettlementPreview:
    """The bill of an order as it would be settled with these discounts (nothing is written).

    A bill discount above the customer's share is refused; one above ``staff_id``'s limit is
    shown (``discount_limit_bp``) but only refused when settling.
    """
    now = now or utc_now()
    order = get_order(session, number)
    lines = _lines(order)
    subtotal = sum(l.amount_fen for l in lines if l.pay_type == PayType.CUSTOMER.value)
    fen, bp = _bill_discount(session, subtotal, bill_discount, bill_discount_percent, staff_id, check=False)
    bill = compute_bill(((l.amount_fen, l.pay_type, l.gross_fen) for l in lines), fen, rounding)
    groups = tuple(
        PayerGroup(pay_type=p, lines=tuple(l for l in lines if l.pay_type == p), total_fen=amount)
        for p, amount in bill.by_payer
    )
    next_date, next_km, source = default_next_service(session, order, local_day(session, now))
    return SettlementPreview(
        number=order.number, status=order.status, version=order.version, customer=order.customer.name,
        phone=privacy.phone_for_card(session, order.customer.phone), is_company=order.customer.is_company, plate=display_plate(order.vehicle.plate),
        model=order.vehicle.model, mileage=order.mileage, advisor=order.advisor.name, groups=groups, bill=bill,
        bill_discount_bp=bp, customer_due_in_capitals=amount_in_capitals(bill.customer_due),
        needs_insurer=bill.payer(PayType.INSURANCE.value) > 0 or any(l.pay_type == PayType.INSURANCE.value for l in lines),
        discount_limit_bp=discounts.limit_for_staff(session, staff_id),
        next_service_date=next_date, next_service_km=next_km, next_service_source=source,
        settlements=tuple(settlement_rows(session, order)),
        can_reopen=order.status == OrderStatus.SETTLED.value and staff_may(session, staff_id, Permission.REOPEN_SETTLEMENT),
    )


def settlement_rows(session: Session, order: RepairOrder) -> list[SettlementRow]:
    rows = session.scalars(select(Settlement).where(Settlement.order_id == order.id).order_by(Settlement.id.desc()))
    result = []
    for row in rows:
        result.append(SettlementRow(
            id=row.id, slip_number=_slip_number(session, row), at_local=format_local(session, row.at),
            cashier=staff_name(session, row.cashier_id), customer_due_fen=row.customer_due_fen,
            on_account_fen=row.on_account_fen, void=row.voided_at is not None,
            voided_local=format_local(session, row.voided_at), voided_by=staff_name(session, row.voided_by_id),
            void_reason=row.void_reason,
        ))
    return result


def _slip_number(session: Session, row: Settlement) -> str:
    earlier = session.scalar(
        select(func.count(Settlement.id)).where(Settlement.order_id == row.order_id, Settlement.id < row.id)
    ) or 0
    number = row.order.number
    return number if earlier == 0 else f"{number}-{earlier + 1}"


# --- settling ---------------------------------------------------------------------------------


def _payments(payments: Sequence[PaymentInput]) -> list[tuple[str, int, str, int, int]]:
    """``(method, amount, reference, tendered, change)`` of each payment, checked."""
    result = []
    for position, payment in enumerate(payments, start=1):
        try:
            method = PaymentMethod(payment.method)
        except ValueError:
            raise ValidationError("第 {n} 笔收款的付款方式不对。", field="method", n=position) from None
        amount = parse_yuan(payment.amount, field="amount")
        if amount <= 0:
            raise ValidationError("第 {n} 笔收款的金额必须大于 0。", field="amount", n=position)
        reference = payment.reference.strip()
        if len(reference) > 60:
            raise ValidationError("第 {n} 笔收款的流水号太长（最多 60 个字符）。", field="reference", n=position)
        tendered, change = amount, 0
        if method == PaymentMethod.CASH:
            if payment.tendered.strip():
                tendered = parse_yuan(payment.tendered, field="tendered")
                if tendered < amount:
                    raise ValidationError(
                        "第 {n} 笔收款：客户付现金 ¥{tendered}，少于收款金额 ¥{amount}。", field="tendered", n=position,
                        tendered=format_yuan(tendered), amount=format_yuan(amount),
                    )
                change = tendered - amount
        elif not reference:
            raise ValidationError(
                "第 {n} 笔收款（{method}）请填写交易流水号。", field="reference", n=position, method=method.chinese,
            )
        result.append((method.value, amount, reference, tendered, change))
    return result


def _date(value: dt.date | str | None, field: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("日期应写成 YYYY-MM-DD，如 2027-05-23。", field=field) from None


def _km(value: int | str | None, field: str) -> int | None:
    if value is None or isinstance(value, int):
        return value
    text = value.strip().replace(",", "").replace("，", "").lower().removesuffix("km").strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError("下次保养里程“{text}”应是整数公里数。", field=field, text=value.strip())
    return int(text)


@requires(Permission.TAKE_PAYMENT)
def settle(
    session: Session,
    number: str,
    payments: Sequence[PaymentInput],
    *,
    staff_id: int | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
    bill_discount: str = "",
    bill_discount_percent: str = "",
    rounding: bool = False,
    on_account: str = "",
    approver_id: int | None = None,
    insurer: str = "",
    claim_number: str = "",
    next_service_date: dt.date | str | None = None,
    next_service_km: int | str | None = None,
    followup_time: str = "",
    signature_png: bytes | None = None,
) -> OrderDetail:
    """Settle a ready order: payments (and on account) must equal the customer's due exactly.

    ``next_service_date``/``next_service_km`` left as None take the default (the package on the
    order, else :data:`DEFAULT_INTERVAL_MONTHS`/:data:`DEFAULT_INTERVAL_KM`); ``""`` records none.
    All or nothing: a refusal writes nothing.
    """
    now = now or utc_now()
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    if OrderStatus(order.status) != OrderStatus.READY:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，只有「待交车」的委托书才能结算。",
            number=order.number, status=OrderStatus(order.status).chinese,
        )
    lines = _lines(order)
    subtotal = sum(l.amount_fen for l in lines if l.pay_type == PayType.CUSTOMER.value)
    discount_fen, discount_bp = _bill_discount(
        session, subtotal, bill_discount, bill_discount_percent, staff_id, check=True,
    )
    bill = compute_bill(((l.amount_fen, l.pay_type, l.gross_fen) for l in lines), discount_fen, rounding)
    has_insurance = any(l.pay_type == PayType.INSURANCE.value for l in lines)
    insurer, claim_number = insurer.strip(), claim_number.strip()
    if has_insurance:
        if not insurer:
            raise ValidationError("有保险项目，请填写保险公司名称。", field="insurer")
        if not claim_number:
            raise ValidationError("有保险项目，请填写保险理赔（报案）号。", field="claim_number")
        if len(insurer) > 100 or len(claim_number) > 60:
            raise ValidationError("保险公司名称或理赔号太长。", field="insurer")
    else:
        insurer, claim_number = "", ""
    taken = _payments(payments)
    on_account_fen = parse_yuan(on_account, field="on_account") if on_account.strip() else 0
    if on_account_fen < 0:
        raise ValidationError("挂账金额不能是负数。", field="on_account")
    approver = None
    if on_account_fen:
        customer = session.get(Customer, order.customer_id)
        if customer is None or not customer.is_company:
            raise ValidationError("只有单位客户可以挂账；{name} 是个人客户，请收款结清。", field="on_account",
                                  name=order.customer.name)
        approver = session.get(Staff, approver_id) if approver_id is not None else None
        if approver is None:
            raise ValidationError("挂账须经服务经理批准，请选择批准人。", field="approver")
        if not staff_may(session, approver.id, Permission.DISCOUNT_PAST_LIMIT):
            raise ValidationError("挂账须经服务经理批准；{name} 不是服务经理。", field="approver", name=approver.name)
    paid = sum(t[1] for t in taken)
    due = bill.customer_due
    received = paid + on_account_fen
    if received != due:
        parts = {"due": format_yuan(due), "paid": format_yuan(received)}
        if received < due:
            raise ValidationError(
                "客户应付 ¥{due}，已收 ¥{paid}，还差 ¥{left}。收齐后才能结算。", field="amount",
                left=format_yuan(due - received), **parts,
            )
        raise ValidationError(
            "客户应付 ¥{due}，收款合计 ¥{paid}，多收了 ¥{over}。请更正金额。", field="amount",
            over=format_yuan(received - due), **parts,
        )
    next_date = _date(next_service_date, "next_service_date")
    next_km = _km(next_service_km, "next_service_km")
    if next_service_date is None or next_service_km is None:
        default_date, default_km, _ = default_next_service(session, order, local_day(session, now))
        next_date = default_date if next_service_date is None else next_date
        next_km = default_km if next_service_km is None else next_km
    if next_date is not None and next_date <= local_day(session, now):
        raise ValidationError("下次保养日期应在今天之后。", field="next_service_date")
    if next_km is not None and (next_km <= order.mileage or next_km > 9_999_999):
        raise ValidationError(
            "下次保养里程应大于本次进厂里程 {mileage} km。", field="next_service_km", mileage=f"{order.mileage:,}",
        )
    followup_time = followup_time.strip()
    if len(followup_time) > 60:
        raise ValidationError("回访时间说明太长（最多 60 个字）。", field="followup_time")
    photo_id = None
    if signature_png:
        if not signature_png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValidationError("签名图片无效，请让客户重新签字。", field="signature")
        from desk.services.inspections import store_photo

        photo_id = store_photo(session, signature_png, name="客户签名").id

    row = Settlement(
        order_id=order.id, at=now, cashier_id=staff_id, bill_discount_fen=bill.bill_discount,
        rounding_fen=bill.rounding, customer_due_fen=bill.customer_due,
        warranty_fen=bill.payer(PayType.WARRANTY.value), insurance_fen=bill.payer(PayType.INSURANCE.value),
        insurer=insurer, claim_number=claim_number, on_account_fen=on_account_fen,
        on_account_approved_by_id=approver.id if approver else None, next_service_date=next_date,
        next_service_km=next_km, followup_time=followup_time, signature_photo_id=photo_id,
    )
    session.add(row)
    session.flush()
    for method, amount, reference, _tendered, change in taken:
        session.add(Payment(
            order_id=order.id, method=method, amount_fen=amount, reference=reference, at=now, staff_id=staff_id,
            settlement_id=row.id, change_fen=change,
        ))
    workflow.apply_move(session, order, OrderStatus.SETTLED, staff_id=staff_id, via="settlement", now=now)
    snapshot = _take_snapshot(
        session, order, row, bill, lines, discount_bp, taken, approver.name if approver else "", signature_png, now,
    )
    stored = DocumentSnapshot(
        kind=SETTLEMENT_SNAPSHOT, order_id=order.id, order_version=order.version, payload=snapshot.to_json(),
        created_at=now, staff_id=staff_id,
    )
    session.add(stored)
    session.flush()
    row.snapshot_id = stored.id
    session.flush()
    from desk.services.followups import create_for_order  # the call after delivery builds on the settlement

    create_for_order(session, order, delivered_at=now, now=now)
    changes.note(session, order=order.number)
    return order_detail(session, order.number)


def _take_snapshot(
    session: Session, order: RepairOrder, row: Settlement, bill: Bill, lines: Sequence[BillLine],
    discount_bp: int, taken: Sequence[tuple[str, int, str, int, int]], approver: str,
    signature_png: bytes | None, now: dt.datetime, *, header: ShopHeader | None = None,
    slip_number: str | None = None, cashier: str | None = None,
) -> SettlementSnapshot:
    """The slip's frozen copy; ``header``, ``slip_number`` and ``cashier`` may be given when known."""
    if header is None:
        shop = shop_info(session)
        header = ShopHeader(name=shop.name, address=shop.address, phone=shop.phone)
    customer = order.customer
    vehicle = order.vehicle
    return SettlementSnapshot(
        shop=header,
        number=slip_number if slip_number is not None else _slip_number(session, row),
        order_number=order.number,
        settled_at=format_local(session, now),
        cashier=cashier if cashier is not None else staff_name(session, row.cashier_id),
        advisor=order.advisor.name,
        customer_name=customer.name,
        customer_phone=customer.phone,
        is_company=customer.is_company,
        plate=display_plate(vehicle.plate),
        vin=vehicle.vin,
        model=vehicle.model,
        mileage=str(order.mileage),
        opened_at=format_local(session, order.opened_at),
        lines=tuple(
            SlipLine(
                kind=l.kind, code=l.code, name=l.name, quantity=l.quantity, unit_price=format_yuan(l.unit_price_fen),
                gross=format_yuan(l.gross_fen), discount=format_discount(l.discount_bp), amount=format_yuan(l.amount_fen),
                pay_type=l.pay_type,
            )
            for l in lines
        ),
        payer_totals=tuple(PayerTotal(pay_type=p, amount=format_yuan(a)) for p, a in bill.by_payer),
        total=format_yuan(bill.total),
        gross_total=format_yuan(bill.gross_total),
        line_discount=format_yuan(bill.line_discount),
        customer_subtotal=format_yuan(bill.customer_subtotal),
        bill_discount=format_yuan(bill.bill_discount),
        bill_discount_percent=discounts.format_bp(discount_bp) if bill.bill_discount else "",
        rounding=format_yuan(bill.rounding),
        customer_due=format_yuan(bill.customer_due),
        customer_due_in_capitals=amount_in_capitals(bill.customer_due),
        warranty=format_yuan(bill.payer(PayType.WARRANTY.value)),
        insurance=format_yuan(bill.payer(PayType.INSURANCE.value)),
        internal=format_yuan(bill.payer(PayType.INTERNAL.value)),
        insurer=row.insurer,
        claim_number=row.claim_number,
        payments=tuple(
            SlipPayment(
                method=PaymentMethod(m).chinese, amount=format_yuan(a), reference=r,
                tendered=format_yuan(t) if m == PaymentMethod.CASH.value and c else "", change=format_yuan(c),
            )
            for m, a, r, t, c in taken
        ),
        on_account=format_yuan(row.on_account_fen),
        on_account_approver=approver,
        next_service_date=row.next_service_date.isoformat() if row.next_service_date else "",
        next_service_km=str(row.next_service_km) if row.next_service_km is not None else "",
        followup_time=row.followup_time,
        signature_png=signature_png or None,
        order_version=order.version,
    )


# --- the slip -----------------------------------------------------------------------------------


def slip(session: Session, number: str, *, settlement_id: int | None = None) -> SlipPrint:
    """The stored slip of an order's latest settlement (or of ``settlement_id``), void or not."""
    order = get_order(session, number)
    query = select(Settlement).where(Settlement.order_id == order.id)
    if settlement_id is not None:
        query = query.where(Settlement.id == settlement_id)
    row = session.scalar(query.order_by(Settlement.id.desc()).limit(1))
    if row is None or row.snapshot_id is None:
        raise NotFound("委托书 {number} 还没有结算，没有结算单可打印。", number=order.number)
    stored = session.get(DocumentSnapshot, row.snapshot_id)
    assert stored is not None
    return SlipPrint(
        snapshot=SettlementSnapshot.from_json(stored.payload),
        voided_at=format_local(session, stored.voided_at or row.voided_at),
        void_reason=row.void_reason,
        paper=settings_row(session).settlement_paper or "A4",
    )


# --- reopening ----------------------------------------------------------------------------------


@requires(Permission.REOPEN_SETTLEMENT)
def reopen(
    session: Session, number: str, *, reason: str, staff_id: int | None, expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> OrderDetail:
    """A manager reopens a settled order: its settlement, slip and unused exit passes become void.

    The order is back at 待交车 and can be corrected and settled again. Payments stay recorded
    against the void settlement; money is given back outside Desk.
    """
    now = now or utc_now()
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    if not staff_may(session, staff_id, Permission.REOPEN_SETTLEMENT):
        raise IllegalMove("只有服务经理可以重新打开已结算的委托书。")
    reason = reason.strip()
    if not reason:
        raise ValidationError("重新打开须填写原因。", field="reason")
    if OrderStatus(order.status) != OrderStatus.SETTLED:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，只有「已结算」（车辆未出厂）的委托书可以重新打开。",
            number=order.number, status=OrderStatus(order.status).chinese,
        )
    row = session.scalar(
        select(Settlement).where(Settlement.order_id == order.id, Settlement.voided_at.is_(None))
        .order_by(Settlement.id.desc()).limit(1)
    )
    if row is not None:
        row.voided_at = now
        row.voided_by_id = staff_id
        row.void_reason = reason
        if row.snapshot_id is not None:
            stored = session.get(DocumentSnapshot, row.snapshot_id)
            if stored is not None:
                stored.voided_at = now
    from desk.services.gate import void_exit_passes  # the gate builds on the settlement

    void_exit_passes(session, order, f"委托书重新打开：{reason}", now)
    workflow.apply_move(session, order, OrderStatus.READY, staff_id=staff_id, reason=f"重新打开：{reason}",
                        via="reopen", now=now)
    order.settled_at = None
    session.flush()
    return order_detail(session, order.number)


# --- the queue ------------------------------------------------------------------------------------


def settlement_queue(session: Session, now: dt.datetime | None = None) -> list[OrderRow]:
    """Orders waiting to be settled, then those settled today (and earlier ones not yet out)."""
    start, end = day_bounds(session, local_day(session, now or utc_now()))
    numbers = set(session.scalars(
        select(RepairOrder.number).where(or_(
            RepairOrder.status.in_([OrderStatus.READY.value, OrderStatus.SETTLED.value]),
            (RepairOrder.status == OrderStatus.RELEASED.value) & (RepairOrder.settled_at >= start)
            & (RepairOrder.settled_at < end),
        ))
    ))
    if not numbers:
        return []
    rows = list_orders(session, numbers=numbers)  # these few orders, not every released one of ten years
    rank = {OrderStatus.READY.value: 0, OrderStatus.SETTLED.value: 1, OrderStatus.RELEASED.value: 2}
    return sorted(rows, key=lambda r: rank[r.status])


def managers(session: Session) -> list[tuple[int, str]]:
    """Active managers, who may approve on account: ``(id, name)``."""
    return [
        (s.id, s.name) for s in session.scalars(
            select(Staff).where(Staff.role == Role.MANAGER.value, Staff.active.is_(True)).order_by(Staff.name)
        )
    ]


# --- the day-end report -------------------------------------------------------------------------


@requires(Permission.TAKE_PAYMENT)
def day_end_report(session: Session, day: dt.date, *, cashier_id: int | None = None) -> DayEndReport:
    """日结: the day's takings per cashier and method, on account, and the settlements voided that day.

    Payments are counted on the day they were taken, also when their settlement was voided later
    (the money was in the till); a settlement voided on ``day`` is listed with what was paid on it,
    which is given back outside Desk.
    """
    start, end = day_bounds(session, day)
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    query = select(Payment).where(Payment.at >= start, Payment.at < end)
    if cashier_id is not None:
        query = query.where(Payment.staff_id == cashier_id)
    grouped: dict[tuple[str, str], list[int]] = {}
    for payment in session.scalars(query.order_by(Payment.id)):
        key = (names.get(payment.staff_id, "（未注明）"), payment.method)
        entry = grouped.setdefault(key, [0, 0, 0])
        entry[0] += 1
        entry[1] += payment.amount_fen
        entry[2] += payment.change_fen
    settled_query = select(Settlement).where(Settlement.at >= start, Settlement.at < end)
    if cashier_id is not None:
        settled_query = settled_query.where(Settlement.cashier_id == cashier_id)
    settled = list(session.scalars(settled_query))
    for row in settled:
        if row.on_account_fen:
            entry = grouped.setdefault((names.get(row.cashier_id, "（未注明）"), ON_ACCOUNT), [0, 0, 0])
            entry[0] += 1
            entry[1] += row.on_account_fen
    method_rank = {m.value: i for i, m in enumerate(PaymentMethod)} | {ON_ACCOUNT: len(PaymentMethod)}
    rows = tuple(
        DayEndRow(
            cashier=cashier, method=method, method_name=_method_name(method), count=v[0], amount_fen=v[1],
            change_fen=v[2],
        )
        for (cashier, method), v in sorted(grouped.items(), key=lambda kv: (kv[0][0], method_rank.get(kv[0][1], 99)))
    )
    by_method: dict[str, list[int]] = {}
    for r in rows:
        entry = by_method.setdefault(r.method, [0, 0, 0])
        entry[0] += r.count
        entry[1] += r.amount_fen
        entry[2] += r.change_fen
    void_query = select(Settlement).where(Settlement.voided_at >= start, Settlement.voided_at < end)
    if cashier_id is not None:
        void_query = void_query.where(Settlement.cashier_id == cashier_id)
    voids = []
    for row in session.scalars(void_query.order_by(Settlement.voided_at)):
        paid = session.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(Payment.settlement_id == row.id))
        voids.append(DayEndVoid(
            slip_number=_slip_number(session, row), order_number=row.order.number,
            settled_local=format_local(session, row.at), voided_local=format_local(session, row.voided_at),
            voided_by=names.get(row.voided_by_id, ""), reason=row.void_reason, paid_fen=int(paid or 0),
            on_account_fen=row.on_account_fen,
        ))
    shop = shop_info(session)
    return DayEndReport(
        shop=ShopHeader(name=shop.name, address=shop.address, phone=shop.phone),
        day=day.isoformat(),
        cashier=names.get(cashier_id, "") if cashier_id is not None else "",
        rows=rows,
        by_method=tuple(
            (_method_name(m), v[0], v[1], v[2])
            for m, v in sorted(by_method.items(), key=lambda kv: method_rank.get(kv[0], 99))
        ),
        settlements=len(settled),
        received_fen=sum(r.amount_fen for r in rows if r.method != ON_ACCOUNT),
        change_fen=sum(r.change_fen for r in rows),
        on_account_fen=sum(r.amount_fen for r in rows if r.method == ON_ACCOUNT),
        voids=tuple(voids),
        void_paid_fen=sum(v.paid_fen for v in voids),
        printed_at=format_local(session, utc_now()),
    )


def _method_name(method: str) -> str:
    if method == ON_ACCOUNT:
        return "挂账"
    try:
        return PaymentMethod(method).chinese
    except ValueError:
        return method


def staff_by_name(session: Session, name: str) -> int:
    """The id of the staff member called ``name`` (for the command line's ``--cashier``)."""
    staff_id = session.scalar(select(Staff.id).where(Staff.name == name.strip()))
    if staff_id is None:
        raise NotFound("找不到名为 {name} 的员工。", name=name.strip())
    return staff_id
