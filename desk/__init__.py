"""Desk: the service reception counter of a 4S dealership's after-sales workshop."""

__version__ = "0.1.0"
