#pragma once

#include <QString>

namespace busola {

/// Cedilla Ş ş Ţ ţ (all that Windows-1250 and ISO-8859-2 have) to the correct comma-below
/// Ș ș Ț ț, so the same Romanian name from two exports is one name.
QString normaliseRomanian(QString text);

/// A key for matching names: Romanian normalised, diacritics removed, lower case, every run
/// of spaces, punctuation and CamelCase boundaries folded to one space, trimmed.
/// "Prénume  Client", "prenume_client" and "PrenumeClient" all fold to "prenume client".
QString foldForMatch(const QString &text);

} // namespace busola
