"""Workshop: dispatch per line, job clock, additional work, checks, promises, discounts.

New NOT NULL columns carry server defaults so databases with orders migrate in place.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 18:44:30.889287
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('additional_work',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('found_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('found_by_id', sa.Integer(), nullable=True),
    sa.Column('extra_hours_centi', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=50), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('customer_told_new_promise', sa.Boolean(), nullable=False),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('taken_up_order_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['found_by_id'], ['staff.id'], name=op.f('fk_additional_work_found_by_id_staff')),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_additional_work_order_id_repair_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'], name=op.f('fk_additional_work_recorded_by_id_staff')),
    sa.ForeignKeyConstraint(['taken_up_order_id'], ['repair_order.id'], name=op.f('fk_additional_work_taken_up_order_id_repair_order')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_additional_work_updated_by_id_staff')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_additional_work_vehicle_id_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_additional_work'))
    )
    with op.batch_alter_table('additional_work', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_additional_work_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_additional_work_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_additional_work_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('delivery_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('fault_gone', sa.Boolean(), nullable=False),
    sa.Column('old_parts_ready', sa.Boolean(), nullable=False),
    sa.Column('clean', sa.Boolean(), nullable=False),
    sa.Column('nothing_left_inside', sa.Boolean(), nullable=False),
    sa.Column('spare_tyre_and_tools', sa.Boolean(), nullable=False),
    sa.Column('covers_removed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_delivery_check_order_id_repair_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_delivery_check_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_check'))
    )
    with op.batch_alter_table('delivery_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_check_order_id'), ['order_id'], unique=False)

    op.create_table('progress_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('on_time', sa.Boolean(), nullable=False),
    sa.Column('new_promised_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('customer_told', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_progress_check_order_id_repair_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_progress_check_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_check'))
    )
    with op.batch_alter_table('progress_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_check_order_id'), ['order_id'], unique=False)

    op.create_table('promise_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('old_promised_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('new_promised_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('computed_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('customer_told', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_promise_change_order_id_repair_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_promise_change_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promise_change'))
    )
    with op.batch_alter_table('promise_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promise_change_order_id'), ['order_id'], unique=False)

    op.create_table('quality_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('inspector_id', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['inspector_id'], ['staff.id'], name=op.f('fk_quality_check_inspector_id_staff')),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_quality_check_order_id_repair_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_check'))
    )
    with op.batch_alter_table('quality_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quality_check_order_id'), ['order_id'], unique=False)

    op.create_table('additional_labour',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('hours_centi', sa.Integer(), nullable=False),
    sa.Column('rate_fen', sa.BigInteger(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('pay_type', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['work_id'], ['additional_work.id'], name=op.f('fk_additional_labour_work_id_additional_work'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_additional_labour'))
    )
    with op.batch_alter_table('additional_labour', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_additional_labour_work_id'), ['work_id'], unique=False)

    op.create_table('additional_part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_id', sa.Integer(), nullable=False),
    sa.Column('part_number', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('quantity_milli', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.BigInteger(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('pay_type', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['work_id'], ['additional_work.id'], name=op.f('fk_additional_part_work_id_additional_work'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_additional_part'))
    )
    with op.batch_alter_table('additional_part', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_additional_part_work_id'), ['work_id'], unique=False)

    op.create_table('additional_work_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_id', sa.Integer(), nullable=False),
    sa.Column('photo_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['photo_id'], ['photo.id'], name=op.f('fk_additional_work_photo_photo_id_photo')),
    sa.ForeignKeyConstraint(['work_id'], ['additional_work.id'], name=op.f('fk_additional_work_photo_work_id_additional_work'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_additional_work_photo'))
    )
    with op.batch_alter_table('additional_work_photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_additional_work_photo_work_id'), ['work_id'], unique=False)

    op.create_table('job_clock_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('labour_line_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['labour_line_id'], ['labour_line.id'], name=op.f('fk_job_clock_event_labour_line_id_labour_line'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_job_clock_event_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_clock_event'))
    )
    with op.batch_alter_table('job_clock_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_clock_event_labour_line_id'), ['labour_line_id'], unique=False)

    with op.batch_alter_table('labour_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discount_bp', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('team_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('technician_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('clock_state', sa.String(length=12), nullable=False, server_default='not_started'))
        batch_op.add_column(sa.Column('additional_work_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_labour_line_technician_id_staff'), 'staff', ['technician_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_labour_line_team_id_team'), 'team', ['team_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_labour_line_additional_work_id_additional_work'), 'additional_work', ['additional_work_id'], ['id'])

    with op.batch_alter_table('part_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discount_bp', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('additional_work_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_part_line_additional_work_id_additional_work'), 'additional_work', ['additional_work_id'], ['id'])

    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payment_intent', sa.String(length=12), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('old_parts', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('extra_work_consent', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('callback_phone', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('repeat_of_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_repair_order_repeat_of_id_repair_order'), 'repair_order', ['repeat_of_id'], ['id'])

    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quality_buffer_minutes', sa.Integer(), nullable=False, server_default='30'))
        batch_op.add_column(sa.Column('closed_weekdays', sa.String(length=20), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.drop_column('closed_weekdays')
        batch_op.drop_column('quality_buffer_minutes')

    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_repair_order_repeat_of_id_repair_order'), type_='foreignkey')
        batch_op.drop_column('repeat_of_id')
        batch_op.drop_column('callback_phone')
        batch_op.drop_column('extra_work_consent')
        batch_op.drop_column('old_parts')
        batch_op.drop_column('payment_intent')

    with op.batch_alter_table('part_line', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_part_line_additional_work_id_additional_work'), type_='foreignkey')
        batch_op.drop_column('additional_work_id')
        batch_op.drop_column('discount_bp')

    with op.batch_alter_table('labour_line', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_labour_line_additional_work_id_additional_work'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_labour_line_team_id_team'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_labour_line_technician_id_staff'), type_='foreignkey')
        batch_op.drop_column('additional_work_id')
        batch_op.drop_column('clock_state')
        batch_op.drop_column('technician_id')
        batch_op.drop_column('team_id')
        batch_op.drop_column('discount_bp')

    with op.batch_alter_table('job_clock_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_clock_event_labour_line_id'))

    op.drop_table('job_clock_event')
    with op.batch_alter_table('additional_work_photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_additional_work_photo_work_id'))

    op.drop_table('additional_work_photo')
    with op.batch_alter_table('additional_part', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_additional_part_work_id'))

    op.drop_table('additional_part')
    with op.batch_alter_table('additional_labour', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_additional_labour_work_id'))

    op.drop_table('additional_labour')
    with op.batch_alter_table('quality_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quality_check_order_id'))

    op.drop_table('quality_check')
    with op.batch_alter_table('promise_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promise_change_order_id'))

    op.drop_table('promise_change')
    with op.batch_alter_table('progress_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_check_order_id'))

    op.drop_table('progress_check')
    with op.batch_alter_table('delivery_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_check_order_id'))

    op.drop_table('delivery_check')
    with op.batch_alter_table('additional_work', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_additional_work_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_additional_work_status'))
        batch_op.drop_index(batch_op.f('ix_additional_work_order_id'))

    op.drop_table('additional_work')
