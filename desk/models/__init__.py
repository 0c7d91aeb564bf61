"""SQLAlchemy tables of Desk. Importing this package registers every table on ``Base.metadata``."""

from desk.models.aftercare import Complaint, ComplaintStep, FollowUp, FollowUpAttempt, ReminderCall
from desk.models.audit import AuditEntry
from desk.models.appointment import Appointment, AppointmentCall
from desk.models.base import Base, UTCDateTime, utc_now
from desk.models.catalogue import LabourOperation, PackageLabour, PackagePart, Part, ServicePackage
from desk.models.customer import Customer, Vehicle
from desk.models.inspection import DamageMark, Inspection, MarkPhoto, Photo
from desk.models.repair_order import LabourLine, PartLine, RepairOrder, StatusChange
from desk.models.settlement import DocumentSnapshot, ExitPass, InstallationKey, Payment, Settlement
from desk.models.shop import ChangeStamp, NumberSequence, ShopSettings, Staff, Team
from desk.models.workshop import (
    AdditionalLabour,
    AdditionalPart,
    AdditionalWork,
    AdditionalWorkPhoto,
    DeliveryCheck,
    JobClockEvent,
    ProgressCheck,
    PromiseChange,
    QualityCheck,
)

__all__ = [
    "AuditEntry",
    "Complaint", "ComplaintStep", "FollowUp", "FollowUpAttempt", "ReminderCall",
    "AdditionalLabour", "AdditionalPart", "AdditionalWork", "AdditionalWorkPhoto", "DeliveryCheck",
    "JobClockEvent", "ProgressCheck", "PromiseChange", "QualityCheck",
    "Appointment", "AppointmentCall", "Base", "ChangeStamp", "Customer", "DamageMark",
    "DocumentSnapshot", "ExitPass", "InstallationKey", "Settlement", "Inspection", "LabourLine", "LabourOperation", "PackageLabour",
    "PackagePart", "Part", "ServicePackage", "MarkPhoto", "NumberSequence",
    "PartLine", "Payment", "Photo", "RepairOrder", "ShopSettings", "Staff", "StatusChange", "Team",
    "UTCDateTime", "Vehicle", "utc_now",
]
