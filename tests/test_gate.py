"""The exit pass and the gate: signed QR content, every refusal, the printed pass read by zbarimg, the CLI."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import string
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from conftest import Shop
from desk.db import Database
from desk.models import ExitPass, InstallationKey, RepairOrder, ShopSettings, Vehicle
from desk.printing.exit_pass import render_exit_pass
from desk.services import gate, orders, settlement
from desk.services.errors import Conflict, IllegalMove, NotFound, ValidationError
from desk.services.gate import PassRefused
from desk.services.settlement import PaymentInput
from test_cli import pdf_text, run
from test_orders import NOW, ready_order

ASCII_PAYLOAD = re.compile(r"DESK1\.[A-Z2-7]{8}\.EP\d{8}-\d{4}\.[A-Z2-7]+\.\d+\.[A-Z2-7]{32}")


def settled_order(database: Database, shop: Shop) -> str:
    number = ready_order(database, shop)  # the customer pays 554.50
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], staff_id=shop.cashier, now=NOW, insurer="中国人保财险", claim_number="RDAA2026001")
    return number


def issued(database: Database, shop: Shop, at: dt.datetime = NOW) -> tuple[str, str]:
    """A settled order with its pass; returns (order number, QR content)."""
    number = settled_order(database, shop)
    with database.unit_of_work() as s:
        exit_pass = gate.issue_exit_pass(s, number, staff_id=shop.cashier, now=at)
        payload = gate.pass_payload(s, exit_pass.number)
    return number, payload


def refused(database: Database, payload: str, code: str, *, now: dt.datetime | None = None) -> str:
    """Scan ``payload``; it must be refused with ``code``; returns the message."""
    with pytest.raises(PassRefused) as refusal:
        with database.unit_of_work() as s:
            gate.verify_and_release(s, payload, now=now or NOW + dt.timedelta(minutes=30))
    assert refusal.value.code == code, refusal.value.message
    return refusal.value.message


def status_of(database: Database, number: str) -> str:
    with database.unit_of_work(write=False) as s:
        return orders.order_detail(s, number).status


def key_of(database: Database) -> bytes:
    with database.unit_of_work(write=False) as s:
        return bytes(s.get(InstallationKey, "exit_pass").key)


# --- issuing and the happy path -------------------------------------------------------------------


def test_the_scanned_pass_lets_the_car_out_and_releases_the_order(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    assert ASCII_PAYLOAD.fullmatch(payload), payload
    assert payload.isascii() and payload == payload.upper() and len(payload) < 120
    key = key_of(database)
    assert len(key) == 32 and key.hex() not in payload.lower()
    with database.unit_of_work() as s:
        # the scanner may type lower case (Caps Lock) and a trailing newline
        out = gate.verify_and_release(s, payload.lower() + "\n", staff_id=seeded.manager, now=NOW + dt.timedelta(minutes=30))
    assert (out.plate, out.model, out.colour, out.order_number) == ("粤B·D12345", "大众 帕萨特 330TSI", "白色", number)
    assert out.used_local == "2026-11-23 09:30" and out.used_by == "赵经理" and out.state == "used"
    with database.unit_of_work(write=False) as s:
        row = s.scalar(select(ExitPass))
        assert row.plate == "粤BD12345" and row.used_by_id == seeded.manager
        assert row.valid_until == NOW + dt.timedelta(hours=24)
        detail = orders.order_detail(s, number)
        assert detail.status == "released" and detail.history[-1].to_status == "released"
        assert [r.plate for r in gate.cars_out_today(s, now=NOW + dt.timedelta(hours=1))] == ["粤B·D12345"]


def test_a_pass_only_for_a_settled_order_and_one_valid_pass_at_a_time(database: Database, seeded: Shop) -> None:
    number = ready_order(database, seeded)
    with pytest.raises(IllegalMove, match="结算后才能开出门证"):
        with database.unit_of_work() as s:
            gate.issue_exit_pass(s, number, now=NOW)
    with database.unit_of_work() as s:
        settlement.settle(s, number, [PaymentInput("cash", "554.50")], now=NOW, insurer="中国人保财险", claim_number="RDAA2026001")
        s.scalar(select(ShopSettings)).exit_pass_hours = 2
        first = gate.issue_exit_pass(s, number, staff_id=seeded.cashier, now=NOW)
    assert first.valid_until_local == "2026-11-23 11:00" and first.issued_by == "陈敏"
    with pytest.raises(IllegalMove, match="已有有效的出门证 EP20261123-0001（有效至 2026-11-23 11:00）"):
        with database.unit_of_work() as s:
            gate.issue_exit_pass(s, number, now=NOW + dt.timedelta(hours=1))
    with database.unit_of_work() as s:  # once it has expired a new one may be issued
        second = gate.issue_exit_pass(s, number, now=NOW + dt.timedelta(hours=3))
        assert gate.current_exit_pass(s, number, now=NOW + dt.timedelta(hours=3)).number == second.number
    assert second.number == "EP20261123-0002"


def test_a_database_without_a_key_gets_one_and_keeps_it(database: Database, seeded: Shop) -> None:
    with database.unit_of_work() as s:
        s.execute(delete(InstallationKey))
    with database.unit_of_work() as s:
        made = gate.signing_key(s)
    with database.unit_of_work() as s:
        assert gate.signing_key(s) == made and len(made) == 32


# --- every refusal ----------------------------------------------------------------------------------


def test_one_character_changed_anywhere_is_refused(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    fields = payload.split(".")
    base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    codes = set()
    for index, field in enumerate(fields):
        for position, char in enumerate(field):
            alphabet = base32 if index in (1, 3, 5) else string.digits if char.isdigit() else string.ascii_uppercase
            other = next(c for c in alphabet if c != char)
            changed = ".".join([*fields[:index], field[:position] + other + field[position + 1:], *fields[index + 1:]])
            with pytest.raises(PassRefused) as refusal:
                with database.unit_of_work() as s:
                    gate.verify_and_release(s, changed, now=NOW + dt.timedelta(minutes=5))
            codes.add(refusal.value.code)
            expected = {"foreign"} if index == 1 else {"garbage"} if index == 0 else {"forged", "garbage"}
            assert refusal.value.code in expected, (index, position, refusal.value.message)
    assert codes == {"foreign", "forged", "garbage"}
    assert "被改动过或是伪造的" in refused(database, payload[:-1] + ("A" if payload[-1] != "A" else "B"), "forged")
    assert status_of(database, number) == "settled"  # nothing was let out


def test_a_pass_signed_with_another_installations_key_is_refused(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    with database.unit_of_work(write=False) as s:
        row = s.scalar(select(ExitPass))
        foreign = gate.sign_payload(b"\x07" * 32, row.number, row.plate, row.issued_at)
    assert foreign.split(".")[2:5] == payload.split(".")[2:5]
    assert "不是本店系统开具的" in refused(database, foreign, "foreign")
    assert status_of(database, number) == "settled"


def test_a_used_pass_cannot_be_used_again(database: Database, seeded: Shop) -> None:
    _, payload = issued(database, seeded)
    with database.unit_of_work() as s:
        gate.verify_and_release(s, payload, now=NOW + dt.timedelta(minutes=20))
    message = refused(database, payload, "used", now=NOW + dt.timedelta(minutes=40))
    assert message == "出门证 EP20261123-0001 已于 2026-11-23 09:20 使用过（粤B·D12345 已出厂），不能再次放行。"
    with pytest.raises(PassRefused, match="已于 2026-11-23 09:20 使用过"):  # nor typed by hand
        with database.unit_of_work() as s:
            gate.let_out(s, "ep20261123-0001")


def test_an_expired_pass_is_refused_with_when(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    message = refused(database, payload, "expired", now=NOW + dt.timedelta(hours=24, seconds=1))
    assert message == "出门证 EP20261123-0001 已于 2026-11-24 09:00 过期，不能放行。请到收银处重新开具。"
    assert status_of(database, number) == "settled"


def test_a_pass_voided_when_the_order_was_reopened_is_refused_with_the_reason(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    with database.unit_of_work() as s:
        order = s.scalar(select(RepairOrder).where(RepairOrder.number == number))
        assert gate.void_exit_passes(s, order, "客户要求补开发票抬头", NOW + dt.timedelta(minutes=10)) == 1
    message = refused(database, payload, "void")
    assert message == "出门证 EP20261123-0001 已于 2026-11-23 09:10 作废（客户要求补开发票抬头），不能放行。请到收银处重新开具。"
    with database.unit_of_work() as s:  # a void pass no longer blocks a new one
        assert gate.issue_exit_pass(s, number, now=NOW + dt.timedelta(minutes=15)).number == "EP20261123-0002"


def test_a_manager_reopening_the_order_voids_its_pass(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    with database.unit_of_work() as s:
        settlement.reopen(s, number, reason="金额有误", staff_id=seeded.manager, now=NOW + dt.timedelta(minutes=12))
    message = refused(database, payload, "void")
    assert message == "出门证 EP20261123-0001 已于 2026-11-23 09:12 作废（委托书重新打开：金额有误），不能放行。请到收银处重新开具。"
    with database.unit_of_work(write=False) as s:
        assert orders.order_detail(s, number).status == "ready"


def test_an_order_no_longer_settled_is_refused(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    with database.unit_of_work() as s:  # reopened by some other path that did not void the pass
        s.scalar(select(RepairOrder).where(RepairOrder.number == number)).status = "ready"
    assert "当前为「待交车」，不是已结算" in refused(database, payload, "unsettled")


def test_the_plate_must_still_be_the_cars(database: Database, seeded: Shop) -> None:
    number, payload = issued(database, seeded)
    with database.unit_of_work() as s:
        s.get(Vehicle, seeded.vehicle).plate = "粤B99999"
    message = refused(database, payload, "plate")
    assert message == f"车牌不符：出门证上是 粤B·D12345，委托书 {number} 的车辆现在登记为 粤B·99999，不能放行。"


@pytest.mark.parametrize("text", ["", "hello", "粤B·D12345", "DESK1.ABC", "https://example.com/?q=EP20261123-0001", "DESK1." + "A" * 200])
def test_garbage_is_refused_in_plain_words(database: Database, seeded: Shop, text: str) -> None:
    issued(database, seeded)
    message = refused(database, text, "garbage")
    assert message.startswith("扫到的内容不是本系统的出门证二维码") and len(message) < 120


def test_a_signed_pass_missing_from_this_database_is_refused(database: Database, seeded: Shop) -> None:
    _, payload = issued(database, seeded)
    with database.unit_of_work() as s:
        row = s.scalar(select(ExitPass))
        ghost = gate.sign_payload(gate.signing_key(s), "EP20261124-0009", row.plate, row.issued_at)
    assert "查不到" in refused(database, ghost, "unknown")


def test_typing_the_number_by_hand_makes_the_same_checks(database: Database, seeded: Shop) -> None:
    number, _ = issued(database, seeded)
    with pytest.raises(PassRefused, match="已于 2026-11-24 09:00 过期"):
        with database.unit_of_work() as s:
            gate.let_out(s, "EP20261123-0001", now=NOW + dt.timedelta(days=2))
    with pytest.raises(PassRefused, match="找不到出门证 EP20990101-0001"):
        with database.unit_of_work() as s:
            gate.let_out(s, "EP20990101-0001")
    with database.unit_of_work() as s:
        out = gate.scan(s, " ep20261123-0001 ", staff_id=seeded.manager, now=NOW + dt.timedelta(hours=1))
    assert out.state == "used" and status_of(database, number) == "released"


# --- the printed pass and the command line ------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A6", "80mm"])
def test_the_printed_qr_code_is_read_by_zbarimg_and_lets_the_car_out(
    database: Database, seeded: Shop, paper: str, tmp_path: Path
) -> None:
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: install Debian's zbar-tools (setup.sh does)")
    number = settled_order(database, seeded)
    with database.unit_of_work() as s:
        s.scalar(select(ShopSettings)).exit_pass_paper = paper
        document = gate.exit_pass_document(s, number, issue=True, staff_id=seeded.cashier, now=NOW)
    pdf = tmp_path / "pass.pdf"
    pdf.write_bytes(render_exit_pass(document))
    text = pdf_text(pdf)
    for expected in ("出门证", "粤B·D12345", "大众 帕萨特 330TSI", "白色", number, "2026-11-23 09:00", "2026-11-24 09:00", "陈敏",
                     document.number, "广州粤顺汽车销售服务有限公司"):
        assert expected in text, expected
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert ("297.638 x 419.528" if paper == "A6" else "226.772 x 340.15") in size
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "pass")], check=True)
    read = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "pass.png")], capture_output=True, text=True, check=True)
    decoded = read.stdout.strip()
    assert decoded == document.payload
    with database.unit_of_work() as s:
        assert gate.verify_and_release(s, decoded, now=NOW + dt.timedelta(minutes=3)).order_number == number
    assert status_of(database, number) == "released"


def test_reprinting_gives_the_same_pass(database: Database, seeded: Shop) -> None:
    number, _ = issued(database, seeded)
    with database.unit_of_work() as s:
        first = gate.exit_pass_document(s, number, now=NOW + dt.timedelta(minutes=1))
    with database.unit_of_work() as s:
        second = gate.exit_pass_document(s, number, issue=True, now=NOW + dt.timedelta(hours=2))
    assert first == second and render_exit_pass(first) == render_exit_pass(second)
    with pytest.raises(NotFound, match="没有有效的出门证"):
        with database.unit_of_work() as s:
            gate.exit_pass_document(s, number, now=NOW + dt.timedelta(days=3))


def test_cli_prints_the_pass_and_the_gate_verifies_it(database_url: str, database: Database, seeded: Shop, capsys, tmp_path: Path) -> None:
    number = settled_order(database, seeded)
    target = tmp_path / "pass.pdf"
    status, out, err = run(capsys, "--db", database_url, "print", "exit-pass", number, "-o", str(target))
    assert (status, out.strip(), err) == (0, str(target), "")
    assert "粤B·D12345" in pdf_text(target)
    status, _, _ = run(capsys, "--db", database_url, "print", "exit-pass", number, "-o", str(tmp_path / "again.pdf"))
    assert status == 0 and (tmp_path / "again.pdf").read_bytes() == target.read_bytes()  # the same pass, not a new one
    with database.unit_of_work(write=False) as s:
        payload = gate.pass_payload(s, s.scalar(select(ExitPass.number)))
        assert len(list(s.scalars(select(ExitPass)))) == 1

    altered = payload[:-3] + ("AAA" if payload[-3:] != "AAA" else "BBB")
    status, out, err = run(capsys, "--db", database_url, "gate", "verify", altered)
    assert (status, out) == (1, "") and err == "desk: 出门证二维码的签名不对：内容被改动过或是伪造的，不能放行。\n"
    status, out, err = run(capsys, "--db", database_url, "gate", "verify", payload)
    assert status == 0 and err == ""
    assert re.fullmatch(rf"放行：粤B·D12345（大众 帕萨特 330TSI，白色），委托书 {number}，出门证 EP\d{{8}}-0001，.+ 出厂\n", out)
    status, out, err = run(capsys, "--db", database_url, "gate", "verify", payload)
    assert status == 1 and out == "" and "使用过" in err and err.startswith("desk: ")
    status, _, err = run(capsys, "--db", database_url, "gate", "verify", "no such thing")
    assert status == 1 and "不是本系统的出门证二维码" in err
    status, _, err = run(capsys, "--db", database_url, "gate", "verify", "EP20990101-0001")
    assert status == 1 and err == "desk: 找不到出门证 EP20990101-0001，请核对号码。\n"
    status, _, err = run(capsys, "--db", database_url, "print", "exit-pass", "RO20990101-0001", "-o", str(tmp_path / "x.pdf"))
    assert status == 1 and not (tmp_path / "x.pdf").exists()


# --- print settings and the printers per document -------------------------------------------------------


def test_print_settings_are_checked_and_used_by_the_pass(database: Database, seeded: Shop) -> None:
    from desk.services import print_settings

    with database.unit_of_work(write=False) as s:
        before = print_settings.print_settings(s)
    assert (before.settlement_paper, before.exit_pass_paper, before.exit_pass_hours) == ("A4", "A6", 24)
    for kwargs, message in [
        (dict(settlement_paper="A3", exit_pass_paper="A6", exit_pass_hours=24), "结算单纸张只能是 A4 或 A5"),
        (dict(settlement_paper="A4", exit_pass_paper="58mm", exit_pass_hours=24), "出门证纸张只能是 A6 或 80 mm"),
        (dict(settlement_paper="A4", exit_pass_paper="A6", exit_pass_hours=0), "出门证有效时长应在 1 到 168 小时之间"),
    ]:
        with pytest.raises(ValidationError, match=message):
            with database.unit_of_work() as s:
                print_settings.update_print_settings(s, staff_id=seeded.manager, **kwargs)
    with database.unit_of_work() as s:
        saved = print_settings.update_print_settings(
            s, settlement_paper="A5", exit_pass_paper="80mm", exit_pass_hours=4, staff_id=seeded.manager,
            expected_version=before.version,
        )
    assert (saved.settlement_paper, saved.exit_pass_paper, saved.exit_pass_hours) == ("A5", "80mm", 4)
    with pytest.raises(Conflict):
        with database.unit_of_work() as s:
            print_settings.update_print_settings(
                s, settlement_paper="A4", exit_pass_paper="A6", exit_pass_hours=24, staff_id=None,
                expected_version=before.version,
            )
    number = settled_order(database, seeded)
    with database.unit_of_work() as s:
        document = gate.exit_pass_document(s, number, issue=True, now=NOW)
    assert document.paper == "80mm" and document.valid_until_local == "2026-11-23 13:00"


def test_printers_per_document_come_from_the_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.config import config_file, load_settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_settings(environ={}).printer_for("exit_pass") is None  # no file: the system's default
    config_file().parent.mkdir(parents=True)
    config_file().write_text('[printers]\ndefault = "Counter"\nexit_pass = "Gate-Receipt"\nsettlement = 3\n', encoding="utf-8")
    settings = load_settings(environ={})
    assert settings.printer_for("exit_pass") == "Gate-Receipt"
    assert settings.printer_for("settlement") == "Counter"  # not a name: ignored
    assert settings.printer_for("day_end") == "Counter"
