"""Is the data folder on a network file system? SQLite there can corrupt the database (SQLite's own
documentation: its file locks are unreliable over NFS/SMB), so the app warns and suggests a
PostgreSQL server instead. Asks the operating system; says None when it cannot tell.

Linux: the longest mount point of ``/proc/self/mounts`` holding the folder, and its type.
macOS: the same from ``mount``'s output. Windows: a UNC path or a drive Windows calls remote.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afs", "afpfs", "ncpfs", "9p", "ceph",
        "glusterfs", "lustre", "davfs", "webdav", "fuse.sshfs", "sshfs", "fuse.davfs2", "fuse.rclone",
        "fuse.glusterfs", "fuse.cephfs",
    }
)  # fmt: skip


def network_file_system(folder: Path) -> str | None:
    """The network file system's type (e.g. ``nfs4``, ``cifs``) holding ``folder``; None otherwise or unknown."""
    try:
        target = Path(os.path.realpath(folder))
        if sys.platform == "win32":
            return _windows(target)
        if sys.platform == "darwin":
            return _mounted_type(target, _mac_mounts())
        return _mounted_type(target, _linux_mounts())
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def _mounted_type(target: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the deepest mount point holding ``target`` if it is a network one."""
    best: tuple[int, str] | None = None
    for point, fstype in mounts:
        mount = Path(point)
        if target == mount or mount in target.parents:
            depth = len(mount.parts)
            if best is None or depth >= best[0]:
                best = (depth, fstype)
    if best is None:
        return None
    fstype = best[1].lower()
    return fstype if fstype in NETWORK_TYPES or fstype.split(".")[-1] in NETWORK_TYPES else None


def parse_linux_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from /proc/self/mounts; spaces in paths come as \\040."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((fields[1].replace("\\040", " ").replace("\\011", "\t"), fields[2]))
    return found


def _linux_mounts() -> list[tuple[str, str]]:
    return parse_linux_mounts(Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace"))


def parse_mac_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from macOS's ``mount``: ``//user@server/share on /Volumes/share (smbfs, ...)``."""
    found = []
    for line in text.splitlines():
        head, sep, tail = line.rpartition(" (")
        if not sep or " on " not in head:
            continue
        found.append((head.split(" on ", 1)[1], tail.split(",")[0].rstrip(")").strip()))
    return found


def _mac_mounts() -> list[tuple[str, str]]:
    out = subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=True).stdout
    return parse_mac_mounts(out)


def _windows(target: Path) -> str | None:
    text = str(target)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return "SMB"  # \\server\share
    import ctypes

    drive_remote = 4
    root = target.drive + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]  # windll: Windows only
    return "SMB" if kind == drive_remote else None
