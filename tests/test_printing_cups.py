"""Printing through the real print system: a private CUPS scheduler with a PDF printer.

A settlement slip and an exit pass go through Desk's print path (``print_document``, what the
print dialogs call once a printer is chosen) to a cups-pdf queue named in ``desk.toml``'s
``[printers]`` table; the PDFs cups-pdf writes must arrive, be the document's paper size, carry
its text and, for the pass, a QR code zbarimg reads back. Runs in a child process so that the CUPS library and Qt see the private
scheduler (``CUPS_SERVER``) from their first use. On CI this must not be skipped.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import seed_shop
from cupsserver import CupsServer, cups_unavailable_reason
from desk.db import Database
from desk.printing.exit_pass import render_exit_pass
from desk.printing.settlement_slip import render_settlement_slip
from desk.services import gate, settlement
from desk.services.settlement import PaymentInput
from pgserver import running_in_ci
from test_orders import NOW, ready_order

PRINTER = "DeskPDF"

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QApplication

    from desk.config import load_settings
    from desk.views.pdf_preview import print_document, printer_for

    app = QApplication([])
    settings = load_settings()
    assert "DeskPDF" in QPrinterInfo.availablePrinterNames(), QPrinterInfo.availablePrinterNames()
    for document, path, title in zip(sys.argv[1::3], sys.argv[2::3], sys.argv[3::3]):
        name = settings.printer_for(document)
        assert printer_for(name).printerName() == "DeskPDF", name
        print(document, print_document(Path(path).read_bytes(), title, name))
    """
)


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsServer]:
    reason = cups_unavailable_reason()
    if reason is not None:
        if os.environ.get("CI") == "true" or running_in_ci():
            pytest.fail(f"CUPS is required on CI but cannot run: {reason}")
        pytest.skip(f"no private CUPS scheduler here: {reason}")
    try:
        server = CupsServer.start()
    except RuntimeError as exc:
        if running_in_ci():
            pytest.fail(f"CUPS is required on CI but cupsd does not start: {exc}")
        pytest.skip(f"cupsd does not start here: {exc}")
    try:
        server.add_pdf_printer(PRINTER)
        yield server
    finally:
        server.stop()


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Page size"))


def test_a_settlement_slip_and_an_exit_pass_print_on_a_cups_printer(cups: CupsServer, sqlite_url: str, tmp_path: Path) -> None:
    database = Database(sqlite_url)
    try:
        shop = seed_shop(database)
        number = ready_order(database, shop)
        with database.unit_of_work() as s:
            settlement.settle(s, number, [PaymentInput("cash", "554.50")], staff_id=shop.cashier, now=NOW,
                              insurer="中国人保财险", claim_number="RDAA2026001")
            slip = settlement.slip(s, number)
            exit_pass = gate.exit_pass_document(s, number, issue=True, staff_id=shop.cashier, now=NOW)
    finally:
        database.dispose()
    slip_pdf, pass_pdf = tmp_path / "slip.pdf", tmp_path / "pass.pdf"
    slip_pdf.write_bytes(render_settlement_slip(slip))
    pass_pdf.write_bytes(render_exit_pass(exit_pass))

    config = tmp_path / "config" / "Desk"
    config.mkdir(parents=True)
    (config / "desk.toml").write_text(f'[printers]\nsettlement = "{PRINTER}"\nexit_pass = "{PRINTER}"\n', encoding="utf-8")
    tag = f"desk-cups-test-{secrets.token_hex(4)}"
    env = {**cups.environ(), "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "settlement", str(slip_pdf), f"{tag}-slip", "exit_pass", str(pass_pdf), f"{tag}-pass"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["settlement", "1", "exit_pass", "1"]

    printed_slip = cups.wait_for_output(f"{tag}-slip")
    printed_pass = cups.wait_for_output(f"{tag}-pass")
    try:
        # cups-pdf prints through PostScript and Ghostscript, which keeps the Latin text
        # searchable but not the Chinese (the glyphs are drawn, their Unicode names are lost):
        # check the text that survives, the embedded Chinese font, the paper, and the QR code.
        slip_text, pass_text = text_of(printed_slip), text_of(printed_pass)
        for expected in (number, "2026-11-23 09:00", "554.50", "D12345", "RDAA2026001"):
            assert expected in slip_text, expected
        for expected in (exit_pass.number, number, "D12345", "2026-11-24 09:00"):
            assert expected in pass_text, expected
        for printed in (printed_slip, printed_pass):
            fonts = subprocess.run(["pdffonts", str(printed)], capture_output=True, text=True, check=True).stdout
            assert "WenQuanYi" in fonts, fonts
        assert page_size(printed_slip).startswith("595") and "842" in page_size(printed_slip)  # A4
        assert page_size(printed_pass).startswith("297") and "419" in page_size(printed_pass)  # A6
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(printed_pass), str(tmp_path / "printed")], check=True)
        read = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "printed.png")], capture_output=True, text=True, check=True)
        assert read.stdout.strip() == exit_pass.payload  # the printed pass still opens the gate
    finally:
        printed_slip.unlink(missing_ok=True)
        printed_pass.unlink(missing_ok=True)
