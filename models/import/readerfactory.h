#pragma once

#include "sheetreader.h"

#include <QChar>
#include <QString>

#include <memory>

namespace busola {

/// What the user chose instead of detection; empty/null means "detect".
struct ReaderOptions
{
    QString encoding; ///< e.g. "UTF-8", "windows-1250", "ISO-8859-16", "UTF-16LE"
    QChar delimiter;  ///< CSV only: ',', ';', '\t', '|'
};

/// Opens path with the reader its content (and, failing that, its extension) calls for.
/// Returns null with *error naming the file and the problem.
std::unique_ptr<SheetReader> createSheetReader(const QString &path, const ReaderOptions &options,
                                               QString *error);

} // namespace busola
