// busola_screenshot: saves PNGs of the main window's pages, to look at the UI without a
// desktop (offscreen or under Xvfb). Not a test: a developer's tool, built with the tests.
//
//   busola_screenshot --db STORE [--fixture] [--size 1360x840] [--page Data] [--filter TEXT]
//                     [--lang en|ro] [--load-demo] [--tab 0..3] [--dark]
//                     [--wizard FILE [--steps N]] [--kpi-definitions]
//                     [--team-dialog plain|error] OUT.png
//
// --fixture fills an empty store with the tests' fixture first (1,000 interactions ...);
// --load-demo presses "Load the demo company" and also saves busy-OUT.png while it works;
// --dark paints the window in a dark palette;
// --wizard opens the import wizard on FILE, presses Next N times and saves the wizard's page;
// --kpi-definitions saves Help ▸ KPI Definitions.
// --team-dialog saves File ▸ Connect to a Team Store (error: without a keychain, after a
// connection to a port where no server listens).

#include "darkpalette.h"
#include "data/databrowserpage.h"
#include "fixturestore.h"
#include "help/kpidefinitionsdialog.h"
#include "i18n/languagemanager.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"
#include "shell/teamstoredialog.h"
#include "welcome/welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPalette>
#include <QTest>

using namespace busola;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QString(), QStringLiteral("PATH")},
         {QStringLiteral("fixture"), QString()},
         {QStringLiteral("size"), QString(), QStringLiteral("WxH"), QStringLiteral("1360x840")},
         {QStringLiteral("page"), QString(), QStringLiteral("PAGE")},
         {QStringLiteral("filter"), QString(), QStringLiteral("TEXT")},
         {QStringLiteral("lang"), QString(), QStringLiteral("LANG"), QStringLiteral("en")},
         {QStringLiteral("load-demo"), QString()},
         {QStringLiteral("tab"), QString(), QStringLiteral("N"), QStringLiteral("0")},
         {QStringLiteral("dark"), QString()},
         {QStringLiteral("wizard"), QString(), QStringLiteral("FILE")},
         {QStringLiteral("steps"), QString(), QStringLiteral("N"), QStringLiteral("0")},
         {QStringLiteral("kpi-definitions"), QString()},
         {QStringLiteral("team-dialog"), QString(), QStringLiteral("plain|error")}});
    parser.addPositionalArgument(QStringLiteral("out"), QString());
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setPalette(darkPalette());
    }
    LanguageManager languages;
    languages.setLanguage(parser.value(QStringLiteral("lang")));
    QString error;
    std::unique_ptr<Store> store = Store::open(parser.value(QStringLiteral("db")), &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    if (parser.isSet(QStringLiteral("fixture")) && store->isEmpty()) {
        error = fixture::write(*store, fixture::makeContent(1000));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    MainWindow window(std::move(store));
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    if (parser.isSet(QStringLiteral("page"))) {
        const QByteArray key = parser.value(QStringLiteral("page")).toLatin1();
        const int page = QMetaEnum::fromType<MainWindow::Page>().keyToValue(key.constData());
        window.showPage(MainWindow::Page(page));
    }
    window.show();
    auto *data = qobject_cast<DataBrowserPage *>(window.page(MainWindow::Data));
    data->showTable(RecordTable(parser.value(QStringLiteral("tab")).toInt()));
    if (parser.isSet(QStringLiteral("filter"))) {
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("dataFilter"));
        filter->setText(parser.value(QStringLiteral("filter")));
    }
    if (parser.isSet(QStringLiteral("load-demo"))) {
        auto *welcome = qobject_cast<WelcomePage *>(window.page(MainWindow::Welcome));
        welcome->loadDemo();
        QTest::qWait(300); // the busy state
        if (!window.grab().save(QStringLiteral("busy-") +
                                parser.positionalArguments().constFirst()))
            return 1;
        if (!QTest::qWaitFor([welcome] { return !welcome->isBusy(); }, 600000))
            return 1;
    }
    if (parser.isSet(QStringLiteral("wizard"))) {
        ImportWizard *wizard = window.openImportWizard(parser.value(QStringLiteral("wizard")));
        QTest::qWait(800);
        for (int i = 0; i < parser.value(QStringLiteral("steps")).toInt(); ++i) {
            wizard->next();
            QTest::qWait(1500); // each page reads the file on a worker thread
        }
        return wizard->grab().save(parser.positionalArguments().constFirst()) ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("kpi-definitions"))) {
        window.menuBar()->actions().value(3)->menu()->actions().value(0)->trigger();
        auto *dialog = window.findChild<KpiDefinitionsDialog *>();
        QTest::qWait(500);
        return dialog && dialog->grab().save(parser.positionalArguments().constFirst()) ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("team-dialog"))) {
        const bool failing = parser.value(QStringLiteral("team-dialog")) == QLatin1String("error");
        MemoryPasswordVault vault;
        vault.setUnavailable(failing);
        TeamStoreDialog dialog(
            &vault,
            [&window](const QString &location, QString *e) {
                return window.openStore(location, e);
            },
            &window);
        TeamLogin::Fields fields;
        fields.host = failing ? QStringLiteral("127.0.0.1") : QStringLiteral("db.firma.ro");
        fields.port = failing ? 1 : 5432;
        fields.database = QStringLiteral("busola");
        fields.user = QStringLiteral("ana");
        fields.schema = QStringLiteral("vanzari");
        fields.password = QStringLiteral("secret");
        dialog.setFields(fields);
        dialog.show();
        if (failing)
            dialog.tryConnect();
        QTest::qWait(500);
        return dialog.grab().save(parser.positionalArguments().constFirst()) ? 0 : 1;
    }
    QTest::qWait(800); // layouts, the filter's delay and the first paint
    if (!window.grab().save(parser.positionalArguments().constFirst()))
        return 1;
    return 0;
}
