// `busola report` run as a user runs it, the PDFs read back with poppler-utils. On a fixture
// store written through StoreWriter every KPI value is checked against a number computed by
// hand below; on the demo company against `busola kpi --format json`.
#include "../ui/report/pdftools.h"
#include "clirunner.h"
#include "store/store.h"
#include "store/storewriter.h"
#include "teststore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fixture;
    QString m_empty;
    QString m_demo;

    QString pdf(const QString &name) const { return m_dir.filePath(name); }

    /// Four tickets (two teams) and four deals in October 2026, local Bucharest time.
    bool writeFixture(const QString &path)
    {
        QString error;
        std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store)
            return false;
        store->setSetting(SettingKeys::CompanyName, QString::fromUtf8("Fixtură Științifică SRL"));
        const StoreClock &clock = store->clock();
        const auto at = [&](int month, int day, int hour) {
            return clock.toEpoch(QDate(2026, month, day), QTime(hour, 0));
        };
        StoreWriter writer(*store);
        if (!writer.begin({QStringLiteral("fixture.csv"),
                           {},
                           QStringLiteral("support"),
                           {},
                           QStringLiteral("update")}))
            return false;
        struct Ticket
        {
            const char *id, *team, *channel;
            int day, hour, responseHours, resolvedDay, contacts;
            double rating;
            bool complaint;
        };
        // Response 2, 4, 6, 12 h; T4 unresolved and unrated.
        const Ticket tickets[] = {{"T1", "Suport Cluj", "phone", 5, 9, 2, 5, 1, 5, false},
                                  {"T2", "Suport Cluj", "email", 6, 9, 4, 7, 2, 3, true},
                                  {"T3", "Suport Iași", "phone", 7, 8, 6, 8, 1, 4, false},
                                  {"T4", "Suport Iași", "email", 8, 8, 12, 0, 0, 0, false}};
        for (const Ticket &t : tickets) {
            Interaction row;
            row.externalId = QString::fromUtf8(t.id);
            row.createdAt = at(10, t.day, t.hour);
            row.firstResponseAt = row.createdAt + t.responseHours * 3600;
            row.responseSeconds = t.responseHours * 3600;
            row.team = QString::fromUtf8(t.team);
            row.channel = QString::fromUtf8(t.channel);
            row.costMinor = 1000;
            row.complaint = t.complaint;
            if (t.resolvedDay > 0) {
                row.resolvedAt = at(10, t.resolvedDay, 18);
                row.contacts = t.contacts;
                row.satisfaction = t.rating;
            }
            if (writer.write(row) == WriteOutcome::Failed)
                return false;
        }
        struct Sale
        {
            const char *id;
            int createdMonth, createdDay, closedDay;
            DealStatus status;
            qint64 amount;
            const char *owner;
        };
        const Sale sales[] = {{"D1", 9, 20, 5, DealStatus::Won, 100000, "Ana"},
                              {"D2", 10, 1, 11, DealStatus::Won, 250050, "Dan"},
                              {"D3", 10, 2, 0, DealStatus::Open, 90000, "Dan"},
                              {"D4", 10, 3, 9, DealStatus::Lost, 40000, "Ana"}};
        for (const Sale &s : sales) {
            Deal d;
            d.externalId = QString::fromUtf8(s.id);
            d.createdAt = at(s.createdMonth, s.createdDay, 10);
            if (s.closedDay > 0)
                d.closedAt = at(10, s.closedDay, 10);
            d.status = s.status;
            d.amountMinor = s.amount;
            d.owner = QString::fromUtf8(s.owner);
            d.region = QStringLiteral("Cluj");
            if (writer.write(d) == WriteOutcome::Failed)
                return false;
        }
        return writer.commit();
    }

    QString report(const QStringList &extra, const QString &out, CliRun *run = nullptr)
    {
        const CliRun r = runBusola(QStringList{QStringLiteral("report")} + extra +
                                   QStringList{QStringLiteral("-o"), out});
        if (run)
            *run = r;
        return r.exitCode == 0 ? out : QString();
    }

private slots:
    void initTestCase()
    {
        BUSOLA_REQUIRE_TEST_BACKEND();
        QVERIFY(m_dir.isValid());
        m_fixture = test::storeLocation(m_dir.filePath(QStringLiteral("fixture.db")));
        QVERIFY(writeFixture(m_fixture));
        m_empty = test::storeLocation(m_dir.filePath(QStringLiteral("empty.db")));
        m_demo = test::storeLocation(m_dir.filePath(QStringLiteral("demo.db")));
        const CliRun demo = runBusola({QStringLiteral("--demo"), QStringLiteral("--demo-end"),
                                       QStringLiteral("2026-10"), QStringLiteral("--db"), m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no period") << args({"report", "-o", "x.pdf"}) << QStringLiteral("--period");
        QTest::addRow("no output")
            << args({"report", "--period", "2026-10"}) << QStringLiteral("-o");
        QTest::addRow("bad period")
            << args({"report", "--period", "2026-13", "-o", "x.pdf"}) << QStringLiteral("2026-13");
        QTest::addRow("bad compare")
            << args({"report", "--period", "2026-10", "--compare", "last", "-o", "x.pdf"})
            << QStringLiteral("last");
        QTest::addRow("bad language")
            << args({"report", "--period", "2026-10", "--lang", "de", "-o", "x.pdf"})
            << QStringLiteral("de");
        QTest::addRow("bad section") << args({"report", "--period", "2026-10", "--sections",
                                              "summary,gossip", "-o", "x.pdf"})
                                     << QStringLiteral("gossip");
        QTest::addRow("bad filter")
            << args({"report", "--period", "2026-10", "--filter", "colour=red", "-o", "x.pdf"})
            << QStringLiteral("colour");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runBusola(arguments + QStringList{QStringLiteral("--db"), m_empty});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void fixtureValuesComputedByHand_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QStringList>("expected"); // "KPI name: value" as the charts title them
        // October 2026: response (2+4+6+12)/4 = 6 h; FCR: T1, T3 of the resolved T1–T3 = 2/3;
        // resolved 3; CSAT (5+3+4)/3 = 4; cost 4 × 10 lei / 4 = 10 lei; complaints 1 (T2);
        // sales D1 + D2 = 1 000 + 2 500,50; leads created in October D2, D3, D4, won D2: 1/3;
        // cycle D1 15 days, D2 10 days: 12,5; retention: nobody active before October: none.
        QTest::addRow("Romanian")
            << QStringLiteral("ro") << QStringList()
            << QStringList{QString::fromUtf8("Timpul mediu de răspuns: 6,0 h"),
                           QString::fromUtf8("Rata de rezolvare la primul contact: 66,7 %"),
                           QString::fromUtf8("Număr de probleme rezolvate: 3"),
                           QString::fromUtf8("Feedback-ul clienților: 4,00"),
                           QString::fromUtf8("Costul pe interacțiune: 10,00 lei"),
                           QString::fromUtf8("Numărul de reclamații: 1"),
                           QString::fromUtf8("Vânzări lunare totale: 3.500,50 lei"),
                           QString::fromUtf8("Rata de conversie a lead-urilor: 33,3 %"),
                           QString::fromUtf8("Timpul mediu de închidere: 12,5 zile"),
                           QString::fromUtf8("Rata de retenție a clienților: —")};
        QTest::addRow("English") << QStringLiteral("en") << QStringList()
                                 << QStringList{QStringLiteral("Average response time: 6.0 h"),
                                                QStringLiteral("First contact resolution: 66.7 %"),
                                                QStringLiteral("Issues resolved: 3"),
                                                QStringLiteral("Customer satisfaction: 4.00"),
                                                QStringLiteral("Cost per interaction: 10.00 RON"),
                                                QStringLiteral("Complaints: 1"),
                                                QStringLiteral("Total sales: 3,500.50 RON"),
                                                QStringLiteral("Lead conversion: 33.3 %"),
                                                QStringLiteral("Average time to close: 12.5 days")};
        // Team Iași: T3 and T4 only: response (6+12)/2 = 9 h; FCR 1/1; resolved 1; CSAT 4;
        // cost 20/2 = 10 lei; complaints 0.
        QTest::addRow("team report")
            << QStringLiteral("ro")
            << QStringList{QStringLiteral("--filter"), QString::fromUtf8("team=Suport Iași")}
            << QStringList{QString::fromUtf8("Timpul mediu de răspuns: 9,0 h"),
                           QString::fromUtf8("Rata de rezolvare la primul contact: 100,0 %"),
                           QString::fromUtf8("Număr de probleme rezolvate: 1"),
                           QString::fromUtf8("Numărul de reclamații: 0"),
                           QString::fromUtf8("Echipă: Suport Iași")};
    }
    void fixtureValuesComputedByHand()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, filter);
        QFETCH(QStringList, expected);
        CliRun run;
        const QString file =
            report(QStringList{QStringLiteral("--db"), m_fixture, QStringLiteral("--period"),
                               QStringLiteral("2026-10"), QStringLiteral("--lang"), language} +
                       filter,
                   pdf(QStringLiteral("fixture-%1-%2.pdf").arg(language).arg(filter.size())), &run);
        QVERIFY2(!file.isEmpty(), qPrintable(run.err));
        const QString text = pdftools::simplified(pdftools::text(file));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e));
        QVERIFY(text.contains(QString::fromUtf8("Fixtură Științifică SRL")));
        QCOMPARE(pdftools::imageCount(file), 0);
    }

    void pagesAreNumbered()
    {
        const QString file = report({QStringLiteral("--db"), m_fixture, QStringLiteral("--period"),
                                     QStringLiteral("2026-10")},
                                    pdf(QStringLiteral("numbered.pdf")));
        QVERIFY(!file.isEmpty());
        const int pages = pdftools::pageCount(file);
        QVERIFY(pages >= 5);
        const QStringList texts = pdftools::pages(file);
        QCOMPARE(texts.size(), pages);
        for (int i = 0; i < pages; ++i)
            QVERIFY(pdftools::simplified(texts.at(i))
                        .contains(QStringLiteral("Pagina %1 din %2").arg(i + 1).arg(pages)));
        // Section titles in Romanian, on the pages the cover's contents promise.
        const QString all = pdftools::simplified(texts.join(QLatin1Char(' ')));
        for (const char *title : {"Rezumat executiv", "Suport", "Vânzări", "Prognoză"})
            QVERIFY2(all.contains(QString::fromUtf8(title)), title);
    }

    void sectionsCanBeLeftOut()
    {
        const QString file =
            report({QStringLiteral("--db"), m_fixture, QStringLiteral("--period"),
                    QStringLiteral("2026-10"), QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("--sections"), QStringLiteral("summary")},
                   pdf(QStringLiteral("summary-only.pdf")));
        QVERIFY(!file.isEmpty());
        QCOMPARE(pdftools::pageCount(file), 2);
        const QString text = pdftools::text(file);
        QVERIFY(text.contains(QLatin1String("Executive summary")));
        QVERIFY(!text.contains(QLatin1String("Forecast")));
    }

    void anEmptyStoreSaysSo()
    {
        CliRun run;
        const QString file = report({QStringLiteral("--db"), m_empty, QStringLiteral("--period"),
                                     QStringLiteral("2026-10")},
                                    pdf(QStringLiteral("empty.pdf")), &run);
        QVERIFY2(!file.isEmpty(), qPrintable(run.err));
        QCOMPARE(pdftools::pageCount(file), 2);
        const QString text = pdftools::simplified(pdftools::text(file));
        QVERIFY2(text.contains(QString::fromUtf8("Nu există date pentru această perioadă")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("octombrie 2026")));
    }

    void demoCompanyMatchesBusolaKpi_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("Romanian") << QStringLiteral("ro");
        QTest::addRow("English") << QStringLiteral("en");
    }
    void demoCompanyMatchesBusolaKpi()
    {
        QFETCH(QString, language);
        const CliRun kpi = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), m_demo,
                                      QStringLiteral("--period"), QStringLiteral("2026-10"),
                                      QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--lang"), language});
        QCOMPARE(kpi.exitCode, 0);
        const QJsonArray kpis = QJsonDocument::fromJson(kpi.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("kpis"))
                                    .toArray();
        QCOMPARE(kpis.size(), 10);
        const QString file = report({QStringLiteral("--db"), m_demo, QStringLiteral("--period"),
                                     QStringLiteral("2026-10"), QStringLiteral("--lang"), language},
                                    pdf(QStringLiteral("demo-%1.pdf").arg(language)));
        QVERIFY(!file.isEmpty());
        const QString text = pdftools::simplified(pdftools::text(file));
        const QLocale locale = language == QLatin1String("ro")
                                   ? QLocale(QLocale::Romanian, QLocale::Romania)
                                   : QLocale(QLocale::English, QLocale::UnitedStates);
        for (const QJsonValue &v : kpis) {
            const QJsonObject k = v.toObject();
            const QString unit = k.value(QStringLiteral("unit")).toString();
            const int decimals = unit == QLatin1String("count") ? 0
                                 : (unit == QLatin1String("score") || unit == QLatin1String("RON"))
                                     ? 2
                                     : 1;
            QString value =
                k.value(QStringLiteral("value")).isNull()
                    ? QStringLiteral("—")
                    : locale.toString(k.value(QStringLiteral("value")).toDouble(), 'f', decimals);
            const QString name = k.value(QStringLiteral("name")).toString();
            QVERIFY2(text.contains(name + QStringLiteral(": ") + value),
                     qPrintable(name + QStringLiteral(": ") + value));
        }
        QCOMPARE(pdftools::imageCount(file), 0);
        const auto fonts = pdftools::fonts(file);
        QVERIFY(!fonts.isEmpty());
        for (const auto &f : fonts)
            QCOMPARE(f.second, QStringLiteral("yes"));
        QVERIFY(QFileInfo(file).size() < 2 * 1024 * 1024);
        QVERIFY(pdftools::pageCount(file) >= 8);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
