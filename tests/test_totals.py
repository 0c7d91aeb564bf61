"""Totals of a repair order equal the sum of its lines, for any lines (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desk.models.enums import PayType
from desk.services.money import multiply
from desk.services.orders import compute_totals

PAY_TYPES = [p.value for p in PayType]
lines = st.lists(st.tuples(st.integers(min_value=0, max_value=10**9), st.sampled_from(PAY_TYPES)), max_size=60)


@given(labour=lines, parts=lines)
def test_totals_are_the_sums_of_their_lines(labour: list[tuple[int, str]], parts: list[tuple[int, str]]) -> None:
    totals = compute_totals(labour, parts)
    assert totals.labour == sum(a for a, _ in labour)
    assert totals.parts == sum(a for a, _ in parts)
    assert totals.total == totals.labour + totals.parts
    assert sum(lab + par for _, lab, par in totals.by_pay_type) == totals.total
    assert totals.customer_pays == sum(a for a, p in labour + parts if p == "customer")
    for pay_type, lab, par in totals.by_pay_type:
        assert lab == sum(a for a, p in labour if p == pay_type)
        assert par == sum(a for a, p in parts if p == pay_type)
    # exactly the pay types that have lines, in the order of PayType
    assert [p for p, _, _ in totals.by_pay_type] == [p for p in PAY_TYPES if p in {q for _, q in labour + parts}]


@given(
    unit=st.integers(min_value=0, max_value=10**8),
    quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("99999"), places=3),
)
def test_a_line_amount_is_price_times_quantity_rounded_half_up(unit: int, quantity: Decimal) -> None:
    exact = Decimal(unit) * quantity
    amount = multiply(unit, quantity)
    assert abs(Decimal(amount) - exact) <= Decimal("0.5")
    assert amount == int((exact + Decimal("0.5")).to_integral_value(rounding="ROUND_FLOOR"))
