"""Every rule and every read or write of Desk, as functions taking a Session.

Nothing here imports Qt or reportlab, and nothing here commits: the caller owns the unit of work.
"""
