"""CSV import of the catalogues: encodings, header names, a report per bad row, all or nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import Shop
from desk.cli import main
from desk.db import Database
from desk.services import catalogue
from desk.services.catalogue_import import import_csv
from desk.services.errors import DeskError


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "file.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


PARTS = (
    "备件号,名称,单位,单价,库存,库位\n"
    "06L115562B,机油滤清器,个,68.50,10,A-01-02\n"
    "G052195M4,全合成机油 5W-40 1L,升,88,24.5,B-02-01\n"
)


def test_a_good_parts_file_in_utf8_with_bom(database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, PARTS, "utf-8-sig")
    status, out, err = run(capsys, "--db", database_url, "import", "parts", str(path))
    assert status == 0, err
    assert "共 2 行，新增 2，更新 0" in out
    with database.unit_of_work(write=False) as s:
        part = catalogue.get_part(s, "G052195M4")
    assert (part.unit, part.price_fen, part.stock, part.bin_location) == ("升", 8800, Decimal("24.5"), "B-02-01")
    # importing again updates what is there
    path = write(tmp_path, PARTS.replace("68.50", "70"), "utf-8")
    status, out, _ = run(capsys, "--db", database_url, "import", "parts", str(path))
    assert status == 0 and "新增 0，更新 2" in out
    with database.unit_of_work(write=False) as s:
        assert catalogue.get_part(s, "06L115562B").price_fen == 7000
    # a price list without stock or bin columns keeps what is on the shelf
    path = write(tmp_path, "part_number,name,price\n06L115562B,机油滤清器,72.5\n", "utf-8")
    assert run(capsys, "--db", database_url, "import", "parts", str(path))[0] == 0
    with database.unit_of_work(write=False) as s:
        part = catalogue.get_part(s, "06L115562B")
    assert (part.price_fen, part.stock, part.bin_location, part.unit) == (7250, Decimal(10), "A-01-02", "个")


def test_a_gbk_file_with_english_headers(database: Database, seeded: Shop) -> None:
    data = "code,name,hours,team\nBY-JY,更换机油及机油滤清器,0.5,机电\nBJ-01,前保险杠拆装,1.5,钣金\n".encode("gbk")
    with database.unit_of_work() as s:
        report = import_csv(s, "labour", data)
    assert report.imported and report.created == 2 and not report.problems
    with database.unit_of_work(write=False) as s:
        assert catalogue.get_labour(s, "BJ-01").name == "前保险杠拆装"
        assert catalogue.get_labour(s, "BJ-01").team == "钣金"


def test_bad_rows_are_reported_and_nothing_is_imported(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    text = (
        "代码,名称,工时\n"
        "BY-JY,更换机油,0.5\n"
        "BY-KT,更换空调滤清器,半小时\n"
        "BY-JY,更换机油（重复）,0.6\n"
        "BY-SC,检查刹车,0.4\n"
    )
    path = write(tmp_path, text, "gbk")
    status, out, err = run(capsys, "--db", database_url, "import", "labour", str(path))
    assert status == 1 and out == ""
    assert "第 3 行「工时」列（“半小时”）：标准工时必须是数字" in err
    assert "第 4 行「代码」列（“BY-JY”）：与第 2 行重复" in err
    assert "未导入任何数据" in err
    with database.unit_of_work(write=False) as s:
        assert catalogue.search_labour(s, "BY") == []

    status, out, err = run(capsys, "--db", database_url, "import", "labour", str(path), "--good-rows-only")
    assert status == 0 and "新增 2" in out and "跳过有错的 2 行" in out
    assert "第 3 行" in err
    with database.unit_of_work(write=False) as s:
        assert [r.code for r in catalogue.search_labour(s, "BY")] == ["BY-JY", "BY-SC"]
        assert catalogue.get_labour(s, "BY-JY").name == "更换机油"


def test_packages_with_unknown_codes_are_bad_rows(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        import_csv(s, "labour", "代码,名称,工时\nBY-JY,更换机油,0.5\n".encode())
        import_csv(s, "parts", PARTS.encode())
    text = (
        "代码,名称,车型,间隔月数,间隔里程,工时项目,备件\n"
        "SB-PST,帕萨特首保,帕萨特,6,5000,BY-JY,06L115562B:1;G052195M4:4.5\n"
        "BY-XX,坏套餐,,12,10000,BY-NONE,06L115562B\n"
        "BY-YY,坏里程,,12,一万,BY-JY,\n"
        "BY-ZZ,坏备件,,12,10000,,NOPE:1\n"
    ).encode()
    with database.unit_of_work() as s:
        report = import_csv(s, "packages", text)
    assert not report.imported
    assert [(p.row, p.column) for p in report.problems] == [(3, "工时项目"), (4, "间隔里程"), (5, "备件")]
    assert "没有代码 BY-NONE" in report.problems[0].text and "没有备件号 NOPE" in report.problems[2].text
    with database.unit_of_work(write=False) as s:
        assert catalogue.list_packages(s) == []
    with database.unit_of_work() as s:
        report = import_csv(s, "packages", text, good_rows_only=True)
    assert report.imported and report.created == 1
    with database.unit_of_work(write=False) as s:
        (package,) = catalogue.list_packages(s)
    assert (package.code, package.interval_km, [i.amount for i in package.parts]) == (
        "SB-PST", 5000, [Decimal(1), Decimal("4.5")]
    )


def test_a_missing_column_or_unreadable_file_is_refused(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        with pytest.raises(DeskError, match="缺少这些列：单价"):
            import_csv(s, "parts", "备件号,名称\nA,B\n".encode())
        with pytest.raises(DeskError, match="空的"):
            import_csv(s, "parts", b"")
        with pytest.raises(DeskError, match="UTF-8"):
            import_csv(s, "parts", b"\xff\xfe\xff\xfe\x81\x20")
