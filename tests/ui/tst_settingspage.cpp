#include "fixturestore.h"
#include "i18n/languagemanager.h"
#include "itemmodels/kpitargetsmodel.h"
#include "kpi/kpitargets.h"
#include "settings/kpitargetseditor.h"
#include "settings/settingspage.h"
#include "store/backups.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

/// The Settings page writes each change to the store at once, and guards what must not change
/// under existing data.
class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Store> newStore()
    {
        QString error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_counter)), &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        return store;
    }

private slots:
    void kpiTargetsAreAddedEditedAndRemoved()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto store = newStore();
        SettingsPage page(*store, nullptr);
        auto *editor = page.findChild<KpiTargetsEditor *>();
        QVERIFY(editor);
        KpiTargetsModel *model = editor->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        KpiFilters west;
        west.add(QStringLiteral("team"), QStringLiteral("Vest"));
        const KpiTargets targets(*store);
        // The article's default holds until a target is set: 24 h for the response time.
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202604, west).value, std::optional(24.0));

        auto *kpi = page.findChild<QComboBox *>(QStringLiteral("targetKpi"));
        kpi->setCurrentIndex(kpi->findData(QStringLiteral("response_time")));
        auto *scope = page.findChild<QComboBox *>(QStringLiteral("targetScope"));
        scope->setCurrentIndex(scope->findData(QStringLiteral("team")));
        auto *add = page.findChild<QPushButton *>(QStringLiteral("addTarget"));
        auto *error = page.findChild<QLabel *>(QStringLiteral("targetError"));
        // A team target without the team's name is refused, saying what is missing.
        add->click();
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("team")), qPrintable(error->text()));
        QCOMPARE(model->rowCount(), 0);

        page.findChild<QLineEdit *>(QStringLiteral("targetScopeValue"))
            ->setText(QStringLiteral("Vest"));
        page.findChild<QDateEdit *>(QStringLiteral("targetFrom"))->setDate(QDate(2026, 3, 1));
        page.findChild<QDoubleSpinBox *>(QStringLiteral("targetValue"))->setValue(18);
        add->click();
        QVERIFY(error->isHidden());
        QCOMPARE(model->rowCount(), 1);
        const auto text = [&](int column) { return model->index(0, column).data().toString(); };
        QCOMPARE(text(KpiTargetsModel::KpiColumn), QStringLiteral("Average response time"));
        QCOMPARE(text(KpiTargetsModel::DirectionColumn), QStringLiteral("Lower is better"));
        QCOMPARE(text(KpiTargetsModel::ScopeColumn), QStringLiteral("Team Vest"));
        QCOMPARE(text(KpiTargetsModel::ValidFromColumn), QStringLiteral("March 2026"));
        // The team's target holds from March on; before it, and for other teams, the default.
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202604, west).value, std::optional(18.0));
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202602, west).value, std::optional(24.0));
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202604, KpiFilters()).value,
                 std::optional(24.0));

        // Edited in place: the new number is what the KPI is judged by.
        QVERIFY(model->setData(model->index(0, KpiTargetsModel::TargetColumn), 12.5));
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202604, west).value, std::optional(12.5));
        QVERIFY(model->setData(model->index(0, KpiTargetsModel::ToleranceColumn), 5.0));
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202604, west).tolerancePct, 5.0);
        QVERIFY(!model->setData(model->index(0, KpiTargetsModel::TargetColumn), -3.0));

        auto *view = page.findChild<QTableView *>(QStringLiteral("kpiTargets"));
        auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeTarget"));
        QVERIFY(!remove->isEnabled());
        view->selectRow(0);
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202604, west).value, std::optional(24.0));
    }

    void companyNameIsSavedInTheStore()
    {
        auto store = newStore();
        SettingsPage page(*store, nullptr);
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("companyName"));
        QVERIFY(name);
        name->setText(QStringLiteral("  Distribuția Nord-Vest SRL "));
        emit name->editingFinished();
        QCOMPARE(store->setting(SettingKeys::CompanyName),
                 QStringLiteral("Distribuția Nord-Vest SRL"));
    }

    void kpiRulesAreSaved()
    {
        auto store = newStore();
        SettingsPage page(*store, nullptr);
        auto *tolerance = page.findChild<QDoubleSpinBox *>(QStringLiteral("tolerance"));
        QCOMPARE(tolerance->value(), 10.0);
        tolerance->setValue(7.5);
        emit tolerance->editingFinished();
        QCOMPARE(store->setting(SettingKeys::NearTolerancePct), QStringLiteral("7.5"));
        auto *window = page.findChild<QSpinBox *>(QStringLiteral("retentionWindow"));
        QCOMPARE(window->value(), 12);
        window->setValue(6);
        emit window->editingFinished();
        QCOMPARE(store->setting(SettingKeys::RetentionWindowMonths), QStringLiteral("6"));
        auto *horizon = page.findChild<QSpinBox *>(QStringLiteral("forecastHorizon"));
        QCOMPARE(horizon->value(), 3);
    }

    void zoneAndCurrencyAreLockedOnceDataExists()
    {
        auto empty = newStore();
        SettingsPage open(*empty, nullptr);
        QVERIFY(open.findChild<QComboBox *>(QStringLiteral("timeZone"))->isEnabled());
        QCOMPARE(open.findChild<QComboBox *>(QStringLiteral("timeZone"))->currentText(),
                 QStringLiteral("Europe/Bucharest"));
        QCOMPARE(open.findChild<QLineEdit *>(QStringLiteral("currency"))->text(),
                 QStringLiteral("RON"));

        auto filled = newStore();
        QVERIFY(fixture::write(*filled, fixture::makeContent(10)).isEmpty());
        SettingsPage locked(*filled, nullptr);
        QVERIFY(!locked.findChild<QComboBox *>(QStringLiteral("timeZone"))->isEnabled());
        QVERIFY(!locked.findChild<QLineEdit *>(QStringLiteral("currency"))->isEnabled());
    }

    void backupsAreListedAndOfferedForRestore()
    {
        auto store = newStore();
        QString error;
        QVERIFY(Backups::make(*store, QStringLiteral("import"), &error));
        SettingsPage page(*store, nullptr);
        auto *list = page.findChild<QListWidget *>(QStringLiteral("backups"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("import")));
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(),
                 Backups::list(store->location()).first().path);
    }

    void languageSwitchGoesToTheManager()
    {
        auto store = newStore();
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        SettingsPage page(*store, &languages);
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ro")));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(languages.language(), QStringLiteral("ro"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 2), QStringLiteral("1.234,50"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
