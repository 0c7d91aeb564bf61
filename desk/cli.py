"""The command line: the composition root that parses arguments, builds settings, starts a mode.

    desk [--db URL] [--lang zh_CN|en]                 the counter application
    desk [--db URL] db upgrade                        create or migrate the database
    desk [--db URL] demo [--seed N]                   fill an empty database with a demo shop
    desk [--db URL] orders [--status STATUS] [--json] list repair orders
    desk [--db URL] board [--screen N]                the workshop's wall screen (车间看板)
    desk [--db URL] print repair-order NUMBER [-o FILE] [--copy customer|workshop]
    desk [--db URL] print checkin ORDER_NUMBER [-o FILE] [--copy customer|shop] [--draft]
    desk [--db URL] appointments [--date YYYY-MM-DD] [--json]   list a day's appointments
    desk [--db URL] print welcome APPOINTMENT_NUMBER [-o FILE]  the welcome board (欢迎牌)
    desk [--db URL] print settlement ORDER_NUMBER [--copy customer|shop] [-o FILE]   the settlement slip (结算单)
    desk [--db URL] print day-end YYYY-MM-DD [--cashier NAME] [-o FILE]   the day-end report (日结)
    desk [--db URL] print additional-work NUMBER [-o FILE]     the additional-work slip (追加项目确认单)
    desk [--db URL] print complaint NUMBER [-o FILE]           the complaint handling form (客户意见处理表)
    desk [--db URL] import labour|parts|packages FILE.csv [--good-rows-only]   import a catalogue
    desk [--db URL] import customers FILE.csv [--good-rows-only] [--accept-vin-check-digit]   customers with their cars
    desk [--db URL] print exit-pass ORDER_NUMBER [-o FILE]      the exit pass (出门证) with its QR code
    desk [--db URL] gate verify PAYLOAD                         the gate checks a scanned pass and lets the car out
    desk [--db URL] backup -o FILE                              a verified copy of a SQLite database
    desk [--db URL] restore FILE                                replace a SQLite database by a verified backup
    desk [--db URL] report kpi --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.xlsx|FILE.csv   the KPIs (绩效指标)
    desk [--db URL] export customers -o FILE.csv|FILE.xlsx      every customer with their cars (logged)
    desk --version

Errors go to standard error in plain words with exit status 1 and leave no output file behind;
usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desk import __version__
from desk.files import write_atomically
from desk.config import LANGUAGES, Settings, describe_database, load_settings
from desk.models.enums import OrderStatus
from desk.services.errors import DeskError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk", description="Desk：4S 店售后服务前台。不带命令时启动前台程序。",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument("--db", metavar="URL", help="数据库地址，如 postgresql+psycopg://user@host/desk（默认：本机 SQLite）")
    parser.add_argument("--lang", choices=LANGUAGES, help="界面语言（默认 zh_CN）")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db_parser = commands.add_parser("db", help="数据库维护")
    db_commands = db_parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="建立数据库或升级到最新结构")

    demo = commands.add_parser("demo", help="在空数据库中装入演示数据")
    demo.add_argument("--seed", type=int, default=1, metavar="N", help="随机种子（默认 1）")

    wall = commands.add_parser("board", help="车间看板：在一块屏幕上全屏显示维修进度（只读，按 Esc 退出）")
    wall.add_argument("--screen", type=int, default=0, metavar="N", help="显示在第 N 块屏幕上（从 0 起，默认 0）")

    order_list = commands.add_parser("orders", help="列出委托书")
    order_list.add_argument("--status", choices=[s.value for s in OrderStatus], help="只列出这个状态的委托书")
    order_list.add_argument("--json", action="store_true", help="输出一个 JSON 数组")

    appointment_list = commands.add_parser("appointments", help="列出某一天的预约（先把已过营业日仍未到店的预约记为未到店）")
    appointment_list.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="哪一天（默认今天，本店时间）")
    appointment_list.add_argument("--json", action="store_true", help="输出一个 JSON 数组")

    importing = commands.add_parser(
        "import", help="从 CSV 文件导入目录（工时、备件、套餐）或客户及其车辆；有错的行逐行报告，默认有错时什么都不导入",
    )
    importing.add_argument(
        "kind", choices=("labour", "parts", "packages", "customers"),
        help="labour 工时、parts 备件、packages 套餐或 customers 客户及车辆（旧系统导出）",
    )
    importing.add_argument("file", metavar="FILE.csv", help="CSV 文件（UTF-8 或 GBK 编码，第一行为列名）")
    importing.add_argument("--good-rows-only", action="store_true", help="只导入没有错的行，跳过有错的行")
    importing.add_argument(
        "--accept-vin-check-digit", action="store_true",
        help="（customers）车架号第9位校验位不符时仍导入（核对过行驶证，如部分进口车）",
    )

    printing = commands.add_parser("print", help="把单据输出为 PDF")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    repair_order = documents.add_parser("repair-order", help="任务委托书")
    repair_order.add_argument("number", metavar="NUMBER", help="委托书号，如 RO20261123-0001")
    repair_order.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 NUMBER-COPY.pdf）")
    repair_order.add_argument("--copy", choices=("customer", "workshop"), default="customer",
                              help="客户联 customer（默认）或车间联 workshop")
    checkin = documents.add_parser("checkin", help="接车登记表（环车检查，客户签字后）")
    checkin.add_argument("number", metavar="ORDER_NUMBER", help="委托书号，如 RO20261123-0001")
    checkin.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 NUMBER-checkin-COPY.pdf）")
    checkin.add_argument("--copy", choices=("customer", "shop"), default="customer",
                         help="客户联 customer（默认）或本店联 shop")
    checkin.add_argument("--draft", action="store_true", help="客户签字前打印草稿（带“草稿”水印）")
    welcome = documents.add_parser("welcome", help="欢迎牌（A4 横向）")
    welcome.add_argument("number", metavar="APPOINTMENT_NUMBER", help="预约号，如 AP20261123-0001")
    welcome.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 NUMBER-welcome.pdf）")
    slip = documents.add_parser("settlement", help="结算单（A4 或 A5，按本店设置；按结算时保存的内容打印，已作废的带“作废”字样）")
    slip.add_argument("number", metavar="ORDER_NUMBER", help="委托书号，如 RO20261123-0001")
    slip.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 NUMBER-settlement-COPY.pdf）")
    slip.add_argument("--copy", choices=("customer", "shop"), default="customer", help="客户联 customer（默认）或本店联 shop")
    day_end = documents.add_parser("day-end", help="日结报表：某一天按收银员和付款方式汇总的收款、挂账及作废的结算")
    day_end.add_argument("day", type=_iso_date, metavar="YYYY-MM-DD", help="营业日（本店时间）")
    day_end.add_argument("--cashier", metavar="NAME", help="只统计这位收银员（姓名）")
    day_end.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 day-end-YYYY-MM-DD.pdf）")
    exit_pass_help = (
        "出门证（A6 或 80 mm 小票，按本店的打印设置）：打印委托书当前有效的出门证，再打印得到的是同一张；"
        "委托书已结算而没有有效出门证时先开一张（开具人空白）。"
    )
    exit_pass = documents.add_parser("exit-pass", help=exit_pass_help, description=exit_pass_help)
    exit_pass.add_argument("number", metavar="ORDER_NUMBER", help="委托书号，如 RO20261123-0001")
    exit_pass.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 出门证号.pdf，如 EP20261123-0001.pdf）")
    gate = commands.add_parser("gate", help="门卫")
    gate_commands = gate.add_subparsers(dest="gate_command", metavar="ACTION", required=True)
    verify_help = "核验出门证二维码并放行：可以放行时记为已出厂，输出一行，退出码 0；拒绝时原因写到标准错误，退出码 1。"
    gate_commands.add_parser("verify", help=verify_help, description=verify_help).add_argument("payload", metavar="PAYLOAD", help="扫码枪读出的二维码内容（DESK1.…），或手工输入的出门证号 EP…")
    extra = documents.add_parser("additional-work", help="追加项目确认单（委托书的全部追加项目及客户决定）")
    extra.add_argument("number", metavar="NUMBER", help="委托书号，如 RO20261123-0001")
    extra.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 NUMBER-additional-work.pdf）")
    complaint = documents.add_parser("complaint", help="客户意见处理表（投诉的受理、处理经过和结果）")
    complaint.add_argument("number", metavar="NUMBER", help="投诉编号，如 TS20261203-0001")
    complaint.add_argument("-o", "--output", metavar="FILE", help="输出文件（默认 NUMBER.pdf）")
    backing_up = commands.add_parser("backup", help="把 SQLite 数据库备份到一个文件（在线复制并做完整性检查）")
    backing_up.add_argument("-o", "--output", metavar="FILE", required=True, help="备份文件")
    restoring = commands.add_parser(
        "restore", help="用备份文件替换 SQLite 数据库：先检查备份，再把当前数据库另存，然后恢复"
    )
    restoring.add_argument("file", metavar="FILE", help="要恢复的备份文件")
    reporting = commands.add_parser("report", help="导出报表")
    reports = reporting.add_subparsers(dest="report", metavar="REPORT", required=True)
    kpi_help = "绩效指标：全店和每位服务顾问在一段日期内（本店时间，含首尾两天）的各项指标及目标，导出为 Excel 或 CSV"
    kpi_report = reports.add_parser("kpi", help=kpi_help, description=kpi_help)
    kpi_report.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="开始日期")
    kpi_report.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="结束日期（含）")
    kpi_report.add_argument("-o", "--output", required=True, metavar="FILE",
                            help="输出文件：扩展名 .xlsx 为 Excel 工作簿，.csv 为 CSV（UTF-8，Excel 可直接打开）")
    exporting = commands.add_parser("export", help="导出数据（记入操作日志）")
    exports = exporting.add_subparsers(dest="export", metavar="WHAT", required=True)
    customers_help = "客户资料：每位客户及其车辆（每辆车一行，含完整电话），导出为 CSV 或 Excel；导出会记入操作日志"
    customer_export = exports.add_parser("customers", help=customers_help, description=customers_help)
    customer_export.add_argument("-o", "--output", required=True, metavar="FILE",
                                 help="输出文件：扩展名 .csv 为 CSV（UTF-8，Excel 可直接打开），.xlsx 为 Excel 工作簿")
    return parser


def _iso_date(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，如 2026-11-23，现在是“{text}”") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings(database_url=args.db, lang=args.lang)
    if args.command is None:
        from desk.app import run

        return run(settings)
    try:
        return COMMANDS[args.command](settings, args)
    except DeskError as refusal:
        print(f"desk: {refusal.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped reading; that is not an error of ours.
        sys.stderr.close()
        return 0


def _database(settings: Settings):  # type: ignore[no-untyped-def]
    from desk import db

    db.upgrade(settings.database_url)
    return db.Database(settings.database_url)


def cmd_db(settings: Settings, args: argparse.Namespace) -> int:
    from desk import db

    backup = db.upgrade(settings.database_url)
    print(f"数据库已是最新结构（{db.head_revision()}）：{describe_database(settings.database_url)}")
    if backup is not None:
        print(f"升级前的数据库已备份到 {backup}")
    return 0


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    from desk.services import demo

    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            summary = demo.fill_demo(session, seed=args.seed)
    finally:
        database.dispose()
    print(f"演示数据已装入 {describe_database(settings.database_url)}")
    print(f"  {summary.staff} 名员工，{summary.teams} 个班组，{summary.customers} 位客户，{summary.vehicles} 辆车")
    print(f"  {summary.first_day} 至 {summary.day}：{summary.orders} 张委托书，{summary.appointments} 个预约")
    today = "，".join(f"{OrderStatus(status).chinese} {count}" for status, count in summary.today_by_status)
    print(f"  今天：{today}；在厂 {summary.in_shop} 辆，待到店预约 {summary.appointments_waiting} 个")
    return 0


def cmd_orders(settings: Settings, args: argparse.Namespace) -> int:
    from desk.services import orders

    database = _database(settings)
    try:
        with database.unit_of_work(write=False) as session:
            rows = orders.list_orders(session, statuses=[args.status] if args.status else None)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([_order_json(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        status = OrderStatus(row.status).chinese
        print(
            f"{row.number}  {status:<4}  {row.plate:<10}  {row.customer:<8}  {row.advisor:<4}  "
            f"{row.opened_local}  {orders.format_amount(row.total_fen):>10}  {orders.format_amount(row.customer_pays_fen):>10}"
        )
    print(f"共 {len(rows)} 张委托书", file=sys.stderr)
    return 0


def _order_json(row: object) -> dict[str, object]:
    from desk.services.orders import OrderRow, format_amount

    assert isinstance(row, OrderRow)
    return {
        "number": row.number,
        "status": row.status,
        "plate": row.plate,
        "vin": row.vin,
        "model": row.model,
        "customer": row.customer,
        "advisor": row.advisor,
        "opened_at": row.opened_at.isoformat(),
        "promised_at": row.promised_at.isoformat() if row.promised_at else None,
        "total": format_amount(row.total_fen),
        "customer_pays": format_amount(row.customer_pays_fen),
    }


def cmd_print(settings: Settings, args: argparse.Namespace) -> int:
    from desk.printing.repair_order import render_repair_order
    from desk.services import documents

    if args.document == "welcome":
        return _print_welcome(settings, args)

    if args.document == "checkin":
        return _print_checkin(settings, args)
    if args.document in ("settlement", "day-end"):
        return _print_settlement(settings, args)
    if args.document == "exit-pass":
        return _print_exit_pass(settings, args)
    if args.document == "additional-work":
        return _print_additional_work(settings, args)
    if args.document == "complaint":
        return _print_complaint(settings, args)
    output = Path(args.output) if args.output else Path(f"{args.number.strip().upper()}-{args.copy}.pdf")
    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            snapshot = documents.repair_order_snapshot(session, args.number)
    finally:
        database.dispose()
    pdf = render_repair_order(snapshot, args.copy, font_path=settings.font_path)
    write_atomically(output, pdf)
    print(output)
    return 0


COMMANDS = {"db": cmd_db, "demo": cmd_demo, "orders": cmd_orders, "print": cmd_print}


def cmd_board(settings: Settings, args: argparse.Namespace) -> int:
    """The workshop's wall screen; it starts even when the database is not reachable yet."""
    from desk.views.wall_screen import run_wall

    return run_wall(settings, screen=args.screen)


COMMANDS["board"] = cmd_board


def cmd_appointments(settings: Settings, args: argparse.Namespace) -> int:
    """One day's appointments; still-booked ones from days that have ended become no-shows first."""
    from desk.models.enums import AppointmentStatus
    from desk.services import appointment_book, appointments, shop

    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            appointments.mark_no_shows(session)
        with database.unit_of_work(write=False) as session:
            day = args.date or shop.local_today(session)
            rows = appointments.list_day(session, day)
            starts = [appointment_book.slot_local_iso(session, row) for row in rows]
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([
            {
                "number": row.number, "slot_start": start, "status": row.status, "customer": row.customer,
                "phone": row.phone, "plate": row.plate, "model": row.model, "advisor": row.advisor,
                "requested_work": row.requested_work, "pay_type_intent": row.pay_type_intent,
                "source": row.source, "estimated_hours": row.estimated_hours,
            }
            for row, start in zip(rows, starts, strict=True)
        ], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        status = AppointmentStatus(row.status).chinese
        print(
            f"{row.number}  {row.slot_local[11:]}  {status:<3}  {row.plate:<10}  {row.customer:<8}  "
            f"{row.advisor:<4}  {row.requested_work.splitlines()[0] if row.requested_work else ''}"
        )
    print(f"{day.isoformat()} 共 {len(rows)} 个预约", file=sys.stderr)
    return 0


def _print_welcome(settings: Settings, args: argparse.Namespace) -> int:
    from desk.printing.welcome_board import render_welcome_board
    from desk.services import welcome

    return _write_document(
        settings, args, "-welcome", lambda s: welcome.welcome_board(s, args.number),
        lambda data: render_welcome_board(data, font_path=settings.font_path),
    )


def _write_document(
    settings: Settings, args: argparse.Namespace, suffix: str,
    read: Callable[[Any], Any], render: Callable[[Any], bytes],
) -> int:
    """Read a document's data in one unit of work, render it and write ``-o FILE`` (default
    ``NUMBER<suffix>.pdf``) atomically; prints the file written."""
    output = Path(args.output) if args.output else Path(f"{args.number.strip().upper()}{suffix}.pdf")
    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            data = read(session)
    finally:
        database.dispose()
    write_atomically(output, render(data))
    print(output)
    return 0


COMMANDS["appointments"] = cmd_appointments


def _print_checkin(settings: Settings, args: argparse.Namespace) -> int:
    """The check-in sheet of an order: its signed walk-around, or a draft marked 草稿."""
    from desk.printing.checkin_sheet import render_checkin_sheet
    from desk.services import checkin_documents

    name = "draft" if args.draft else args.copy
    return _write_document(
        settings, args, f"-checkin-{name}",
        lambda s: checkin_documents.checkin_snapshot_for_order(s, args.number, draft=args.draft),
        lambda snapshot: render_checkin_sheet(snapshot, args.copy, font_path=settings.font_path),
    )


def _print_complaint(settings: Settings, args: argparse.Namespace) -> int:
    """The complaint handling form (客户意见处理表) of one complaint."""
    from desk.printing.complaint_form import render_complaint_form
    from desk.services.complaints import complaint_form

    return _write_document(
        settings, args, "", lambda s: complaint_form(s, args.number),
        lambda form: render_complaint_form(form, font_path=settings.font_path),
    )


def _print_additional_work(settings: Settings, args: argparse.Namespace) -> int:
    """The additional-work confirmation slip (追加项目确认单) of an order."""
    from desk.printing.additional_work import render_additional_work
    from desk.services.additional_work_snapshot import additional_work_snapshot

    return _write_document(
        settings, args, "-additional-work", lambda s: additional_work_snapshot(s, args.number),
        lambda snapshot: render_additional_work(snapshot, font_path=settings.font_path),
    )


def cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    """A catalogue from CSV: a report per bad row on stderr, the summary on stdout."""
    from desk.services import catalogue_import

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise DeskError("无法读取 {path}：{reason}", path=args.file, reason=exc.strerror or str(exc)) from exc
    if args.kind == "customers":
        return _import_customers(settings, args, data)
    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            report = catalogue_import.import_csv(session, args.kind, data, good_rows_only=args.good_rows_only)
    finally:
        database.dispose()
    for problem in report.problems:
        print(f"desk: {args.file}: {problem.text}", file=sys.stderr)
    if not report.imported:
        print(f"desk: {report.summary}", file=sys.stderr)
        if not args.good_rows_only:
            print("desk: 改正后重新导入，或加 --good-rows-only 只导入没有错的行。", file=sys.stderr)
        return 1
    print(report.summary)
    return 0


def _import_customers(settings: Settings, args: argparse.Namespace, data: bytes) -> int:
    """Customers with their cars: ignored columns and bad rows on stderr; attached cars and the
    summary on stdout."""
    from desk.services import customer_import

    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            report = customer_import.import_csv(
                session, data, good_rows_only=args.good_rows_only, accept_vin_check_digit=args.accept_vin_check_digit,
            )
    finally:
        database.dispose()
    if report.unknown_columns:
        print(f"desk: {args.file}: 这些列不认识，未导入：{'、'.join(report.unknown_columns)}", file=sys.stderr)
    for problem in report.problems:
        print(f"desk: {args.file}: {problem.text}", file=sys.stderr)
    if report.vin_check_digit_rows:
        print("desk: 车架号校验位不符的行核对行驶证无误后，可加 --accept-vin-check-digit 导入。", file=sys.stderr)
    if not report.imported or (report.problems and not report.good):
        # with --good-rows-only and no good row nothing was imported either: a script must notice
        print(f"desk: {report.summary}", file=sys.stderr)
        if not args.good_rows_only:
            print("desk: 改正后重新导入，或加 --good-rows-only 只导入没有错的行。", file=sys.stderr)
        return 1
    for note in report.notes:
        print(note.text)
    print(report.summary)
    return 0


COMMANDS["import"] = cmd_import


def _print_exit_pass(settings: Settings, args: argparse.Namespace) -> int:
    """The order's valid exit pass; a settled order without one gets one first."""
    from desk.printing.exit_pass import render_exit_pass
    from desk.services import gate

    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            document = gate.exit_pass_document(session, args.number, issue=True)
    finally:
        database.dispose()
    output = Path(args.output) if args.output else Path(f"{document.number}.pdf")
    write_atomically(output, render_exit_pass(document, font_path=settings.font_path))
    print(output)
    return 0


def cmd_gate(settings: Settings, args: argparse.Namespace) -> int:
    """The gate: a scanned QR content (or a pass number typed by hand) lets the car out or not."""
    from desk.services import gate

    database = _database(settings)
    try:
        try:
            with database.unit_of_work() as session:
                released = gate.scan(session, args.payload)
        except gate.PassRefused as refusal:
            with database.unit_of_work() as session:
                gate.record_refusal(session, args.payload, refusal.message)
            raise
    finally:
        database.dispose()
    vehicle = "，".join(part for part in (released.model, released.colour) if part)
    print(f"放行：{released.plate}{'（' + vehicle + '）' if vehicle else ''}，委托书 {released.order_number}，"
          f"出门证 {released.number}，{released.used_local} 出厂")
    return 0


COMMANDS["gate"] = cmd_gate


def _print_settlement(settings: Settings, args: argparse.Namespace) -> int:
    """The settlement slip of an order (from its stored copy), or one day's day-end report."""
    from desk.printing.day_end import render_day_end
    from desk.printing.settlement_slip import render_settlement_slip
    from desk.services import settlement

    database = _database(settings)
    try:
        with database.unit_of_work(write=False) as session:
            if args.document == "settlement":
                slip = settlement.slip(session, args.number)
            else:
                cashier_id = settlement.staff_by_name(session, args.cashier) if args.cashier else None
                report = settlement.day_end_report(session, args.day, cashier_id=cashier_id)
    finally:
        database.dispose()
    if args.document == "settlement":
        output = Path(args.output) if args.output else Path(f"{slip.snapshot.number}-settlement-{args.copy}.pdf")
        pdf = render_settlement_slip(slip, args.copy, font_path=settings.font_path)
    else:
        output = Path(args.output) if args.output else Path(f"day-end-{args.day.isoformat()}.pdf")
        pdf = render_day_end(report, font_path=settings.font_path)
    write_atomically(output, pdf)
    print(output)
    return 0


def cmd_report(settings: Settings, args: argparse.Namespace) -> int:
    """``report kpi``: the KPIs for a date range written to .xlsx or .csv (the suffix decides)."""
    from desk.services import kpi

    output = Path(args.output)
    if output.suffix.lower() not in (".xlsx", ".csv"):
        print(f"desk: 输出文件的扩展名应为 .xlsx（Excel）或 .csv，现在是“{output.name}”。", file=sys.stderr)
        return 2
    kpi.check_range(args.start, args.end)
    database = _database(settings)
    try:
        with database.unit_of_work(write=False) as session:
            report = kpi.kpi_report(session, args.start, args.end)
    finally:
        database.dispose()
    write_atomically(output, kpi.export(report, output.suffix))
    print(output)
    return 0


COMMANDS["report"] = cmd_report


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    """``export customers``: the customer file to .csv or .xlsx, with an audit entry like the app's.

    The command line is not limited by the permission matrix (whoever runs it can open the
    database), but the export is logged all the same, as done with nobody signed in.
    """
    from desk.services import customer_export

    output = Path(args.output)
    if output.suffix.lower() not in customer_export.FORMATS:
        print(f"desk: 输出文件的扩展名应为 .csv 或 .xlsx（Excel），现在是“{output.name}”。", file=sys.stderr)
        return 2
    database = _database(settings)
    try:
        with database.unit_of_work() as session:
            result = customer_export.export_customers(session, output)
    finally:
        database.dispose()
    print(f"已导出 {result.customers} 位客户（{result.rows} 行）到 {output}；已记入操作日志。")
    return 0


COMMANDS["export"] = cmd_export


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    """A verified copy of the SQLite database."""
    from desk.backup import backup

    made = backup(settings.database_url, Path(args.output))
    print(f"已备份到 {made.path}（{made.size:,} 字节，数据库版本 {made.revision}）")
    return 0


def cmd_restore(settings: Settings, args: argparse.Namespace) -> int:
    """Replace the SQLite database by a verified backup; the current one is set aside first."""
    from desk import db
    from desk.backup import restore

    restored, aside = restore(settings.database_url, Path(args.file))
    if aside is not None:
        print(f"原数据库已另存为 {aside}")
    db.upgrade(settings.database_url)
    print(f"已从 {args.file} 恢复：{describe_database(settings.database_url)}（数据库版本 {db.head_revision()}）")
    return 0


COMMANDS["backup"] = cmd_backup
COMMANDS["restore"] = cmd_restore
