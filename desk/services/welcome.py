"""The data printed on a welcome board (欢迎牌), frozen, with the customer shown as the shop's
privacy setting says."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.services import appointments
from desk.services.capacity import booking_settings
from desk.services.privacy import shown_customer
from desk.services.shop import format_local, shop_info
from desk.services.snapshots import ShopHeader
from desk.services.welcome_snapshot import WelcomeBoardData


def welcome_board(session: Session, number: str) -> WelcomeBoardData:
    row = appointments.row(session, number)
    shop = shop_info(session)
    privacy = booking_settings(session).privacy
    return WelcomeBoardData(
        shop=ShopHeader(name=shop.name, address=shop.address, phone=shop.phone),
        number=row.number,
        guest=shown_customer(row.customer, row.gender, row.is_company, row.plate, privacy),
        plate=row.plate,
        day=format_local(session, row.slot_start, "%Y年%m月%d日"),
        time=format_local(session, row.slot_start, "%H:%M"),
        advisor=row.advisor,
    )
