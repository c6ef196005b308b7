"""A throwaway PostgreSQL cluster for the tests: Debian's server binaries, a temp folder, a free port.

    python3 tools/throwaway_postgres.py start DIR [PORT]   # prints: export TA_TEST_POSTGRES_URL=postgresql://...
    python3 tools/throwaway_postgres.py stop DIR

PostgreSQL refuses to run as root, so as root the cluster belongs to an unprivileged user (the
``postgres`` user Debian's package creates, else ``nobody``). It listens on 127.0.0.1 only, trusts
local connections (nothing in it outlives the run) and skips fsync (a test cluster need not survive a
power cut). Standard library only: CI runs it before the project's virtualenv exists.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path


def server_bin(name: str) -> str:
    """Debian installs the server outside PATH (``dpkg -L postgresql-15 | grep bin/initdb``)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_major, reverse=True)
    if found:
        return found[0]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise SystemExit(f"{name} not found: install Debian's postgresql package (apt-get install postgresql-15)")


def _major(path: str) -> int:
    try:
        return int(Path(path).parts[4])
    except (IndexError, ValueError):
        return 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _owner() -> str | None:
    """The unprivileged user to run the server as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise SystemExit("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as")


def _run(argv: list[str], owner: str | None) -> None:
    if owner is not None:
        argv = ["runuser", "-u", owner, "--", *argv]
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{result.stdout}{result.stderr}")


def start(folder: Path, port: int | None = None, durable: bool = False) -> str:
    """Start a cluster in ``folder``; its administrator's URL. ``durable``: commits survive a crash of
    the server (fsync and synchronous commits on), for the fault tests that kill it."""
    owner = _owner()
    folder.mkdir(parents=True, exist_ok=True)
    if owner is not None:
        record = pwd.getpwnam(owner)
        os.chown(folder, record.pw_uid, record.pw_gid)
        folder.chmod(0o700)
    data = folder / "data"
    _run(
        [
            server_bin("initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        owner,
    )
    port = port or free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=60"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    (folder / "options").write_text(options)
    resume(folder)
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def resume(folder: Path) -> None:
    """Start the cluster of ``folder`` again (after ``halt``), on the same port."""
    options = (folder / "options").read_text()
    log = str(folder / "server.log")
    _run(
        [server_bin("pg_ctl"), "-D", str(folder / "data"), "-o", options, "-l", log, "-w", "start"], _owner()
    )


def halt(folder: Path, mode: str = "immediate") -> None:
    """Stop the server (``immediate``: as if it crashed; the data folder stays)."""
    data = folder / "data"
    if (data / "postmaster.pid").exists():
        _run([server_bin("pg_ctl"), "-D", str(data), "-m", mode, "-w", "stop"], _owner())


def stop(folder: Path) -> None:
    """Stop the server and remove its folder."""
    halt(folder)
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "start":
        port = int(argv[2]) if len(argv) == 3 else None  # a free one by default
        print(f"export TA_TEST_POSTGRES_URL={start(folder, port)}")
    else:
        stop(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
