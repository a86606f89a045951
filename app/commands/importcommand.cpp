#include "../cli.h"
#include "../commandcontext.h"
#include "import/importengine.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCommandLineOption>
#include <QDate>

#include <atomic>
#include <csignal>

namespace busola {

namespace {

/// Translation context of this file's messages, in a form lupdate reads.
struct ImportCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::ImportCommand)
};

// Ctrl+C and SIGTERM cancel: the engine stops at the next row and rolls back. (SIGKILL cannot
// be caught; the open transaction is then simply never committed.)
std::atomic<bool> cancelRequested{false};

extern "C" void onSignal(int)
{
    cancelRequested.store(true);
}

constexpr int ProblemsShown = 10;

void addOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("file"), ImportCommandTr::tr("The CSV (or spreadsheet) to import."),
                            ImportCommandTr::tr("FILE"));
    p.addOption({QStringLiteral("dataset"),
                 ImportCommandTr::tr("support, sales, feedback or costs (default: from the header)."), ImportCommandTr::tr("NAME")});
    p.addOption({QStringLiteral("profile"),
                 ImportCommandTr::tr("Apply the saved profile NAME, and save this mapping under it."), ImportCommandTr::tr("NAME")});
    p.addOption(
        {QStringLiteral("sheet"), ImportCommandTr::tr("The sheet of a workbook (default: the first with data)."), ImportCommandTr::tr("NAME")});
    p.addOption({QStringLiteral("header-row"),
                 ImportCommandTr::tr("The row holding the column names (default: detected)."), ImportCommandTr::tr("N")});
    p.addOption({QStringLiteral("encoding"),
                 ImportCommandTr::tr("UTF-8, UTF-16, windows-1250, ISO-8859-2 or ISO-8859-16 (default: detected)."),
                 ImportCommandTr::tr("NAME")});
    p.addOption({QStringLiteral("delimiter"),
                 ImportCommandTr::tr("The CSV delimiter: , ; tab or | (default: detected)."), ImportCommandTr::tr("CHAR")});
    p.addOption(
        {QStringLiteral("locale"),
         ImportCommandTr::tr("How numbers and dates are written: ro_RO, en_US, ... (default: from the file)."),
         ImportCommandTr::tr("LOCALE")});
    p.addOption({QStringLiteral("mode"),
                 ImportCommandTr::tr("update (add and update by id, the default) or replace (a period)."),
                 ImportCommandTr::tr("MODE")});
    p.addOption(
        {QStringLiteral("from"), ImportCommandTr::tr("replace: first day of the period, YYYY-MM-DD."), ImportCommandTr::tr("DATE")});
    p.addOption(
        {QStringLiteral("to"), ImportCommandTr::tr("replace: last day of the period, YYYY-MM-DD."), ImportCommandTr::tr("DATE")});
    p.addOption({QStringLiteral("lines"),
                 ImportCommandTr::tr("Sales ids that repeat: sum (the lines of one order) or key=COLUMN."),
                 ImportCommandTr::tr("POLICY")});
    p.addOption({QStringLiteral("rate"), ImportCommandTr::tr("Exchange rate of the file's currency to the store's."),
                 ImportCommandTr::tr("R")});
    p.addOption({QStringLiteral("currency"), ImportCommandTr::tr("The file's currency when its amounts show none."),
                 ImportCommandTr::tr("CODE")});
    p.addOption({QStringLiteral("dry-run"), ImportCommandTr::tr("Check and count, write nothing.")});
    p.addOption(
        {QStringLiteral("rejects"), ImportCommandTr::tr("Write the rejected rows to this CSV."), ImportCommandTr::tr("OUT.csv")});
    p.addOption({QStringLiteral("progress"), ImportCommandTr::tr("Report progress on standard error.")});
}

/// Options → settings; an empty string when they are fine, else the usage error.
QString readSettings(const QCommandLineParser &p, ImportSettings &s)
{
    const QStringList files = p.positionalArguments().mid(1); // [0] is "import"
    if (files.size() != 1)
        return ImportCommandTr::tr("give one file to import.");
    s.file = files.first();
    if (p.isSet(QStringLiteral("dataset"))) {
        s.dataset = datasetFromName(p.value(QStringLiteral("dataset")));
        if (!s.dataset)
            return ImportCommandTr::tr("--dataset takes support, sales, feedback or costs.");
    }
    s.profile = p.value(QStringLiteral("profile"));
    s.sheet = p.value(QStringLiteral("sheet"));
    s.encoding = p.value(QStringLiteral("encoding"));
    s.locale = p.value(QStringLiteral("locale"));
    s.sourceCurrency = p.value(QStringLiteral("currency")).toUpper();
    s.rejectsFile = p.value(QStringLiteral("rejects"));
    s.dryRun = p.isSet(QStringLiteral("dry-run"));
    if (p.isSet(QStringLiteral("header-row"))) {
        bool ok = false;
        s.headerRow = p.value(QStringLiteral("header-row")).toInt(&ok);
        if (!ok || s.headerRow < 1)
            return ImportCommandTr::tr("--header-row takes a row number, 1 or more.");
    }
    if (p.isSet(QStringLiteral("delimiter"))) {
        QString d = p.value(QStringLiteral("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            d = QStringLiteral("\t");
        if (d.size() != 1)
            return ImportCommandTr::tr("--delimiter takes one character (or tab).");
        s.delimiter = d.at(0);
    }
    const QString mode = p.value(QStringLiteral("mode"));
    if (mode == QLatin1String("replace")) {
        s.mode = ImportMode::Replace;
        s.periodFrom = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
        s.periodTo = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (!s.periodFrom.isValid() || !s.periodTo.isValid() || s.periodTo < s.periodFrom)
            return ImportCommandTr::tr("--mode replace needs --from and --to as YYYY-MM-DD, from not after to.");
    } else if (!mode.isEmpty() && mode != QLatin1String("update")) {
        return ImportCommandTr::tr("--mode takes update or replace.");
    }
    const QString lines = p.value(QStringLiteral("lines"));
    if (lines == QLatin1String("sum")) {
        s.lines = LinesPolicy::Sum;
    } else if (lines.startsWith(QLatin1String("key=")) && lines.size() > 4) {
        s.lines = LinesPolicy::KeyByColumn;
        s.lineKeyColumn = lines.mid(4);
    } else if (!lines.isEmpty()) {
        return ImportCommandTr::tr("--lines takes sum or key=COLUMN.");
    }
    if (p.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        s.rate = p.value(QStringLiteral("rate"))
                     .replace(QLatin1Char(','), QLatin1Char('.'))
                     .toDouble(&ok);
        if (!ok || s.rate <= 0)
            return ImportCommandTr::tr("--rate takes a positive number, e.g. 4.97.");
    }
    return {};
}

void printSummary(QTextStream &out, const ImportResult &r)
{
    const Inspection &i = r.inspection;
    const ImportSettings &s = i.settings;
    out << (s.dryRun ? ImportCommandTr::tr("Checked %1 as %2 (dry run, nothing written):")
                     : ImportCommandTr::tr("Imported %1 into %2:"))
               .arg(s.file, datasetName(s.dataset.value_or(Dataset::Support)))
        << '\n';
    out << "  "
        << ImportCommandTr::tr("rows %1: inserted %2, updated %3, unchanged %4, rejected %5")
               .arg(r.rowsRead)
               .arg(r.counts.inserted)
               .arg(r.counts.updated)
               .arg(r.counts.unchanged)
               .arg(r.counts.rejected);
    if (r.counts.deleted > 0)
        out << ImportCommandTr::tr(", replaced %1").arg(r.counts.deleted);
    out << '\n';
    if (!i.encoding.isEmpty())
        out << "  "
            << ImportCommandTr::tr("encoding %1, delimiter \"%2\", header row %3")
                   .arg(i.encoding, i.delimiter == QLatin1Char('\t') ? QStringLiteral("tab")
                                                                     : QString(i.delimiter))
                   .arg(s.headerRow)
            << '\n';
    if (!i.profileApplied.isEmpty())
        out << "  " << ImportCommandTr::tr("profile applied: %1").arg(i.profileApplied) << '\n';
    QStringList mapped;
    for (int c = 0; c < s.columns.size() && c < i.headers.size(); ++c)
        if (s.columns.at(c).field != Field::None)
            mapped << i.headers.at(c) + QStringLiteral(" → ") + fieldLabel(s.columns.at(c).field);
    out << "  " << ImportCommandTr::tr("columns: %1").arg(mapped.join(QLatin1String(", "))) << '\n';
    for (const QString &note : i.notes)
        out << "  " << note << '\n';
    if (r.importId > 0)
        out << "  "
            << ImportCommandTr::tr("import number %1 (it can be removed from the import history)").arg(r.importId)
            << '\n';
}

void printProblems(QTextStream &stream, const ImportResult &r)
{
    if (r.errors + r.warnings == 0)
        return;
    stream << "  "
           << ImportCommandTr::tr("%1 errors (rows rejected), %2 warnings; the first:").arg(r.errors).arg(r.warnings)
           << '\n';
    int shown = 0;
    // What concerns the whole file first (however many rows have problems), then errors:
    // they are what was not imported.
    for (int pass = 0; pass < 3; ++pass)
        for (const Problem &p : r.problems)
            if ((pass == 0 ? p.row == 0 : p.row != 0 && p.isError() == (pass == 1)) &&
                (shown++ < ProblemsShown || p.row == 0))
                stream << "    " << describeProblem(p) << '\n';
}

} // namespace

/// `busola import FILE [options]`: the import engine, unattended.
int runImportCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandContext ctx;
    addOptions(ctx.parser());
    if (!ctx.parse(QStringLiteral("import")))
        return ExitUsage;
    ImportSettings settings;
    const QString usage = readSettings(ctx.parser(), settings);
    if (!usage.isEmpty())
        return ctx.usageError(usage);
    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    ImportEngine engine(*store);
    ImportControl control;
    control.cancel = &cancelRequested;
    if (ctx.parser().isSet(QStringLiteral("progress"))) {
        control.progress = [&ctx](double fraction, int rows) {
            ctx.err() << ImportCommandTr::tr("progress: %1% (%2 rows)").arg(qRound(fraction * 100)).arg(rows)
                      << Qt::endl;
        };
    }
    const ImportResult result = engine.run(settings, control);
    if (!result.ok) {
        ctx.err() << "busola: " << result.error << '\n';
        printProblems(ctx.err(), result);
        return ExitBadInput;
    }
    printSummary(ctx.out(), result);
    printProblems(ctx.out(), result);
    return ExitOk;
}

} // namespace busola
