// XLS reader (FreeXL) against LibreOffice's BIFF8 conversion of the fixture workbook and the
// real Excel-written superstore-orders.xls (../shared/data/public).

#include "import/readers/spreadsheetreaders.h"
#include "import/readers/xlsreader.h"
#include "sheettestutil.h"

#include <QDate>
#include <QFile>
#include <QMap>
#include <QTest>

#include <cmath>

using namespace busola;
using namespace sheettest;

namespace {

const QString kSuperstore = QStringLiteral(BUSOLA_SHARED_DATA "/superstore-orders.xls");

int columnOf(const SheetRow &header, const QString &name)
{
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).type == Cell::Type::Text && header.at(i).text == name)
            return i;
    return -1;
}

} // namespace

class TestXlsReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtureRows_data();
    void fixtureRows();
    void dateModeRecords();
    void excel95WithoutFormulaResults();
    void excel95DatesAndTimes();
    void superstoreSheets();
    void superstoreMonthlySales();
};

void TestXlsReader::fixtureRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QStringList>("expected");
    // The data of the XLSX fixtures (serials computed by hand there). FreeXL alone would give
    // the formula cells (Dublu, Plătit — LibreOffice keeps TRUE()/FALSE() — and Text) empty and
    // the number 7 shown as hh:mm:ss as 0 (a time of day); the BIFF overlay gives the cached
    // results (a number, booleans, #DIV/0!, a text through its STRING record) and 7 days.
    const auto sales = [](const QString &b6) {
        return QStringList({
            QStringLiteral("1| T:Dată | T:Oră | T:Client | T:Sumă | T:Dublu | T:Plătit | T:Notă "
                           "| T:Moment | T:Text"),
            QStringLiteral("2| D:45356.000000 | D:0.604167 | T:Ștefan Țăranu | N:1234.5 | "
                           "N:2469 | B:1 | T:ăâîșț ĂÂÎȘȚ | D:45356.604167 | T:Ștefan Țăranu!"),
            QStringLiteral("3| D:45291.000000 | D:0.337153 | T:Ana & <Co> \"SRL\" | N:-0.25 | "
                           "N:-0.5 | B:0 |  | D:45291.999988"),
            QStringLiteral("5| D:45351.000000 |  | T:Împăratul | N:0 | E:#DIV/0! |  | T:  "
                           "spații păstrate   |  |  |  |  | T:departe"),
            QStringLiteral("6| T:Repetat | ") + b6,
            QStringLiteral("7| T:Repetat | ") + b6,
            QStringLiteral("8| T:Repetat | ") + b6,
            QStringLiteral("9| T:linia 1\nlinia 2 | D:0.000000 | T:x"),
        });
    };
    const QStringList teams = {QStringLiteral("1| T:Echipă | T:Agent"),
                               QStringLiteral("2| T:Suport | T:Mihai"),
                               QStringLiteral("3| T:Vânzări | T:Ioana")};
    QTest::addRow("first sheet") << fixture("libreoffice.xls") << 0
                                 << sales(QStringLiteral("D:7.000000"));
    QTest::addRow("second sheet") << fixture("libreoffice.xls") << 1 << teams;
    QTest::addRow("empty sheet") << fixture("libreoffice.xls") << 2 << QStringList();
    // DATEMODE 1: serials 1462 days lower in the file come back the same; the number 7 in a
    // time format is the 1904 system's day 7 (1904-01-08), 7 + 1462 = 1469, as in XLSX.
    QTest::addRow("1904 system, first sheet")
        << fixture("libreoffice-1904.xls") << 0 << sales(QStringLiteral("D:1469.000000"));
    QTest::addRow("1904 system, second sheet") << fixture("libreoffice-1904.xls") << 1 << teams;
}

void TestXlsReader::fixtureRows()
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(QStringList, expected);
    XlsReader reader0;
    SheetReader *reader = &reader0;
    QCOMPARE(readSheet(*reader, file, sheet), expected);
    QVERIFY(reader0.formulaResultsRead());
    QCOMPARE(reader->warnings(), QStringList());
    QCOMPARE(reader->sheetNames(), QStringList({QStringLiteral("Vânzări"), QStringLiteral("Echipe"),
                                                QStringLiteral("Gol")}));
}

void TestXlsReader::dateModeRecords()
{
    // What the 1904 rows are about: the DATEMODE record (type 0x0022, 2 bytes) says 1 in the
    // 1904 file and 0 in the other.
    const auto dateMode = [](const char *name) {
        QFile file(fixture(name));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray bytes = file.readAll();
        const bool one = bytes.contains(QByteArray("\x22\x00\x02\x00\x01\x00", 6));
        const bool zero = bytes.contains(QByteArray("\x22\x00\x02\x00\x00\x00", 6));
        return one == zero ? -1 : int(one);
    };
    QCOMPARE(dateMode("libreoffice-1904.xls"), 1);
    QCOMPARE(dateMode("libreoffice.xls"), 0);
}

void TestXlsReader::excel95WithoutFormulaResults()
{
    // Gnumeric's Excel 95 (BIFF7) save of openpyxl-comenzi.xlsx, in code page 1252 (where
    // Gnumeric turned ă ș ț into ?): FreeXL reads its values and dates (2024-03-31 23:15 =
    // 45382 + 23.25 / 24), but the formula cell D4 (=200*2+0.01) comes back empty, and the
    // reader says so.
    const QString file = fixture("gnumeric-biff7.xls");
    XlsReader reader;
    QCOMPARE(readSheet(reader, file, 1),
             QStringList({
                 QStringLiteral("1| T:Nr. comand? | T:Data comenzii | T:Client | T:Valoare | "
                                "T:Agent vânz?ri"),
                 QStringLiteral("2| T:C-101 | D:45356.604167 | T:?tefan ??ranu SRL | N:1234.5 | "
                                "T:Ioana"),
                 QStringLiteral("3| T:C-102 | D:45382.968750 | T:Împ?ratul SA | N:99.99 | "
                                "T:Mihai"),
                 QStringLiteral("4| T:C-103 | D:45383.375000 | T:Ana & Co |  | T:Ioana"),
             }));
    QCOMPARE(reader.sheetNames(), QStringList({QStringLiteral("Not?"), QStringLiteral("Comenzi"),
                                               QStringLiteral("Tichete")}));
    QVERIFY(!reader.formulaResultsRead());
    const QStringList warnings = reader.warnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(file + QStringLiteral(": the formula cells of this "
                                                               "workbook come back without "
                                                               "values")),
             qPrintable(warnings.first()));
    QVERIFY2(warnings.first().contains(QLatin1String("BIFF8")), qPrintable(warnings.first()));
}

void TestXlsReader::excel95DatesAndTimes()
{
    // The fixture workbook as Gnumeric's Excel 95 file: FreeXL alone gives the times of day
    // as whole days (14:30 → 1900-01-01) and 7 in a time format as 1900-01-07 (day 8 here);
    // the overlay's serials are right. Formula cells (Dublu, Text, =1/0) stay empty; the
    // booleans Gnumeric wrote come back as FreeXL's numbers.
    XlsReader reader;
    QCOMPARE(readSheet(reader, fixture("gnumeric-biff7-inline.xls"), 0),
             QStringList({
                 QStringLiteral("1| T:Dat? | T:Or? | T:Client | T:Sum? | T:Dublu | T:Pl?tit | "
                                "T:Not? | T:Moment | T:Text"),
                 QStringLiteral("2| D:45356.000000 | D:0.604167 | T:?tefan ??ranu | N:1234.5 |  | "
                                "N:1 | T:?âî?? ?ÂÎ?? | D:45356.604167"),
                 QStringLiteral("3| D:45291.000000 | D:0.337153 | T:Ana & <Co> \"SRL\" | N:-0.25 "
                                "|  | N:0 |  | D:45291.999988"),
                 QStringLiteral("5| D:45351.000000 |  | T:Împ?ratul | N:0 |  |  | T:  spa?ii "
                                "p?strate   |  |  |  |  | T:departe"),
                 QStringLiteral("6| T:Repetat | D:7.000000"),
                 QStringLiteral("7| T:Repetat | D:7.000000"),
                 QStringLiteral("8| T:Repetat | D:7.000000"),
                 QStringLiteral("9| T:linia 1\nlinia 2 | D:0.000000 | T:x"),
             }));
    QVERIFY(!reader.formulaResultsRead());
    QCOMPARE(reader.warnings().size(), 1);
    QVERIFY2(reader.warnings().first().contains(QLatin1String("(an Excel 5.0/95 file)")),
             qPrintable(reader.warnings().first()));
}

void TestXlsReader::superstoreSheets()
{
    auto reader = createXlsReader();
    QVERIFY2(reader->open(kSuperstore), qPrintable(reader->errorString()));
    QCOMPARE(reader->sheetNames(), QStringList({QStringLiteral("Orders"), QStringLiteral("Returns"),
                                                QStringLiteral("People")}));
    QCOMPARE(int(sniffSpreadsheetFormat(kSuperstore)), int(SpreadsheetFormat::Xls));
}

void TestXlsReader::superstoreMonthlySales()
{
    auto reader = createXlsReader();
    QVERIFY2(reader->open(kSuperstore), qPrintable(reader->errorString()));
    QVERIFY(reader->selectSheet(0));
    SheetRow row;
    QVERIFY(reader->readRow(row));
    QCOMPARE(reader->rowNumber(), 1);
    const int dateColumn = columnOf(row, QStringLiteral("Order Date"));
    const int salesColumn = columnOf(row, QStringLiteral("Sales"));
    QVERIFY(dateColumn >= 0 && salesColumn >= 0);
    QMap<int, double> sales;
    int rows = 0;
    const QDate epoch(1899, 12, 30);
    while (reader->readRow(row)) {
        ++rows;
        QVERIFY(row.size() > salesColumn);
        const Cell &date = row.at(dateColumn);
        QCOMPARE(date.type, Cell::Type::DateTime);
        QCOMPARE(row.at(salesColumn).type, Cell::Type::Number);
        const QDate day = epoch.addDays(qint64(std::floor(date.number)));
        sales[day.year() * 100 + day.month()] += row.at(salesColumn).number;
    }
    QVERIFY2(reader->errorString().isEmpty(), qPrintable(reader->errorString()));
    QCOMPARE(rows, 9994);
    QCOMPARE(reader->rowNumber(), 9995);
    // Obtained independently, once: `soffice --headless --convert-to csv` of the Orders sheet,
    // then Python's math.fsum of the Sales column grouped by the month of Order Date
    // (mm/dd/yyyy in that CSV). 48 months, 2,297,200.8603 in all.
    const QMap<int, double> expected = {
        {201401, 14236.8950}, {201402, 4519.8920},  {201403, 55691.0090},  {201404, 28295.3450},
        {201405, 23648.2870}, {201406, 34595.1276}, {201407, 33946.3930},  {201408, 27909.4685},
        {201409, 81777.3508}, {201410, 31453.3930}, {201411, 78628.7167},  {201412, 69545.6205},
        {201501, 18174.0756}, {201502, 11951.4110}, {201503, 38726.2520},  {201504, 34195.2085},
        {201505, 30131.6865}, {201506, 24797.2920}, {201507, 28765.3250},  {201508, 36898.3322},
        {201509, 64595.9180}, {201510, 31404.9235}, {201511, 75972.5635},  {201512, 74919.5212},
        {201601, 18542.4910}, {201602, 22978.8150}, {201603, 51715.8750},  {201604, 38750.0390},
        {201605, 56987.7280}, {201606, 40344.5340}, {201607, 39261.9630},  {201608, 31115.3743},
        {201609, 73410.0249}, {201610, 59687.7450}, {201611, 79411.9658},  {201612, 96999.0430},
        {201701, 43971.3740}, {201702, 20301.1334}, {201703, 58872.3528},  {201704, 36521.5361},
        {201705, 44261.1102}, {201706, 52981.7257}, {201707, 45264.4160},  {201708, 63120.8880},
        {201709, 87866.6520}, {201710, 77776.9232}, {201711, 118447.8250}, {201712, 83829.3188},
    };
    QCOMPARE(sales.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(std::abs(sales.value(it.key()) - it.value()) < 0.00005,
                 qPrintable(QStringLiteral("%1: %2 instead of %3")
                                .arg(it.key())
                                .arg(sales.value(it.key()), 0, 'f', 4)
                                .arg(it.value(), 0, 'f', 4)));
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
