#include "textfold.h"

namespace busola {

QString normaliseRomanian(QString text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x015E: c = QChar(0x0218); break; // Ş → Ș
        case 0x015F: c = QChar(0x0219); break; // ş → ș
        case 0x0162: c = QChar(0x021A); break; // Ţ → Ț
        case 0x0163: c = QChar(0x021B); break; // ţ → ț
        default: break;
        }
    }
    return text;
}

QString foldForMatch(const QString &text)
{
    // Decompose, so that diacritics become separate combining marks we can drop.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size() + 4);
    bool pendingSpace = false;
    QChar previous;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            // CamelCase boundary: "TicketID" → "ticket id", "createdAt" → "created at".
            if (!out.isEmpty() && !pendingSpace && c.isUpper() && previous.isLower())
                pendingSpace = true;
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c.toLower();
            previous = c;
        } else {
            pendingSpace = true;
            previous = QChar();
        }
    }
    return out;
}

} // namespace busola
