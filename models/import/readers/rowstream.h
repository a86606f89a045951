#pragma once

#include "import/sheetreader.h"

namespace busola {

/// The rows of one selected sheet: what XLSX and ODS readers share between their fast and
/// their reference XML paths.
class RowStream
{
public:
    virtual ~RowStream() = default;
    /// Next non-empty row (trailing empty cells omitted); false at the end or on an error.
    virtual bool readRow(SheetRow &row, int &rowNumber) = 0;
    virtual QString errorString() const = 0;
    virtual double progress() const = 0;
};

} // namespace busola
