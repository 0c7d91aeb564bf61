"""The check-in search's index: what it holds, that it follows every change, that the search uses
it, and that a database from before it gets it filled in (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import delete, event, text

from conftest import VIN, Shop
from desk import db
from desk.models import Customer, Vehicle
from desk.services import customers, search_index


def held_terms(session, table: str, row_id: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The terms the database's index holds for one customer or car."""
    if session.get_bind().dialect.name == "sqlite":
        stored = session.execute(text(f"SELECT terms FROM {table}_search WHERE rowid = :id"), {"id": row_id}).scalar()
        return set((stored or "").split())
    return set(session.execute(text(f"SELECT search_terms FROM {table} WHERE id = :id"), {"id": row_id}).scalar())


def test_the_index_holds_the_terms_python_computes(database: db.Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        odd = customers.create_customer(s, name="ABC汽修·李 A", phone="13900001111", is_company=True)
    with database.unit_of_work(write=False) as s:
        for customer_id, name, phone in [(seeded.customer, "张伟", "13812345678"), (odd.id, "ABC汽修·李 A", "13900001111")]:
            assert held_terms(s, "customer", customer_id) == set(search_index.customer_terms(name, phone).split())
        assert held_terms(s, "vehicle", seeded.vehicle) == set(search_index.vehicle_terms("粤BD12345", VIN).split())
    # what the terms are: pieces of the name, each Chinese character, three digits of the phone
    pieces = {bytes.fromhex(term).decode() for term in search_index.customer_terms("张伟", "1381234").split()}
    assert pieces == {"张伟", "张", "伟", "138", "381", "812", "123", "234"}


def test_a_surname_a_given_name_and_part_of_a_company_are_found(database: db.Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        customers.create_customer(s, name="李张华", phone="13600001111")
        customers.create_customer(s, name="深圳市顺达物流有限公司", phone="13700002222", is_company=True)
    with database.unit_of_work(write=False) as s:
        assert [h.customer for h in customers.search(s, "张")] == ["张伟", "李张华"]
        assert [h.customer for h in customers.search(s, "伟")] == ["张伟"]
        assert [h.customer for h in customers.search(s, "顺达物流")] == ["深圳市顺达物流有限公司"]
        assert [h.customer for h in customers.search(s, "0000222")] == ["深圳市顺达物流有限公司"]
        assert [h.plate for h in customers.search(s, "粤B")] == ["粤B·D12345"]
        assert [h.plate for h in customers.search(s, "D1")] == ["粤B·D12345"]
        assert [h.vin for h in customers.search(s, "183294")] == [VIN]


def test_one_letter_or_digit_is_too_short_but_one_chinese_character_is_not(database: db.Database, seeded: Shop) -> None:
    with database.unit_of_work(write=False) as s:
        assert customers.search(s, "D") == [] and customers.search(s, " 1 ") == []
        assert customers.too_short("D") and customers.too_short("  ") and not customers.too_short("张")
        assert not customers.too_short("D1")


def test_the_index_follows_renames_new_numbers_and_plates(database: db.Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        customers.update_customer(s, seeded.customer, name="张宏伟", phone="13577778888")
        customers.update_vehicle(s, seeded.vehicle, plate="粤A·K8M21", vin=VIN, model="大众 帕萨特")
    with database.unit_of_work(write=False) as s:
        assert customers.search(s, "12345678") == []  # the old number
        assert [h.customer for h in customers.search(s, "宏伟")] == ["张宏伟"]
        assert [h.customer for h in customers.search(s, "7778")] == ["张宏伟"]
        assert customers.search(s, "D12345") == []
        assert [h.plate for h in customers.search(s, "K8M")] == ["粤A·K8M21"]


def test_a_deleted_car_leaves_the_index(database: db.Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        card = customers.create_customer(s, name="刘洋", phone="15012345678")
        car = customers.add_vehicle(s, card.id, plate="湘A·12345", vin="LFV2A21K0G3012345", model="别克 GL8")
    with database.unit_of_work() as s:
        s.execute(delete(Vehicle).where(Vehicle.id == car.id))
        s.execute(delete(Customer).where(Customer.id == card.id))
    with database.unit_of_work(write=False) as s:
        assert customers.search(s, "湘A") == [] and customers.search(s, "刘洋") == []
        if s.get_bind().dialect.name == "sqlite":
            assert s.execute(text("SELECT count(*) FROM vehicle_search WHERE rowid = :id"), {"id": car.id}).scalar() == 0


def test_many_matches_give_the_limit_sorted_by_name(database: db.Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        for i in range(30):
            customers.create_customer(s, name=f"王{i:02d}号", phone=f"1360000{i:04d}")
    with database.unit_of_work(write=False) as s:
        hits = customers.search(s, "王", limit=10)
    assert len(hits) == 10
    assert [h.customer for h in hits] == sorted(h.customer for h in hits)


@pytest.fixture
def statements(database: db.Database) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(database.engine, "before_cursor_execute", remember)


def test_the_search_reads_through_the_index(
    database: db.Database, seeded: Shop, statements: list[tuple[str, object]]
) -> None:
    with database.unit_of_work(write=False) as s:
        customers.search(s, "张伟")
        reads = [(sql, parameters) for sql, parameters in statements if " LIKE " in sql]
        assert len(reads) == 2  # customers, then cars
        connection = s.connection()
        for sql, parameters in reads:
            if connection.dialect.name == "sqlite":
                plan = str(connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters).all())
                assert "VIRTUAL TABLE INDEX" in plan
            else:
                connection.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a tiny table: *can* it?
                connection.exec_driver_sql("SET LOCAL enable_indexscan = off")
                plan = str(connection.exec_driver_sql(f"EXPLAIN {sql}", parameters).all())
                assert "ix_customer_search" in plan or "ix_vehicle_search" in plan


def test_a_database_from_before_the_index_gets_it_filled(database_url: str) -> None:
    engine = db.make_engine(database_url)
    with engine.begin() as connection:
        command.downgrade(db.alembic_config(connection), "0008")
        connection.execute(text(
            "INSERT INTO customer (name, phone, is_company, gender, notes, created_at, updated_at, version) "
            "VALUES ('欧阳娜娜', '18612349876', false, '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
        ))
    engine.dispose()
    db.upgrade(database_url)
    database = db.Database(database_url)
    with database.unit_of_work(write=False) as s:
        assert [h.customer for h in customers.search(s, "阳娜")] == ["欧阳娜娜"]
        assert [h.customer for h in customers.search(s, "349876")] == ["欧阳娜娜"]
    database.dispose()
