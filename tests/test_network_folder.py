"""A data folder on a network file system is recognised from what the OS says about its mounts."""

from __future__ import annotations

from pathlib import Path

from desktop import network_folder
from desktop.network_folder import _mounted_type, parse_linux_mounts, parse_mac_mounts

LINUX = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/training /mnt/training nfs4 rw,relatime,vers=4.2 0 0
//nas/share /mnt/share\\040drive cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/training/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""

MAC = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//trainer@nas._smb._tcp.local/Training on /Volumes/Training (smbfs, nodev, nosuid, mounted by trainer)
"""


def test_a_folder_on_nfs_or_smb_is_named_by_its_file_system_and_a_local_one_is_not():
    mounts = parse_linux_mounts(LINUX)
    assert _mounted_type(Path("/mnt/training/TrainingAssessment"), mounts) == "nfs4"
    assert _mounted_type(Path("/mnt/share drive/data"), mounts) == "cifs"
    # A local disk mounted inside the network share is local: the deepest mount point decides.
    assert _mounted_type(Path("/mnt/training/local/data"), mounts) is None
    assert _mounted_type(Path("/mnt/training2/data"), mounts) is None  # a prefix of the name is not a parent
    assert _mounted_type(Path("/home/trainer/data"), mounts) is None
    mac = parse_mac_mounts(MAC)
    assert _mounted_type(Path("/Volumes/Training/TrainingAssessment"), mac) == "smbfs"
    assert _mounted_type(Path("/Users/trainer/data"), mac) is None


def test_this_machines_temporary_folder_is_not_a_network_drive(tmp_path):
    assert network_folder.network_file_system(tmp_path) is None


def test_check_db_warns_about_a_network_folder(tmp_path, capsys, monkeypatch):
    from desktop.__main__ import main

    monkeypatch.setattr(network_folder, "network_file_system", lambda folder: "nfs4")
    main(["check-db", "--data-dir", str(tmp_path)])
    assert "Warning: the data folder is on a network file system (nfs4)" in capsys.readouterr().out
