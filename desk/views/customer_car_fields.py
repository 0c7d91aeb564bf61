"""The inputs of one customer and one of their cars, shared by the 接车 and 环车检查 tabs.

Each tab lays the inputs out in its own order; this object owns them, remembers which records
(and which versions) they show, and saves them in one action.

A card the person may only see masked (``138****1234``, :mod:`desk.services.privacy`) shows the
mobile read-only: the stars cannot be edited into a half-real number, and the service keeps the
stored number when the masked text comes back with the rest of the card.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desk.services import customers
from desk.services.customers import CustomerCard, VehicleCard, format_birthday
from desk.views.runner import Runner


class CustomerCarFields:
    """Name, mobile, plate, VIN, model and colour, and the customer and car they belong to."""

    def __init__(self, runner: Runner, parent: QWidget, *, care_dates: bool = False) -> None:
        """With ``care_dates`` there are inputs for the birthday and the purchase date too (客户关怀);
        without, saving leaves those dates as they are."""
        self.runner = runner
        self.parent = parent
        self.customer_id: int | None = None
        self.customer_version: int | None = None
        self.vehicle_id: int | None = None
        self.vehicle_version: int | None = None
        self.name_edit = QLineEdit(parent)
        self.phone_edit = QLineEdit(parent)
        self.phone_edit.setPlaceholderText("13812345678")
        self.plate_edit = QLineEdit(parent)
        self.plate_edit.setPlaceholderText(QCoreApplication.translate("CustomerCarFields", "如 粤B·D12345"))
        self.vin_edit = QLineEdit(parent)
        self.vin_edit.setPlaceholderText(QCoreApplication.translate("CustomerCarFields", "17 位，可用扫码枪"))
        self.vin_edit.setMaxLength(24)
        self.model_edit = QLineEdit(parent)
        self.model_edit.setPlaceholderText(QCoreApplication.translate("CustomerCarFields", "如 大众 帕萨特 330TSI"))
        self.colour_edit = QLineEdit(parent)
        self.birthday_edit: QLineEdit | None = None
        self.purchased_edit: QLineEdit | None = None
        if care_dates:
            self.birthday_edit = QLineEdit(parent)
            self.birthday_edit.setObjectName("birthday")
            self.birthday_edit.setPlaceholderText(
                QCoreApplication.translate("CustomerCarFields", "可不填；如 1985-03-12，不知年份填 03-12")
            )
            self.purchased_edit = QLineEdit(parent)
            self.purchased_edit.setObjectName("purchasedOn")
            self.purchased_edit.setPlaceholderText(QCoreApplication.translate("CustomerCarFields", "可不填；如 2021-06-18"))

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.name_edit, self.phone_edit, self.plate_edit, self.vin_edit, self.model_edit, self.colour_edit)

    def show_customer(self, card: CustomerCard) -> None:
        self.customer_id, self.customer_version = card.id, card.version
        self.name_edit.setText(card.name)
        self.phone_edit.setText(card.phone)
        self.phone_edit.setReadOnly(card.phone_masked)
        self.phone_edit.setToolTip(
            QCoreApplication.translate("CustomerCarFields", "您的岗位不能查看完整手机号；如需修改请联系服务顾问或服务经理。")
            if card.phone_masked else ""
        )
        if self.birthday_edit is not None:
            self.birthday_edit.setText(format_birthday(card.birthday))

    def show_vehicle(self, vehicle: VehicleCard | None) -> None:
        self.vehicle_id = vehicle.id if vehicle else None
        self.vehicle_version = vehicle.version if vehicle else None
        self.plate_edit.setText(vehicle.plate if vehicle else "")
        self.vin_edit.setText(vehicle.vin if vehicle else "")
        self.model_edit.setText(vehicle.model if vehicle else "")
        self.colour_edit.setText(vehicle.colour if vehicle else "")
        if self.purchased_edit is not None:
            bought = vehicle.purchased_on if vehicle else None
            self.purchased_edit.setText(bought.isoformat() if bought else "")

    def clear(self) -> None:
        """A new customer: no records behind the inputs."""
        self.customer_id = self.customer_version = None
        self.name_edit.clear()
        self.phone_edit.clear()
        self.phone_edit.setReadOnly(False)  # a new customer's number is typed by whoever takes it
        self.phone_edit.setToolTip("")
        if self.birthday_edit is not None:
            self.birthday_edit.clear()
        self.show_vehicle(None)

    def save(self) -> tuple[CustomerCard, VehicleCard] | None:
        """Create or correct the customer and the car in one unit of work; None when refused."""
        saved = self.runner.attempt(
            self.parent, customers.save_customer_and_vehicle,
            customer_id=self.customer_id, customer_version=self.customer_version,
            name=self.name_edit.text(), phone=self.phone_edit.text(),
            vehicle_id=self.vehicle_id, vehicle_version=self.vehicle_version,
            plate=self.plate_edit.text(), vin=self.vin_edit.text(), model=self.model_edit.text(),
            colour=self.colour_edit.text(), staff_id=self.runner.staff_id, confirmable=True,
            birthday=self.birthday_edit.text() if self.birthday_edit is not None else None,
            purchased_on=self.purchased_edit.text() if self.purchased_edit is not None else None,
        )
        if saved is not None:
            card, vehicle = saved
            self.show_customer(card)
            self.show_vehicle(vehicle)
        return saved
