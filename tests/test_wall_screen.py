"""The workshop's wall screen: what it shows (and never shows), paging, scaling with the screen,
a change made by another process showing within 5 s on both databases, and carrying on by itself
after the database went away and came back."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk import db as desk_db
from desk.config import Settings
from desk.db_watch import watching_database
from desk.models import Customer, ShopSettings
from desk.models.base import utc_now
from desk.services import board, changes, customers, orders, shop
from desk.services.validation import vin_check_digit
from desk.views.runner import Runner
from desk.views.wall_screen import WallScreen
from conftest import seed_shop
from gui_helpers import RecordingReporter
from pgserver import PostgresServer, postgres_unavailable_reason, running_in_ci

pytestmark = pytest.mark.gui

NAMES = ("张伟", "欧阳娜娜", "李强", "深圳市鹏远物流有限公司")
PHONES = ("13812345678", "13900000001", "13900000002", "13900000003")


def vin(serial: int) -> str:
    body = f"LFV2A21K0G3{serial:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


def fill(database: desk_db.Database, cars: int = 3) -> list[str]:
    """The seeded shop plus more customers; one open order per car. Returns the order numbers."""
    ids = seed_shop(database)
    now = utc_now()
    people = [("欧阳娜娜", "13900000001", "female", False), ("李强", "13900000002", "male", False),
              ("深圳市鹏远物流有限公司", "13900000003", "", True)]
    numbers = []
    with database.unit_of_work() as s:
        s.get(Customer, ids.customer).gender = "male"
        vehicles = [ids.vehicle]
        for serial in range(1, cars):
            name, phone, gender, company = people[(serial - 1) % len(people)]
            card = customers.create_customer(
                s, name=name if serial <= len(people) else f"{name[0]}客{serial}", phone=f"139{serial:08d}",
                is_company=company,
            )
            s.get(Customer, card.id).gender = gender
            vehicles.append(customers.add_vehicle(s, card.id, plate=f"粤A{serial:05d}", vin=vin(serial),
                                                  model="大众 帕萨特 330TSI").id)
        for index, vehicle in enumerate(vehicles):
            number = orders.open_order(
                s, vehicle_id=vehicle, advisor_id=ids.advisor, mileage=40000 + index, complaint="保养",
                promised_at=now + dt.timedelta(hours=3),
            ).number
            orders.add_labour_line(s, number, name="保养", hours="1")
            numbers.append(number)
    return numbers


def set_privacy(database: desk_db.Database, privacy: str) -> None:
    with database.unit_of_work() as s:
        s.scalar(select(ShopSettings)).privacy = privacy
        changes.note(s, settings=True)


@pytest.fixture
def wall_on(qtbot):  # type: ignore[no-untyped-def]
    """Start a wall screen on a database URL; stopped at the end of the test."""
    made: list[tuple[WallScreen, desk_db.Database]] = []

    def start(url: str, *, poll_ms: int = 200, size: tuple[int, int] = (1920, 1080), page_ms: int = 60_000) -> WallScreen:
        database = watching_database(url)
        wall = WallScreen(Runner(database, Settings(database_url=url), RecordingReporter()), poll_ms=poll_ms,
                          page_ms=page_ms)
        qtbot.addWidget(wall)
        wall.resize(*size)
        wall.show()
        made.append((wall, database))
        qtbot.waitUntil(lambda: wall.current is not None, timeout=10_000)
        return wall

    yield start
    for wall, database in made:
        wall.stop()
        database.dispose()


def rows(wall: WallScreen) -> dict[str, str]:
    """Plate → status of the rows on the screen now."""
    return {
        row.labels["plate"].text(): row.labels["status"].text() for row in wall.rows if row.isVisibleTo(wall)
    }


# --- what is shown ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("privacy", "expected"),
    [
        ("surname_title", {"张先生", "欧阳女士", "李先生", "深圳市鹏远物流有限公司"}),
        ("plate", {""}),  # the plate is in its own column already
    ],
)
def test_no_phone_numbers_and_no_full_names(qtbot, wall_on, sqlite_url: str, privacy: str, expected: set[str]) -> None:
    database = desk_db.Database(sqlite_url)
    try:
        fill(database, cars=4)
        set_privacy(database, privacy)
    finally:
        database.dispose()
    wall = wall_on(sqlite_url)
    shown = {row.labels["customer"].text() for row in wall.rows if row.isVisibleTo(wall)}
    # a long company name is cut with … to fit its column
    assert {next(e for e in expected if e == t or (t.endswith("…") and e.startswith(t[:-1]))) for t in shown} == expected
    assert set(rows(wall)) == {"粤B·D12345", "粤A·00001", "粤A·00002", "粤A·00003"}
    texts = "\n".join(wall.texts())
    assert "广州粤顺汽车销售服务有限公司" in texts and "维修进度看板" in texts
    for phone in PHONES:
        assert phone not in texts and phone[-4:] not in texts.replace("粤A·0000", "")
    for name in ("张伟", "欧阳娜娜", "李强"):
        assert name not in texts
    assert "020-38881234" not in texts  # not even the shop's own phone


def test_never_a_full_name_even_when_the_shop_chose_full_names(qtbot, wall_on, sqlite_url: str) -> None:
    """Issue 8 (隐私): the wall is read by everyone walking past; full_name means 张先生 there."""
    database = desk_db.Database(sqlite_url)
    try:
        fill(database, cars=2)
        set_privacy(database, "full_name")
    finally:
        database.dispose()
    wall = wall_on(sqlite_url)
    texts = "\n".join(wall.texts())
    assert "张先生" in texts and "欧阳女士" in texts
    assert "张伟" not in texts and "欧阳娜娜" not in texts
    assert not any(phone in texts for phone in PHONES)


def test_pages_through_more_cards_than_fit(qtbot, wall_on, sqlite_url: str) -> None:
    database = desk_db.Database(sqlite_url)
    try:
        fill(database, cars=25)
    finally:
        database.dispose()
    wall = wall_on(sqlite_url, size=(1280, 720), page_ms=300)
    assert wall.per_page < 25
    pages = -(-25 // wall.per_page)
    assert wall.pages() == pages
    first = set(rows(wall))
    assert len(first) == wall.per_page
    assert wall.pager.text() == f"第 1/{pages} 页"
    qtbot.waitUntil(lambda: wall.pager.text() == f"第 2/{pages} 页", timeout=3000)
    assert not first & set(rows(wall))
    seen = set(first)
    for _ in range(pages - 1):
        seen |= set(rows(wall))
        wall.next_page()
    assert len(seen) == 25


def test_type_scales_with_the_screen(qtbot, wall_on, sqlite_url: str) -> None:
    database = desk_db.Database(sqlite_url)
    try:
        fill(database, cars=2)
    finally:
        database.dispose()
    wall = wall_on(sqlite_url, size=(1920, 1080))
    plate = wall.rows[0].labels["plate"]
    plate.ensurePolished()
    small = plate.font().pixelSize()
    per_page = wall.per_page
    wall.resize(3840, 2160)
    qtbot.waitUntil(lambda: wall.width() == 3840)
    plate = wall.rows[0].labels["plate"]
    plate.ensurePolished()
    assert small >= 36 and plate.font().pixelSize() == 2 * small
    assert wall.per_page == per_page  # the same layout, twice the size
    wall.clock.ensurePolished()
    assert wall.clock.font().pixelSize() >= 150
    assert rows(wall)  # the rows are filled again after the resize


def test_escape_closes_it(qtbot, wall_on, sqlite_url: str) -> None:
    database = desk_db.Database(sqlite_url)
    try:
        fill(database, cars=1)
    finally:
        database.dispose()
    wall = wall_on(sqlite_url)
    assert wall.cursor().shape() == Qt.CursorShape.BlankCursor
    wall.activateWindow()
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wall.isVisible())
    assert not wall.thread_.isRunning()


# --- changes from elsewhere -------------------------------------------------------------------

SECOND_PC = textwrap.dedent(
    """
    import sys
    from desk.db import Database
    from desk.services import board, shop
    database = Database(sys.argv[1])
    with database.unit_of_work() as session:
        team = shop.list_teams(session)[0].id
        board.dispatch(session, sys.argv[2], team)
    database.dispose()
    """
)


def test_a_change_from_another_process_shows_within_5_seconds(qtbot, wall_on, database_url: str) -> None:
    database = desk_db.Database(database_url)
    try:
        numbers = fill(database, cars=2)
    finally:
        database.dispose()
    wall = wall_on(database_url, poll_ms=1500)  # the screen's own interval
    assert rows(wall)["粤B·D12345"] == "待派工"
    subprocess.run([sys.executable, "-c", SECOND_PC, database_url, numbers[0]], check=True, timeout=60)
    changed = time.monotonic()
    qtbot.waitUntil(lambda: rows(wall).get("粤B·D12345") == "已派工", timeout=5000)
    assert time.monotonic() - changed < 5
    row = next(r for r in wall.rows if r.labels["plate"].text() == "粤B·D12345")
    assert row.labels["team"].text() == "机电一组"


def test_no_full_read_while_nothing_changes(qtbot, wall_on, sqlite_url: str, monkeypatch) -> None:
    database = desk_db.Database(sqlite_url)
    try:
        fill(database, cars=1)
    finally:
        database.dispose()
    reads: list[int] = []
    real = board.wall_board
    monkeypatch.setattr(board, "wall_board", lambda *a, **k: reads.append(1) or real(*a, **k))
    wall = wall_on(sqlite_url, poll_ms=100)
    qtbot.wait(800)  # several looks at the stamp
    assert len(reads) == 1
    assert wall.banner.isHidden()


# --- the database goes away and comes back ------------------------------------------------


def _wait_offline(qtbot, wall: WallScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not wall.banner.isHidden(), timeout=10_000)
    assert "无法连接数据库，正在重试" in wall.banner.text()
    assert "粤B·D12345" in rows(wall)  # the last board stays


def _change_and_see(qtbot, wall: WallScreen, url: str, number: str) -> None:  # type: ignore[no-untyped-def]
    database = desk_db.Database(url)
    try:
        with database.unit_of_work() as s:
            board.dispatch(s, number, shop.list_teams(s)[0].id)
    finally:
        database.dispose()
    qtbot.waitUntil(lambda: rows(wall).get("粤B·D12345") == "已派工", timeout=5000)


def test_recovers_when_the_sqlite_file_comes_back(qtbot, wall_on, sqlite_url: str, tmp_path: Path) -> None:
    database = desk_db.Database(sqlite_url)
    try:
        numbers = fill(database, cars=2)
    finally:
        database.dispose()
    wall = wall_on(sqlite_url)
    path = desk_db.sqlite_path(sqlite_url)
    assert path is not None
    aside = tmp_path / "aside"
    aside.mkdir()
    files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
    for file in files:
        shutil.move(file, aside / file.name)
    _wait_offline(qtbot, wall)
    assert not path.exists()  # the screen did not make an empty database in its place
    for file in files:
        shutil.move(aside / file.name, file)
    qtbot.waitUntil(lambda: wall.banner.isHidden(), timeout=10_000)
    _change_and_see(qtbot, wall, sqlite_url, numbers[0])


@pytest.fixture
def own_postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test's own, to be stopped and started again."""
    reason = postgres_unavailable_reason()
    if reason is not None:
        if running_in_ci():
            pytest.fail(f"PostgreSQL is required on CI: {reason}")
        pytest.skip(reason)
    if os.environ.get("DESK_TEST_POSTGRES_URL"):
        pytest.skip("an external PostgreSQL server cannot be stopped by the tests")
    server = PostgresServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.slow
def test_recovers_when_postgresql_comes_back(qtbot, wall_on, own_postgres: PostgresServer) -> None:
    with psycopg.connect(own_postgres.conninfo, autocommit=True) as connection:
        connection.execute("CREATE DATABASE desk_wall")
    url = own_postgres.url_for("desk_wall")
    desk_db.upgrade(url)
    database = desk_db.Database(url)
    try:
        numbers = fill(database, cars=2)
    finally:
        database.dispose()
    wall = wall_on(url)
    own_postgres.pause()
    try:
        _wait_offline(qtbot, wall)
        time.sleep(1)  # a few failed looks while it is down
        assert not wall.banner.isHidden()
    finally:
        own_postgres.resume()
    qtbot.waitUntil(lambda: wall.banner.isHidden(), timeout=15_000)
    _change_and_see(qtbot, wall, url, numbers[0])


def test_the_board_command_refuses_a_missing_screen(sqlite_url: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--db", sqlite_url, "board", "--screen", "7"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 1
    assert "没有第 7 块屏幕" in result.stderr
