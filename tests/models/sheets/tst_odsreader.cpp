// ODS reader against LibreOffice's conversion of the fixture workbook (sheet names from
// settings.xml, 16,384-column and million-row empty repeats) and a crafted file (repeated
// non-empty rows and cells, covered cells, annotations, every value type, no settings.xml),
// on both XML paths.

#include "import/readers/spreadsheetreaders.h"
#include "sheettestutil.h"

#include <QTest>

using namespace busola;
using namespace sheettest;

namespace {
const QString kNl = QStringLiteral("\n");
}

class TestOdsReader : public QObject
{
    Q_OBJECT

private slots:
    void sheetNames_data();
    void sheetNames();
    void rows_data();
    void rows();
    void nullDate1904Fixture();
    void progressReachesTheEnd();
};

void TestOdsReader::sheetNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("libreoffice, from settings.xml")
        << fixture("libreoffice.ods")
        << QStringList(
               {QStringLiteral("Vânzări"), QStringLiteral("Echipe"), QStringLiteral("Gol")});
    QTest::addRow("crafted, from content.xml")
        << fixture("crafted.ods")
        << QStringList({QStringLiteral("Repetări"), QStringLiteral("Al doilea")});
}

void TestOdsReader::sheetNames()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    auto reader = createOdsReader();
    QVERIFY2(reader->open(file), qPrintable(reader->errorString()));
    QCOMPARE(reader->sheetNames(), names);
}

void TestOdsReader::rows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QStringList>("expected");
    // The same data as the XLSX fixtures (serials computed by hand there). LibreOffice keeps
    // TRUE() as the number 1 in ODS, and the number 7 shown as hh:mm:ss as PT168H = 7 days.
    const QStringList sales = {
        QStringLiteral("1| T:Dată | T:Oră | T:Client | T:Sumă | T:Dublu | T:Plătit | T:Notă | "
                       "T:Moment | T:Text"),
        QStringLiteral("2| D:45356.000000 | D:0.604167 | T:Ștefan Țăranu | N:1234.5 | N:2469 | N:1 "
                       "| T:ăâîșț ĂÂÎȘȚ | D:45356.604167 | T:Ștefan Țăranu!"),
        QStringLiteral("3| D:45291.000000 | D:0.337153 | T:Ana & <Co> \"SRL\" | N:-0.25 | N:-0.5 | "
                       "N:0 |  | D:45291.999988"),
        QStringLiteral("5| D:45351.000000 |  | T:Împăratul | N:0 | E:#DIV/0! |  | T:  spații "
                       "păstrate   |  |  |  |  | T:departe"),
        QStringLiteral("6| T:Repetat | D:7.000000"),
        QStringLiteral("7| T:Repetat | D:7.000000"),
        QStringLiteral("8| T:Repetat | D:7.000000"),
        QStringLiteral("9| T:linia 1") + kNl + QStringLiteral("linia 2 | D:0.000000 | T:x"),
    };
    const QStringList teams = {QStringLiteral("1| T:Echipă | T:Agent"),
                               QStringLiteral("2| T:Suport | T:Mihai"),
                               QStringLiteral("3| T:Vânzări | T:Ioana")};
    // Crafted: a cell repeated over 2 columns, a row repeated 3 times, 5 empty rows (5–9),
    // 36:00:00 = 1.5 days, 2024-03-05T14:30 = 45356 + 14.5/24; the annotation is not text;
    // office:string-value wins over the shown paragraph.
    const QStringList crafted = {
        QStringLiteral("1| T:A | N:2 | N:2"),
        QStringLiteral("2| N:0.25 | N:1234.5"),
        QStringLiteral("3| N:0.25 | N:1234.5"),
        QStringLiteral("4| N:0.25 | N:1234.5"),
        QStringLiteral(
            "10| B:1 |  | D:1.500000 | E:formula without a cached value | D:45356.604167"),
        QStringLiteral("11| T:Ștefan\tx") + kNl + QStringLiteral("y") + kNl +
            QStringLiteral("doi |  |  |  | T:attribute wins | E:#VALUE!"),
    };
    for (const char *path : {"fast", "reference"}) {
        QTest::addRow("libreoffice first sheet, %s", path)
            << fixture("libreoffice.ods") << 0 << sales;
        // Saved with table:null-date 1904-01-01: ODS values are ISO dates and durations, which
        // the null date does not move, so the cells are those of the 1900 file.
        QTest::addRow("libreoffice 1904 null date, %s", path)
            << fixture("libreoffice-1904.ods") << 0 << sales;
        QTest::addRow("libreoffice second sheet, %s", path)
            << fixture("libreoffice.ods") << 1 << teams;
        QTest::addRow("libreoffice empty sheet, %s", path)
            << fixture("libreoffice.ods") << 2 << QStringList();
        QTest::addRow("crafted repeats, %s", path) << fixture("crafted.ods") << 0 << crafted;
        QTest::addRow("crafted second sheet, %s", path)
            << fixture("crafted.ods") << 1 << QStringList({QStringLiteral("1| N:1")});
    }
}

void TestOdsReader::rows()
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(QStringList, expected);
    SpreadsheetReaderOptions options;
    options.referenceXml =
        QString::fromUtf8(QTest::currentDataTag()).endsWith(QLatin1String("reference"));
    auto reader = createOdsReader(options);
    QCOMPARE(readSheet(*reader, file, sheet), expected);
}

void TestOdsReader::nullDate1904Fixture()
{
    // What the 1904 rows above are about, whatever a future LibreOffice writes.
    const QByteArray content =
        partText(fixture("libreoffice-1904.ods"), QStringLiteral("content.xml"));
    QVERIFY(content.contains("<table:null-date table:date-value=\"1904-01-01\"/>"));
    QVERIFY(content.contains("office:date-value=\"2024-03-05\""));
    QVERIFY(!partText(fixture("libreoffice.ods"), QStringLiteral("content.xml"))
                 .contains("table:null-date"));
}

void TestOdsReader::progressReachesTheEnd()
{
    auto reader = createOdsReader();
    QVERIFY(reader->open(fixture("libreoffice.ods")));
    QVERIFY(reader->selectSheet(2)); // the last sheet: its end is the end of content.xml
    SheetRow row;
    while (reader->readRow(row)) {
    }
    QVERIFY2(reader->errorString().isEmpty(), qPrintable(reader->errorString()));
    QVERIFY(reader->progress() > 0.99);
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
