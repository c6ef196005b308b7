"""The group PK quiz session: set-up, event log, the fold that computes the state, and the commands.

Pure Python; no Qt (tests/core/test_core_is_qt_free.py imports every module here with Qt blocked).
"""
