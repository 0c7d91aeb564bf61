"""One counter PC for the several-PCs test: opens or edits repair orders and says so on stdout.

    python tests/pc_worker.py create URL BARRIER_DIR WORKERS WORKER COUNT VEHICLE_ID ADVISOR_ID
    python tests/pc_worker.py edit URL BARRIER_DIR WORKERS WORKER STAFF_ID ROUNDS NUMBER [NUMBER ...]

Every action is one unit of work, like a button at the counter. A line is printed (and flushed)
only after the unit of work ended, so what the test reads is what the user was told:

    OPENED <number>                               the order was saved
    BUSY <what>                                   "database busy" was shown; the action is retried
    WON <number> <expected> <phone> <when>        the save went through
    CONFLICT <number> <expected> <message>        the save was refused as a conflict
    FAILED <what> <message>                       any other refusal, or "busy" too many times

``DESK_TEST_BUSY_TIMEOUT_MS`` in the environment shortens SQLite's busy timeout, so that a test
can make "database busy" happen on purpose.

The PCs start together at a file barrier in ``BARRIER_DIR``: each writes ``<name>.<worker>`` and
waits until all ``WORKERS`` files of that name are there. In ``edit`` every round has two: all PCs
load the orders, then all save; so in each round everybody saves over the same version.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from desk import db
from desk.db import Database
from desk.services import orders
from desk.services.errors import Conflict, DatabaseUnavailable, DeskError
from desk.services.shop import format_local

RETRIES = 100
RETRY_PAUSE = 0.05


def barrier(folder: Path, name: str, workers: int, worker: int) -> None:
    (folder / f"{name}.{worker}").touch()
    deadline = time.monotonic() + 60
    while len(list(folder.glob(f"{name}.*"))) < workers:
        if time.monotonic() > deadline:
            raise SystemExit(f"barrier {name}: the other PCs never came")
        time.sleep(0.005)


def create(database: Database, count: int, vehicle_id: int, advisor_id: int) -> None:
    for index in range(count):
        for attempt in range(RETRIES):
            if attempt:
                time.sleep(RETRY_PAUSE)  # the user reads the message and presses the button again
            try:
                with database.unit_of_work() as session:
                    detail = orders.open_order(
                        session, vehicle_id=vehicle_id, advisor_id=advisor_id, mileage=20000,
                        complaint=f"保养 {index}", confirmed=("second_open_order",), staff_id=advisor_id,
                    )
            except DatabaseUnavailable as busy:
                print(f"BUSY open {busy.message}", flush=True)
                continue
            except DeskError as refusal:
                print(f"FAILED open {refusal.message}", flush=True)
                break
            print(f"OPENED {detail.number}", flush=True)
            break
        else:
            print(f"FAILED open gave up after {RETRIES} tries", flush=True)


def phone_for(worker: int, round_: int, order_index: int) -> str:
    """A distinct, valid mobile number for each attempted change."""
    return f"139{worker:02d}{round_:02d}{order_index:04d}"


def edit(database: Database, folder: Path, workers: int, worker: int, staff_id: int, rounds: int,
         numbers: list[str]) -> None:
    for round_ in range(rounds):
        # load what is on screen: the version each order has now
        with database.unit_of_work(write=False) as session:
            loaded = {number: orders.order_detail(session, number).version for number in numbers}
        barrier(folder, f"round{round_}", workers, worker)
        # each PC saves the orders in its own order, so the saves cross
        shift = worker % len(numbers)
        for index, number in [*enumerate(numbers)][shift:] + [*enumerate(numbers)][:shift]:
            phone = phone_for(worker, round_, index)
            for attempt in range(RETRIES):
                if attempt:
                    time.sleep(RETRY_PAUSE)
                try:
                    with database.unit_of_work() as session:
                        orders.update_intake(
                            session, number, callback_phone=phone, staff_id=staff_id,
                            expected_version=loaded[number],
                        )
                        when = format_local(session, orders.get_order(session, number).updated_at)
                except DatabaseUnavailable as busy:
                    print(f"BUSY {number} {busy.message}", flush=True)
                    continue
                except Conflict as conflict:
                    print(f"CONFLICT {number} {loaded[number]} {conflict.message}", flush=True)
                    break
                except DeskError as refusal:
                    print(f"FAILED {number} {refusal.message}", flush=True)
                    break
                print(f"WON {number} {loaded[number]} {phone} {when}", flush=True)
                break
            else:
                print(f"FAILED {number} gave up after {RETRIES} tries", flush=True)
        # nobody loads for the next round before every save of this one is done
        barrier(folder, f"saved{round_}", workers, worker)


def main(argv: list[str]) -> None:
    mode, url, folder, workers, worker = argv[0], argv[1], Path(argv[2]), int(argv[3]), int(argv[4])
    if "DESK_TEST_BUSY_TIMEOUT_MS" in os.environ:
        # an impatient PC: SQLite reports "busy" after this long instead of waiting 10 s
        db.SQLITE_BUSY_TIMEOUT_MS = int(os.environ["DESK_TEST_BUSY_TIMEOUT_MS"])
    database = Database(url)
    try:
        if mode == "create":
            count, vehicle_id, advisor_id = (int(value) for value in argv[5:8])
            barrier(folder, "start", workers, worker)
            create(database, count, vehicle_id, advisor_id)
        else:
            staff_id, rounds = int(argv[5]), int(argv[6])
            edit(database, folder, workers, worker, staff_id, rounds, argv[7:])
    finally:
        database.dispose()
    print("DONE", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
