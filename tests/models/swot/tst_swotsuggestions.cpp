#include "fakekpisource.h"
#include "swot/swotsuggestions.h"

#include <QLocale>
#include <QTest>

using namespace busola;

using Series = QList<std::optional<double>>;

static QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}
Q_DECLARE_METATYPE(Series)
Q_DECLARE_METATYPE(std::optional<double>)

/// The suggestion rules on KPI fixtures: a missed target suggests a weakness, three
/// improvements running suggest a strength, and nothing else suggests anything.
class TestSwotSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("lowerIsBetter");
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<std::optional<double>>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<Series>("series");
        QTest::addColumn<QStringList>("expected"); // "key|quadrant|text"

        const auto missed = int(KpiState::Missed);
        const auto met = int(KpiState::Met);
        const auto near = int(KpiState::Near);
        const std::optional<double> none;
        QTest::addRow("missed, lower is better")
            << "h" << true << std::optional<double>(31.0) << std::optional<double>(24.0) << missed
            << Series{} << strings({"weakness:kpi|1|Kpi: 31 h, target < 24 h"});
        QTest::addRow("missed, higher is better, one decimal")
            << "%" << false << std::optional<double>(62.46) << std::optional<double>(70.0) << missed
            << Series{} << strings({"weakness:kpi|1|Kpi: 62.5 %, target ≥ 70 %"});
        QTest::addRow("near the target is no weakness")
            << "h" << true << std::optional<double>(25.0) << std::optional<double>(24.0) << near
            << Series{} << QStringList();
        QTest::addRow("target met is no weakness")
            << "h" << true << std::optional<double>(24.0) << std::optional<double>(24.0) << met
            << Series{} << QStringList();
        QTest::addRow("no data suggests nothing")
            << "h" << true << none << std::optional<double>(24.0) << int(KpiState::NoData)
            << Series{none, none, none, none} << QStringList();
        QTest::addRow("three improvements, lower is better")
            << "h" << true << std::optional<double>(20.0) << std::optional<double>(24.0) << met
            << Series{30.0, 28.0, 22.5, 20.0}
            << strings({"strength:kpi|0|Kpi: improved 3 periods running, 30 h → 20 h"});
        QTest::addRow("three improvements, higher is better")
            << "score" << false << std::optional<double>(4.4) << std::optional<double>(4.0) << met
            << Series{3.9, 4.0, 4.2, 4.4}
            << strings({"strength:kpi|0|Kpi: improved 3 periods running, 3.9 / 5 → 4.4 / 5"});
        QTest::addRow("older periods do not count")
            << "count" << false << std::optional<double>(9.0) << none << int(KpiState::NoTarget)
            << Series{5.0, 1.0, 7.0, 8.0, 9.0, 10.0}
            << strings({"strength:kpi|0|Kpi: improved 3 periods running, 7 → 10"});
        QTest::addRow("two improvements then flat")
            << "h" << true << std::optional<double>(22.0) << std::optional<double>(24.0) << met
            << Series{30.0, 26.0, 22.0, 22.0} << QStringList();
        QTest::addRow("a worse period breaks the run")
            << "%" << false << std::optional<double>(80.0) << std::optional<double>(70.0) << met
            << Series{60.0, 65.0, 63.0, 80.0} << QStringList();
        QTest::addRow("a gap breaks the run")
            << "%" << false << std::optional<double>(80.0) << std::optional<double>(70.0) << met
            << Series{60.0, none, 70.0, 80.0} << QStringList();
        QTest::addRow("only three periods of data")
            << "%" << false << std::optional<double>(80.0) << std::optional<double>(70.0) << met
            << Series{60.0, 70.0, 80.0} << QStringList();
        QTest::addRow("missed yet improving: both")
            << "h" << true << std::optional<double>(26.0) << std::optional<double>(24.0) << missed
            << Series{40.0, 35.0, 30.0, 26.0}
            << strings({"weakness:kpi|1|Kpi: 26 h, target < 24 h",
                        "strength:kpi|0|Kpi: improved 3 periods running, 40 h → 26 h"});
    }

    void rules()
    {
        QFETCH(QString, unit);
        QFETCH(bool, lowerIsBetter);
        QFETCH(std::optional<double>, value);
        QFETCH(std::optional<double>, target);
        QFETCH(int, status);
        QFETCH(Series, series);
        QFETCH(QStringList, expected);

        FakeKpiSource source;
        source.add(QStringLiteral("kpi"), QStringLiteral("Kpi"), unit, lowerIsBetter, value, target,
                   KpiState(status), series);
        const KpiScope period{QDate(2026, 10, 1), QDate(2026, 12, 31), QString()};
        QStringList actual;
        for (const SwotSuggestion &s : swotSuggestions(source, period)) {
            actual << s.key + QLatin1Char('|') + QString::number(int(s.quadrant)) +
                          QLatin1Char('|') + s.text;
            QCOMPARE(s.kpiId, QStringLiteral("kpi"));
        }
        QCOMPARE(actual, expected);
        for (const KpiScope &asked : qAsConst(source.askedPeriods)) {
            QCOMPARE(asked.from, period.from);
            QCOMPARE(asked.to, period.to);
        }
    }

    void formatting_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::addRow("hours, whole") << "C" << 31.04 << "h"
                                      << "31 h";
        QTest::addRow("hours, one decimal") << "C" << 31.44 << "h"
                                            << "31.4 h";
        QTest::addRow("percent, Romanian decimal comma") << "ro_RO" << 72.5 << "%"
                                                         << "72,5 %";
        QTest::addRow("score keeps one decimal") << "ro_RO" << 4.0 << "score"
                                                 << "4,0 / 5";
        QTest::addRow("money, Romanian grouping") << "ro_RO" << 1234567.0 << "RON"
                                                  << "1.234.567 RON";
        QTest::addRow("count") << "C" << 42.0 << "count"
                               << "42";
    }

    void formatting()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(formatKpiValue(value, unit), expected);
        QLocale::setDefault(QLocale::c());
    }

    void severalKpisKeepTheSourceOrder()
    {
        FakeKpiSource source;
        source.add(QStringLiteral("response_time"), QStringLiteral("Timpul mediu de răspuns"),
                   QStringLiteral("h"), true, 31.0, 24.0, KpiState::Missed);
        source.add(QStringLiteral("csat"), QStringLiteral("Satisfacția clienților"),
                   QStringLiteral("score"), false, 4.5, 4.0, KpiState::Met, {4.1, 4.2, 4.3, 4.5});
        source.add(QStringLiteral("fcr_rate"), QStringLiteral("FCR"), QStringLiteral("%"), false,
                   60.0, 70.0, KpiState::Missed);
        const auto list =
            swotSuggestions(source, {QDate(2026, 10, 1), QDate(2026, 10, 31), QString()});
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).key, QStringLiteral("weakness:response_time"));
        QCOMPARE(list.at(0).text, QStringLiteral("Timpul mediu de răspuns: 31 h, target < 24 h"));
        QCOMPARE(list.at(0).importance, 3);
        QCOMPARE(list.at(1).key, QStringLiteral("strength:csat"));
        QCOMPARE(list.at(2).key, QStringLiteral("weakness:fcr_rate"));
    }
};

QTEST_GUILESS_MAIN(TestSwotSuggestions)
#include "tst_swotsuggestions.moc"
