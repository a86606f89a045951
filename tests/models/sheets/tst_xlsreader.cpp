// XLS reader (FreeXL) against LibreOffice's BIFF8 conversion of the fixture workbook and the
// real Excel-written superstore-orders.xls.

#include "import/readers/spreadsheetreaders.h"
#include "sheettestutil.h"

#include <QDate>
#include <QMap>
#include <QTest>

#include <cmath>

using namespace busola;
using namespace sheettest;

class TestXlsReader : public QObject
{
    Q_OBJECT

private slots:
    void dump();
};

void TestXlsReader::dump()
{
    auto reader = createXlsReader();
    for (int s = 0; s < 3; ++s)
        qInfo().noquote() << readSheet(*reader, fixture("libreoffice.xls"), s).join(QLatin1Char('\n'));
    qInfo() << reader->sheetNames();
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
