#pragma once

#include "common/texttable.h"
#include "importsettings.h"
#include "sheetreader.h"
#include "store/records.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace busola {

class StoreClock;

/// Turns one row of cells into one record of the dataset, in the import's locale, with every
/// problem found (row as the spreadsheet shows it, column, value, reason). The hot path of an
/// import: no regular expressions, no QDateTime parsing, enumerations cached per value.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(busola::RowConverter)

public:
    /// inspection must be resolved (dataset, mapping, styles), as ImportEngine::inspect gives.
    RowConverter(const Inspection &inspection, const StoreClock &clock, QString storeCurrency);

    /// Parses row; appends its problems. False when the row has an error (it is rejected).
    /// With display, fills one parsed value per column for a preview.
    bool convert(const SheetRow &row, int rowNumber, QVector<Problem> &problems,
                 QStringList *display = nullptr);

    /// The record built by the last successful convert() of the dataset.
    Interaction interaction;
    Deal deal;
    FeedbackResponse feedback;
    SupportCost cost;

    /// The instant replace mode ranges over (the dataset's bucketing time) of the last record.
    std::optional<qint64> rangeInstant() const;
    /// The id the row had in the file (before KeyByColumn or a content key), for repeats.
    const QString &fileId() const { return m_fileId; }
    /// Column index of Field::Id, or -1.
    int idColumn() const { return m_columnOf[int(Field::Id)]; }
    /// True when created times are taken from the first-response column (no creation column).
    bool createdFromFirstResponse() const { return m_createdFromFirstResponse; }

    /// Sum mode for sales lines: the amount to write instead of the row's own.
    void setAmountOverride(std::optional<qint64> minor) { m_amountOverride = minor; }
    /// KeyByColumn: the column whose value becomes the external id.
    void setKeyColumn(int column) { m_keyColumn = column; }

private:
    struct Value
    {
        bool has = false;
        bool isDuration = false; ///< a datetime column that held an HH:MM:SS duration
        bool dateOnly = false;
        qint64 i = 0;
        double d = 0;
        QString s;
        Decimal money;
    };

    bool parseCell(int column, const Cell &cell, Value &out, QString *reason);
    bool parseDateCell(const Cell &cell, Field field, Value &out, QString *reason);
    bool parseRating(const QString &text, const Cell &cell, Value &out, QString *reason);
    QString mapped(Field field, const QString &text, bool *found);
    QString shared(Field field, const QString &text);
    bool money(const Value &v, Field field, std::optional<qint64> *minor, QString *original,
               QString *currency, QString *reason);
    QString display(int column, const Value &v) const;
    QString contentKey(const SheetRow &row) const;

    bool buildInteraction(const SheetRow &row);
    bool buildDeal(const SheetRow &row);
    bool buildFeedback(const SheetRow &row);
    bool buildCost();
    void problem(Problem::Severity severity, Field field, const QString &reason);
    bool error(Field field, const QString &reason);
    const Value &value(Field f) const { return m_values[size_t(f)]; }

    Inspection m_inspection;
    Dataset m_dataset;
    const StoreClock &m_clock;
    QString m_storeCurrency;
    DecimalMark m_mark;
    DateOrder m_order;
    std::array<int, FieldCount> m_columnOf{};
    std::array<Value, FieldCount> m_values;
    TextTable<QString> m_enumCache[FieldCount];
    TextTable<qint8> m_booleanCache[FieldCount]; ///< 1 yes, 0 no, -1 neither
    /// The distinct texts of a field, while it has few (teams, agents, regions): rows share one
    /// string each instead of a copy of the cell (an allocation on reading, a free on writing).
    struct TextMemo
    {
        TextTable<char> texts;
        bool off = false; ///< too many distinct texts (ids, names): not worth a lookup
        /// Each cell buffer seen (its data and size) with the text it gave. Readers that give
        /// cells one shared string each time it repeats (XLSX's shared strings) hand over the
        /// same buffer again and again: its text is found without trimming, folding or hashing
        /// it. The cell is kept, so that no other text can take its address meanwhile; this
        /// holds as cells own their buffers (no reader gives QString::fromRawData views).
        QHash<const QChar *, std::pair<QString, QString>> byBuffer;
        bool buffersOff = false; ///< a buffer per cell (CSV, ODS): not worth a lookup
    };
    QString textValue(Field field, const QString &cellText);
    TextMemo m_textMemo[FieldCount];
    bool m_createdFromFirstResponse = false;
    bool m_hasStage = false;
    std::optional<qint64> m_amountOverride;
    int m_keyColumn = -1;
    QString m_fileId;
    // Current row, for problems.
    const SheetRow *m_row = nullptr;
    int m_rowNumber = 0;
    QVector<Problem> *m_problems = nullptr;
    bool m_rowFailed = false;
};

/// The built-in value mapping for a field (folded export value → stored value).
const QHash<QString, QString> &defaultValueMapping(Field field);

} // namespace busola
