"""Which code is Qt's, for the tests that hold every thread but the window's to none of it.

PySide makes each Qt type and enum the first time Python touches it, and that making is not safe from
two threads at once (the app crashed so): the store worker, the phone server and a connection test may
load no Qt code and call no Qt but a signal's emit. Used by the test suite's guard (conftest) and by
the start-up test's fresh app (a script run in its own Python, which puts this folder on its path).
"""

from __future__ import annotations

#: modules that are Qt code: PySide itself, matplotlib's Qt backend, the app's screens
QT_CODE = ("PySide6", "shiboken6", "matplotlib.backends.qt", "matplotlib.backends.backend_qt", "desktop.ui")


def is_qt_code(module: str) -> bool:
    return module.startswith(QT_CODE)


def qt_function(function: object) -> str | None:
    """The name of ``function`` (a profiler's ``c_call`` argument) if calling it calls Qt: a method
    of a Qt object or type, or a static one such as translate, which has no ``__self__``. None for
    anything else, and for a signal's emit: the one Qt call other threads may make."""
    owner, name = getattr(function, "__self__", None), getattr(function, "__qualname__", "")
    kind = owner if isinstance(owner, type) else type(owner)
    qt = type(kind).__module__ == "Shiboken" or kind.__module__.startswith(("PySide6", "shiboken6"))
    if (qt or (owner is None and name[:1] == "Q")) and name != "SignalInstance.emit":
        return name
    return None
