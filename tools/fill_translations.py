"""Fill unfinished messages of a Qt .ts file from a JSON object {source text: translation}.

Workflow after changing UI strings (see README, "Translations"):
    pyside6-lupdate desktop -extensions py -ts assets/translations/training_assessment_zh_CN.ts
    python tools/fill_translations.py assets/translations/training_assessment_zh_CN.ts new.json
    pyside6-lrelease assets/translations/training_assessment_zh_CN.ts
Messages already translated are left alone; sources missing from the JSON are listed.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, json_path: str) -> int:
    with open(json_path, encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue  # translated already, or obsolete
        if source not in table:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, "numerusform")
            form.text = table[source]
        else:
            translation.text = table[source]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no translation for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
