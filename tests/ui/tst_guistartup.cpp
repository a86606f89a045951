// `busola [--db PATH] [--lang LANG] [FILE]` as the executable starts it: the store, the
// language and, for a file opened from the file manager, the import wizard on that file.
#include "i18n/languagemanager.h"
#include "importwizard/importpage.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"
#include "shell/guistartup.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

class TestGuiStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString ticketsFile()
    {
        return QStringLiteral(BUSOLA_TEST_DATA "/wizard/tichete-noiembrie.csv");
    }

    static ImportWizard *openWizard(MainWindow &window)
    {
        auto *importPage = qobject_cast<ImportPage *>(window.page(MainWindow::Import));
        return importPage ? importPage->wizard() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(ticketsFile()));
    }

    void argumentsAreParsed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addRow("a file only")
            << QStringList{QStringLiteral("busola"), QStringLiteral("/tmp/x/tichete.xlsx")}
            << Store::defaultLocation() << QString() << QStringLiteral("/tmp/x/tichete.xlsx");
        QTest::addRow("store, language and file")
            << QStringList{QStringLiteral("busola"),    QStringLiteral("--db"),
                           QStringLiteral("/tmp/a.db"), QStringLiteral("--lang"),
                           QStringLiteral("en"),        QStringLiteral("vânzări.ods")}
            << QStringLiteral("/tmp/a.db") << QStringLiteral("en") << QStringLiteral("vânzări.ods");
        QTest::addRow("nothing") << QStringList{QStringLiteral("busola")}
                                 << Store::defaultLocation() << QString() << QString();
    }

    void argumentsAreParsed()
    {
        QFETCH(QStringList, arguments);
        const GuiArguments parsed = GuiArguments::parse(arguments);
        QTEST(parsed.storeLocation, "store");
        QTEST(parsed.language, "language");
        QTEST(parsed.file, "file");
    }

    void aFileOpensTheImportWizardOnIt()
    {
        LanguageManager languages;
        QString error;
        const std::unique_ptr<MainWindow> window = startMainWindow(
            GuiArguments::parse({QStringLiteral("busola"), QStringLiteral("--db"),
                                 m_dir.filePath(QStringLiteral("file.db")),
                                 QStringLiteral("--lang"), QStringLiteral("en"), ticketsFile()}),
            &languages, &error);
        QVERIFY2(window, qPrintable(error));
        QVERIFY(window->isVisible());
        QCOMPARE(window->currentPage(), MainWindow::Import);
        ImportWizard *wizard = openWizard(*window);
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("filePath"))->text(), ticketsFile());
        // The file was read: the manager's next click goes on.
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    void withoutAFileNoWizardOpens()
    {
        LanguageManager languages;
        QString error;
        const std::unique_ptr<MainWindow> window =
            startMainWindow(GuiArguments::parse({QStringLiteral("busola"), QStringLiteral("--db"),
                                                 m_dir.filePath(QStringLiteral("empty.db"))}),
                            &languages, &error);
        QVERIFY2(window, qPrintable(error));
        QVERIFY(!openWizard(*window));
        // An empty store opens on the first-run page, not on an empty dashboard.
        QCOMPARE(window->currentPage(), MainWindow::Welcome);
    }

    void theLanguageArgumentWins_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("wizardTitle");
        QTest::addRow("ro") << QStringLiteral("ro") << QStringLiteral("Importă un fișier");
        QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Import a File");
    }

    void theLanguageArgumentWins()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QString error;
        const std::unique_ptr<MainWindow> window = startMainWindow(
            GuiArguments::parse({QStringLiteral("busola"), QStringLiteral("--db"),
                                 m_dir.filePath(language + QStringLiteral(".db")),
                                 QStringLiteral("--lang"), language, ticketsFile()}),
            &languages, &error);
        QVERIFY2(window, qPrintable(error));
        QCOMPARE(languages.language(), language);
        ImportWizard *wizard = openWizard(*window);
        QVERIFY(wizard);
        QTEST(wizard->windowTitle(), "wizardTitle");
    }

    void aStoreThatCannotOpenIsExplained()
    {
        // A directory is not a store: the user is told which location and why.
        LanguageManager languages;
        QString error;
        const QString location = m_dir.path();
        const std::unique_ptr<MainWindow> window = startMainWindow(
            GuiArguments::parse({QStringLiteral("busola"), QStringLiteral("--db"), location,
                                 QStringLiteral("--lang"), QStringLiteral("en")}),
            &languages, &error);
        QVERIFY(!window);
        QVERIFY2(error.contains(location), qPrintable(error));
    }
};

QTEST_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"
