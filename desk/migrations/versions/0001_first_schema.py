"""First schema: customers, cars, appointments, repair orders, payments, exit passes, staff.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 16:24:19.720606
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

import desk.models.base


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('number_sequence',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'day', name=op.f('pk_number_sequence'))
    )
    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('name', name=op.f('uq_team_name'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_staff_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('name', name=op.f('uq_staff_name'))
    )
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('is_company', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_customer_updated_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_phone'), ['phone'], unique=False)

    op.create_table('shop_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('labour_rate_fen', sa.BigInteger(), nullable=False),
    sa.Column('opening_time', sa.Time(), nullable=False),
    sa.Column('closing_time', sa.Time(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_shop_settings_updated_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shop_settings'))
    )
    op.create_table('vehicle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('plate', sa.String(length=12), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('colour', sa.String(length=20), nullable=False),
    sa.Column('last_mileage', sa.Integer(), nullable=True),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_vehicle_customer_id_customer')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_vehicle_updated_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle')),
    sa.UniqueConstraint('plate', name=op.f('uq_vehicle_plate')),
    sa.UniqueConstraint('vin', name=op.f('uq_vehicle_vin'))
    )
    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicle_customer_id'), ['customer_id'], unique=False)

    op.create_table('appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=False),
    sa.Column('slot_start', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('requested_work', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['advisor_id'], ['staff.id'], name=op.f('fk_appointment_advisor_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_appointment_customer_id_customer')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_appointment_updated_by_id_staff')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_appointment_vehicle_id_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment')),
    sa.UniqueConstraint('number', name=op.f('uq_appointment_number'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_slot_start'), ['slot_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointment_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('repair_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('opened_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('promised_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('mileage', sa.Integer(), nullable=False),
    sa.Column('mileage_reason', sa.Text(), nullable=False),
    sa.Column('complaint', sa.Text(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('settled_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('released_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['advisor_id'], ['staff.id'], name=op.f('fk_repair_order_advisor_id_staff')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_repair_order_appointment_id_appointment')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_repair_order_customer_id_customer')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_repair_order_updated_by_id_staff')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_repair_order_vehicle_id_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_order')),
    sa.UniqueConstraint('appointment_id', name=op.f('uq_repair_order_appointment_id')),
    sa.UniqueConstraint('number', name=op.f('uq_repair_order_number'))
    )
    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_order_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_order_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_repair_order_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('document_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('order_version', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_document_snapshot_order_id_repair_order')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_document_snapshot_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_snapshot'))
    )
    with op.batch_alter_table('document_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_snapshot_order_id'), ['order_id'], unique=False)

    op.create_table('exit_pass',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('valid_until', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('used_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['issued_by_id'], ['staff.id'], name=op.f('fk_exit_pass_issued_by_id_staff')),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_exit_pass_order_id_repair_order')),
    sa.ForeignKeyConstraint(['used_by_id'], ['staff.id'], name=op.f('fk_exit_pass_used_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exit_pass')),
    sa.UniqueConstraint('number', name=op.f('uq_exit_pass_number'))
    )
    with op.batch_alter_table('exit_pass', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exit_pass_order_id'), ['order_id'], unique=False)

    op.create_table('labour_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('hours_centi', sa.Integer(), nullable=False),
    sa.Column('rate_fen', sa.BigInteger(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('pay_type', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_labour_line_order_id_repair_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_line'))
    )
    with op.batch_alter_table('labour_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_labour_line_order_id'), ['order_id'], unique=False)

    op.create_table('part_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('part_number', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('quantity_milli', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.BigInteger(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('pay_type', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_part_line_order_id_repair_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_part_line'))
    )
    with op.batch_alter_table('part_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_part_line_order_id'), ['order_id'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_payment_order_id_repair_order')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_payment_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_order_id'), ['order_id'], unique=False)

    op.create_table('status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_status_change_order_id_repair_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_status_change_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_change'))
    )
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_change_order_id'), ['order_id'], unique=False)

    shop = sa.table(
        "shop_settings",
        sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("address", sa.String),
        sa.column("phone", sa.String), sa.column("labour_rate_fen", sa.Integer),
        sa.column("opening_time", sa.Time), sa.column("closing_time", sa.Time),
        sa.column("timezone", sa.String), sa.column("version", sa.Integer),
        sa.column("updated_at", desk.models.base.UTCDateTime()),
    )
    # A new database starts with settings a shop can print with at once and then correct.
    op.bulk_insert(shop, [{
        "id": 1, "name": "本店名称（请在设置中修改）", "address": "", "phone": "",
        "labour_rate_fen": 18000, "opening_time": dt.time(8, 30), "closing_time": dt.time(18, 0),
        "timezone": "Asia/Shanghai", "version": 1,
        "updated_at": dt.datetime.now(dt.timezone.utc),
    }])


def downgrade() -> None:
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_change_order_id'))

    op.drop_table('status_change')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_order_id'))

    op.drop_table('payment')
    with op.batch_alter_table('part_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_part_line_order_id'))

    op.drop_table('part_line')
    with op.batch_alter_table('labour_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_labour_line_order_id'))

    op.drop_table('labour_line')
    with op.batch_alter_table('exit_pass', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exit_pass_order_id'))

    op.drop_table('exit_pass')
    with op.batch_alter_table('document_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_snapshot_order_id'))

    op.drop_table('document_snapshot')
    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_order_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_repair_order_status'))
        batch_op.drop_index(batch_op.f('ix_repair_order_customer_id'))

    op.drop_table('repair_order')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_appointment_slot_start'))

    op.drop_table('appointment')
    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vehicle_customer_id'))

    op.drop_table('vehicle')
    op.drop_table('shop_settings')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_phone'))
        batch_op.drop_index(batch_op.f('ix_customer_name'))

    op.drop_table('customer')
    op.drop_table('staff')
    op.drop_table('team')
    op.drop_table('number_sequence')
