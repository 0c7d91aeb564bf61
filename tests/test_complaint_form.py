"""The complaint handling form (客户意见处理表): what an open and a closed complaint print, and
`desk print complaint NUMBER -o FILE` from the command line, with a refusal for an unknown number."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import Shop
from desk.db import Database
from desk.printing.complaint_form import render_complaint_form
from desk.services import complaints
from test_cli import run
from test_complaints import NOW, HOUR, open_order


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def complaint_with_steps(database: Database, seeded: Shop, *, closed: bool) -> str:
    order_id, _number = open_order(database, seeded)
    with database.unit_of_work() as s:
        number = complaints.register_complaint(
            s, source="followup", customer_id=seeded.customer, order_id=order_id, category="quality",
            description="回访时客户反映：保养后怠速时方向盘抖动，之前没有", staff_id=seeded.advisor,
            responsible_id=seeded.manager, department="维修车间", now=NOW,
        ).number
        complaints.add_step(s, number, text="致电客户致歉，约定12月4日上午回厂复检", staff_id=seeded.advisor,
                            now=NOW + 2 * HOUR)
        if closed:
            complaints.close(s, number, result="更换发动机脚垫，试车确认怠速平稳，不收费", customer_accepted=True,
                             service_at_fault=False, staff_id=seeded.manager, now=NOW + 30 * HOUR)
    return number


def test_closed_form_shows_everything(database: Database, seeded: Shop, tmp_path: Path) -> None:
    number = complaint_with_steps(database, seeded, closed=True)
    with database.unit_of_work() as s:
        form = complaints.complaint_form(s, number, now=NOW + 31 * HOUR)
    text = pdf_text(render_complaint_form(form), tmp_path)
    for expected in (
        "客户意见处理表", number, "广州粤顺汽车销售服务有限公司", "2026-12-03 10:00", "回访", "张伟", "13812345678",
        "粤B·D12345", "大众 帕萨特 330TSI", "RO20261201-0001", "质量类 · 维修质量", "保养后怠速时方向盘抖动",
        "维修车间", "赵经理", "2026-12-04 10:00", "致电客户致歉", "李娜", "更换发动机脚垫", "客户接受", "无责",
        "2026-12-04 16:00", "客户签字", "服务经理", "已结案",
    ):
        assert expected in text, expected


def test_open_form_leaves_room_to_finish_by_hand(database: Database, seeded: Shop, tmp_path: Path) -> None:
    number = complaint_with_steps(database, seeded, closed=False)
    with database.unit_of_work() as s:
        form = complaints.complaint_form(s, number, now=NOW + 3 * HOUR)
    text = pdf_text(render_complaint_form(form), tmp_path)
    assert "处理中" in text and "接受" in text and "不接受" in text and "有责（服务部责任）" in text
    assert "已逾期" not in text
    with database.unit_of_work() as s:
        late = complaints.register_complaint(
            s, source="phone", customer_id=seeded.customer, category="price", description="收费与报价不符",
            staff_id=seeded.advisor, now=NOW,
        ).number
        form = complaints.complaint_form(s, late, now=NOW + 25 * HOUR)
    text = pdf_text(render_complaint_form(form), tmp_path)
    assert "处理中（已逾期）" in text and "非质量类 · 价格" in text


def test_print_complaint_from_the_command_line(
    database_url: str, database: Database, seeded: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = complaint_with_steps(database, seeded, closed=True)
    output = tmp_path / "complaint.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "complaint", number.lower(), "-o", str(output))
    assert status == 0 and out.strip() == str(output) and err == ""
    text = subprocess.run(["pdftotext", str(output), "-"], capture_output=True, text=True, check=True).stdout
    assert "客户意见处理表" in text and number in text and "更换发动机脚垫" in text

    missing = tmp_path / "none.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "complaint", "TS19990101-0001", "-o", str(missing))
    assert status == 1 and out == "" and err.strip() == "desk: 找不到投诉 TS19990101-0001。请检查编号。"
    assert not missing.exists()
