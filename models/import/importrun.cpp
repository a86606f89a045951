// ImportEngine::run: the write pass, with the sales-lines pre-pass, rejects file, file hash,
// progress and cancellation.

#include "common/textfold.h"
#include "importengine.h"
#include "importrunhelpers.h"
#include "profiles.h"
#include "rowconverter.h"
#include "store/store.h"
#include "store/storeclock.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace busola {

using importrun::CustomerTokens;
using importrun::FileHasher;
using importrun::RejectsWriter;
using importrun::SeenIds;

namespace {

bool isBlank(const SheetRow &row)
{
    for (const Cell &c : row)
        if (!c.isEmpty())
            return false;
    return true;
}

/// Sum mode: per order id, the total of its lines and the row that carries it.
struct LineGroup
{
    int firstRow = 0;
    int lines = 0;
    qint64 totalMinor = 0;
    bool hasAmount = false;
};

struct RunState
{
    ImportResult &result;
    const ImportSettings &settings;
    RowConverter &converter;
    SheetReader &reader;
    const ImportControl &control;
    QHash<QString, LineGroup> groups; // sales, LinesPolicy::Sum only
    RejectsWriter rejects;
    int merged = 0;
    CustomerTokens customers; // the reading thread's
};

/// The summaries of the interactions the writer inserted, gathered on the writing thread as
/// it writes them and written in parts while rows still come (see handOverSummaries).
struct SummaryParts
{
    const ImportControl &control;
    const StoreClock &clock;           // the writing thread's
    SummaryDelta gathered{};           // not yet split into pieces
    int summarised = 0;                // interactions in gathered
    int handedUpTo = -1;               // the last creation month split off (a month index)
    bool handOver = true;              // false once rows came out of time order
    std::deque<SummaryDelta> pieces{}; // split off, not yet written: one after each batch
};

void keep(ImportResult &result, const QVector<Problem> &problems)
{
    for (const Problem &p : problems) {
        if (p.isError())
            ++result.errors;
        else
            ++result.warnings;
        if (result.problems.size() < ImportResult::MaxKeptProblems)
            result.problems.append(p);
        else
            ++result.problemsNotKept;
    }
}

/// Translation context of this file's messages, in a form lupdate reads.
struct ImportEngineTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::ImportEngine)
};

/// Sales: finds ids that repeat (the lines of one order). Ask → an error listing them;
/// Sum → the totals per id, written once at the id's first good row.
bool prepareLines(RunState &state)
{
    const int idColumn = state.converter.idColumn();
    QHash<QString, LineGroup> groups;
    QVector<Problem> repeats;
    int repeated = 0;
    SheetRow row;
    QVector<Problem> ignored;
    while (state.reader.readRow(row)) {
        if (isBlank(row) || idColumn >= row.size())
            continue;
        const QString id = row.at(idColumn).text.trimmed();
        if (id.isEmpty())
            continue;
        ignored.clear();
        const bool ok = state.converter.convert(row, state.reader.rowNumber(), ignored);
        LineGroup &g = groups[id];
        if (++g.lines > 1) {
            ++repeated;
            if (repeats.size() < 20)
                repeats.append(
                    {Problem::Severity::Error, state.reader.rowNumber(),
                     state.result.inspection.headers.value(idColumn), id,
                     ImportEngineTr::tr("this id repeats row %1 (the lines of one order?)")
                         .arg(g.firstRow)});
        }
        if (ok && g.firstRow == 0)
            g.firstRow = state.reader.rowNumber();
        if (ok && state.converter.deal.amountMinor) {
            g.totalMinor += *state.converter.deal.amountMinor;
            g.hasAmount = true;
        }
    }
    if (!state.reader.errorString().isEmpty()) {
        state.result.error = state.reader.errorString();
        return false;
    }
    if (repeated > 0 && state.settings.lines == LinesPolicy::Ask) {
        keep(state.result, repeats);
        state.result.error =
            ImportEngineTr::tr(
                "%1: %2 rows repeat an id of an earlier row (%3): these look like the lines of "
                "orders. "
                "Choose to sum the lines into one sale (--lines sum) or to key each line by "
                "another "
                "column (--lines key=COLUMN).")
                .arg(state.settings.file)
                .arg(repeated)
                .arg(state.result.inspection.headers.value(idColumn));
        return false;
    }
    if (state.settings.lines == LinesPolicy::Sum)
        state.groups = std::move(groups);
    return true;
}

bool setKeyColumn(RunState &state)
{
    const QString wanted = foldForMatch(state.settings.lineKeyColumn);
    const QStringList &headers = state.result.inspection.headers;
    for (int c = 0; c < headers.size(); ++c) {
        if (foldForMatch(headers.at(c)) == wanted) {
            state.converter.setKeyColumn(c);
            return true;
        }
    }
    state.result.error =
        ImportEngineTr::tr("%1 has no column \"%2\" to key the lines by (columns: %3).")
            .arg(state.settings.file, state.settings.lineKeyColumn,
                 headers.join(QLatin1String(", ")));
    return false;
}

constexpr int BatchRows = 2048;

/// Converted rows on their way from the reading thread to the writing one.
struct Batch
{
    std::vector<Interaction> interactions;
    std::vector<Deal> deals;
    std::vector<FeedbackResponse> feedback;
    std::vector<SupportCost> costs;
    std::vector<int> rows; ///< the spreadsheet row of each record, for a write error
    int rejected = 0;
    int rowsRead = 0; ///< in the file so far, for progress
    double progress = 0;
    int size() const { return int(rows.size()) + rejected; }
};

/// A bounded queue of batches: the reader stays a few batches ahead of the writer, so memory
/// stays flat while parsing and SQLite work overlap on two cores.
class BatchQueue
{
public:
    bool push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < 4 || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    /// The next batch; null once the reader finished and everything was taken.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished || m_stopped; });
        if (m_batches.empty() || m_stopped)
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    /// A batch the writer is done with goes back to the reading thread to be freed: its
    /// strings were allocated there, and freeing them on the writing thread (the busy one)
    /// cost it about a tenth of its time in the allocator's cross-thread bookkeeping.
    void retire(std::unique_ptr<Batch> batch)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_retired.push_back(std::move(batch));
    }
    /// On the reading thread: frees the batches retired so far, outside the lock.
    void freeRetired()
    {
        std::vector<std::unique_ptr<Batch>> retired;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            retired.swap(m_retired);
        }
    }
    void finish() { set(m_finished); }
    void stop() { set(m_stopped); }
    bool stopped()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_stopped;
    }

private:
    void set(bool &flag)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        flag = true;
        m_changed.notify_all();
    }
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_batches;
    std::vector<std::unique_ptr<Batch>> m_retired;
    bool m_finished = false;
    bool m_stopped = false;
};

/// Adds the batch's inserted interactions to the summaries. On the writing thread: once the
/// writer kept the secondary indexes live and wrote summaries in key order, the reading
/// thread was the busy one (all of a million-row XLSX import) and the writing one idle a
/// third of the time; with this work moved here the two are about even.
void summarise(SummaryParts &parts, const Batch &batch,
               const std::vector<StoreWriter::InsertedRow> &inserted)
{
    for (const StoreWriter::InsertedRow &row : inserted)
        parts.gathered.addNewInteraction(
            batch.interactions[size_t(row.index)],
            row.customer ? std::optional<qint64>(row.customer) : std::nullopt, parts.clock);
    parts.summarised += int(inserted.size());
}

/// A part's summaries are written in this many pieces, one after each of the next batches: written
/// whole between two batches, a part held the writing thread 0.1–0.3 s (a million-row XLSX or CSV
/// import), longer than the four batches the reading thread may be ahead took it to read, so each
/// part stopped the reading thread too (some 2 s in all).
constexpr int SummaryPieces = 16;

/// Every ImportControl::summaryPartRows new interactions, the summaries gathered are split
/// into pieces, written between batches (StoreWriter::addSummariesNow): left all
/// to the commit, they took a million-row import 1.9 s while the reading thread's core idled.
/// Not in smaller parts: each part writes a row per customer and month it saw again (pieces
/// of one part do not: each summary row and customer is in one piece only).
void handOverSummaries(SummaryParts &parts)
{
    const int partRows = parts.control.summaryPartRows;
    if (!parts.handOver || parts.summarised < partRows)
        return;
    // Only rows in time order (most exports): each part then adds to the summary rows of a
    // month or two that later parts do not touch. Rows in another order would add to every
    // month's rows again and again, scattered over the tables while the rows' pages fill the
    // cache (a million such rows took twice as long): from the first such part on, the
    // summaries wait for the commit, in one sorted pass.
    const SummaryDelta &sums = parts.gathered;
    if (sums.firstCreatedMonth() < parts.handedUpTo || sums.backInTime() > partRows / 100) {
        parts.handOver = false;
        return;
    }
    parts.handedUpTo = sums.lastCreatedMonth();
    // The customers' activity in the part's latest month waits for the next part, which brings
    // more of that month: each month's rows of customer_activity_day are then written in one
    // go, in customer order after the months before them (where SQLite finds their place
    // without a search from the root), not in two goes whose rows interleave.
    SummaryDelta::Activity latest = parts.gathered.takeLatestActivity();
    for (SummaryDelta &piece : parts.gathered.split(SummaryPieces))
        parts.pieces.push_back(std::move(piece));
    parts.gathered.putBack(std::move(latest));
    parts.summarised = 0;
}

void addRecord(Batch &batch, Dataset dataset, const RowConverter &c, int row,
               CustomerTokens &customers)
{
    if (batch.rows.empty()) {
        batch.rows.reserve(BatchRows);
        if (dataset == Dataset::Support)
            batch.interactions.reserve(BatchRows);
        else if (dataset == Dataset::Sales)
            batch.deals.reserve(BatchRows);
    }
    switch (dataset) {
    case Dataset::Support:
        batch.interactions.push_back(c.interaction);
        customers.assign(batch.interactions.back().customer);
        break;
    case Dataset::Sales:
        batch.deals.push_back(c.deal);
        customers.assign(batch.deals.back().customer);
        break;
    case Dataset::Feedback:
        batch.feedback.push_back(c.feedback);
        customers.assign(batch.feedback.back().customer);
        break;
    case Dataset::Costs:
        batch.costs.push_back(c.cost);
        break;
    }
    batch.rows.push_back(row);
}

/// Writes a batch; false with *error (naming the row) when the store refuses a record.
bool writeBatch(StoreWriter &writer, const Batch &batch, const QString &file, QString *error)
{
    writer.addRejected(batch.rejected);
    // writeAll: on a team store the batch goes to the server in a few multi-row statements.
    auto check = [&](qsizetype failed) {
        if (failed < 0)
            return true;
        *error = ImportEngineTr::tr("%1, row %2: %3")
                     .arg(file)
                     .arg(batch.rows.at(size_t(failed)))
                     .arg(writer.lastError());
        return false;
    };
    return check(writer.writeAll(batch.interactions)) && check(writer.writeAll(batch.deals)) &&
           check(writer.writeAll(batch.feedback)) && check(writer.writeAll(batch.costs));
}

QString recordId(Dataset dataset, const RowConverter &c)
{
    switch (dataset) {
    case Dataset::Support:
        return c.interaction.externalId;
    case Dataset::Sales:
        return c.deal.externalId;
    case Dataset::Feedback:
        return c.feedback.externalId;
    case Dataset::Costs:
        return c.cost.externalId();
    }
    return {};
}

void reject(RunState &state, Batch &batch, const SheetRow &row, int rowNumber,
            const QVector<Problem> &problems)
{
    ++batch.rejected;
    if (state.rejects.isOpen())
        state.rejects.write(row, rowNumber, problems);
}

/// Converts and validates one row into the batch (the reading thread's half of the work).
void convertRow(RunState &state, SeenIds &seen, const SheetRow &row, qint64 from, qint64 to,
                Batch &batch)
{
    const Dataset dataset = *state.result.inspection.settings.dataset;
    const int rowNumber = state.reader.rowNumber();
    QVector<Problem> problems;
    if (!state.groups.isEmpty()) {
        const int idColumn = state.converter.idColumn();
        const QString id = idColumn < row.size() ? row.at(idColumn).text.trimmed() : QString();
        auto g = state.groups.constFind(id);
        if (g != state.groups.constEnd() && g->firstRow != rowNumber && g->firstRow != 0) {
            ++state.merged; // a further line of an order: summed into its first line's sale
            if (!state.converter.convert(row, rowNumber, problems))
                reject(state, batch, row, rowNumber, problems);
            keep(state.result, problems);
            return;
        }
        state.converter.setAmountOverride(g != state.groups.constEnd() && g->hasAmount
                                              ? std::optional<qint64>(g->totalMinor)
                                              : std::nullopt);
    }
    bool ok = state.converter.convert(row, rowNumber, problems);
    if (ok && state.settings.mode == ImportMode::Replace) {
        const std::optional<qint64> at = state.converter.rangeInstant();
        if (!at || *at < from || *at >= to) {
            problems.append({Problem::Severity::Error, rowNumber, QString(), QString(),
                             ImportEngineTr::tr("outside the period being replaced (%1 – %2)")
                                 .arg(state.settings.periodFrom.toString(Qt::ISODate),
                                      state.settings.periodTo.toString(Qt::ISODate))});
            ok = false;
        }
    }
    if (ok) {
        const QString id = recordId(dataset, state.converter);
        if (const int first = seen.insert(id, rowNumber))
            problems.append(
                {Problem::Severity::Warning, rowNumber, QString(), id,
                 ImportEngineTr::tr("the same id as row %1: this later row wins").arg(first)});
    }
    keep(state.result, problems);
    if (ok)
        addRecord(batch, dataset, state.converter, rowNumber, state.customers);
    else
        reject(state, batch, row, rowNumber, problems);
}

/// The reading thread: rows → batches, until the end, an error, cancel or stop.
void produce(RunState &state, BatchQueue &queue, qint64 from, qint64 to, QString *readerError)
{
    SeenIds seen;
    SheetRow row;
    auto batch = std::make_unique<Batch>();
    const std::atomic<bool> *cancel = state.control.cancel;
    while (state.reader.readRow(row)) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (isBlank(row))
            continue;
        ++state.result.rowsRead;
        convertRow(state, seen, row, from, to, *batch);
        if (batch->size() >= BatchRows) {
            batch->rowsRead = state.result.rowsRead;
            batch->progress = state.reader.progress();
            if (!queue.push(std::move(batch)))
                return;
            queue.freeRetired();
            batch = std::make_unique<Batch>();
        }
    }
    *readerError = state.reader.errorString();
    batch->rowsRead = state.result.rowsRead;
    batch->progress = state.reader.progress();
    queue.push(std::move(batch));
    queue.finish();
}

/// Reading and converting on a second thread, writing on this one (the store's connection
/// belongs to the thread that opened it). False when cancelled, or on a read or write error.
bool writeAll(RunState &state, StoreWriter &writer, const StoreClock &writerClock, qint64 from,
              qint64 to)
{
    ImportResult &result = state.result;
    BatchQueue queue;
    QString readerError;
    std::thread reading([&] { produce(state, queue, from, to, &readerError); });
    struct Joiner
    {
        BatchQueue &queue;
        std::thread &thread;
        ~Joiner()
        {
            queue.stop();
            if (thread.joinable())
                thread.join();
        }
    } joiner{queue, reading};
    const std::atomic<bool> *cancel = state.control.cancel;
    QString writeError;
    writer.setSummariesByCaller(true);
    SummaryParts sums{state.control, writerClock};
    const auto writePiece = [&] {
        const bool ok = writer.addSummariesNow(sums.pieces.front());
        sums.pieces.pop_front();
        if (!ok)
            result.error = state.settings.file + QLatin1String(": ") + writer.lastError();
        return ok;
    };
    while (std::unique_ptr<Batch> batch = queue.pop()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (!writeBatch(writer, *batch, state.settings.file, &writeError)) {
            result.error = writeError;
            return false;
        }
        summarise(sums, *batch, writer.takeInserted());
        handOverSummaries(sums);
        if (!sums.pieces.empty() && !writePiece())
            return false;
        if (state.control.progress)
            state.control.progress(batch->progress, batch->rowsRead);
        queue.retire(std::move(batch));
    }
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        result.cancelled = true;
        result.error = ImportEngineTr::tr("The import was cancelled; the store is as it was.");
        return false;
    }
    queue.stop();
    reading.join();
    if (!readerError.isEmpty()) {
        result.error = readerError;
        return false;
    }
    while (!sums.pieces.empty())
        if (!writePiece())
            return false;
    writer.addSummaries(std::move(sums.gathered));
    return true;
}

} // namespace

ImportResult ImportEngine::run(const ImportSettings &settings, const ImportControl &control)
{
    ImportResult result;
    result.inspection = inspect(settings);
    if (!result.inspection.ok) {
        result.error = result.inspection.error;
        return result;
    }
    // What the reader says of the whole file (formula cells without values) heads the problem
    // list that the wizard and the command line show.
    for (const QString &warning : m_reader->warnings())
        keep(result, {{Problem::Severity::Warning, 0, QString(), QString(), warning}});
    const ImportSettings &s = result.inspection.settings;
    const Dataset dataset = *s.dataset;
    if (s.mode == ImportMode::Replace &&
        (!s.periodFrom.isValid() || !s.periodTo.isValid() || s.periodTo < s.periodFrom)) {
        result.error = ImportEngineTr::tr("Replacing a period needs its first and last day.");
        return result;
    }
    FileHasher hasher(s.file);
    // The reading thread converts times with its own clock: a clock's cache is not shared.
    StoreClock readerClock(m_store.clock().zoneId());
    RowConverter converter(result.inspection, readerClock, m_store.currency());
    RunState state{result, s, converter, *m_reader, control, {}, {}, 0, {}};
    if (dataset == Dataset::Sales && s.lines == LinesPolicy::KeyByColumn && !setKeyColumn(state))
        return result;
    if (dataset == Dataset::Sales && s.lines != LinesPolicy::KeyByColumn &&
        converter.idColumn() >= 0) {
        if (!prepareLines(state) || !rewindToData(result.inspection, *m_reader)) {
            if (result.error.isEmpty())
                result.error = result.inspection.error;
            return result;
        }
    }
    if (!s.rejectsFile.isEmpty() && !state.rejects.open(s.rejectsFile, result.inspection.headers)) {
        result.error =
            ImportEngineTr::tr("Cannot write the rejected rows to %1.").arg(s.rejectsFile);
        return result;
    }
    StoreWriter writer(m_store);
    const ImportMeta meta{
        QFileInfo(s.file).fileName(),
        QString(),
        datasetName(dataset),
        result.inspection.profileApplied.isEmpty() ? s.profile : result.inspection.profileApplied,
        s.mode == ImportMode::Replace ? QStringLiteral("replace") : QStringLiteral("update"),
        s.dryRun};
    if (!writer.begin(meta)) {
        result.error = writer.lastError();
        return result;
    }
    const qint64 from = s.periodFrom.isValid() ? readerClock.toEpoch(s.periodFrom) : 0;
    const qint64 to = s.periodTo.isValid() ? readerClock.toEpoch(s.periodTo.addDays(1)) : 0;
    if (s.mode == ImportMode::Replace && writer.deleteRange(dataset, from, to) < 0) {
        result.error = writer.lastError();
        return result;
    }
    if (!writeAll(state, writer, m_store.clock(), from, to))
        return result;
    return finish(result, writer, hasher.result(), state.merged);
}

ImportResult &ImportEngine::finish(ImportResult &result, StoreWriter &writer, const QString &sha256,
                                   int merged)
{
    const ImportSettings &s = result.inspection.settings;
    result.counts = writer.counts();
    if (merged > 0)
        result.inspection.notes << ImportEngineTr::tr(
                                       "%1 order lines were added into the sale of their order.")
                                       .arg(merged);
    if (result.rowsRead == 0) {
        result.error = ImportEngineTr::tr("%1 has no data rows under its header (row %2).")
                           .arg(s.file)
                           .arg(s.headerRow);
        return result;
    }
    const WriteCounts &c = result.counts;
    if (c.inserted + c.updated + c.unchanged == 0) {
        result.error = ImportEngineTr::tr("%1: no row could be imported (%2 rejected).")
                           .arg(s.file)
                           .arg(c.rejected);
        return result;
    }
    QString error;
    if (!s.profile.isEmpty() && !saveProfile(m_store, s.profile, result.inspection, &error)) {
        result.error = ImportEngineTr::tr("Cannot save the profile %1: %2").arg(s.profile, error);
        return result;
    }
    writer.setFileSha256(sha256);
    if (s.dryRun) {
        writer.rollback();
        result.ok = true;
        return result;
    }
    if (!writer.commit()) {
        result.error = writer.lastError();
        return result;
    }
    result.counts = writer.counts();
    result.importId = writer.importId();
    result.ok = true;
    return result;
}

} // namespace busola
