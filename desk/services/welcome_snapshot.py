"""The frozen data of a welcome board (欢迎牌): what :mod:`desk.printing.welcome_board` draws.

Plain data only (like :mod:`desk.services.snapshots`): the printing layer imports it without
touching the database. :func:`desk.services.welcome.welcome_board` fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.services.snapshots import ShopHeader


@dataclass(frozen=True)
class WelcomeBoardData:
    shop: ShopHeader
    number: str
    """The appointment's number, printed small."""
    guest: str
    """The customer as the privacy setting allows: 张伟, 王先生, 深圳市鹏远物流有限公司 or 粤B·12345."""
    plate: str
    """粤B·12345; shown beside the time unless the guest already is the plate."""
    day: str
    """``2026年11月23日``."""
    time: str
    """``09:30``."""
    advisor: str
