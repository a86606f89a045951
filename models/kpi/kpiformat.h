#pragma once

#include "kpidefinition.h"
#include "kpitargets.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace busola {

/// Numbers as a reader expects them in the chosen language, independent of the machine's
/// locale: Romanian `12,5 h`, `1.234,56 lei`; English `12.5 h`, `1,234.56 RON`.
class KpiFormatter
{
public:
    KpiFormatter(Language language, QString currency);

    QLocale locale() const { return m_locale; }
    Language language() const { return m_language; }

    /// The value with its unit; "—" when there is none.
    QString value(const KpiDefinition &definition, std::optional<double> value) const;
    /// A signed change in the KPI's unit ("pp" for rates): "−5,8 h", "+66,7 pp".
    QString change(const KpiDefinition &definition, std::optional<double> change) const;
    /// A signed percentage: "−71,9 %"; "—" when there is none.
    QString percent(std::optional<double> pct) const;
    QString count(qint64 count) const;
    QString status(KpiStatus status) const;
    /// The group label of a breakdown key ("(fără valoare)" for records without one); channel
    /// codes (dimension "channel") become words: phone → "telefon".
    QString groupLabel(const QString &key, const QString &dimension = QString()) const;
    /// A fixed caption of the tables (KPI, value, target, ...) in the chosen language.
    QString caption(const char *english) const;

private:
    QString number(double value, int decimals) const;
    QString unitSuffix(KpiUnit unit) const;

    Language m_language;
    QString m_currency;
    QLocale m_locale;
};

} // namespace busola
