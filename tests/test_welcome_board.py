"""The welcome board (欢迎牌): one A4 landscape page, the customer as the privacy setting says."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from conftest import Shop
from desk.db import Database
from desk.models import Customer, ShopSettings
from desk.printing.fonts import FontNotFound
from desk.printing.welcome_board import render_welcome_board
from desk.services import appointments, welcome
from desk.services.snapshots import ShopHeader
from desk.services.welcome_snapshot import WelcomeBoardData
from test_appointment_book import NOW

DAY = dt.date(2026, 11, 24)


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "board.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_size(pdf: bytes, tmp_path: Path) -> tuple[float, float, int]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    size = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    return float(size[2]), float(size[4]), pages


def _book(database: Database, shop: Shop, *, gender: str = "male", company: bool = False) -> str:
    with database.unit_of_work() as s:
        person = s.get(Customer, shop.customer)
        assert person is not None
        person.gender = gender
        if company:
            person.name, person.is_company = "深圳市鹏远物流有限公司", True
        row = appointments.book(
            s, vehicle_id=shop.vehicle, advisor_id=shop.advisor, day=DAY, time=dt.time(9, 30),
            requested_work="保养", now=NOW,
        )
    return row.number


def _board(database: Database, number: str, privacy: str) -> WelcomeBoardData:
    with database.unit_of_work() as s:
        s.query(ShopSettings).one().privacy = privacy
    with database.unit_of_work(write=False) as s:
        return welcome.welcome_board(s, number)


@pytest.mark.parametrize(
    ("privacy", "gender", "company", "shown", "hidden"),
    [
        ("full_name", "male", False, "张伟", ()),
        ("surname_title", "male", False, "张先生", ("张伟",)),
        ("surname_title", "female", False, "张女士", ("张伟",)),
        ("surname_title", "", True, "深圳市鹏远物流有限公司", ()),
        ("plate", "male", False, "粤B·D12345", ("张伟", "张先生")),
        ("plate", "", True, "粤B·D12345", ("深圳市鹏远物流有限公司",)),
    ],
)
def test_welcome_board_text_for_each_privacy_setting(
    database: Database, seeded: Shop, tmp_path: Path, privacy: str, gender: str, company: bool, shown: str,
    hidden: tuple[str, ...],
) -> None:
    number = _book(database, seeded, gender=gender, company=company)
    data = _board(database, number, privacy)
    assert data.guest == shown
    pdf = render_welcome_board(data)
    text = pdf_text(pdf, tmp_path)
    for expected in ("欢迎", "莅临", shown, "09:30", "2026年11月24日", "李娜", "广州粤顺汽车销售服务有限公司", number, "粤B·D12345"):
        assert expected in text, expected
    for secret in (*hidden, "13812345678"):
        assert secret not in text, secret
    width, height, pages = page_size(pdf, tmp_path)
    assert (round(width), round(height), pages) == (842, 595, 1)  # A4 landscape, one page


def test_the_font_is_embedded(tmp_path: Path) -> None:
    data = WelcomeBoardData(
        shop=ShopHeader("广州粤顺汽车销售服务有限公司", "广州市天河区黄埔大道西 100 号", "020-38881234"),
        number="AP20261124-0001", guest="欧阳先生", plate="粤B·D12345", day="2026年11月24日", time="09:30",
        advisor="李娜",
    )
    path = tmp_path / "fonts.pdf"
    path.write_bytes(render_welcome_board(data))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts


def test_a_long_company_name_still_fits(tmp_path: Path) -> None:
    data = WelcomeBoardData(
        shop=ShopHeader("广州粤顺汽车销售服务有限公司", "", ""), number="AP20261124-0002",
        guest="广州市天河区恒信建材贸易有限公司第二分公司", plate="粤A·12345", day="2026年11月24日", time="14:00",
        advisor="王强",
    )
    text = pdf_text(render_welcome_board(data), tmp_path)
    assert "广州市天河区恒信建材贸易有限公司第二分公司" in text.replace(" ", "")


def test_a_missing_font_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = WelcomeBoardData(
        shop=ShopHeader("店", "", ""), number="AP1", guest="王先生", plate="", day="", time="", advisor="",
    )
    with pytest.raises(FontNotFound):
        render_welcome_board(data, font_path=tmp_path / "none.ttf")
