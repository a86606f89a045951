#include "cli.h"

#include "commandcontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace busola {

namespace {

// Sub-commands, in the order `busola --help` lists them. Each issue that adds a command adds
// one line here.
const Command commands[] = {
    {"gui", QT_TRANSLATE_NOOP("busola::Cli", "Open the window (the default)."), runGuiCommand},
    {"backup", QT_TRANSLATE_NOOP("busola::Cli", "List the store's backups or restore one."),
     runBackupCommand},
    {"import", QT_TRANSLATE_NOOP("busola::Cli", "Import an export (CSV, XLSX, ODS or XLS) into the store."), runImportCommand},
    {"kpi", QT_TRANSLATE_NOOP("busola::Cli", "Print the KPIs of a period."), runKpiCommand},
    {"report", QT_TRANSLATE_NOOP("busola::Cli", "Write the meeting report of a period as a PDF."),
     runReportCommand},
    {"forecast", QT_TRANSLATE_NOOP("busola::Cli", "Forecast a KPI's monthly series."),
     runForecastCommand},
    {"team", QT_TRANSLATE_NOOP("busola::Cli", "Set up a team store on PostgreSQL, or copy a store."),
     runTeamCommand},
};

QStringList argumentList(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

/// Translation context of this file's messages (lupdate reads Cli::tr).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(busola::Cli)
};

QString commandList()
{
    QString text = Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(10), Cli::tr(c.summary));
    return text;
}

/// Options of `busola` itself (no sub-command). Checked with a display-less application object
/// (the translators need one), gone before the window's or the demo's own is made, so --help,
/// --version and a wrong option never need a display.
int runTopLevel(int argc, char *argv[])
{
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    auto language = std::make_unique<CommandLineLanguage>();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Busola: sales and sales-support KPIs against their targets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), Cli::tr("The store to use: a file, or postgresql://user@host/db."), Cli::tr("PATH")});
    parser.addOption({QStringLiteral("demo"), Cli::tr("Build the demo company in the store and exit.")});
    parser.addOption({QStringLiteral("demo-end"),
                      Cli::tr("Last month of the demo data, YYYY-MM (default: last month)."),
                      Cli::tr("MONTH")});
    parser.addOption({QStringLiteral("lang"), Cli::tr("Language of the window: ro or en."), Cli::tr("LANG")});
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("A spreadsheet or CSV to import."),
                                 Cli::tr("[FILE]"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(argumentList(argc, argv))) {
        err << "busola: " << parser.errorText() << "\n\n" << parser.helpText() << commandList();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "busola " << BUSOLA_VERSION << '\n';
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << '\n' << commandList();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        err << "busola: " << Cli::tr("unknown command: %1").arg(parser.positionalArguments().first())
            << "\n\n"
            << parser.helpText() << commandList();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("demo-end")) && !parser.isSet(QStringLiteral("demo"))) {
        err << "busola: " << Cli::tr("--demo-end goes with --demo.") << "\n\n"
            << parser.helpText() << commandList();
        return ExitUsage;
    }
    const bool demo = parser.isSet(QStringLiteral("demo"));
    err.flush();
    language.reset();
    app.reset();
    return demo ? runDemoCommand(argc, argv) : runGuiCommand(argc, argv);
}

} // namespace

int runBusola(int argc, char *argv[])
{
    if (argc > 1) {
        for (const Command &c : commands) {
            if (std::strcmp(argv[1], c.name) == 0)
                return c.run(argc, argv);
        }
    }
    return runTopLevel(argc, argv);
}

} // namespace busola
