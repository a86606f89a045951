#include "fixturestore.h"
#include "i18n/languagemanager.h"
#include "settings/settingspage.h"
#include "store/backups.h"
#include "store/store.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
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
    void companyNameIsSavedInTheStore()
    {
        auto store = newStore();
        SettingsPage page(*store, nullptr);
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("companyName"));
        QVERIFY(name);
        name->setText(QStringLiteral("  Distribuția Nord-Vest SRL "));
        emit name->editingFinished();
        QCOMPARE(store->setting(SettingKeys::CompanyName), QStringLiteral("Distribuția Nord-Vest SRL"));
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
        QCOMPARE(open.findChild<QLineEdit *>(QStringLiteral("currency"))->text(), QStringLiteral("RON"));

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
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), Backups::list(store->location()).first().path);
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
