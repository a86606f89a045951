#pragma once

#include "importsettings.h"
#include "sheetreader.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace busola {

class Store;
class StoreWriter;

/// How a caller follows and stops a running import. progress is called from the importing
/// thread every few thousand rows; cancel may be set from any thread (cancel = rollback).
struct ImportControl
{
    std::function<void(double fraction, int rowsRead)> progress;
    const std::atomic<bool> *cancel = nullptr;
    /// New interactions whose summaries are split off and written at a time while the rows
    /// come (importrun.cpp, handOverSummaries); tests use small parts.
    int summaryPartRows = 128 * 1024;
};

/// The GUI-free import: file → reader → header and mapping → value parsing → validation →
/// one transaction through StoreWriter → ImportResult. The wizard edits an ImportSettings and
/// calls inspect()/preview(); the command line calls run(). One engine per thread: it uses the
/// store's connection, which belongs to the thread that opened the store.
class ImportEngine
{
    Q_DECLARE_TR_FUNCTIONS(busola::ImportEngine)

public:
    explicit ImportEngine(Store &store);

    /// Opens the file and resolves everything left to detection: header row, dataset (from
    /// the header), column mapping (a saved profile for this header set, else synonyms),
    /// locale, date order, decimal mark, rating scale.
    Inspection inspect(const ImportSettings &settings);
    /// inspect(), then the first rows parsed with their problems.
    Preview preview(const ImportSettings &settings, int rows);
    /// Imports. Nothing is written unless the result is ok and it is not a dry run.
    ImportResult run(const ImportSettings &settings, const ImportControl &control = {});

    /// Synonym matching alone: one target per header.
    static ColumnMapping autoMapping(Dataset dataset, const QStringList &headers);
    /// The dataset whose fields the headers match best, if any is usable.
    static std::optional<Dataset> detectDataset(const QStringList &headers);

private:
    bool openReader(Inspection &inspection, std::unique_ptr<SheetReader> &reader);
    /// The index of the first sheet with a non-empty cell (0 when none has), -1 on an error.
    static int firstSheetWithData(SheetReader &reader);
    bool findHeader(Inspection &inspection, SheetReader &reader);
    bool resolveMapping(Inspection &inspection);
    void settleStyles(Inspection &inspection, SheetReader &reader);
    bool rewindToData(Inspection &inspection, SheetReader &reader);
    bool fail(Inspection &inspection, const QString &message);
    ImportResult &finish(ImportResult &result, StoreWriter &writer, const QString &sha256,
                         int merged);

    Store &m_store;
    std::unique_ptr<SheetReader> m_reader; // the reader of the last inspect()
};

/// One line of a summary: "row 12, column Created, value "31.02.2026": not a date".
QString describeProblem(const Problem &problem);

} // namespace busola
