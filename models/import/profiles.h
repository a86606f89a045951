#pragma once

#include "importsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace busola {

class Store;

/// A column mapping plus parsing options, saved by name in the store. Columns are kept by
/// header text, not by position, so a file whose columns moved still matches.
struct ImportProfile
{
    QString name;
    Dataset dataset = Dataset::Support;
    QString headerSignature;
    ImportSettings settings; ///< columns are re-bound to the file's headers by applyProfile()
    QStringList headers;     ///< the header each entry of settings.columns came from
};

/// What identifies "the same export again": the set of folded header names.
QString headerSignature(const QStringList &headers);

/// Saves (or replaces) a profile from a resolved inspection. Runs on the store's connection,
/// so inside an import's transaction it is saved only if the import is.
bool saveProfile(Store &store, const QString &name, const Inspection &inspection, QString *error);
std::optional<ImportProfile> loadProfile(Store &store, const QString &name);
/// The most recently saved profile for this header set, if any.
std::optional<ImportProfile> findProfileForHeaders(Store &store, const QString &signature);
QStringList profileNames(Store &store);

/// Applies a profile to settings for a file with these headers: its mapping (matched by
/// header text) and every option the settings leave to detection.
void applyProfile(const ImportProfile &profile, const QStringList &headers,
                  ImportSettings &settings);

} // namespace busola
