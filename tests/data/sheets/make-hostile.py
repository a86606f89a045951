"""Hand-crafted spreadsheet fixtures (run by make-fixtures.sh): valid files that exercise XML
features real tools rarely write, and broken or malicious files that must end in a clear
error. Deterministic: fixed zip timestamps."""
import struct
import zipfile
import zlib

STAMP = (2024, 1, 1, 0, 0, 0)
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_zip(path, parts, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compress) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = compress
            z.writestr(info, data.encode() if isinstance(data, str) else data)


def xlsx_parts(sheets, shared=None, styles=None, workbook_extra=""):
    """sheets: list of (name, xml or None for a missing part)."""
    rels = ['<Relationship Id="rIdS" Type="%s/styles" Target="styles.xml"/>' % REL]
    if shared is not None:
        rels.append('<Relationship Id="rIdSS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % REL)
    entries, parts = [], []
    for i, (name, xml) in enumerate(sheets, 1):
        rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, REL, i))
        entries.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i, i))
        if xml is not None:
            parts.append(("xl/worksheets/sheet%d.xml" % i, xml))
    head = [
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % REL),
        ("xl/workbook.xml", '<?xml version="1.0"?><workbook %s %s>%s<sheets>%s</sheets></workbook>'
         % (NS, R_NS, workbook_extra, "".join(entries))),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels)),
        ("xl/styles.xml", styles or '<?xml version="1.0"?><styleSheet %s><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy hh:mm"/></numFmts>'
         '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>' % NS),
    ]
    if shared is not None:
        head.append(("xl/sharedStrings.xml", shared))
    return head + parts


# --- valid, crafted: prefixes, CDATA, references, attribute order, rich text ---------------
crafted_shared = ('<?xml version="1.0" encoding="UTF-8"?>\n<sst %s count="3" uniqueCount="3">'
                  '<si><t>simplu</t></si>'
                  '<si><r><rPr><b/></rPr><t>Bo</t></r><r><t xml:space="preserve">gat </t></r><rPh sb="0" eb="1"><t>IGNORED</t></rPh></si>'
                  '<si><t>&#x218;i &#539;ar&#259; &amp; &lt;ap&gt;</t></si></sst>') % NS
crafted_sheet = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- a comment -->\r\n'
                 '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<x:dimension ref="A1:B2"/><x:sheetData>'
                 '<x:row><x:c t="s" r="A1"><x:v>0</x:v></x:c><x:c><x:v>2.5E3</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>'
                 "<x:row r='3'><x:c s='1' r='A3'><x:v>45356.75</x:v></x:c><x:c r='C3' t='inlineStr'><x:is><x:t><![CDATA[<cdata> & ]]></x:t><x:t>more</x:t></x:is></x:c></x:row>"
                 '<x:row r="4" spans="1:5"><x:c r="A4" t="d"><x:v>2024-03-05T14:30:00</x:v></x:c><x:c r="B4" t="str"><x:f>A1&amp;"x"</x:f><x:v>simplux</x:v></x:c>'
                 '<x:c r="C4" t="e"><x:v>#N/A</x:v></x:c><x:c r="D4" t="b"><x:v>0</x:v></x:c><x:c r="E4" s="2"><x:v>1</x:v></x:c></x:row>'
                 '<x:row r="5"><x:c r="A5" t="s"><x:v>2</x:v></x:c><x:c r="B5" t="inlineStr"><x:is><x:t>line&#13;&#10;two\r\nthree</x:t></x:is></x:c>'
                 '<x:c r="C5"><x:f t="shared" si="0"/></x:c><x:c r="D5" s="0"/><x:c r="E5" t="n"><x:v> -7 </x:v></x:c></x:row>'
                 '<x:row r="6"/><x:row r="7"><x:c r="B7"/></x:row>'
                 '</x:sheetData></x:worksheet>\n')
write_zip("crafted.xlsx", xlsx_parts([("Crafted", crafted_sheet)], shared=crafted_shared))

# --- valid ODS, crafted: repeats, covered cells, annotations, no settings.xml ---------------
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')


def ods(path, tables_xml, settings=None, mimetype="application/vnd.oasis.opendocument.spreadsheet"):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body><office:spreadsheet>%s'
               '</office:spreadsheet></office:body></office:document-content>') % (ODS_NS, tables_xml)
    parts = [("mimetype", mimetype), ("content.xml", content)]
    if settings is not None:
        parts.append(("settings.xml", settings))
    write_zip(path, parts)


def cell(attrs, text=None):
    return '<table:table-cell %s>%s</table:table-cell>' % (attrs, "" if text is None else "<text:p>%s</text:p>" % text)


repeated_rows = (
    '<table:table table:name="Repetări"><table:table-column table:number-columns-repeated="3"/>'
    '<table:table-row>' + cell('office:value-type="string"', "A") + cell('office:value-type="float" office:value="2" table:number-columns-repeated="2"', "2") + '</table:table-row>'
    '<table:table-row table:number-rows-repeated="3">' + cell('office:value-type="percentage" office:value="0.25"', "25%")
    + cell('office:value-type="currency" office:currency="RON" office:value="1234.5"', "1.234,50 lei") + '</table:table-row>'
    '<table:table-row table:number-rows-repeated="5"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    '<table:table-row>' + cell('office:value-type="boolean" office:boolean-value="true"', "TRUE")
    + '<table:covered-table-cell/>' + cell('office:value-type="time" office:time-value="PT36H00M00S"', "36:00:00")
    + cell('table:formula="of:=[.A1]*2"') + cell('office:value-type="date" office:date-value="2024-03-05T14:30:00"', "05.03.2024 14:30")
    + '</table:table-row>'
    '<table:table-row>' '<table:table-cell office:value-type="string"><office:annotation><text:p>a comment, not the value</text:p></office:annotation>'
    '<text:p>Ș<text:span>tefan</text:span><text:tab/>x<text:line-break/>y</text:p><text:p>doi</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="3"/>' + cell('office:value-type="string" office:string-value="attribute wins"', "shown")
    + '<table:table-cell office:value-type="string" calcext:value-type="error"><text:p>#VALUE!</text:p></table:table-cell></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    '</table:table>'
    '<table:table table:name="Al doilea"><table:table-row>' + cell('office:value-type="float" office:value="1"', "1") + '</table:table-row></table:table>')
ods("crafted.ods", repeated_rows)

# --- hostile ----------------------------------------------------------------------------------
with open("hostile-not-a-zip.xlsx", "w") as f:
    f.write("Order ID,Sales\n1,2\n")

good = open("libreoffice.xlsx", "rb").read()
open("hostile-truncated.xlsx", "wb").write(good[: len(good) * 6 // 10])
with zipfile.ZipFile("libreoffice.xlsx") as z:
    info = z.getinfo("xl/worksheets/sheet1.xml")
data = bytearray(good)
name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26: info.header_offset + 30])
start = info.header_offset + 30 + name_len + extra_len
for i in range(start + info.compress_size // 2, start + info.compress_size // 2 + 64):
    data[i] ^= 0x5A
open("hostile-corrupt.xlsx", "wb").write(bytes(data))

ods_good = open("libreoffice.ods", "rb").read()
open("hostile-truncated.ods", "wb").write(ods_good[: len(ods_good) // 2])
xls_good = open("libreoffice.xls", "rb").read()
open("hostile-truncated.xls", "wb").write(xls_good[: len(xls_good) // 3])
open("hostile-garbage.xls", "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes((i * 37) % 251 for i in range(4096)))

# A zip bomb: 200 MB of blanks inside a cell, about 200 KB compressed, declaring 1 KB.
bomb_sheet = ('<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>' % NS
              + " " * (200 << 20) + '</t></is></c></row></sheetData></worksheet>')
write_zip("hostile-bomb.xlsx", xlsx_parts([("Bomb", bomb_sheet)]))
bomb = bytearray(open("hostile-bomb.xlsx", "rb").read())
at = 0
while True:
    at = bomb.find(b"PK\x01\x02", at)
    if at < 0:
        break
    name_len = struct.unpack("<H", bomb[at + 28: at + 30])[0]
    if bomb[at + 46: at + 46 + name_len] == b"xl/worksheets/sheet1.xml":
        bomb[at + 24: at + 28] = struct.pack("<I", 1024)
    at += 4
open("hostile-bomb.xlsx", "wb").write(bytes(bomb))

dtd = '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
write_zip("hostile-dtd-sheet.xlsx", xlsx_parts([("DTD", dtd + '<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>' % NS)]))
parts = xlsx_parts([("DTD", '<worksheet %s><sheetData/></worksheet>' % NS)])
parts = [(n, (dtd + d[d.index("?>") + 2:]) if n == "xl/workbook.xml" else d) for n, d in parts]
write_zip("hostile-dtd-workbook.xlsx", parts)
ods("hostile-dtd.ods", "")
with zipfile.ZipFile("hostile-dtd.ods") as z:
    content = z.read("content.xml").decode()
content = dtd.replace("worksheet", "office:document-content") + content[content.index("?>") + 2:]
write_zip("hostile-dtd.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", content)])

write_zip("hostile-million-columns.xlsx", xlsx_parts([("Wide", '<worksheet %s><sheetData><row r="1">%s</row></sheetData></worksheet>' % (NS, "<c><v>1</v></c>" * 1000000))]))
ods("hostile-million-columns.ods", '<table:table table:name="Wide"><table:table-row>' + cell('office:value-type="float" office:value="1" table:number-columns-repeated="1000000"', "1") + '</table:table-row></table:table>')
ods("hostile-far-column.ods", '<table:table table:name="Far"><table:table-row><table:table-cell table:number-columns-repeated="1000000"/>' + cell('office:value-type="float" office:value="1"', "1") + '</table:table-row></table:table>')
write_zip("hostile-missing-sheet.xlsx", xlsx_parts([("Prima", '<worksheet %s><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>' % NS), ("Lipsă", None)]))
