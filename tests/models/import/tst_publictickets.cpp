#include "importfixture.h"

using namespace busola;

/// The public "Customer Support Ticket Dataset" (shared/data/public): a real file nobody here
/// wrote. Its quirks must be handled and its problems reported, not hidden. The expected
/// counts were found by reading the file with Python's csv module, not with this code:
/// 8,469 tickets; 2,819 Open and 2,881 "Pending Customer Response" (all with a resolution
/// date); 2,769 Closed, 95 of which are resolved before their first response.
class TestPublicTickets : public QObject
{
    Q_OBJECT

private:
    ImportFixture f;
    ImportResult m_result;

    QString file() const
    {
        return QStringLiteral(BUSOLA_SHARED_DATA "/customer-support-tickets.csv");
    }

private slots:
    void initTestCase()
    {
        BUSOLA_REQUIRE_TEST_BACKEND();
        if (!QFile::exists(file()))
            QSKIP("the shared public data is not here");
        QVERIFY(f.openStore("public.db"_q));
        ImportSettings s;
        s.file = file();
        m_result = f.import(s);
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
    }

    void camelCaseHeadersAreMapped()
    {
        const Inspection &i = m_result.inspection;
        QCOMPARE(int(*i.settings.dataset), int(Dataset::Support));
        auto fieldOf = [&i](const QString &header) {
            return int(i.settings.columns.at(int(i.headers.indexOf(header))).field);
        };
        QCOMPARE(fieldOf("TicketID"_q), int(Field::Id));
        QCOMPARE(fieldOf("CustomerName"_q), int(Field::CustomerName));
        QCOMPARE(fieldOf("TicketChannel"_q), int(Field::Channel));
        QCOMPARE(fieldOf("FirstResponseTime"_q), int(Field::FirstResponse));
        QCOMPARE(fieldOf("TimetoResolution"_q), int(Field::Resolved));
        QCOMPARE(fieldOf("CustomerSatisfactionRating"_q), int(Field::Satisfaction));
        QCOMPARE(fieldOf("TicketStatus"_q), int(Field::Status));
    }

    void countsMatchTheFile()
    {
        QCOMPARE(m_result.rowsRead, 8469);
        QCOMPARE(m_result.counts.rejected, 95);
        QCOMPARE(m_result.counts.inserted, 8469 - 95);
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM interactions"_q), 8374);
    }

    void resolutionsBeforeTheFirstResponseAreReported()
    {
        int resolvedEarly = 0;
        const Problem *first = nullptr;
        for (const Problem &p : m_result.problems)
            if (p.isError()) {
                if (!first)
                    first = &p;
                ++resolvedEarly;
                QCOMPARE(p.column, "TimetoResolution"_q);
                QVERIFY(p.reason.contains("before the first response"_q));
            }
        QCOMPARE(resolvedEarly, 95);
        // Ticket 29 (row 30: the header is row 1): first response 2023-05-31, resolved 2023-01-06.
        QVERIFY(first);
        QCOMPARE(first->row, 30);
        QCOMPARE(first->value, "2023-01-06"_q);
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM interactions WHERE external_id = '29'"_q), 0);
    }

    void openTicketsKeepNoResolution()
    {
        // A resolution date on a ticket still open or pending is a warning, and not imported.
        QCOMPARE(m_result.warnings, 2819 + 2881);
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM interactions WHERE status IN ('open', 'pending')"
                          " AND resolved_at IS NOT NULL"_q),
                 0);
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM interactions WHERE status = 'closed'"_q),
                 2769 - 95);
    }

    void dateOnlyTimesAndMissingCreation()
    {
        // No creation column: the first-response date stands in, and no response time is made up.
        QVERIFY(m_result.inspection.notes.join(QLatin1Char(' ')).contains("creation"_q));
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM interactions WHERE response_seconds IS NOT NULL"_q),
                 0);
        // Ticket 1: 2023-01-06, a date without a time, is local midnight (UTC+2 in January).
        QCOMPARE(f.scalar("SELECT created_at FROM interactions WHERE external_id = '1'"_q),
                 QDateTime(QDate(2023, 1, 5), QTime(22, 0), Qt::UTC).toSecsSinceEpoch());
    }

    void fourChannelsSocialMediaKept()
    {
        QCOMPARE(f.joined("SELECT DISTINCT channel FROM interactions ORDER BY channel"_q),
                 "Social media,chat,email,phone"_q);
    }

    void ratingsOnlyWhereGiven()
    {
        // 2,769 closed tickets carry a rating; minus the 95 rejected.
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM interactions WHERE satisfaction IS NOT NULL"_q),
                 2769 - 95);
        QCOMPARE(
            f.scalar(
                "SELECT COUNT(*) FROM interactions WHERE satisfaction < 1 OR satisfaction > 5"_q),
            0);
    }

    void importingAgainChangesNothing()
    {
        ImportSettings s;
        s.file = file();
        const ImportResult again = f.import(s);
        QVERIFY(again.ok);
        QCOMPARE(again.counts.inserted, 0);
        QCOMPARE(again.counts.updated, 0);
        QCOMPARE(again.counts.unchanged, 8374);
    }
};

QTEST_GUILESS_MAIN(TestPublicTickets)
#include "tst_publictickets.moc"
