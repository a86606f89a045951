#pragma once

#include "import/importsettings.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace busola {

/// The rows of an import file for the wizard's previews, in one of two shapes:
/// - raw: the sheet's first rows as the file has them (columns A, B, C…), the header row
///   marked, to choose the sheet, header row and encoding;
/// - parsed: the rows under the header as the engine parses them with the current settings,
///   each cell that fails to parse marked, its reason in the tooltip (ProblemRole).
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /// Why the cell failed to parse (errors and warnings), empty when it did not.
        ProblemRole = Qt::UserRole,
        /// True on the header row of a raw preview.
        HeaderRowRole,
        /// The row as the spreadsheet numbers it.
        RowNumberRole,
    };
    Q_ENUM(Role)

    /// The first rows of a sheet as text, with their spreadsheet row numbers.
    struct RawRows
    {
        QVector<QStringList> cells;
        QVector<int> rowNumbers;
        QStringList sheets;
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Reads up to count rows of the settings' sheet (its encoding, delimiter) through the
    /// engine's reader, from the top. False with *error naming the file and the problem.
    static bool readRawRows(const ImportSettings &settings, int count, RawRows *out,
                            QString *error);

    void setRawRows(const RawRows &rows, int headerRow);
    void setPreview(const Preview &preview);
    void clear();

    bool isRaw() const { return m_raw; }
    /// Cells marked as failing to parse.
    int problemCellCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "A", "B", … "Z", "AA": a column as spreadsheets name it.
    static QString columnLetter(int column);

private:
    struct Row
    {
        int number = 0;
        QStringList cells;
        QStringList problems; ///< per cell, empty when fine
        QVector<bool> errors; ///< per cell: an error (else a warning, when problems has one)
        QString rowProblem;   ///< problems of the row as a whole
    };
    QVector<Row> m_rows;
    QStringList m_headers; ///< parsed: the header cells with what they map to
    int m_columns = 0;
    int m_headerRow = 0;
    bool m_raw = true;
};

} // namespace busola
