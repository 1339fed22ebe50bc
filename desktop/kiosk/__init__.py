"""Kiosk mode: a locked-down, shared-machine Zhumeng with idle reset and staff tools."""
