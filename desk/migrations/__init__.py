"""Alembic migrations of Desk's schema."""
