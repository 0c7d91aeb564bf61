"""Indexes for ten years of a busy shop (issue 9): orders by status and settling time (the
settlement queue's orders settled today, the maintenance reminders' cars seen in the last months;
with the status alone SQLite walks every released order), booked appointments from a day on
(status and slot together: the reminders, the appointment book and the day's load ask for exactly
that), and the next service date written on a slip (the reminders' cars with a date of their own).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_repair_order_status_settled_at", "repair_order", ["status", "settled_at"])
    op.create_index("ix_appointment_status_slot_start", "appointment", ["status", "slot_start"])
    op.create_index("ix_settlement_next_service_date", "settlement", ["next_service_date"])


def downgrade() -> None:
    op.drop_index("ix_settlement_next_service_date", table_name="settlement")
    op.drop_index("ix_appointment_status_slot_start", table_name="appointment")
    op.drop_index("ix_repair_order_status_settled_at", table_name="repair_order")
