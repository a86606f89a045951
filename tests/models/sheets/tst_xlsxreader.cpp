// XLSX reader against files written by openpyxl (inline strings, formulas without cached
// values, the 1904 date system) and LibreOffice (shared strings, cached results, ~1,000
// formatted empty rows counted by a lying <dimension>), on both XML paths.

#include "import/readers/cellvalues.h"
#include "import/readers/spreadsheetreaders.h"
#include "import/readers/xlsxbook.h"
#include "import/readers/zipinflate.h"
#include "sheettestutil.h"

#include <QRandomGenerator>
#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>

using namespace busola;
using namespace sheettest;

namespace {

const QString kNl = QStringLiteral("\n");

// Serials computed by hand: 2024-03-05 is day 45356 after 1899-12-30 (2024-01-01 is 45292,
// + 31 + 29 + 4); 2023-12-31 is 45291; 2024-02-29 is 45351. 14:30 = 14.5/24 = 0.604167;
// 08:05:30 = 29130/86400 = 0.337153; 23:59:59 = 86399/86400 = 0.999988.
QStringList salesRows(const QString &e2, const QString &e3, const QString &e5, const QString &i2,
                      const QString &b6 = QStringLiteral("D:7.000000"))
{
    return {
        QStringLiteral("1| T:Dată | T:Oră | T:Client | T:Sumă | T:Dublu | T:Plătit | T:Notă | "
                       "T:Moment | T:Text"),
        QStringLiteral("2| D:45356.000000 | D:0.604167 | T:Ștefan Țăranu | N:1234.5 | ") + e2 +
            QStringLiteral(" | B:1 | T:ăâîșț ĂÂÎȘȚ | D:45356.604167 | ") + i2,
        QStringLiteral("3| D:45291.000000 | D:0.337153 | T:Ana & <Co> \"SRL\" | N:-0.25 | ") + e3 +
            QStringLiteral(" | B:0 |  | D:45291.999988"),
        QStringLiteral("5| D:45351.000000 |  | T:Împăratul | N:0 | ") + e5 +
            QStringLiteral(" |  | T:  spații păstrate   |  |  |  |  | T:departe"),
        QStringLiteral("6| T:Repetat | ") + b6,
        QStringLiteral("7| T:Repetat | ") + b6,
        QStringLiteral("8| T:Repetat | ") + b6,
        QStringLiteral("9| T:linia 1") + kNl + QStringLiteral("linia 2 | D:0.000000 | T:x"),
    };
}

const QStringList kTeams = {
    QStringLiteral("1| T:Echipă | T:Agent"),
    QStringLiteral("2| T:Suport | T:Mihai"),
    QStringLiteral("3| T:Vânzări | T:Ioana"),
};

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void cellReferences_data();
    void cellReferences();
    void numbers_data();
    void numbers();
    void numbersAsFromChars();
    void sheetNames_data();
    void sheetNames();
    void rows_data();
    void rows();
    void fixturesCoverBothStringKinds();
    void lyingDimensionAndTrailingRows();
    void progressReachesTheEnd();
    void dateFormats_data();
    void dateFormats();
    void sniffing_data();
    void sniffing();
};

void TestXlsxReader::cellReferences_data()
{
    QTest::addColumn<QByteArray>("ref");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("row");
    QTest::addRow("A1") << QByteArray("A1") << true << 1 << 1;
    QTest::addRow("absolute") << QByteArray("$AB$12") << true << 28 << 12;
    QTest::addRow("lower case, last column")
        << QByteArray("xfd1048576") << true << 16384 << 1048576;
    QTest::addRow("no row") << QByteArray("B") << true << 2 << 0;
    QTest::addRow("blanks around the row") << QByteArray("B 2 ") << true << 2 << 2;
    QTest::addRow("row limit") << QByteArray("C1000000000") << true << 3 << 1000000000;
    QTest::addRow("leading zeros past ten digits") << QByteArray("C00000000007") << true << 3 << 7;
    QTest::addRow("beyond the row limit") << QByteArray("C1000000001") << false << 0 << 0;
    QTest::addRow("eleven digits") << QByteArray("C12345678901") << false << 0 << 0;
    QTest::addRow("no column") << QByteArray("12") << false << 0 << 0;
    QTest::addRow("empty") << QByteArray("") << false << 0 << 0;
    QTest::addRow("blank first") << QByteArray(" A1") << false << 0 << 0;
    QTest::addRow("sign in the row") << QByteArray("A-1") << false << 0 << 0;
    QTest::addRow("letter after the row") << QByteArray("A1B") << false << 0 << 0;
    QTest::addRow("bracket after Z") << QByteArray("A[1") << false << 0 << 0;
    QTest::addRow("at before A") << QByteArray("@1") << false << 0 << 0;
    QTest::addRow("non-ASCII") << QByteArray("\xC8\x98"
                                             "1")
                               << false << 0 << 0;
    QTest::addRow("a column too far") << QByteArray("ZZZZZZ1") << false << 0 << 0;
}

/// Every cell's r is read by cellvalues::parseCellRef.
void TestXlsxReader::cellReferences()
{
    QFETCH(QByteArray, ref);
    QFETCH(bool, valid);
    int column = -1, row = -1;
    QCOMPARE(cellvalues::parseCellRef(std::string_view(ref.constData(), size_t(ref.size())), column,
                                      row),
             valid);
    if (valid) {
        QTEST(column, "column");
        QTEST(row, "row");
    }
}

void TestXlsxReader::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::addRow("date and time") << QByteArray("45292.5104166667") << true << 45292.5104166667;
    QTest::addRow("Excel's 17 digits")
        << QByteArray("45292.510416666664") << true << 45292.510416666664;
    QTest::addRow("whole") << QByteArray("1234") << true << 1234.0;
    QTest::addRow("negative") << QByteArray("-0.25") << true << -0.25;
    QTest::addRow("plus") << QByteArray("+7.5") << true << 7.5;
    QTest::addRow("padded") << QByteArray(" 3.5\n") << true << 3.5;
    QTest::addRow("a tenth") << QByteArray("0.1") << true << 0.1;
    QTest::addRow("fifteen digits") << QByteArray("0.12345678901234") << true << 0.12345678901234;
    QTest::addRow("exponent") << QByteArray("1.5E-3") << true << 0.0015;
    QTest::addRow("no digit before the point") << QByteArray(".5") << true << 0.5;
    QTest::addRow("no digit after the point") << QByteArray("5.") << true << 5.0;
    QTest::addRow("two points") << QByteArray("1.2.3") << false << 0.0;
    QTest::addRow("comma") << QByteArray("1,5") << false << 0.0;
    QTest::addRow("minus alone") << QByteArray("-") << false << 0.0;
    QTest::addRow("empty") << QByteArray("") << false << 0.0;
    QTest::addRow("infinite") << QByteArray("1e999") << false << 0.0;
    QTest::addRow("hexadecimal") << QByteArray("0x10") << false << 0.0;
}

/// Every numeric value of a sheet (<v>, office:value) is read by cellvalues::parseNumber.
void TestXlsxReader::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    double value = -1;
    QCOMPARE(
        cellvalues::parseNumber(std::string_view(text.constData(), size_t(text.size())), value),
        valid);
    if (valid)
        QTEST(value, "value");
}

/// parseNumber reads plain decimals itself and leaves the rest to std::from_chars: on random
/// decimals of 1 to 20 digits, with a point anywhere or none, and a sign, it accepts what
/// from_chars reads whole and gives the very same double, bit for bit.
void TestXlsxReader::numbersAsFromChars()
{
    QRandomGenerator random(20261129);
    int fastPathSized = 0;
    for (int i = 0; i < 400000; ++i) {
        std::string text;
        if (random.bounded(4) == 0)
            text += '-';
        const int digits = 1 + int(random.bounded(20));
        const int point = int(random.bounded(digits + 2)); // digits + 1: no point
        for (int d = 0; d < digits; ++d) {
            if (d == point)
                text += '.';
            // Runs of zeros and nines, where rounding is decided.
            const quint32 kind = random.bounded(8);
            text += kind == 0 ? '0' : kind == 1 ? '9' : char('0' + random.bounded(10));
        }
        if (point == digits)
            text += '.';
        fastPathSized += digits <= 15;
        double expected = 0;
        const char *end = text.data() + text.size();
        const auto r = std::from_chars(text.data(), end, expected);
        const bool reads = r.ec == std::errc() && r.ptr == end && std::isfinite(expected);
        double got = 0;
        const bool accepted = cellvalues::parseNumber(text, got);
        if (accepted != reads || (reads && std::memcmp(&got, &expected, sizeof got) != 0))
            QFAIL(qPrintable(QStringLiteral("%1: %2 %3, from_chars %4 %5")
                                 .arg(QString::fromStdString(text))
                                 .arg(accepted)
                                 .arg(got, 0, 'g', 17)
                                 .arg(reads)
                                 .arg(expected, 0, 'g', 17)));
    }
    QVERIFY(fastPathSized > 200000);
}

void TestXlsxReader::sheetNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("openpyxl") << fixture("openpyxl-inline.xlsx");
    QTest::addRow("openpyxl 1904") << fixture("openpyxl-1904.xlsx");
    QTest::addRow("libreoffice 1904") << fixture("libreoffice-1904.xlsx");
    QTest::addRow("libreoffice") << fixture("libreoffice.xlsx");
}

void TestXlsxReader::sheetNames()
{
    QFETCH(QString, file);
    auto reader = createXlsxReader();
    QVERIFY2(reader->open(file), qPrintable(reader->errorString()));
    QCOMPARE(reader->sheetNames(), QStringList({QStringLiteral("Vânzări"), QStringLiteral("Echipe"),
                                                QStringLiteral("Gol")}));
}

void TestXlsxReader::rows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QStringList>("expected");
    const QString noCache = QStringLiteral("E:formula without a cached value: =");
    const QString textFormula = noCache + QStringLiteral("C2&\"!\"");
    const QStringList openpyxl =
        salesRows(noCache + QStringLiteral("D2*2"), noCache + QStringLiteral("D3*2"),
                  noCache + QStringLiteral("1/0"), textFormula);
    // 1904: dates stored 1462 days lower come back the same; times of day stay; the number 7
    // in a time format is the 1904 system's day 7 (1904-01-08), 7 + 1462 = 1469 here.
    const QStringList openpyxl1904 =
        salesRows(noCache + QStringLiteral("D2*2"), noCache + QStringLiteral("D3*2"),
                  noCache + QStringLiteral("1/0"), textFormula, QStringLiteral("D:1469.000000"));
    const QStringList libreoffice =
        salesRows(QStringLiteral("N:2469"), QStringLiteral("N:-0.5"), QStringLiteral("E:#DIV/0!"),
                  QStringLiteral("T:Ștefan Țăranu!"));
    const QStringList libreoffice1904 =
        salesRows(QStringLiteral("N:2469"), QStringLiteral("N:-0.5"), QStringLiteral("E:#DIV/0!"),
                  QStringLiteral("T:Ștefan Țăranu!"), QStringLiteral("D:1469.000000"));
    // Crafted by make-hostile.py: x: prefixes, cells and rows without r, attributes in any
    // order, CDATA, character references (&#x218; = Ș, &#539; = ț, &#259; = ă; &#13;&#10;
    // stays CR LF while a literal CR LF becomes LF), rich text whose phonetic run is dropped,
    // t="d" ISO dates, t="str"/"e"/"b", a shared formula without a value, a padded number,
    // style 1 = dd.mm.yyyy hh:mm (45356.75 = 2024-03-05 18:00), style 2 = built-in 14.
    const QStringList crafted = {
        QStringLiteral("1| T:simplu | N:2500 | T:Bogat "),
        QStringLiteral("3| D:45356.750000 |  | T:<cdata> & more"),
        QStringLiteral("4| D:45356.604167 | T:simplux | E:#N/A | B:0 | D:1.000000"),
        QStringLiteral("5| T:Și țară & <ap> | T:line\r") + kNl + QStringLiteral("two") + kNl +
            QStringLiteral("three | E:formula without a cached value |  | N:-7"),
    };
    for (const bool reference : {false, true}) {
        const char *path = reference ? "reference" : "fast";
        QTest::addRow("openpyxl inline strings, %s", path)
            << fixture("openpyxl-inline.xlsx") << 0 << openpyxl;
        QTest::addRow("openpyxl 1904 system, %s", path)
            << fixture("openpyxl-1904.xlsx") << 0 << openpyxl1904;
        QTest::addRow("libreoffice shared strings, %s", path)
            << fixture("libreoffice.xlsx") << 0 << libreoffice;
        QTest::addRow("libreoffice 1904 system, %s", path)
            << fixture("libreoffice-1904.xlsx") << 0 << libreoffice1904;
        QTest::addRow("second sheet openpyxl, %s", path)
            << fixture("openpyxl-inline.xlsx") << 1 << kTeams;
        QTest::addRow("second sheet libreoffice, %s", path)
            << fixture("libreoffice.xlsx") << 1 << kTeams;
        QTest::addRow("empty third sheet, %s", path)
            << fixture("libreoffice.xlsx") << 2 << QStringList();
        QTest::addRow("crafted XML, %s", path) << fixture("crafted.xlsx") << 0 << crafted;
    }
}

void TestXlsxReader::rows()
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(QStringList, expected);
    SpreadsheetReaderOptions options;
    options.referenceXml =
        QString::fromUtf8(QTest::currentDataTag()).endsWith(QLatin1String("reference"));
    auto reader = createXlsxReader(options);
    QCOMPARE(readSheet(*reader, file, sheet), expected);
}

void TestXlsxReader::fixturesCoverBothStringKinds()
{
    // The fixtures must exercise both string kinds, whatever a future tool version writes.
    const QByteArray inlineSheet =
        partText(fixture("openpyxl-inline.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(inlineSheet.contains("t=\"inlineStr\""));
    QVERIFY(!inlineSheet.contains("t=\"s\""));
    const QByteArray sharedSheet =
        partText(fixture("libreoffice.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sharedSheet.contains("t=\"s\""));
    QVERIFY(!sharedSheet.contains("inlineStr"));
    QVERIFY(partText(fixture("openpyxl-1904.xlsx"), QStringLiteral("xl/workbook.xml"))
                .contains("date1904=\"1\""));
    QVERIFY(partText(fixture("libreoffice-1904.xlsx"), QStringLiteral("xl/workbook.xml"))
                .contains("date1904=\"true\""));
}

void TestXlsxReader::lyingDimensionAndTrailingRows()
{
    // LibreOffice wrote the 1,000 formatted empty rows and counts them in <dimension>.
    const QByteArray sheet =
        partText(fixture("libreoffice.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("<dimension ref=\"A1:L1010\"/>"));
    QVERIFY(sheet.contains("<row r=\"1010\""));
    auto reader = createXlsxReader();
    const QStringList rows = readSheet(*reader, fixture("libreoffice.xlsx"), 0);
    QCOMPARE(rows.size(), 8);
    QVERIFY(rows.last().startsWith(QLatin1String("9|")));
}

void TestXlsxReader::progressReachesTheEnd()
{
    auto reader = createXlsxReader();
    QVERIFY(reader->open(fixture("libreoffice.xlsx")));
    QVERIFY(reader->selectSheet(0));
    QCOMPARE(reader->progress(), 0.0);
    SheetRow row;
    while (reader->readRow(row)) {
    }
    QVERIFY2(reader->errorString().isEmpty(), qPrintable(reader->errorString()));
    QCOMPARE(reader->progress(), 1.0);
}

void TestXlsxReader::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::addRow("built-in 14 m/d/yyyy") << 14 << QString() << true;
    QTest::addRow("built-in 22 m/d/yy h:mm") << 22 << QString() << true;
    QTest::addRow("built-in 45 mm:ss") << 45 << QString() << true;
    QTest::addRow("built-in 4 #,##0.00") << 4 << QString() << false;
    QTest::addRow("built-in 0 General") << 0 << QString() << false;
    QTest::addRow("dd.mm.yyyy hh:mm") << 164 << QStringLiteral("dd.mm.yyyy hh:mm") << true;
    QTest::addRow("escaped LibreOffice date") << 165 << QStringLiteral("dd\\.mm\\.yyyy") << true;
    QTest::addRow("locale prefix") << 166 << QStringLiteral("[$-418]DD.MM.YYYY") << true;
    QTest::addRow("elapsed hours") << 167 << QStringLiteral("[h]:mm:ss") << true;
    QTest::addRow("General custom") << 168 << QStringLiteral("General") << false;
    QTest::addRow("currency lei") << 169 << QStringLiteral("#,##0.00\\ \"lei\"") << false;
    QTest::addRow("quoted days text") << 170 << QStringLiteral("0\" days\"") << false;
    QTest::addRow("colour and scientific") << 171 << QStringLiteral("[Red]0.00E+00") << false;
    QTest::addRow("currency with locale")
        << 172 << QStringLiteral("[$€-x-euro2] #,##0.00") << false;
    QTest::addRow("padding underscore") << 173 << QStringLiteral("#,##0_);(#,##0)") << false;
}

void TestXlsxReader::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(isDateNumberFormat(id, code), isDate);
}

void TestXlsxReader::sniffing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addRow("xlsx openpyxl")
        << fixture("openpyxl-inline.xlsx") << int(SpreadsheetFormat::Xlsx);
    QTest::addRow("xlsx libreoffice")
        << fixture("libreoffice.xlsx") << int(SpreadsheetFormat::Xlsx);
    QTest::addRow("ods") << fixture("libreoffice.ods") << int(SpreadsheetFormat::Ods);
    QTest::addRow("xls") << fixture("libreoffice.xls") << int(SpreadsheetFormat::Xls);
    QTest::addRow("script") << fixture("make-fixtures.sh") << int(SpreadsheetFormat::Unknown);
    QTest::addRow("missing") << fixture("no-such-file.xlsx") << int(SpreadsheetFormat::Unknown);
}

void TestXlsxReader::sniffing()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QCOMPARE(int(sniffSpreadsheetFormat(file)), format);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
