"""Settlement: payers, discounts, 抹零, on account, next service, void; signed exit passes.

The exit-pass signing key is made here, once per database, from the operating system's random
source; it is never printed or logged. New NOT NULL columns carry server defaults.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:47:46.091667
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op

import desk.models.base


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('installation_key',
    sa.Column('name', sa.String(length=30), nullable=False),
    sa.Column('key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_installation_key'))
    )
    key_table = sa.table(
        'installation_key', sa.column('name', sa.String), sa.column('key', sa.LargeBinary),
        sa.column('created_at', desk.models.base.UTCDateTime(timezone=True)),
    )
    op.bulk_insert(key_table, [
        {'name': 'exit_pass', 'key': secrets.token_bytes(32), 'created_at': dt.datetime.now(dt.timezone.utc)},
    ])
    op.create_table('settlement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('cashier_id', sa.Integer(), nullable=True),
    sa.Column('bill_discount_fen', sa.BigInteger(), nullable=False),
    sa.Column('rounding_fen', sa.BigInteger(), nullable=False),
    sa.Column('customer_due_fen', sa.BigInteger(), nullable=False),
    sa.Column('warranty_fen', sa.BigInteger(), nullable=False),
    sa.Column('insurance_fen', sa.BigInteger(), nullable=False),
    sa.Column('insurer', sa.String(length=100), nullable=False),
    sa.Column('claim_number', sa.String(length=60), nullable=False),
    sa.Column('on_account_fen', sa.BigInteger(), nullable=False),
    sa.Column('on_account_approved_by_id', sa.Integer(), nullable=True),
    sa.Column('next_service_date', sa.Date(), nullable=True),
    sa.Column('next_service_km', sa.Integer(), nullable=True),
    sa.Column('followup_time', sa.String(length=60), nullable=False),
    sa.Column('signature_photo_id', sa.Integer(), nullable=True),
    sa.Column('snapshot_id', sa.Integer(), nullable=True),
    sa.Column('voided_at', desk.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('voided_by_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False, server_default=''),
    sa.ForeignKeyConstraint(['cashier_id'], ['staff.id'], name=op.f('fk_settlement_cashier_id_staff')),
    sa.ForeignKeyConstraint(['on_account_approved_by_id'], ['staff.id'], name=op.f('fk_settlement_on_account_approved_by_id_staff')),
    sa.ForeignKeyConstraint(['order_id'], ['repair_order.id'], name=op.f('fk_settlement_order_id_repair_order')),
    sa.ForeignKeyConstraint(['signature_photo_id'], ['photo.id'], name=op.f('fk_settlement_signature_photo_id_photo')),
    sa.ForeignKeyConstraint(['snapshot_id'], ['document_snapshot.id'], name=op.f('fk_settlement_snapshot_id_document_snapshot')),
    sa.ForeignKeyConstraint(['voided_by_id'], ['staff.id'], name=op.f('fk_settlement_voided_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement'))
    )
    with op.batch_alter_table('settlement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_order_id'), ['order_id'], unique=False)

    with op.batch_alter_table('document_snapshot', schema=None) as batch_op:
        batch_op.add_column(sa.Column('voided_at', desk.models.base.UTCDateTime(timezone=True), nullable=True))

    with op.batch_alter_table('exit_pass', schema=None) as batch_op:
        batch_op.add_column(sa.Column('plate', sa.String(length=12), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('voided_at', desk.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('void_reason', sa.Text(), nullable=False))

    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('settlement_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('change_fen', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.create_index(batch_op.f('ix_payment_settlement_id'), ['settlement_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_payment_settlement_id_settlement'), 'settlement', ['settlement_id'], ['id'])

    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discount_limits', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('exit_pass_hours', sa.Integer(), nullable=False, server_default='24'))
        batch_op.add_column(sa.Column('settlement_paper', sa.String(length=10), nullable=False, server_default='A4'))
        batch_op.add_column(sa.Column('exit_pass_paper', sa.String(length=10), nullable=False, server_default='A6'))



def downgrade() -> None:
    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.drop_column('exit_pass_paper')
        batch_op.drop_column('settlement_paper')
        batch_op.drop_column('exit_pass_hours')
        batch_op.drop_column('discount_limits')

    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_payment_settlement_id_settlement'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_payment_settlement_id'))
        batch_op.drop_column('change_fen')
        batch_op.drop_column('settlement_id')

    with op.batch_alter_table('exit_pass', schema=None) as batch_op:
        batch_op.drop_column('void_reason')
        batch_op.drop_column('voided_at')
        batch_op.drop_column('plate')

    with op.batch_alter_table('document_snapshot', schema=None) as batch_op:
        batch_op.drop_column('voided_at')

    with op.batch_alter_table('settlement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_order_id'))
        batch_op.drop_index(batch_op.f('ix_settlement_at'))

    op.drop_table('settlement')
    op.drop_table('installation_key')
