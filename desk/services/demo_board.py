"""The demo shop's board: every dispatched job carries the team it was dispatched to.

The demo writes its dispatches as status changes with the reason ``派工：<team>`` (as
:func:`desk.services.board.dispatch` does); this gives each such order its ``team_id``, so the
board and the workshop's capacity see whose job it is.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.models import RepairOrder, StatusChange, Team
from desk.models.enums import OrderStatus


def assign_teams(session: Session) -> int:
    """Set the team of every order dispatched with a team's name as the reason; how many."""
    session.flush()
    changed = 0
    for team_id, name in session.execute(select(Team.id, Team.name)).all():
        dispatched = select(StatusChange.order_id).where(
            StatusChange.to_status == OrderStatus.DISPATCHED.value, StatusChange.reason == f"派工：{name}",
        )
        result = session.execute(
            # keep updated_at: the demo has already given every order its simulated time
            update(RepairOrder).where(RepairOrder.id.in_(dispatched))
            .values(team_id=team_id, updated_at=RepairOrder.updated_at),
            execution_options={"synchronize_session": False},
        )
        changed += result.rowcount or 0
    session.expire_all()
    return changed
