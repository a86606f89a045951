#include "../cli.h"
#include "../commandcontext.h"
#include "demo/democompany.h"
#include "store/store.h"

#include <QCommandLineOption>
#include <QDate>

namespace busola {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("busola::DemoCommand", text);
}
} // namespace

/// `busola --demo [--db PATH] [--demo-end YYYY-MM]`: builds the demo company and exits.
int runDemoCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandContext ctx;
    QCommandLineParser &parser = ctx.parser();
    parser.addOption({QStringLiteral("demo"), tr("Build the demo company.")});
    parser.addOption({QStringLiteral("demo-end"), tr("Last month, YYYY-MM."), tr("MONTH")});
    parser.addOption({QStringLiteral("lang"), tr("Ignored here."), tr("LANG")});
    if (!ctx.parse(QStringLiteral("--demo")))
        return ExitUsage;

    DemoOptions options;
    if (parser.isSet(QStringLiteral("demo-end"))) {
        const QDate end = QDate::fromString(parser.value(QStringLiteral("demo-end")) + QStringLiteral("-01"),
                                            QStringLiteral("yyyy-MM-dd"));
        if (!end.isValid())
            return ctx.usageError(tr("--demo-end takes a month as YYYY-MM, e.g. 2026-10."));
        options.endMonth = end;
    }
    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    if (!store->isEmpty()) {
        ctx.err() << "busola: "
                  << tr("the store %1 already holds data; the demo company goes only into an "
                        "empty store (use --db with a new file).")
                         .arg(store->location())
                  << '\n';
        return ExitBadInput;
    }
    QString error;
    const DemoSummary summary = buildDemoCompany(*store, options, &error);
    if (!summary.ok) {
        ctx.err() << "busola: " << error << '\n';
        return ExitBadInput;
    }
    ctx.out() << tr("Demo company written to %1:").arg(store->location()) << '\n'
              << describe(summary) << '\n';
    return ExitOk;
}

} // namespace busola
