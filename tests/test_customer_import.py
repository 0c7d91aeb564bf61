"""Importing customers with their cars from an old system's CSV export: encodings, Chinese and
English headers, a report per bad row with its column, all or nothing, duplicates in the file and
against the database, cars attached to a customer already known by mobile number."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import VIN, Shop
from desk.cli import main
from desk.db import Database
from desk.models import Customer
from desk.services import customer_import, customers
from desk.services.csv_import import ImportCancelled
from desk.services.customer_import import import_csv
from desk.services.customers import CustomerCard
from desk.services.errors import DeskError
from desk.services.validation import vin_check_digit

VIN1, VIN2, VIN3, VIN4, VIN5, VIN6 = (
    "LSVAU2185N2100001", "LSVAU2187N2100002", "LFV2A21K7P3100003", "LFV2A21K9P3100004",
    "LBV5S3103NSA00005", "LSGKB54H9NA100006",
)
BAD_CHECK_DIGIT = "LSVAU2180N2100001"  # VIN1 with a wrong 9th character


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "customers.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def card_by_phone(database: Database, phone: str) -> CustomerCard:
    with database.unit_of_work(write=False) as s:
        ids = {hit.customer_id for hit in customers.search(s, phone)}
        assert len(ids) == 1, ids
        return customers.customer_card(s, ids.pop())


def customer_count(database: Database) -> int:
    with database.unit_of_work(write=False) as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


DEALER_EXPORT = (
    "客户名称,手机,车牌号码,车架号,品牌车型,车身颜色,行驶里程,客户类型,性别,出生日期,购车日期,备注,会员卡号\n"
    f"王建国,139 2233 4455,粤A·12345,{VIN1},大众 帕萨特 330TSI,黑色,\"35,200\",个人,男,1980年5月6日,2019/8/1,老客户,V001\n"
    f"王建国,13922334455,粤A-D66666,{VIN2},大众 ID.4 CROZZ,白色,8000,个人,男,1980年5月6日,2023-03-15,,V001\n"
    f"广州粤运物流有限公司,13700001111,粤AF12345,{VIN3},大众 途观L,银色,120000km,单位,,,2020.1.2,月结,\n"
)


def test_a_dealer_export_in_gbk_with_chinese_headers(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    path = write(tmp_path, DEALER_EXPORT, "gbk")
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path))
    assert status == 0, err
    assert "客户：共 3 行，新增客户 2 位、车辆 3 辆。" in out
    assert "这些列不认识，未导入：会员卡号" in err
    # two rows with the same mobile number and name are one customer with two cars
    wang = card_by_phone(database, "13922334455")
    assert (wang.name, wang.is_company, wang.birthday, wang.notes) == ("王建国", False, dt.date(1980, 5, 6), "老客户")
    assert [(v.plate, v.vin, v.model, v.colour, v.last_mileage, v.purchased_on) for v in wang.vehicles] == [
        ("粤A·12345", VIN1, "大众 帕萨特 330TSI", "黑色", 35200, dt.date(2019, 8, 1)),
        ("粤A·D66666", VIN2, "大众 ID.4 CROZZ", "白色", 8000, dt.date(2023, 3, 15)),
    ]
    company = card_by_phone(database, "13700001111")
    assert company.is_company and company.vehicles[0].plate == "粤A·F12345"
    assert company.vehicles[0].last_mileage == 120000
    with database.unit_of_work(write=False) as s:
        assert s.get(Customer, wang.id).gender == "male"  # type: ignore[union-attr]


def test_utf8_with_and_without_bom_and_english_headers(database: Database, seeded: Shop) -> None:
    text = (
        "Name,Mobile,Plate,VIN,Model,Color,Mileage,Birthday,Purchase_Date,Gender\n"
        f"李娟,+86 135-0000-1234,粤b d 88888,{VIN4.lower()},丰田 凯美瑞,红色,12 345,03-12,2022-06-18,女\n"
    )
    with database.unit_of_work() as s:
        report = import_csv(s, text.encode("utf-8-sig"))
    assert report.imported and (report.customers_created, report.vehicles_created) == (1, 1)
    assert report.problems == () and report.unknown_columns == ()
    li = card_by_phone(database, "13500001234")
    assert li.vehicles[0].plate == "粤B·D88888" and li.vehicles[0].vin == VIN4
    assert li.vehicles[0].last_mileage == 12345
    assert customers.format_birthday(li.birthday) == "03-12"  # year unknown
    # the same kind of file without a BOM
    text = f"customer,phone,plate,vin,model\n赵六,13600002222,粤C12345,{VIN5},本田 雅阁\n"
    with database.unit_of_work() as s:
        report = import_csv(s, text.encode("utf-8"))
    assert report.imported and report.customers_created == 1
    assert card_by_phone(database, "13600002222").vehicles[0].model == "本田 雅阁"


BROKEN = (
    "姓名,手机号,车牌,VIN,车型,里程\n"
    f"陈一,13811110001,粤B11111,{VIN1},大众 朗逸,1000\n"
    "陈二,13811110002,粤B22222,LSVAU2185N210000,大众 朗逸,2000\n"
    f"陈三,1381111000,粤B33333,{VIN2},大众 朗逸,3000\n"
    f"陈四,13811110004,粤BI4444,{VIN3},大众 朗逸,4000\n"
    f"陈五,13811110005,粤B55555,{VIN4},大众 朗逸,-5\n"
    f",13811110006,粤B66666,{VIN5},大众 朗逸,6000\n"
    f"陈七,13811110007,粤B77777,{VIN6},大众 朗逸,\n"
)


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_imported(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    path = write(tmp_path, BROKEN, "gbk")
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path))
    assert status == 1 and out == ""
    assert "第 3 行「VIN」列（“LSVAU2185N210000”）：车架号应为17位，现在是16位。" in err
    assert "第 4 行「手机号」列（“1381111000”）：手机号应为11位，现在是10位。" in err
    assert "第 5 行「车牌」列（“粤BI4444”）：车牌号里不会有字母 I" in err
    assert "第 6 行「里程」列（“-5”）：里程不能是负数" in err
    assert "第 7 行「姓名」列：请填写客户姓名或单位名称。" in err
    assert "客户：共 7 行，5 行有错，未导入任何数据。" in err
    assert "--good-rows-only" in err
    assert customer_count(database) == 1  # only the seeded customer

    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path), "--good-rows-only")
    assert status == 0, err
    assert "新增客户 2 位、车辆 2 辆，跳过有错的 5 行。" in out
    assert "第 3 行" in err
    assert card_by_phone(database, "13811110001").vehicles[0].last_mileage == 1000
    assert card_by_phone(database, "13811110007").vehicles[0].last_mileage is None
    assert customer_count(database) == 3


def test_bad_dates_types_and_a_missing_model(database: Database, seeded: Shop) -> None:
    text = (
        "客户姓名,联系电话,车牌号,底盘号,车型,单位客户,性别,生日,销售日期\n"
        f"甲,13811110001,粤B11111,{VIN1},大众,其他,男,1985-13-01,2019-01-01\n"
        f"乙,13811110002,粤B22222,{VIN2},,否,未知,,2999-01-01\n"
    )
    with database.unit_of_work() as s:
        report = import_csv(s, text.encode())
    assert not report.imported
    assert [(p.row, p.column) for p in report.problems] == [
        (2, "单位客户"), (2, "生日"), (3, "车型"), (3, "销售日期"), (3, "性别"),
    ]
    assert "生日 “1985-13-01” 不是有效的日期" in report.problems[1].message
    assert any("购车日期 2999-01-01 在今天之后" in p.message for p in report.problems)


def test_duplicates_within_the_file_name_the_first_row(database: Database, seeded: Shop) -> None:
    text = (
        "车主,手机,车牌,车架号,车型\n"
        f"孙一,13911110001,粤B11111,{VIN1},大众 朗逸\n"
        f"孙二,13911110002,粤B·11111,{VIN2},大众 朗逸\n"
        f"孙三,13911110003,粤B33333,{VIN1.lower()},大众 朗逸\n"
        f"孙四,13911110001,粤B44444,{VIN4},大众 朗逸\n"
        f"孙一,139-1111-0001,粤B55555,{VIN5},大众 宝来\n"
    )
    with database.unit_of_work() as s:
        report = import_csv(s, text.encode())
    assert not report.imported
    assert [p.text for p in report.problems] == [
        "第 3 行「车牌」列（“粤B·11111”）：车牌与第 2 行重复。",
        "第 4 行「车架号」列（“" + VIN1.lower() + "”）：车架号与第 2 行重复。",
        "第 5 行「手机」列（“13911110001”）：手机号与第 2 行（孙一）相同，客户名称却不同。"
        "同一位客户的几辆车请写相同的名称；不同的客户不能用同一个手机号。",
    ]
    with database.unit_of_work() as s:
        report = import_csv(s, text.encode(), good_rows_only=True)
    assert report.imported and (report.customers_created, report.vehicles_created) == (1, 2)
    assert [v.plate for v in card_by_phone(database, "13911110001").vehicles] == ["粤B·11111", "粤B·55555"]


def test_duplicates_against_the_database_and_cars_attached_by_mobile_number(database: Database, seeded: Shop) -> None:
    text = (
        "客户名称,手机号码,车牌号,车架号,车型\n"
        f"周一,13911112222,粤B·D12345,{VIN1},大众 朗逸\n"  # the seeded car's plate
        f"周二,13911113333,粤B99999,{VIN},大众 朗逸\n"  # the seeded car's VIN
        f"张伟,13812345678,粤B66666,{VIN2},大众 途岳\n"  # the seeded customer's mobile: attached
        f"张先生,13912345678,粤B77777,{VIN3},大众 凌渡\n"
    )
    with database.unit_of_work() as s:
        report = import_csv(s, text.encode())
    assert not report.imported and report.notes == ()
    assert [p.text for p in report.problems] == [
        "第 2 行「车牌号」列（“粤B·D12345”）：车牌 粤B·D12345 已登记在客户 张伟 名下，不再导入。",
        f"第 3 行「车架号」列（“{VIN}”）：车架号已登记为客户 张伟 的车辆 粤B·D12345，不再导入。",
    ]
    with database.unit_of_work() as s:
        report = import_csv(s, text.encode(), good_rows_only=True)
    assert report.imported
    assert (report.customers_created, report.vehicles_created, report.vehicles_attached) == (1, 2, 1)
    assert report.summary == "客户：共 4 行，新增客户 1 位、车辆 2 辆（其中 1 辆关联到已有客户），跳过有错的 2 行。"
    assert [n.text for n in report.notes] == [
        "第 4 行「手机号码」列（“13812345678”）：已关联：手机号是已有客户 张伟 的，车辆 粤B·66666 加到其名下，未新建客户。"
    ]
    zhang = card_by_phone(database, "13812345678")
    assert zhang.id == seeded.customer
    assert [v.plate for v in zhang.vehicles] == ["粤B·D12345", "粤B·66666"]


def test_a_known_mobile_under_another_name_attaches_every_car_of_that_row_group(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    text = (
        "客户名称,手机,车牌,车架号,车型\n"
        f"张先生,13812345678,粤B66666,{VIN2},大众 途岳\n"
        f"张先生,13812345678,粤B77777,{VIN3},大众 凌渡\n"
    )
    path = write(tmp_path, text)
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path))
    assert status == 0, err
    assert "第 2 行「手机」列（“13812345678”）：已关联：手机号是已有客户 张伟 的，车辆 粤B·66666 加到其名下，未新建客户" \
        "（文件里的名称是“张先生”，已有客户的资料未改动）。" in out
    assert "第 3 行「手机」列" in out
    assert "新增客户 0 位、车辆 2 辆（其中 2 辆关联到已有客户）。" in out
    zhang = card_by_phone(database, "13812345678")
    assert zhang.name == "张伟" and len(zhang.vehicles) == 3
    # importing the same file again: the cars are there already
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path))
    assert status == 1 and "车牌 粤B·66666 已登记在客户 张伟 名下" in err


def test_a_wrong_vin_check_digit_is_refused_unless_accepted(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    text = f"客户名称,手机,车牌,车架号,车型\n吴一,13911110001,粤B11111,{BAD_CHECK_DIGIT},宝马 X5\n"
    path = write(tmp_path, text)
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path))
    assert status == 1
    assert "第 2 行「车架号」列" in err and "按其余各位算应为“5”，现在是“0”" in err
    assert "--accept-vin-check-digit" in err
    # with --good-rows-only and no good row nothing is imported either, and the status says so
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path), "--good-rows-only")
    assert status == 1 and out == "" and "新增客户 0 位、车辆 0 辆，跳过有错的 1 行。" in err
    assert customer_count(database) == 1
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path), "--accept-vin-check-digit")
    assert status == 0, err
    assert card_by_phone(database, "13911110001").vehicles[0].vin == BAD_CHECK_DIGIT


def test_a_missing_required_column_is_one_clear_error(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    path = write(tmp_path, "客户名称,电话,车型,备注\n钱一,13911110001,大众,\n", "gbk")
    status, out, err = run(capsys, "--db", database_url, "import", "customers", str(path))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "第 1 行表头缺少这些列：车牌号、车架号" in err
    with database.unit_of_work() as s:
        with pytest.raises(DeskError, match="空的"):
            import_csv(s, b"")
        with pytest.raises(DeskError, match="“手机”和“电话”是同一列"):
            import_csv(s, "姓名,手机,电话,车牌,车架号,车型\n".encode())


def test_a_customer_without_a_car_the_report_file_and_cancelling(database: Database, seeded: Shop) -> None:
    def vin(i: int) -> str:
        body = f"LSVAU2180N2{i:06d}"
        return body[:8] + vin_check_digit(body) + body[9:]

    text = "客户名称,手机,车牌,车架号,车型\n郑一,13911110009,,,\n" + "".join(
        f"批量{i},139{i:08d},粤C{i:05d},{vin(i)},大众 朗逸\n" for i in range(1, 151)
    )
    data = text.encode()

    def cancel(done: int, total: int) -> None:
        if done >= 100:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled, match="未导入任何数据"):
        with database.unit_of_work() as s:
            import_csv(s, data, progress=cancel)
    assert customer_count(database) == 1

    with database.unit_of_work() as s:
        report = import_csv(s, data)
    assert report.imported and (report.customers_created, report.vehicles_created) == (151, 150)
    assert card_by_phone(database, "13911110009").vehicles == ()

    with database.unit_of_work() as s:
        report = import_csv(s, data, good_rows_only=True)
    rows = list(csv.reader(io.StringIO(customer_import.report_csv(report).decode("utf-8-sig"))))
    assert rows[0] == [report.summary] and rows[1] == ["行号", "列", "内容", "问题"]
    assert rows[2][:2] == ["2", "手机"] and "已关联" in rows[2][3]  # the car-less customer is known now
    assert rows[3][:3] == ["3", "车牌", "粤C00001"] and "已登记在客户 批量1 名下" in rows[3][3]
