"""Catalogues: labour operations, parts, service packages; labour rates per pay type.

The new rate columns on shop_settings are nullable (None: the customer rate), so databases with
data migrate in place.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:10:23.492058
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('labour_operation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('standard_hours_centi', sa.Integer(), nullable=False),
    sa.Column('team', sa.String(length=50), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_labour_operation_updated_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_operation')),
    sa.UniqueConstraint('code', name=op.f('uq_labour_operation_code'))
    )
    op.create_table('part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('part_number', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('price_fen', sa.BigInteger(), nullable=False),
    sa.Column('stock_milli', sa.Integer(), nullable=False),
    sa.Column('bin_location', sa.String(length=30), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_part_updated_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_part')),
    sa.UniqueConstraint('part_number', name=op.f('uq_part_part_number'))
    )
    op.create_table('service_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('model_family', sa.String(length=100), nullable=False),
    sa.Column('interval_months', sa.Integer(), nullable=True),
    sa.Column('interval_km', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'], name=op.f('fk_service_package_updated_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_package')),
    sa.UniqueConstraint('code', name=op.f('uq_service_package_code'))
    )
    op.create_table('package_labour',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.Integer(), nullable=False),
    sa.Column('operation_id', sa.Integer(), nullable=False),
    sa.Column('hours_centi', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['operation_id'], ['labour_operation.id'], name=op.f('fk_package_labour_operation_id_labour_operation')),
    sa.ForeignKeyConstraint(['package_id'], ['service_package.id'], name=op.f('fk_package_labour_package_id_service_package'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package_labour'))
    )
    with op.batch_alter_table('package_labour', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_package_labour_package_id'), ['package_id'], unique=False)

    op.create_table('package_part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.Integer(), nullable=False),
    sa.Column('part_id', sa.Integer(), nullable=False),
    sa.Column('quantity_milli', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['package_id'], ['service_package.id'], name=op.f('fk_package_part_package_id_service_package'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['part_id'], ['part.id'], name=op.f('fk_package_part_part_id_part')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_package_part'))
    )
    with op.batch_alter_table('package_part', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_package_part_package_id'), ['package_id'], unique=False)

    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('warranty_rate_fen', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('insurance_rate_fen', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('internal_rate_fen', sa.BigInteger(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.drop_column('internal_rate_fen')
        batch_op.drop_column('insurance_rate_fen')
        batch_op.drop_column('warranty_rate_fen')

    with op.batch_alter_table('package_part', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_package_part_package_id'))

    op.drop_table('package_part')
    with op.batch_alter_table('package_labour', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_package_labour_package_id'))

    op.drop_table('package_labour')
    op.drop_table('service_package')
    op.drop_table('part')
    op.drop_table('labour_operation')
