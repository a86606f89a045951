#include "i18n/languagemanager.h"
#include "kpi/kpiformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

using namespace busola;

/// The language manager with the real compiled catalogues: plural forms in both languages,
/// Qt's own strings from qtbase_ro, and numbers, dates and money following the language.
class TestLanguageManager : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

    static QString rowsRead(int n)
    {
        return QCoreApplication::translate("busola::ProgressPage", "%1 rows read…", nullptr, n)
            .arg(n);
    }

private slots:
    void unknownLanguageIsRefused()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QVERIFY(!m_languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(m_languages.language(), QStringLiteral("en"));
    }

    void initialLanguage()
    {
        QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("ro")), QStringLiteral("ro"));
        // Not one Busola has: the system's when Busola has it, else Romanian.
        QVERIFY(LanguageManager::availableLanguages().contains(
            LanguageManager::initialLanguage(QStringLiteral("de"))));
    }

    void switchingSignalsOnce()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QSignalSpy spy(&m_languages, &LanguageManager::languageChanged);
        QVERIFY(m_languages.setLanguage(QStringLiteral("ro")));
        QVERIFY(m_languages.setLanguage(QStringLiteral("ro"))); // already: no second signal
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ro"));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("records");
        // Romanian: one; "few" = 0 and 1–19 after the hundreds; otherwise "de" before the noun.
        QTest::addRow("ro 1") << "ro" << 1 << "1 rând citit…"
                              << "1 înregistrare";
        QTest::addRow("ro 0") << "ro" << 0 << "0 rânduri citite…"
                              << "0 înregistrări";
        QTest::addRow("ro 3") << "ro" << 3 << "3 rânduri citite…"
                              << "3 înregistrări";
        QTest::addRow("ro 19") << "ro" << 19 << "19 rânduri citite…"
                               << "19 înregistrări";
        QTest::addRow("ro 20") << "ro" << 20 << "20 de rânduri citite…"
                               << "20 de înregistrări";
        QTest::addRow("ro 101") << "ro" << 101 << "101 rânduri citite…"
                                << "101 înregistrări";
        QTest::addRow("ro 120") << "ro" << 120 << "120 de rânduri citite…"
                                << "120 de înregistrări";
        QTest::addRow("en 1") << "en" << 1 << "1 row read…"
                              << "1 record";
        QTest::addRow("en 0") << "en" << 0 << "0 rows read…"
                              << "0 records";
        QTest::addRow("en 20") << "en" << 20 << "20 rows read…"
                               << "20 records";
    }

    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, rows);
        QFETCH(QString, records);
        QVERIFY(m_languages.setLanguage(language));
        QCOMPARE(rowsRead(n), rows);
        QCOMPARE(QCoreApplication::translate("busola::DrillDownDialog", "%n record(s)", nullptr, n),
                 records);
    }

    void qtDialogsFollow()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("ro")));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next"), QString::fromUtf8("Î&nainte"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Anulează"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next"), QStringLiteral("&Next"));
    }

    void formatsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("month");
        QTest::addRow("ro") << "ro"
                            << "1.234,56"
                            << "27.11.2026"
                            << "1.234,56 lei"
                            << "noiembrie 2026";
        QTest::addRow("en") << "en"
                            << "1,234.56"
                            << "11/27/26"
                            << "1,234.56 RON"
                            << "November 2026";
    }

    void formatsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, number);
        QFETCH(QString, date);
        QFETCH(QString, money);
        QFETCH(QString, month);
        QVERIFY(m_languages.setLanguage(language));
        const QLocale locale;
        QCOMPARE(locale.toString(1234.56, 'f', 2), number);
        QCOMPARE(locale.toString(QDate(2026, 11, 27), QLocale::ShortFormat), date);
        QCOMPARE(locale.toString(QDate(2026, 11, 27), QStringLiteral("MMMM yyyy")), month);
        QCOMPARE(m_languages.locale(), locale);
        // The KPI formatter in the manager's language: money with the currency as read.
        const KpiFormatter format(m_languages.language() == QLatin1String("ro") ? Language::Romanian
                                                                                : Language::English,
                                  QStringLiteral("RON"));
        QCOMPARE(format.value(kpiDefinition(Kpi::MonthlySales), 1234.56), money);
    }

    void channelCodesBecomeWords_data()
    {
        QTest::addColumn<bool>("romanian");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("label");
        QTest::addRow("ro phone") << true << "phone" << "channel" << "Telefon";
        QTest::addRow("ro email") << true << "email" << "channel" << "E-mail";
        QTest::addRow("ro other") << true << "other" << "channel" << "Altul";
        QTest::addRow("ro chat") << true << "chat" << "channel" << "Chat";
        QTest::addRow("ro no value") << true << "" << "channel" << "(fără valoare)";
        QTest::addRow("ro a team called phone") << true << "phone" << "team" << "phone";
        QTest::addRow("en phone") << false << "phone" << "channel" << "Phone";
        QTest::addRow("en email") << false << "email" << "channel" << "E-mail";
    }

    void channelCodesBecomeWords()
    {
        QFETCH(bool, romanian);
        QFETCH(QString, key);
        QFETCH(QString, dimension);
        QFETCH(QString, label);
        const KpiFormatter format(romanian ? Language::Romanian : Language::English,
                                  QStringLiteral("RON"));
        QCOMPARE(format.groupLabel(key, dimension), label);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
