#include "dashboard/breakdownchart.h"
#include "dashboard/kpigauge.h"
#include "dashboard/kpigaugeadapter.h"
#include "dashboard/trendchart.h"
#include "fixturestore.h"
#include "help/kpidefinitionsdialog.h"
#include "i18n/languagemanager.h"
#include "kpi/kpidefinition.h"
#include "mainwindow.h"
#include "welcome/welcomepage.h"

#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

/// Switching the language at runtime, offscreen: the menus, the gauges, the charts' titles and
/// month axes, the first-run page and the KPI definitions follow at once, without a restart.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;

    std::unique_ptr<MainWindow> openWindow(const QString &name, bool filled)
    {
        QString error;
        std::unique_ptr<Store> store = Store::open(m_dir.filePath(name), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        if (filled) {
            error = fixture::write(*store, fixture::makeContent(1000));
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
        auto window = std::make_unique<MainWindow>(std::move(store), &m_languages);
        window->resize(1360, 840);
        window->show();
        return window;
    }

    static QString menuTitle(MainWindow &window, int index)
    {
        return window.menuBar()->actions().value(index)->text();
    }

    static QString gaugeTitle(MainWindow &window)
    {
        auto *gauge = window.findChild<KpiGauge *>(QStringLiteral("response_time"));
        return gauge ? gauge->data().title : QString();
    }

    static QStringList monthLabels(MainWindow &window)
    {
        auto *trend = window.findChild<TrendChart *>();
        if (!trend)
            return {};
        for (QAbstractAxis *axis : trend->chart()->axes(Qt::Horizontal))
            if (auto *months = qobject_cast<QCategoryAxis *>(axis))
                return months->categoriesLabels();
        return {};
    }

    /// True when every label starts with a short month name of the locale ("ian.", "Jan").
    static bool labelsIn(const QStringList &labels, const QLocale &locale)
    {
        if (labels.isEmpty())
            return false;
        QStringList names;
        for (int m = 1; m <= 12; ++m)
            names << locale.toString(QDate(2026, m, 1), QStringLiteral("MMM"));
        for (const QString &label : labels)
            if (!names.contains(label.section(QLatin1Char(' '), 0, 0)))
                return false;
        return true;
    }

    /// The user's way: Settings ▸ Language.
    void chooseLanguage(MainWindow &window, const QString &code)
    {
        window.showPage(MainWindow::Settings);
        auto *combo =
            window.page(MainWindow::Settings)->findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(combo);
        const int index = combo->findData(code);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCOMPARE(m_languages.language(), code);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("busola-tests"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void dashboardAndMenusSwitch()
    {
        auto window = openWindow(QStringLiteral("filled.db"), true);
        window->showPage(MainWindow::Dashboard);
        QTRY_COMPARE(gaugeTitle(*window), QStringLiteral("Average response time"));
        QTRY_VERIFY(labelsIn(monthLabels(*window), QLocale(QLocale::English)));
        const QStringList english = monthLabels(*window);
        QCOMPARE(menuTitle(*window, 0), QStringLiteral("&File"));
        auto *breakdown = window->findChild<BreakdownChart *>();
        QVERIFY(breakdown);
        QTRY_VERIFY(breakdown->chart()->title().startsWith(QLatin1String("By ")));

        chooseLanguage(*window, QStringLiteral("ro"));
        QTRY_COMPARE(menuTitle(*window, 0), QString::fromUtf8("&Fișier"));
        QCOMPARE(menuTitle(*window, 3), QStringLiteral("A&jutor"));
        window->showPage(MainWindow::Dashboard);
        QTRY_COMPARE(gaugeTitle(*window), QString::fromUtf8("Timpul mediu de răspuns"));
        QTRY_VERIFY(labelsIn(monthLabels(*window), QLocale(QLocale::Romanian)));
        QCOMPARE(monthLabels(*window).size(), english.size());
        QVERIFY(monthLabels(*window) != english);
        QTRY_VERIFY(breakdown->chart()->title().startsWith(QString::fromUtf8("După ")));

        chooseLanguage(*window, QStringLiteral("en"));
        QTRY_COMPARE(menuTitle(*window, 0), QStringLiteral("&File"));
        window->showPage(MainWindow::Dashboard);
        QTRY_COMPARE(gaugeTitle(*window), QStringLiteral("Average response time"));
        QTRY_COMPARE(monthLabels(*window), english);
    }

    void firstRunPageInBothLanguages()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("ro")));
        auto window = openWindow(QStringLiteral("empty.db"), false);
        QCOMPARE(window->currentPage(), MainWindow::Welcome);
        auto *welcome = window->page(MainWindow::Welcome);
        auto *demo = welcome->findChild<QCommandLinkButton *>(QStringLiteral("loadDemoButton"));
        auto *import =
            welcome->findChild<QCommandLinkButton *>(QStringLiteral("importFirstButton"));
        QVERIFY(demo && import);
        QVERIFY(demo->isVisible());
        QCOMPARE(demo->text(), QString::fromUtf8("Încarcă firma demonstrativă"));
        QCOMPARE(import->text(), QString::fromUtf8("Importă primul meu export"));
        QVERIFY(welcome->findChild<QLabel *>()); // the title and the intro are labels
        QStringList texts;
        for (QLabel *label : welcome->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(QString::fromUtf8("Bun venit în Busola")),
                 qPrintable(texts.join(QLatin1Char('|'))));

        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(demo->text(), QStringLiteral("Load the demo company"));
        QCOMPARE(import->text(), QStringLiteral("Import my first export"));
        texts.clear();
        for (QLabel *label : welcome->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY(texts.contains(QStringLiteral("Welcome to Busola")));
    }

    void kpiDefinitionsFollowTheLanguage()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("ro")));
        auto window = openWindow(QStringLiteral("definitions.db"), false);
        QAction *help = window->menuBar()->actions().value(3);
        QAction *definitions = help->menu()->actions().value(0);
        QCOMPARE(definitions->text(), QString::fromUtf8("Definițiile &KPI"));
        definitions->trigger();
        auto *dialog = window->findChild<KpiDefinitionsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QString::fromUtf8("Definițiile KPI"));
        // Every KPI: its name in both languages, its definition and formula in the chosen one,
        // straight from the KPI engine's definitions.
        QString html = dialog->html();
        for (const KpiDefinition &def : kpiDefinitions()) {
            QVERIFY2(html.contains(def.nameRo.toHtmlEscaped()), qPrintable(def.id));
            QVERIFY2(html.contains(def.nameEn.toHtmlEscaped()), qPrintable(def.id));
            QVERIFY2(html.contains(def.definitionRo.toHtmlEscaped()), qPrintable(def.id));
            QVERIFY2(html.contains(kpiFormulaText(def.kpi).toHtmlEscaped()), qPrintable(def.id));
        }
        QVERIFY(html.contains(QString::fromUtf8("≤ 24,0 h"))); // response time's default target
        QVERIFY(html.contains(QString::fromUtf8("≥ 70,0 %")));
        QVERIFY(html.contains(QString::fromUtf8("mai mic e mai bine")));

        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("KPI Definitions"));
        html = dialog->html();
        for (const KpiDefinition &def : kpiDefinitions())
            QVERIFY2(html.contains(def.definitionEn.toHtmlEscaped()), qPrintable(def.id));
        QVERIFY(html.contains(QStringLiteral("≥ 70.0 %")));
        QVERIFY(html.contains(QStringLiteral("lower is better")));
        dialog->close();
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
