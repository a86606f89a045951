#include "dashboard/csvexport.h"

#include <QBuffer>
#include <QDate>
#include <QStandardItemModel>
#include <QTest>

using namespace busola;

namespace {
QStandardItemModel *records(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 4, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Tichet"), QStringLiteral("Creat"),
                                      QStringLiteral("Ore"), QStringLiteral("Subiect")});
    auto row = [model](const QString &id, QDate date, const QVariant &hours,
                       const QString &subject) {
        QList<QStandardItem *> items;
        items << new QStandardItem(id);
        auto *created = new QStandardItem;
        created->setData(date, Qt::EditRole);
        items << created;
        auto *value = new QStandardItem;
        value->setData(hours, Qt::EditRole);
        items << value << new QStandardItem(subject);
        model->appendRow(items);
    };
    row(QStringLiteral("T-1"), QDate(2026, 10, 3), 12.5, QStringLiteral("Factură greșită; urgent"));
    row(QStringLiteral("T-2"), QDate(2026, 10, 4), 1234.75, QStringLiteral("Spune \"bună\""));
    row(QStringLiteral("T-3"), QDate(2026, 10, 5), QVariant(), QStringLiteral("=HYPERLINK(1)"));
    return model;
}
} // namespace

/// The drill-down export: bytes a Romanian or an English spreadsheet opens as intended.
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void formatForLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QChar>("decimal");
        QTest::addRow("Romanian") << QLocale(QLocale::Romanian, QLocale::Romania) << QChar(u';')
                                  << QChar(u',');
        QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QChar(u',')
                                 << QChar(u'.');
        QTest::addRow("German, decimal comma")
            << QLocale(QLocale::German, QLocale::Germany) << QChar(u';') << QChar(u',');
    }

    void formatForLocale()
    {
        QFETCH(QLocale, locale);
        const CsvFormat format = CsvFormat::forLocale(locale);
        QTEST(format.separator, "separator");
        QTEST(format.decimalPoint, "decimal");
        QVERIFY(format.byteOrderMark);
    }

    void wholeFile_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("Romanian")
            << QLocale(QLocale::Romanian, QLocale::Romania)
            << QByteArray("\xEF\xBB\xBF"
                          "Tichet;Creat;Ore;Subiect\r\n"
                          "T-1;03.10.2026;12,5;\"Factur\xC4\x83 gre\xC8\x99it\xC4\x83; urgent\"\r\n"
                          "T-2;04.10.2026;1234,75;\"Spune \"\"bun\xC4\x83\"\"\"\r\n"
                          "T-3;05.10.2026;;'=HYPERLINK(1)\r\n");
        QTest::addRow("English")
            << QLocale(QLocale::English, QLocale::UnitedStates)
            << QByteArray("\xEF\xBB\xBF"
                          "Tichet,Creat,Ore,Subiect\r\n"
                          "T-1,2026-10-03,12.5,Factur\xC4\x83 gre\xC8\x99it\xC4\x83; urgent\r\n"
                          "T-2,2026-10-04,1234.75,\"Spune \"\"bun\xC4\x83\"\"\"\r\n"
                          "T-3,2026-10-05,,'=HYPERLINK(1)\r\n");
    }

    void wholeFile()
    {
        QFETCH(QLocale, locale);
        QFETCH(QByteArray, expected);
        QStandardItemModel *model = records(this);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeModelCsv(*model, CsvFormat::forLocale(locale), buffer));
        QCOMPARE(buffer.data(), expected);
    }

    void fields_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("romanian");
        QTest::addColumn<QString>("english");
        QTest::addRow("integer") << QVariant(1234567) << QStringLiteral("1234567")
                                 << QStringLiteral("1234567");
        QTest::addRow("money in lei, no grouping")
            << QVariant(1234.56) << QStringLiteral("1234,56") << QStringLiteral("1234.56");
        QTest::addRow("negative number is not a formula")
            << QVariant(-4.58) << QStringLiteral("-4,58") << QStringLiteral("-4.58");
        QTest::addRow("line break") << QVariant(QStringLiteral("a\nb"))
                                    << QStringLiteral("\"a\nb\"") << QStringLiteral("\"a\nb\"");
        QTest::addRow("comma in text")
            << QVariant(QStringLiteral("Ion, Ana")) << QStringLiteral("Ion, Ana")
            << QStringLiteral("\"Ion, Ana\"");
        QTest::addRow("date and time")
            << QVariant(QDateTime(QDate(2029, 3, 25), QTime(1, 30)))
            << QStringLiteral("25.03.2029 01:30:00") << QStringLiteral("2029-03-25 01:30:00");
        QTest::addRow("missing") << QVariant() << QString() << QString();
        QTest::addRow("plus sign text") << QVariant(QStringLiteral("+40 721"))
                                        << QStringLiteral("'+40 721") << QStringLiteral("'+40 721");
    }

    void fields()
    {
        QFETCH(QVariant, value);
        QTEST(csvField(value, CsvFormat::forLocale(QLocale(QLocale::Romanian))), "romanian");
        QTEST(csvField(value, CsvFormat::forLocale(QLocale(QLocale::English))), "english");
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
