#!/usr/bin/python3
"""Fills translations/actacapture_en.ts from the English source strings.

The source strings are English, so the English translation is the source text;
plural messages (%n) get a singular and a plural form from the "(s)" spelling:
"%n casilla(s)" -> "%n casilla" / "%n casillas", "%n entry(ies)" -> "entry" / "entries". Run after update_translations.
Usage: tools/fill_en_translations.py [translations/actacapture_en.ts]
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/actacapture_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") not in ("unfinished",) and (translation.text or len(translation)):
        continue
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        singular = re.sub(r"\((e?s|ies)\)", "", source)
        plural = re.sub(r"\((e?s)\)", r"\1", re.sub(r"y\(ies\)", "ies", source))
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    filled += 1

ET.indent(tree, space="    ")
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
print(f"{path}: filled {filled} messages")
