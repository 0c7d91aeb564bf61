"""Staff sign-in and the audit log: password hashes (argon2), forced change after a reset, wrong
password count and lock time, last sign-in; the idle-lock setting; the append-only audit log whose
rows the database refuses to change or delete.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 15:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.models.base

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_SQLITE_GUARDS = [
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END""",
]

_POSTGRES_GUARDS = [
    """CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$""",
    """CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
       FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()""",
]


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', desk.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('staff_name', sa.String(length=50), nullable=False),
    sa.Column('workstation', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('record_label', sa.String(length=200), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_audit_entry_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_record_label'), ['record_label'], unique=False)
    guards = _POSTGRES_GUARDS if op.get_bind().dialect.name == "postgresql" else _SQLITE_GUARDS
    for statement in guards:
        op.execute(statement)

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('failed_sign_ins', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_until', desk.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_sign_in_at', desk.models.base.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('idle_lock_minutes', sa.Integer(), nullable=False, server_default='10'))


def downgrade() -> None:
    with op.batch_alter_table('shop_settings', schema=None) as batch_op:
        batch_op.drop_column('idle_lock_minutes')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('last_sign_in_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_sign_ins')
        batch_op.drop_column('must_change_password')
        batch_op.drop_column('password_hash')
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
    else:
        op.drop_table('audit_entry')
