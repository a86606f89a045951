#!/usr/bin/env python3
"""Small tool for Busola's Qt Linguist catalogues.

  tstool.py check FILE.ts...          exit 1 when an entry is unfinished, vanished or obsolete
  tstool.py fill-en busola_en.ts      English catalogue: each translation is its source (and
                                      the English plural forms for %n strings)
  tstool.py todo busola_ro.ts         print the untranslated entries as JSON ("context|source")
  tstool.py apply busola_ro.ts F.json set translations from F.json ("context|source" → text, or
                                      a list of plural forms) and mark them finished
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    tree.write(path, encoding='utf-8', xml_declaration=True)
    text = open(path, encoding='utf-8').read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    open(path, 'w', encoding='utf-8').write(text if text.endswith('\n') else text + '\n')


def messages(tree):
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for msg in ctx.findall('message'):
            yield name, msg


def key(ctx, msg):
    src = msg.find('source').text or ''
    comment = msg.find('comment')
    return ctx + '|' + src + ('|' + comment.text if comment is not None and comment.text else '')


def check(paths):
    bad = 0
    for path in paths:
        for ctx, msg in messages(load(path)):
            tr = msg.find('translation')
            kind = tr.get('type') if tr is not None else 'missing'
            empty = tr is not None and not (tr.text or '').strip() and not tr.findall('numerusform')
            if kind in ('unfinished', 'vanished', 'obsolete', 'missing') or empty:
                print('%s: %s entry: %s' % (path, kind or 'empty', key(ctx, msg)))
                bad += 1
    return 1 if bad else 0


def set_translation(msg, value):
    tr = msg.find('translation')
    if tr is None:
        tr = ET.SubElement(msg, 'translation')
    tr.attrib.pop('type', None)
    for child in list(tr):
        tr.remove(child)
    if msg.get('numerus') == 'yes':
        forms = value if isinstance(value, list) else [value]
        tr.text = None
        for form in forms:
            ET.SubElement(tr, 'numerusform').text = form
    else:
        tr.text = value


def fill_en(path):
    tree = load(path)
    for ctx, msg in messages(tree):
        src = msg.find('source').text or ''
        if msg.get('numerus') == 'yes':
            set_translation(msg, [src, src])
        else:
            set_translation(msg, src)
    save(tree, path)
    return 0


def todo(path):
    pending = {}
    for ctx, msg in messages(load(path)):
        tr = msg.find('translation')
        if tr is None or tr.get('type') == 'unfinished':
            pending[key(ctx, msg)] = ['', '', ''] if msg.get('numerus') == 'yes' else ''
    print(json.dumps(pending, ensure_ascii=False, indent=1))
    return 0


def apply(path, json_path):
    tree = load(path)
    table = json.load(open(json_path, encoding='utf-8'))
    for ctx, msg in messages(tree):
        value = table.get(key(ctx, msg))
        if value:
            set_translation(msg, value)
    save(tree, path)
    return 0


def main(argv):
    if len(argv) >= 3 and argv[1] == 'check':
        return check(argv[2:])
    if len(argv) == 3 and argv[1] == 'fill-en':
        return fill_en(argv[2])
    if len(argv) == 3 and argv[1] == 'todo':
        return todo(argv[2])
    if len(argv) == 4 and argv[1] == 'apply':
        return apply(argv[2], argv[3])
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
