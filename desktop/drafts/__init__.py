"""Applicant profiles, application drafts and their exports (the user-data half of the UI).

`attach(window, data_dir, settings)` (integration.py) opens userdata.sqlite
for a main window and connects its "start an application draft", "my
applications" and "my profile" actions.
"""
