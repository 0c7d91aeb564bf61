"""SQLAlchemy tables of Desk. Importing this package registers every table on ``Base.metadata``."""

from desk.models.appointment import Appointment
from desk.models.base import Base, UTCDateTime, utc_now
from desk.models.customer import Customer, Vehicle
from desk.models.repair_order import LabourLine, PartLine, RepairOrder, StatusChange
from desk.models.settlement import DocumentSnapshot, ExitPass, Payment
from desk.models.shop import NumberSequence, ShopSettings, Staff, Team

__all__ = [
    "Appointment", "Base", "Customer", "DocumentSnapshot", "ExitPass", "LabourLine",
    "NumberSequence", "PartLine", "Payment", "RepairOrder", "ShopSettings", "Staff",
    "StatusChange", "Team", "UTCDateTime", "Vehicle", "utc_now",
]
