#!/usr/bin/env python3
"""Writes the XML-mode seeds of the spreadsheet fuzz harnesses from the workbook fixtures.

fuzz_xlsxreader: sheet1.xml 0x01 sharedStrings.xml 0x01 styles.xml of each .xlsx (the first
worksheet found); fuzz_odsreader: content.xml 0x01 settings.xml of each .ods; fuzz_xmlscanner:
each of those parts alone, behind a chunk-size byte. Parts over 64 KiB are cut (the harnesses
run with -max_len=65536). Broken fixtures (not zips, truncated) are skipped: they are seeds of
the raw mode already.
    unpack-seeds.py FIXTURE_DIR CORPUS_DIR
"""
import pathlib
import sys
import zipfile

LIMIT = 65536


def parts_of(path, names):
    with zipfile.ZipFile(path) as z:
        listed = z.namelist()
        out = []
        for name in names:
            if callable(name):
                name = next((n for n in sorted(listed) if name(n)), None)
            out.append(z.read(name)[:LIMIT] if name and name in listed else b"")
        return out


def main():
    fixtures, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    sheet = lambda n: n.startswith("xl/worksheets/") and n.endswith(".xml")
    kinds = [("*.xlsx", "fuzz_xlsxreader", [sheet, "xl/sharedStrings.xml", "xl/styles.xml"]),
             ("*.ods", "fuzz_odsreader", ["content.xml", "settings.xml"])]
    for pattern, harness, names in kinds:
        for path in sorted(fixtures.glob(pattern)):
            try:
                parts = parts_of(path, names)
            except (zipfile.BadZipFile, KeyError, OSError, EOFError, Exception):
                continue
            while len(parts) > 1 and not parts[-1]:
                parts.pop()
            (corpus / harness / f"xml-{path.stem}").write_bytes(b"\x01".join(parts)[:LIMIT])
            for i, part in enumerate(parts):
                if part:
                    seed = bytes([i * 20]) + part  # varied chunk sizes
                    (corpus / "fuzz_xmlscanner" / f"{path.stem}-{i}").write_bytes(seed[:LIMIT])


if __name__ == "__main__":
    main()
