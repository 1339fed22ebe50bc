"""Zhumeng's desktop application (PySide6 widgets). Imports db/, never the other way."""
