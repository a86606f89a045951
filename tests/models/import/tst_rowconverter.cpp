// RowConverter's text fields when readers hand over one string buffer for many cells (XLSX's
// shared strings), a fresh buffer per cell (CSV, ODS), or a buffer shortened in place.

#include "import/rowconverter.h"
#include "store/storeclock.h"

#include <QTest>

using namespace busola;

namespace {

/// Support rows of id, created, team, agent.
Inspection supportInspection()
{
    Inspection inspection;
    inspection.ok = true;
    inspection.settings.dataset = Dataset::Support;
    inspection.settings.columns = {ColumnTarget{Field::Id}, ColumnTarget{Field::Created},
                                   ColumnTarget{Field::Team}, ColumnTarget{Field::Agent}};
    return inspection;
}

SheetRow row(int id, const QString &team, const QString &agent)
{
    return {Cell::ofText(QStringLiteral("T%1").arg(id)), Cell::ofDateTime(45292.5 + id),
            Cell::ofText(team), Cell::ofText(agent)};
}

} // namespace

class TestRowConverter : public QObject
{
    Q_OBJECT

private slots:
    /// Every row of a shared string gets the trimmed, comma-below text, not only the first.
    void sharedBufferGivesCleanTextEveryRow()
    {
        const Inspection inspection = supportInspection();
        const StoreClock clock;
        RowConverter converter(inspection, clock, QStringLiteral("RON"));
        const QString team = QStringLiteral("  Echipa \u0162\u0103rm \u015Ei  "); // cedillas
        const QString agent = QStringLiteral("Ana");
        QVector<Problem> problems;
        for (int id = 1; id <= 5; ++id) {
            QVERIFY(converter.convert(row(id, team, agent), id + 1, problems));
            QCOMPARE(converter.interaction.team, QStringLiteral("Echipa \u021A\u0103rm \u0218i"));
            QCOMPARE(converter.interaction.agent, agent);
            QCOMPARE(converter.interaction.externalId, QStringLiteral("T%1").arg(id));
        }
        QVERIFY(problems.isEmpty());
    }

    /// A string over the same memory but shorter is its own text.
    void sameBufferShorterIsAnotherText()
    {
        const Inspection inspection = supportInspection();
        const StoreClock clock;
        RowConverter converter(inspection, clock, QStringLiteral("RON"));
        const QString team = QStringLiteral("Vanzari Nord");
        QVector<Problem> problems;
        QVERIFY(converter.convert(row(1, team, QStringLiteral("Ana")), 2, problems));
        QCOMPARE(converter.interaction.team, team);
        const QString prefix = QString::fromRawData(team.constData(), 7);
        QCOMPARE(prefix.constData(), team.constData());
        QVERIFY(converter.convert(row(2, prefix, QStringLiteral("Ana")), 3, problems));
        QCOMPARE(converter.interaction.team, QStringLiteral("Vanzari"));
    }

    /// A fresh buffer per cell, freed with its row: an address the allocator gives again holds
    /// another text, which must not be taken for the one seen there before. Past the memo's
    /// thousand buffers too.
    void freshBufferPerCell()
    {
        const Inspection inspection = supportInspection();
        const StoreClock clock;
        RowConverter converter(inspection, clock, QStringLiteral("RON"));
        QVector<Problem> problems;
        SheetRow cells;
        for (int id = 1; id <= 2500; ++id) {
            // Built in place each time, as a CSV reader does: same sizes, changing texts.
            cells = row(id, QStringLiteral("Echipa %1").arg(id % 7),
                        QStringLiteral(" Agent %1 ").arg(id % 3));
            QVERIFY(converter.convert(cells, id + 1, problems));
            QCOMPARE(converter.interaction.team, QStringLiteral("Echipa %1").arg(id % 7));
            QCOMPARE(converter.interaction.agent, QStringLiteral("Agent %1").arg(id % 3));
        }
        QVERIFY(problems.isEmpty());
    }

    /// An empty or blank text is a missing value, as before the memo.
    void blankTextIsMissing()
    {
        const Inspection inspection = supportInspection();
        const StoreClock clock;
        RowConverter converter(inspection, clock, QStringLiteral("RON"));
        QVector<Problem> problems;
        const QString blank = QStringLiteral("   ");
        for (int id = 1; id <= 2; ++id) {
            QVERIFY(converter.convert(row(id, blank, QStringLiteral("Ana")), id + 1, problems));
            QVERIFY(converter.interaction.team.isNull());
        }
    }
};

QTEST_GUILESS_MAIN(TestRowConverter)
#include "tst_rowconverter.moc"
