#!/usr/bin/env bash
# Regenerates the spreadsheet fixtures of tests/models/sheets. The files are committed; this
# script documents how they were made. Needs python3-openpyxl, libreoffice-calc-nogui and
# gnumeric (test-only tools, not build dependencies).
#
#   openpyxl-inline.xlsx  openpyxl (inline strings, formulas without cached values)
#   openpyxl-1904.xlsx    the same data in the 1904 date system
#   libreoffice.xlsx/.ods/.xls  LibreOffice's conversions of openpyxl-inline.xlsx (shared
#                         strings, cached formula results, trailing formatted empty rows)
#   libreoffice-1904.*    LibreOffice's conversions of openpyxl-1904.xlsx
#   openpyxl-comenzi.xlsx, libreoffice-comenzi.*  sales and support sheets behind an empty
#                         first sheet, imported end to end by tests/cli
#   gnumeric-biff7.xls    openpyxl-comenzi.xlsx as Excel 95 (BIFF7, code page 1252: ă ș ț become ?)
#   gnumeric-biff7-inline.xls  openpyxl-inline.xlsx as Excel 95 (dates and times)
#   hostile-*             hand-crafted broken and malicious files
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C.UTF-8

/usr/bin/python3 - <<'PY'
import datetime as dt
import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

def build(path, epoch=None):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Vânzări"
    ws.append(["Dată", "Oră", "Client", "Sumă", "Dublu", "Plătit", "Notă", "Moment", "Text"])
    ws.append([dt.date(2024, 3, 5), dt.time(14, 30), "Ștefan Țăranu", 1234.5, "=D2*2", True,
               "ăâîșț ĂÂÎȘȚ", dt.datetime(2024, 3, 5, 14, 30), '=C2&"!"'])
    ws.append([dt.date(2023, 12, 31), dt.time(8, 5, 30), 'Ana & <Co> "SRL"', -0.25, "=D3*2", False,
               None, dt.datetime(2023, 12, 31, 23, 59, 59)])
    ws.append([])
    ws.append([dt.date(2024, 2, 29), None, "Împăratul", 0, "=1/0", None, "  spații păstrate  "])
    ws["L5"] = "departe"
    for _ in range(3):
        ws.append(["Repetat", 7])
    ws.append(["linia 1\nlinia 2", 1e-7, "x"])
    for row in range(2, 10):
        ws.cell(row, 1).number_format = "dd.mm.yyyy"
        ws.cell(row, 2).number_format = "hh:mm:ss"
        ws.cell(row, 8).number_format = "dd.mm.yyyy hh:mm"
    # Formatted empty rows: LibreOffice writes them out and counts them in <dimension>.
    for row in range(12, 1012):
        ws.cell(row, 1).font = Font(bold=True)
        ws.row_dimensions[row].height = 20
    teams = wb.create_sheet("Echipe")
    teams.append(["Echipă", "Agent"])
    teams.append(["Suport", "Mihai"])
    teams.append(["Vânzări", "Ioana"])
    wb.create_sheet("Gol")
    wb.save(path)

build("openpyxl-inline.xlsx")
build("openpyxl-1904.xlsx", CALENDAR_MAC_1904)

# A workbook to import end to end: notes-only first sheet (formatted, no values), then sales
# orders (Romanian headers, a formula amount), then support tickets.
wb = openpyxl.Workbook()
notes = wb.active
notes.title = "Notă"
for row in range(1, 40):
    notes.cell(row, 1).font = Font(bold=True)
orders = wb.create_sheet("Comenzi")
orders.append(["Nr. comandă", "Data comenzii", "Client", "Valoare", "Agent vânzări"])
orders.append(["C-101", dt.datetime(2024, 3, 5, 14, 30), "Ștefan Țăranu SRL", 1234.5, "Ioana"])
orders.append(["C-102", dt.datetime(2024, 3, 31, 23, 15), "Împăratul SA", 99.99, "Mihai"])
orders.append(["C-103", dt.datetime(2024, 4, 1, 9, 0), "Ana & Co", "=200*2+0.01", "Ioana"])
for row in range(2, 5):
    orders.cell(row, 2).number_format = "dd.mm.yyyy hh:mm"
tickets = wb.create_sheet("Tichete")
tickets.append(["ID tichet", "Creat la", "Primul răspuns", "Canal", "Agent"])
tickets.append(["T-1", dt.datetime(2024, 3, 4, 9, 0), dt.datetime(2024, 3, 4, 9, 30), "Telefon",
                "Mihai"])
tickets.append(["T-2", dt.datetime(2024, 3, 4, 10, 0), dt.datetime(2024, 3, 4, 12, 15), "E-mail",
                "Ioana"])
for row in range(2, 4):
    for column in (2, 3):
        tickets.cell(row, column).number_format = "dd.mm.yyyy hh:mm"
wb.save("openpyxl-comenzi.xlsx")
PY

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
lo() { soffice -env:UserInstallation="file://$profile" --headless --convert-to "$1" --outdir "$2" "$3" >/dev/null; }
out="$(mktemp -d)"
lo 'xlsx:Calc MS Excel 2007 XML' "$out" openpyxl-inline.xlsx
mv "$out/openpyxl-inline.xlsx" libreoffice.xlsx
lo ods "$out" openpyxl-inline.xlsx
mv "$out/openpyxl-inline.ods" libreoffice.ods
lo 'xls:MS Excel 97' "$out" openpyxl-inline.xlsx
mv "$out/openpyxl-inline.xls" libreoffice.xls
# The 1904 date system as LibreOffice writes it: workbookPr date1904, table:null-date and
# the BIFF DATEMODE record.
lo 'xlsx:Calc MS Excel 2007 XML' "$out" openpyxl-1904.xlsx
mv "$out/openpyxl-1904.xlsx" libreoffice-1904.xlsx
lo ods "$out" openpyxl-1904.xlsx
mv "$out/openpyxl-1904.ods" libreoffice-1904.ods
lo 'xls:MS Excel 97' "$out" openpyxl-1904.xlsx
mv "$out/openpyxl-1904.xls" libreoffice-1904.xls
for ext in xlsx ods; do
    lo "$ext" "$out" openpyxl-comenzi.xlsx
    mv "$out/openpyxl-comenzi.$ext" "libreoffice-comenzi.$ext"
done
lo 'xls:MS Excel 97' "$out" openpyxl-comenzi.xlsx
mv "$out/openpyxl-comenzi.xls" libreoffice-comenzi.xls
rmdir "$out"

# Excel 95 (BIFF7), which LibreOffice no longer writes: Gnumeric's ssconvert (gnumeric).
ssconvert -T Gnumeric_Excel:excel_biff7 openpyxl-comenzi.xlsx gnumeric-biff7.xls 2>/dev/null
ssconvert -T Gnumeric_Excel:excel_biff7 openpyxl-inline.xlsx gnumeric-biff7-inline.xls 2>/dev/null

/usr/bin/python3 "$(dirname "$0")/make-hostile.py"
