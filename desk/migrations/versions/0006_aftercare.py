"""After the visit: follow-up calls and their attempts, the complaint register with handling
steps, reminder calls, customers' birthdays and cars' purchase dates, and the settings for the
follow-up day, the complaint response time and the KPI targets; indexes on the order's opening
time and its repeat-of link for the KPIs. New NOT NULL columns carry server defaults.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:07:28.151239
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('latest_on', sa.Date(), nullable=False),
    sa.Column('preferred_time', sa.String(length=60), nullable=False),
    sa.Column('caller_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('completed_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('completed_by_id', sa.Integer(), nullable=True),
    sa.Column('problem_solved', sa.Boolean(), nullable=True),
    sa.Column('score_overall', sa.Integer(), nullable=True),
    sa.Column('score_quality', sa.Integer(), nullable=True),
    sa.Column('score_on_time', sa.Integer(), nullable=True),
    sa.Column('score_staff', sa.Integer(), nullable=True),
    sa.Column('score_price', sa.Integer(), nullable=True),
    sa.Column('comments', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['caller_id'], ['staff.id'], name=op.f('fk_followup_caller_id_staff')),
    sa.ForeignKeyConstraint(['completed_by_id'], ['staff.id'], name=op.f('fk_followup_completed_by_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_followup_customer_id_customer')),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_followup_order_id_repair_order')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_followup_updated_by_id_staff')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_followup_vehicle_id_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup')),
    sa.UniqueConstraint('order_id', name=op.f('uq_followup_order_id'))
    )
    with op.batch_alter_table('followup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followup_caller_id'), ['caller_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_completed_at'), ['completed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('complaint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('received_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('received_by_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('followup_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('service_at_fault', sa.Boolean(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('department', sa.String(length=50), nullable=False),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('respond_by', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('first_response_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('customer_accepted', sa.Boolean(), nullable=True),
    sa.Column('closed_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by_id'], ['staff.id'], name=op.f('fk_complaint_closed_by_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_complaint_customer_id_customer')),
    sa.ForeignKeyConstraint(['followup_id'], ['followup.id'], name=op.f('fk_complaint_followup_id_followup')),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_complaint_order_id_repair_order')),
    sa.ForeignKeyConstraint(['received_by_id'], ['staff.id'], name=op.f('fk_complaint_received_by_id_staff')),
    sa.ForeignKeyConstraint(['responsible_id'], ['staff.id'], name=op.f('fk_complaint_responsible_id_staff')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_complaint_updated_by_id_staff')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_complaint_vehicle_id_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    sa.UniqueConstraint('number', name=op.f('uq_complaint_number'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_responsible_id'), ['responsible_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_status'), ['status'], unique=False)

    op.create_table('followup_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('followup_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('reached', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['followup_id'], ['followup.id'], name=op.f('fk_followup_attempt_followup_id_followup'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_followup_attempt_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup_attempt'))
    )
    with op.batch_alter_table('followup_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followup_attempt_followup_id'), ['followup_id'], unique=False)

    op.create_table('reminder_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('additional_work_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['additional_work_id'], ['additional_work.id'], name=op.f('fk_reminder_call_additional_work_id_additional_work')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_reminder_call_appointment_id_appointment')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_reminder_call_staff_id_staff')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_reminder_call_vehicle_id_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_call'))
    )
    with op.batch_alter_table('reminder_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_call_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_call_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_call_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('complaint_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_step_complaint_id_complaint'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_complaint_step_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_step'))
    )
    with op.batch_alter_table('complaint_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_step_complaint_id'), ['complaint_id'], unique=False)

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('birthday', sa.Date(), nullable=True))

    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('followup_day', sa.Integer(), nullable=False, server_default='3'))
        batch_op.add_column(sa.Column('complaint_response_hours', sa.Integer(), nullable=False, server_default='24'))
        batch_op.add_column(sa.Column('kpi_targets', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purchased_on', sa.Date(), nullable=True))

    # the KPI queries count orders by when they were opened and look up repeats of an order
    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_order_opened_at'), ['opened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_order_repeat_of_id'), ['repeat_of_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_order_repeat_of_id'))
        batch_op.drop_index(batch_op.f('ix_repair_order_opened_at'))

    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.drop_column('purchased_on')

    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.drop_column('kpi_targets')
        batch_op.drop_column('complaint_response_hours')
        batch_op.drop_column('followup_day')

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('birthday')

    with op.batch_alter_table('complaint_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_step_complaint_id'))

    op.drop_table('complaint_step')
    with op.batch_alter_table('reminder_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_call_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_reminder_call_kind'))
        batch_op.drop_index(batch_op.f('ix_reminder_call_at'))

    op.drop_table('reminder_call')
    with op.batch_alter_table('followup_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followup_attempt_followup_id'))

    op.drop_table('followup_attempt')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_status'))
        batch_op.drop_index(batch_op.f('ix_complaint_responsible_id'))
        batch_op.drop_index(batch_op.f('ix_complaint_received_at'))
        batch_op.drop_index(batch_op.f('ix_complaint_order_id'))
        batch_op.drop_index(batch_op.f('ix_complaint_customer_id'))

    op.drop_table('complaint')
    with op.batch_alter_table('followup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followup_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_followup_status'))
        batch_op.drop_index(batch_op.f('ix_followup_due_on'))
        batch_op.drop_index(batch_op.f('ix_followup_customer_id'))
        batch_op.drop_index(batch_op.f('ix_followup_completed_at'))
        batch_op.drop_index(batch_op.f('ix_followup_caller_id'))

    op.drop_table('followup')
