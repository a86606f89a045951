#pragma once

#include "reportdata.h"

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

class QTranslator;

namespace busola {

/// The report's language, independent of the window's: its own translator (never installed
/// on the application, so the UI does not flicker or switch) and its locale for numbers, money
/// and dates (Romanian `1.234,56 lei`, `27.11.2026`; English `1,234.56 RON`, `27 Nov 2026`).
/// Call sites write `text.translate("busola::Report", "English source")`, which lupdate reads.
class ReportText
{
public:
    explicit ReportText(const QString &language);
    ~ReportText();
    ReportText(const ReportText &) = delete;
    ReportText &operator=(const ReportText &) = delete;

    QString language() const { return m_language; }
    bool isRomanian() const { return m_language == QLatin1String("ro"); }
    QLocale locale() const { return m_locale; }

    /// The source text in English, the catalogue's translation in Romanian (the source when
    /// the catalogue lacks it, rather than nothing). %n is replaced by n.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    QString number(double value, int decimals) const;
    QString count(qint64 value) const { return m_locale.toString(value); }
    /// The value with its unit ("12,5 h", "78,3 %", "4,21", "1.234,56 lei", "3,2 zile"), "—"
    /// when there is none.
    QString value(ReportUnit unit, std::optional<double> value, const QString &currency) const;
    /// Just the number, with the unit's decimals (axis labels, table cells with a unit header).
    QString bareValue(ReportUnit unit, double value) const;
    /// "+5,8 %", "−71,9 %", "—".
    QString changePct(std::optional<double> pct) const;
    QString unitSuffix(ReportUnit unit, const QString &currency) const;
    static int decimals(ReportUnit unit);

    QString date(QDate date) const;
    QString dateTime(const QDateTime &dateTime) const;
    /// "oct. 2026" style label for chart axes: the month's short name and 2-digit year.
    QString monthShort(int yyyymm) const;
    /// "octombrie 2026" / "October 2026".
    QString monthLong(int yyyymm) const;
    /// The period as a reader names it: a month, "T4 2026" / "Q4 2026", a year, or a range.
    QString period(QDate first, QDate last) const;

    QString status(ReportStatus status) const;
    /// "Channel", "Team", ... in the report's language.
    QString dimension(const QString &dimension) const;
    QString section(ReportSection section) const;
    /// phone, chat, email, other as the report's language says them; other values as they are.
    QString channel(const QString &channel) const;

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace busola
