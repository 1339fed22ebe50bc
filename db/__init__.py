"""Zhumeng's data layer: the job catalogue and applicant data over SQLite.

Never imports Qt (tests/test_layers.py checks): scripts, the CLI and a future
server use it alone. Errors are typed exceptions carrying data; user-facing
sentences are made by desktop/.
"""
