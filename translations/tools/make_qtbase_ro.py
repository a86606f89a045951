#!/usr/bin/env python3
"""Writes translations/qtbase_ro.ts from the Romanian translations in the JSON files given
(translations/tools/qtbase_ro_*.json),
keyed "Context|source". Only translated entries are written: the catalogue is complete for
what it holds. Source strings must match Qt 6.4's exactly (taken from Debian's qtbase_*.qm)."""
import json, sys
from xml.sax.saxutils import escape
entries = {}
for path in sys.argv[2:]:
    entries.update(json.load(open(path, encoding='utf-8')))
byctx = {}
for key, tr in entries.items():
    ctx, src = key.split('|', 1)
    byctx.setdefault(ctx, []).append((src, tr))
out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', '<TS version="2.1" language="ro_RO">']
for ctx in sorted(byctx):
    out.append('<context>')
    out.append('    <name>%s</name>' % escape(ctx))
    for src, tr in byctx[ctx]:
        out.append('    <message>')
        out.append('        <source>%s</source>' % escape(src))
        out.append('        <translation>%s</translation>' % escape(tr))
        out.append('    </message>')
    out.append('</context>')
out.append('</TS>')
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
