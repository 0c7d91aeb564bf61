"""Appointment book, board and wall screen, intake inspection.

New columns on existing tables get server defaults so databases with data migrate in place.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:53:00.799649
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_stamp',
    sa.Column('topic', sa.String(length=20), nullable=False),
    sa.Column('counter', sa.Integer(), nullable=False),
    sa.Column('changed_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('topic', name=op.f('pk_change_stamp'))
    )
    op.create_table('photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photo')),
    sa.UniqueConstraint('sha256', name=op.f('uq_photo_sha256'))
    )
    op.create_table('appointment_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_appointment_call_appointment_id_appointment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_appointment_call_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment_call'))
    )
    with op.batch_alter_table('appointment_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_call_appointment_id'), ['appointment_id'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('intake_key', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('advisor_id', sa.Integer(), nullable=True),
    sa.Column('mileage', sa.Integer(), nullable=True),
    sa.Column('mileage_reason', sa.Text(), nullable=False),
    sa.Column('fuel_eighths', sa.Integer(), nullable=True),
    sa.Column('keys', sa.Integer(), nullable=True),
    sa.Column('complaints', sa.Text(), nullable=False),
    sa.Column('checklist', sa.Text(), nullable=False),
    sa.Column('valuables', sa.Text(), nullable=False),
    sa.Column('first_service', sa.Boolean(), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('signed_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['advisor_id'], ['staff.id'], name=op.f('fk_inspection_advisor_id_staff')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], name=op.f('fk_inspection_appointment_id_appointment')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_inspection_customer_id_customer')),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_inspection_order_id_repair_order')),
    sa.ForeignKeyConstraint(['previous_id'], ['inspection.id'], name=op.f('fk_inspection_previous_id_inspection')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_inspection_updated_by_id_staff')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicle.id'], name=op.f('fk_inspection_vehicle_id_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection')),
    sa.UniqueConstraint('vehicle_id', 'intake_key', 'revision', name=op.f('uq_inspection_vehicle_id_intake_key_revision'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_intake_key'), ['intake_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('damage_mark',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_damage_mark_inspection_id_inspection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_damage_mark'))
    )
    with op.batch_alter_table('damage_mark', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_damage_mark_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('mark_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mark_id', sa.Integer(), nullable=False),
    sa.Column('photo_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mark_id'], ['damage_mark.id'], name=op.f('fk_mark_photo_mark_id_damage_mark'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['photo_id'], ['photo.id'], name=op.f('fk_mark_photo_photo_id_photo')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mark_photo'))
    )
    with op.batch_alter_table('mark_photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mark_photo_mark_id'), ['mark_id'], unique=False)

    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pay_type_intent', sa.String(length=12), nullable=False, server_default='customer'))
        batch_op.add_column(sa.Column('estimated_hours_centi', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('buffer_override_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('capacity_override_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_appointment_buffer_override_by_id_staff'), 'staff', ['buffer_override_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_appointment_capacity_override_by_id_staff'), 'staff', ['capacity_override_by_id'], ['id'])

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('gender', sa.String(length=10), nullable=False, server_default=''))

    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.add_column(sa.Column('team_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_repair_order_team_id_team'), 'team', ['team_id'], ['id'])

    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('slot_minutes', sa.Integer(), nullable=False, server_default='15'))
        batch_op.add_column(sa.Column('slots_before_buffer', sa.Integer(), nullable=False, server_default='3'))
        batch_op.add_column(sa.Column('working_hours_centi', sa.Integer(), nullable=False, server_default='800'))
        batch_op.add_column(sa.Column('privacy', sa.String(length=20), nullable=False, server_default='surname_title'))
        batch_op.add_column(sa.Column('checklist_template', sa.Text(), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.drop_column('checklist_template')
        batch_op.drop_column('privacy')
        batch_op.drop_column('working_hours_centi')
        batch_op.drop_column('slots_before_buffer')
        batch_op.drop_column('slot_minutes')

    with op.batch_alter_table('repair_order', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_repair_order_team_id_team'), type_='foreignkey')
        batch_op.drop_column('team_id')

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('gender')

    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_appointment_capacity_override_by_id_staff'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_appointment_buffer_override_by_id_staff'), type_='foreignkey')
        batch_op.drop_column('capacity_override_by_id')
        batch_op.drop_column('buffer_override_by_id')
        batch_op.drop_column('estimated_hours_centi')
        batch_op.drop_column('pay_type_intent')

    with op.batch_alter_table('mark_photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mark_photo_mark_id'))

    op.drop_table('mark_photo')
    with op.batch_alter_table('damage_mark', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_damage_mark_inspection_id'))

    op.drop_table('damage_mark')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_order_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_intake_key'))

    op.drop_table('inspection')
    with op.batch_alter_table('appointment_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_call_appointment_id'))

    op.drop_table('appointment_call')
    op.drop_table('photo')
    op.drop_table('change_stamp')
