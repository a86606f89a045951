#!/usr/bin/env python3
"""Small tool for Busola's Qt Linguist catalogues.

  tstool.py check FILE.ts...          exit 1 when an entry is unfinished, vanished or obsolete,
                                      has the wrong number of plural forms, loses or adds a
                                      placeholder (%1, %n), or (Romanian) uses cedilla ş ţ
                                      instead of comma-below ș ț
  tstool.py compare OLD.ts NEW.ts     exit 1 when NEW (lupdate's view of the sources) has
                                      entries OLD lacks (missing) or lacks entries OLD has
                                      (vanished); formatting differences do not count
  tstool.py fill-en busola_en.ts [EN.json]
                                      English catalogue: each translation is its source; plural
                                      strings get "(s)" resolved: "%n row(s)" → "%n row", "%n rows"
                                      (EN.json: English plural forms where that is not enough)
  tstool.py todo busola_ro.ts         print the untranslated entries as JSON ("context|source")
  tstool.py export busola_ro.ts CTX…  print the finished translations of the contexts named
                                      (prefixes: busola::Report) as a JSON table
  tstool.py apply busola_ro.ts F.json set translations from F.json ("context|source" → text, or
                                      a list of plural forms) and mark them finished
"""
import json
import re
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


# Plural forms Qt uses per language (Romanian: one, few = 0 and 2–19 after the hundreds, other).
PLURAL_FORMS = {'ro': 3, 'en': 2}
CEDILLA = re.compile('[\u015e\u015f\u0162\u0163]')


def language(tree):
    return (tree.getroot().get('language') or '')[:2]


def texts(tr):
    forms = tr.findall('numerusform')
    return [f.text or '' for f in forms] if forms else [tr.text or '']


def problem(msg, lang):
    tr = msg.find('translation')
    if tr is None:
        return 'missing'
    kind = tr.get('type')
    if kind in ('unfinished', 'vanished', 'obsolete'):
        return kind
    values = texts(tr)
    if not all(v.strip() for v in values):
        return 'empty'
    if msg.get('numerus') == 'yes' and lang in PLURAL_FORMS and len(values) != PLURAL_FORMS[lang]:
        return '%d plural forms instead of %d' % (len(values), PLURAL_FORMS[lang])
    if lang == 'ro' and any(CEDILLA.search(v) for v in values):
        return 'cedilla (use comma-below ș ț)'
    wanted = placeholders(msg.find('source').text or '')
    for v in values:
        if placeholders(v) != wanted:
            return 'placeholders %s instead of %s' % (sorted(placeholders(v)), sorted(wanted))
    return None


def placeholders(text):
    """%1 … %99, %n and %Ln: each must survive translation, or arg() would warn and misplace."""
    return set(re.findall(r'%L?(?:n|[1-9][0-9]?)', text))


def check(paths):
    bad = 0
    for path in paths:
        tree = load(path)
        lang = language(tree)
        for ctx, msg in messages(tree):
            what = problem(msg, lang)
            if what:
                print('%s: %s entry: %s' % (path, what, key(ctx, msg)))
                bad += 1
    return 1 if bad else 0


def entry_keys(path):
    keys = set()
    for ctx, msg in messages(load(path)):
        tr = msg.find('translation')
        if tr is not None and tr.get('type') in ('vanished', 'obsolete'):
            continue
        keys.add(key(ctx, msg) + (' [plural]' if msg.get('numerus') == 'yes' else ''))
    return keys


def compare(old_path, new_path):
    old, new = entry_keys(old_path), entry_keys(new_path)
    for k in sorted(new - old):
        print('%s: missing entry (new in the sources): %s' % (old_path, k))
    for k in sorted(old - new):
        print('%s: vanished entry (no longer in the sources): %s' % (old_path, k))
    return 1 if old != new else 0


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


def fill_en(path, json_path=None):
    tree = load(path)
    table = json.load(open(json_path, encoding='utf-8')) if json_path else {}
    for ctx, msg in messages(tree):
        src = msg.find('source').text or ''
        if key(ctx, msg) in table:
            set_translation(msg, table[key(ctx, msg)])
            continue
        if msg.get('numerus') == 'yes':
            set_translation(msg, [re.sub(r'\((e?s)\)', '', src), re.sub(r'\((e?s)\)', r'\1', src)])
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


def export(path, prefixes):
    table = {}
    for ctx, msg in messages(load(path)):
        tr = msg.find('translation')
        if any(ctx.startswith(p) for p in prefixes) and tr is not None and not tr.get('type'):
            forms = texts(tr)
            table[key(ctx, msg)] = forms if msg.get('numerus') == 'yes' else forms[0]
    print(json.dumps(table, ensure_ascii=False, indent=0))
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
    if len(argv) == 4 and argv[1] == 'compare':
        return compare(argv[2], argv[3])
    if len(argv) in (3, 4) and argv[1] == 'fill-en':
        return fill_en(*argv[2:])
    if len(argv) == 3 and argv[1] == 'todo':
        return todo(argv[2])
    if len(argv) >= 4 and argv[1] == 'export':
        return export(argv[2], argv[3:])
    if len(argv) == 4 and argv[1] == 'apply':
        return apply(argv[2], argv[3])
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
