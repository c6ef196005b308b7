"""The version a content file on disk says it is, read without building the file. Pure Python.

A save first asks whether the file moved on since the editor opened it (someone saved it elsewhere);
loading a 500-question bank through every check only to read its version took as long as the save
itself, so only the YAML nodes are composed here and the one value looked up.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from desktop.core.yamldoc import MAX_FILE_BYTES, ContentLoadError, decode_text

try:  # the C loader is several times faster where libyaml is available
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: where a bank file and an instrument file keep their version
BANK_VERSION = ("bank", "version")
INSTRUMENT_VERSION = ("version",)
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


def version_on_disk(path: Path, keys: tuple[str, ...]) -> int | None:
    """The whole number at ``keys`` of the YAML file ``path``; None when the file is not there, does
    not read as one YAML document, or has no whole number there."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        text = decode_text(path.read_bytes(), str(path))
        # compose() never expands aliases (a node is shared, not copied), so no file makes this big.
        node = yaml.compose(text, Loader=_Loader)
    except (OSError, ContentLoadError, yaml.YAMLError):
        return None
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next(
            (value for name, value in node.value if isinstance(name, yaml.ScalarNode) and name.value == key),
            None,
        )
    if (
        isinstance(node, yaml.ScalarNode)
        and node.tag.endswith(":int")
        and _WHOLE_NUMBER.fullmatch(node.value)
    ):
        return int(node.value)
    return None
