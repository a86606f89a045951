#pragma once

#include "fields.h"
#include "store/records.h"
#include "store/storewriter.h"
#include "valueparser.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace busola {

/// What one column of the file becomes.
struct ColumnTarget
{
    Field field = Field::None;
    DurationUnit unit = DurationUnit::Auto; ///< for duration fields
};

/// One target per column of the file, by position (column 0 is the first).
using ColumnMapping = QVector<ColumnTarget>;

/// Per field, the export's value (folded with foldForMatch) to what the store keeps:
/// channel → "phone"/"chat"/"email"/own value; stage → "won"/"lost"/"open"; status →
/// "open"/"pending"/"closed"; satisfaction → "1".."5" or "" for no rating; booleans →
/// "1"/"0". They add to, and win over, the built-in defaults.
using ValueMapping = QHash<Field, QHash<QString, QString>>;

/// The scale of a numeric satisfaction column; others than 1–5 are mapped linearly onto 1–5.
enum class RatingScale : quint8 { Auto, OneToFive, OneToTen, ZeroToTen, Percent };

enum class ImportMode : quint8 { Update, Replace };

/// What to do with an id that repeats within one sales file (the lines of one order).
enum class LinesPolicy : quint8 { Ask, Sum, KeyByColumn };

/// Everything that decides an import: what the wizard edits and the command line fills.
/// Empty/unset members mean "detect" (or "the profile's").
struct ImportSettings
{
    QString file;
    QString sheet;                  ///< empty: the first sheet with data
    int headerRow = 0;              ///< 1-based as the spreadsheet shows it; 0: detect
    QString encoding;               ///< CSV: empty detects
    QChar delimiter;                ///< CSV: null detects
    QString locale;                 ///< "ro_RO", "en_US"...; empty: from the file (';' → ro_RO)
    std::optional<Dataset> dataset; ///< empty: detected from the header
    QString profile;                ///< a saved profile to apply, and to save the mapping under
    ColumnMapping columns;          ///< empty: the profile's, else auto-matched
    ValueMapping values;
    DateOrder dateOrder = DateOrder::Auto;
    DecimalMark decimalMark = DecimalMark::Auto;
    RatingScale ratingScale = RatingScale::Auto;
    ImportMode mode = ImportMode::Update;
    QDate periodFrom; ///< replace mode: first day replaced
    QDate periodTo;   ///< replace mode: last day replaced (inclusive)
    LinesPolicy lines = LinesPolicy::Ask;
    QString lineKeyColumn;  ///< KeyByColumn: the header of the column that keys each line
    double rate = 0;        ///< amounts in another currency × rate = store currency; 0: none
    QString sourceCurrency; ///< the file's currency when it shows none; empty: the store's
    bool dryRun = false;    ///< validate and count, then roll back
    QString rejectsFile;    ///< where rejected rows go as CSV; empty: nowhere
};

/// One thing wrong with one cell or row.
struct Problem
{
    enum class Severity : quint8 { Warning, Error };
    Severity severity = Severity::Error;
    int row = 0;    ///< as the spreadsheet shows it; 0 for the file as a whole
    QString column; ///< the header of the column, empty for the row as a whole
    QString value;  ///< the cell as the file has it
    QString reason;
    bool isError() const { return severity == Severity::Error; }
};

/// The file as the engine understood it: the settings with everything detected filled in.
struct Inspection
{
    bool ok = false;
    QString error;
    ImportSettings settings; ///< resolved: header row, dataset, mapping, locale, styles
    QStringList sheets;
    QStringList headers;     ///< the header row's cells
    QString encoding;        ///< detected or chosen (CSV)
    QChar delimiter;         ///< detected or chosen (CSV)
    QString profileApplied;  ///< the saved profile re-applied, if any
    QString headerSignature; ///< what profiles are found by
    QStringList notes;       ///< file-level remarks ("no creation time: ...")
};

/// The first rows, parsed, for a wizard's live preview.
struct PreviewRow
{
    int row = 0;
    QStringList cells; ///< per column: the parsed value as text ("" when not mapped/empty)
    QVector<Problem> problems;
};

struct Preview
{
    Inspection inspection;
    QVector<PreviewRow> rows;
};

/// What an import did.
struct ImportResult
{
    bool ok = false; ///< written (or, for a dry run, would have been)
    bool cancelled = false;
    QString error; ///< why nothing was written
    Inspection inspection;
    WriteCounts counts; ///< inserted, updated, unchanged, rejected, deleted
    int rowsRead = 0;   ///< data rows, blank lines not counted
    int warnings = 0;
    int errors = 0;
    qint64 importId = 0;
    /// Problems in row order. Kept in full up to MaxKeptProblems; every rejected row is in
    /// the rejects file in any case.
    QVector<Problem> problems;
    int problemsNotKept = 0;
    static constexpr int MaxKeptProblems = 100000;
};

} // namespace busola
