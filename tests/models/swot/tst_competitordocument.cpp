#include "competitors/competitordocument.h"
#include "competitors/competitormodel.h"
#include "store/store.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace busola;

namespace {

/// The table as text: "name|price|discount|channels|response|satisfaction|notes;…".
QString dump(const CompetitorDocument &document)
{
    QStringList rows;
    const auto number = [](const std::optional<double> &v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    for (const Competitor &c : document.competitors()) {
        rows << QStringList{QString::number(c.id),  c.name,     pricePositionKey(c.pricePosition),
                            number(c.discountPct),  c.channels, number(c.responseTimeHours),
                            number(c.satisfaction), c.notes}
                    .join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char(';'));
}

} // namespace

/// The competitor table: edits through the model are undo steps that restore the exact table,
/// in memory and in the store; bad input is refused; the benchmark model puts us first. Run
/// on both engines (a new competitor on PostgreSQL once failed on its explicit NULL id).
class TestCompetitorDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;

    QString reopened() const
    {
        QString error;
        auto store = Store::open(m_path, &error);
        CompetitorDocument document(*store);
        return dump(document);
    }

private slots:
    void initTestCase() { BUSOLA_REQUIRE_TEST_BACKEND(); }

    void init()
    {
        m_path = test::storeLocation(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_counter)));
        QString error;
        m_store = Store::open(m_path, &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void editsUndoAndPersist_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("expectedRow"); // row 1 after the edit, without its id

        QTest::addRow("name") << int(CompetitorModel::Name)
                              << QVariant(QStringLiteral(" Beta SRL ")) << true
                              << "Beta SRL|similar|5|chat|12|4.2|";
        QTest::addRow("empty name refused") << int(CompetitorModel::Name) << QVariant(QString())
                                            << false << "Beta|similar|5|chat|12|4.2|";
        QTest::addRow("price position")
            << int(CompetitorModel::Price) << QVariant(int(PricePosition::Higher)) << true
            << "Beta|higher|5|chat|12|4.2|";
        QTest::addRow("discount as text, decimal point")
            << int(CompetitorModel::Discount) << QVariant(QStringLiteral("7.5")) << true
            << "Beta|similar|7.5|chat|12|4.2|";
        QTest::addRow("discount cleared") << int(CompetitorModel::Discount) << QVariant(QString())
                                          << true << "Beta|similar|-|chat|12|4.2|";
        QTest::addRow("discount over 100 refused")
            << int(CompetitorModel::Discount) << QVariant(120.0) << false
            << "Beta|similar|5|chat|12|4.2|";
        QTest::addRow("response time") << int(CompetitorModel::ResponseTime) << QVariant(36.0)
                                       << true << "Beta|similar|5|chat|36|4.2|";
        QTest::addRow("satisfaction out of scale refused")
            << int(CompetitorModel::Satisfaction) << QVariant(7.0) << false
            << "Beta|similar|5|chat|12|4.2|";
        QTest::addRow("notes") << int(CompetitorModel::Notes)
                               << QVariant(QStringLiteral("Ofertă agresivă în Cluj")) << true
                               << "Beta|similar|5|chat|12|4.2|Ofertă agresivă în Cluj";
    }

    void editsUndoAndPersist()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QString, expectedRow);

        CompetitorDocument document(*m_store);
        CompetitorModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Competitor alpha{0,
                         QStringLiteral("Alpha"),
                         PricePosition::Lower,
                         10.0,
                         QStringLiteral("phone, shop"),
                         30.0,
                         3.8,
                         QString()};
        Competitor beta{0,
                        QStringLiteral("Beta"),
                        PricePosition::Similar,
                        5.0,
                        QStringLiteral("chat"),
                        12.0,
                        4.2,
                        QString()};
        document.addCompetitor(-1, alpha);
        document.addCompetitor(-1, beta);
        document.undoStack()->clear();
        const QString before = dump(document);
        QCOMPARE(reopened(), before);

        QCOMPARE(model.setData(model.index(1, column), value), accepted);
        QCOMPARE(document.undoStack()->count(), accepted ? 1 : 0);
        const QString row = dump(document).section(QLatin1Char(';'), 1, 1);
        QCOMPARE(row.section(QLatin1Char('|'), 1), expectedRow);
        const QString after = dump(document);
        QCOMPARE(reopened(), after);
        if (!accepted)
            return;
        document.undoStack()->undo();
        QCOMPARE(dump(document), before);
        QCOMPARE(reopened(), before);
        document.undoStack()->redo();
        QCOMPARE(dump(document), after);
        QCOMPARE(reopened(), after);
    }

    void addAndDeleteSeveral()
    {
        CompetitorDocument document(*m_store);
        CompetitorModel model(&document);
        CompetitorBenchmarkModel benchmark(&document);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&benchmark,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const char *name : {"A", "B", "C", "D"})
            document.addCompetitor(
                -1,
                Competitor{0, QString::fromUtf8(name), PricePosition::Unknown, {}, {}, {}, {}, {}});
        document.addCompetitor(
            1, Competitor{
                   0, QStringLiteral("first-ish"), PricePosition::Unknown, {}, {}, 20.0, 4.0, {}});
        const auto names = [&] {
            QStringList list;
            for (const Competitor &c : document.competitors())
                list << c.name;
            return list.join(QLatin1Char(','));
        };
        QCOMPARE(names(), QStringLiteral("A,first-ish,B,C,D"));
        const QString before = dump(document);
        QCOMPARE(reopened(), before);
        document.removeCompetitors({document.competitors().at(3).id,
                                    document.competitors().at(0).id,
                                    document.competitors().at(4).id});
        QCOMPARE(names(), QStringLiteral("first-ish,B"));
        const QString after = dump(document);
        QCOMPARE(reopened(), after);
        document.undoStack()->undo();
        QCOMPARE(dump(document), before);
        QCOMPARE(reopened(), before);
        document.undoStack()->redo();
        QCOMPARE(dump(document), after);

        // Us first, then each competitor; unknown values are no value, never 0.
        benchmark.setOurValues(18.5, std::nullopt);
        QCOMPARE(benchmark.rowCount(), 3);
        QCOMPARE(benchmark.index(0, CompetitorBenchmarkModel::ResponseTime).data().toDouble(),
                 18.5);
        QVERIFY(!benchmark.index(0, CompetitorBenchmarkModel::Satisfaction).data().isValid());
        QCOMPARE(benchmark.index(1, CompetitorBenchmarkModel::Name).data().toString(),
                 QStringLiteral("first-ish"));
        QCOMPARE(benchmark.index(1, CompetitorBenchmarkModel::Satisfaction).data().toDouble(), 4.0);
        QVERIFY(!benchmark.index(2, CompetitorBenchmarkModel::ResponseTime).data().isValid());
    }

    void reloadReadsTheStoreAgain()
    {
        CompetitorDocument document(*m_store);
        CompetitorModel model(&document);
        CompetitorBenchmarkModel benchmark(&document);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&benchmark,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.addCompetitor(
            -1, Competitor{0, QStringLiteral("A"), PricePosition::Unknown, {}, {}, {}, {}, {}});
        {
            // Another writer (the demo company, say) adds a row behind the document's back.
            CompetitorDocument other(*m_store);
            other.addCompetitor(
                -1, Competitor{0, QStringLiteral("B"), PricePosition::Lower, {}, {}, {}, {}, {}});
        }
        QCOMPARE(model.rowCount(), 1);
        document.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(benchmark.rowCount(), 3);
        QCOMPARE(model.index(1, CompetitorModel::Name).data().toString(), QStringLiteral("B"));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void displayIsLocalised()
    {
        QLocale::setDefault(QLocale(QLocale::Romanian, QLocale::Romania));
        CompetitorDocument document(*m_store);
        CompetitorModel model(&document);
        document.addCompetitor(
            -1, Competitor{
                    0, QStringLiteral("Gamma"), PricePosition::Higher, 12.5, {}, 24.0, 4.25, {}});
        QCOMPARE(model.index(0, CompetitorModel::Discount).data().toString(),
                 QStringLiteral("12,5 %"));
        QCOMPARE(model.index(0, CompetitorModel::ResponseTime).data().toString(),
                 QStringLiteral("24 h"));
        QCOMPARE(model.index(0, CompetitorModel::Price).data().toString(),
                 QStringLiteral("higher"));
        // Romanian input with a decimal comma is understood.
        QVERIFY(
            model.setData(model.index(0, CompetitorModel::Satisfaction), QStringLiteral("4,5")));
        QCOMPARE(*document.competitors().at(0).satisfaction, 4.5);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestCompetitorDocument)
#include "tst_competitordocument.moc"
