"""Settling an order (结算), issuing its exit pass (出门证) and letting the car out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import ExitPass, Payment
from desk.models.base import utc_now
from desk.models.enums import OrderStatus, PaymentMethod
from desk.services import changes, workflow
from desk.services.concurrency import check_version
from desk.services.errors import IllegalMove, NotFound, ValidationError
from desk.services.money import format_yuan, parse_yuan
from desk.services.numbers import next_number
from desk.services.orders import OrderDetail, get_order, order_detail, order_totals
from desk.services.shop import format_local
from desk.services.validation import display_plate

EXIT_PASS_VALID_HOURS = 24


@dataclass(frozen=True)
class PaymentInput:
    """One payment as the cashier typed it: method code, amount in yuan, reference number."""

    method: str
    amount: str
    reference: str = ""


@dataclass(frozen=True)
class ExitPassInfo:
    number: str
    order_number: str
    plate: str
    issued_local: str
    valid_until_local: str
    used_local: str


def settle(
    session: Session, number: str, payments: Sequence[PaymentInput], *, staff_id: int | None = None,
    expected_version: int | None = None, now: dt.datetime | None = None,
) -> OrderDetail:
    """Take the payments and settle the order; refused unless they bring the balance to zero."""
    now = now or utc_now()
    order = get_order(session, number)
    check_version(session, order, expected_version, f"委托书 {order.number}")
    if OrderStatus(order.status) != OrderStatus.READY:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，只有「待交车」的委托书才能结算。",
            number=order.number, status=OrderStatus(order.status).chinese,
        )
    due = order_totals(order).customer_pays
    amounts: list[tuple[str, int, str]] = []
    for position, payment in enumerate(payments, start=1):
        try:
            method = PaymentMethod(payment.method).value
        except ValueError:
            raise ValidationError("第 {n} 笔收款的付款方式不对。", field="method", n=position) from None
        amount = parse_yuan(payment.amount, field="amount")
        if amount <= 0:
            raise ValidationError("第 {n} 笔收款的金额必须大于 0。", field="amount", n=position)
        if method != PaymentMethod.CASH.value and not payment.reference.strip():
            raise ValidationError(
                "第 {n} 笔收款（{method}）请填写交易流水号。", field="reference", n=position,
                method=PaymentMethod(method).chinese,
            )
        amounts.append((method, amount, payment.reference.strip()))
    paid = sum(a for _, a, _ in amounts)
    if paid != due:
        if paid < due:
            raise ValidationError(
                "客户应付 ¥{due}，已收 ¥{paid}，还差 ¥{left}。收齐后才能结算。", field="amount",
                due=format_yuan(due), paid=format_yuan(paid), left=format_yuan(due - paid),
            )
        raise ValidationError(
            "客户应付 ¥{due}，收款合计 ¥{paid}，多收了 ¥{over}。请更正金额。", field="amount",
            due=format_yuan(due), paid=format_yuan(paid), over=format_yuan(paid - due),
        )
    for method, amount, reference in amounts:
        session.add(Payment(order_id=order.id, method=method, amount_fen=amount, reference=reference, at=now, staff_id=staff_id))
    workflow.apply_move(session, order, OrderStatus.SETTLED, staff_id=staff_id, via="settlement", now=now)
    return order_detail(session, order.number)


def issue_exit_pass(
    session: Session, number: str, *, staff_id: int | None = None, now: dt.datetime | None = None,
    valid_hours: int = EXIT_PASS_VALID_HOURS,
) -> ExitPassInfo:
    """Issue the exit pass for a settled order; one valid pass per order."""
    now = now or utc_now()
    order = get_order(session, number)
    if OrderStatus(order.status) != OrderStatus.SETTLED:
        raise IllegalMove(
            "委托书 {number} 当前为「{status}」，结算后才能开出门证。",
            number=order.number, status=OrderStatus(order.status).chinese,
        )
    current = session.scalar(
        select(ExitPass).where(ExitPass.order_id == order.id, ExitPass.used_at.is_(None), ExitPass.valid_until > now)
    )
    if current is not None:
        raise IllegalMove(
            "委托书 {number} 已有有效的出门证 {pass_number}，可直接重新打印。", number=order.number,
            pass_number=current.number,
        )
    exit_pass = ExitPass(
        number=next_number(session, "exit_pass", now), order_id=order.id, issued_at=now,
        issued_by_id=staff_id, valid_until=now + dt.timedelta(hours=valid_hours),
    )
    session.add(exit_pass)
    session.flush()
    changes.note(session, order=order.number)
    return _info(session, exit_pass)


def let_out(
    session: Session, pass_number: str, *, staff_id: int | None = None, now: dt.datetime | None = None
) -> ExitPassInfo:
    """The gate takes the pass: the car is out and the order released."""
    now = now or utc_now()
    exit_pass = session.scalar(select(ExitPass).where(ExitPass.number == pass_number.strip().upper()))
    if exit_pass is None:
        raise NotFound("找不到出门证 {number}。", number=pass_number.strip())
    if exit_pass.used_at is not None:
        raise IllegalMove(
            "出门证 {number} 已于 {when} 使用过，不能再次放行。", number=exit_pass.number,
            when=format_local(session, exit_pass.used_at),
        )
    if exit_pass.valid_until <= now:
        raise IllegalMove(
            "出门证 {number} 已于 {when} 过期，请到收银处重新开具。", number=exit_pass.number,
            when=format_local(session, exit_pass.valid_until),
        )
    exit_pass.used_at = now
    exit_pass.used_by_id = staff_id
    workflow.apply_move(session, exit_pass.order, OrderStatus.RELEASED, staff_id=staff_id, via="gate", now=now)
    return _info(session, exit_pass)


def exit_pass_info(session: Session, pass_number: str) -> ExitPassInfo:
    exit_pass = session.scalar(select(ExitPass).where(ExitPass.number == pass_number))
    if exit_pass is None:
        raise NotFound("找不到出门证 {number}。", number=pass_number)
    return _info(session, exit_pass)


def _info(session: Session, exit_pass: ExitPass) -> ExitPassInfo:
    return ExitPassInfo(
        number=exit_pass.number,
        order_number=exit_pass.order.number,
        plate=display_plate(exit_pass.order.vehicle.plate),
        issued_local=format_local(session, exit_pass.issued_at),
        valid_until_local=format_local(session, exit_pass.valid_until),
        used_local=format_local(session, exit_pass.used_at),
    )
