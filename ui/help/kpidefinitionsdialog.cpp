#include "kpidefinitionsdialog.h"

#include "dashboard/kpigaugeadapter.h"
#include "kpi/kpidefinition.h"
#include "kpi/kpiformat.h"
#include "kpi/kpitargets.h"
#include "store/store.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace busola {

namespace {

/// The exact rules of each KPI (PRODUCT.md's "Precise rules"), in the order of enum Kpi. The
/// name, definition, unit, direction and default target come from kpidefinition.cpp.
const char *const kpiRules[KpiCount] = {
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Interactions created in the period that have a first response (a "
                      "timestamp, or a duration column in minutes, hours or HH:MM:SS); the mean "
                      "of the elapsed hours. The median and the 90th percentile are shown too."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Interactions resolved in the period whose contact count (or first-contact "
                      "flag) is known; the share of them with exactly one contact (or the flag "
                      "set)."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Interactions counted in the period of their resolution time."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "A rating on an interaction counts in the period the interaction was "
                      "resolved (created, when unresolved); a survey response counts at its own "
                      "date; both kinds count. Other scales are mapped to 1–5 at import (1–10 and "
                      "0–10 linearly). The share of 4–5 ratings is shown too."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "An activity is a won deal at its close time (a support interaction at its "
                      "creation, when the store holds no deals). A customer is active at an "
                      "instant t when it has an activity in [t − W, t), W being the active window "
                      "of the settings (%1 months). S = customers active at the start, E = "
                      "customers active at the end; value = |S ∩ E| ÷ |S| × 100. Customers who "
                      "lapsed and came back are not counted, so the rate never passes 100 %."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Month by month: the imported monthly costs of that month when any exist, "
                      "otherwise the sum of the per-interaction costs of the interactions created "
                      "in it; summed over the period and divided by the interactions created in "
                      "it. Under a channel filter, monthly costs without a channel are shared out "
                      "in proportion to that channel's interactions."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Interactions created in the period that are flagged as complaints."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Deals won with their close date in the period, in the store's currency "
                      "(amounts in another currency are converted at import by the rate given). "
                      "Orders and invoices count as sales won at their date."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Deals created in the period: won ÷ all of them × 100; recent cohorts show "
                      "how many are still open. Orders and invoices (no stage) do not count: they "
                      "would fake 100 %."),
    QT_TRANSLATE_NOOP("busola::KpiDefinitionsDialog",
                      "Deals won with their close date in the period; the mean of (closed − "
                      "created) in days, with fractions. Orders and invoices (no stage) do not "
                      "count: they would fake 0 days."),
};

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(busola::KpiDefinitionsDialog)
};

QString dimensionName(const QString &code)
{
    if (code == QLatin1String("channel"))
        return Texts::tr("channel");
    if (code == QLatin1String("team"))
        return Texts::tr("team");
    if (code == QLatin1String("agent"))
        return Texts::tr("agent");
    if (code == QLatin1String("owner"))
        return Texts::tr("owner");
    if (code == QLatin1String("region"))
        return Texts::tr("region");
    if (code == QLatin1String("lead_source"))
        return Texts::tr("lead source");
    return code;
}

QString unitName(KpiUnit unit, const QString &currency)
{
    switch (unit) {
    case KpiUnit::Hours:
        return Texts::tr("hours");
    case KpiUnit::Percent:
        return Texts::tr("percent");
    case KpiUnit::Score:
        return Texts::tr("score 1–5");
    case KpiUnit::Money:
        return currency;
    case KpiUnit::Days:
        return Texts::tr("days");
    case KpiUnit::Count:
        return Texts::tr("count");
    }
    return QString();
}

/// "≤ 24 h" for lower-is-better, "≥ 70 %" for higher-is-better, "none" without target.
QString targetText(const KpiDefinition &def, std::optional<double> target,
                   const KpiFormatter &format)
{
    if (!target)
        return Texts::tr("none");
    const QString sign =
        def.direction == KpiDirection::LowerIsBetter ? QStringLiteral("≤ ") : QStringLiteral("≥ ");
    return sign + format.value(def, target);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString kpiSection(const KpiDefinition &def, Store *store, const KpiFormatter &format,
                   int retentionWindow)
{
    const Language other =
        format.language() == Language::English ? Language::Romanian : Language::English;
    QString html =
        QStringLiteral("<h3>%1 <span style='font-weight:normal'>(%2)</span></h3>")
            .arg(def.name(format.language()).toHtmlEscaped(), def.name(other).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(def.definition(format.language()).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(Texts::tr("Formula"), kpiFormulaText(def.kpi).toHtmlEscaped());
    QString rules = Texts::tr(kpiRules[int(def.kpi)]);
    if (def.kpi == Kpi::RetentionRate)
        rules = rules.arg(retentionWindow);
    html += row(Texts::tr("Rules"), rules.toHtmlEscaped());
    html +=
        row(Texts::tr("Unit"),
            unitName(def.unit, store ? store->currency() : QStringLiteral("RON")).toHtmlEscaped());
    html += row(Texts::tr("Direction"), def.direction == KpiDirection::HigherIsBetter
                                            ? Texts::tr("higher is better")
                                            : Texts::tr("lower is better"));
    html += row(Texts::tr("Default target"),
                targetText(def, def.defaultTarget, format).toHtmlEscaped());
    if (store) {
        const QDate today = QDate::currentDate();
        const KpiTarget now =
            KpiTargets(*store).targetFor(def.kpi, today.year() * 100 + today.month(), {});
        html +=
            row(Texts::tr("Target this month"), targetText(def, now.value, format).toHtmlEscaped());
    }
    QStringList dims;
    for (const QString &d : def.dimensions)
        dims << dimensionName(d);
    html +=
        row(Texts::tr("Breakdowns"),
            (dims.isEmpty() ? Texts::tr("none") : dims.join(QStringLiteral(", "))).toHtmlEscaped());
    html += row(Texts::tr("Code"), QStringLiteral("<code>%1</code>").arg(def.id));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

KpiDefinitionsDialog::KpiDefinitionsDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("kpiDefinitionsText"));
    m_text->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(760, 680);
    retranslate();
}

QString KpiDefinitionsDialog::html() const
{
    const Language language = uiLanguage();
    const KpiFormatter format(language, m_store ? m_store->currency() : QStringLiteral("RON"));
    const int window =
        m_store ? m_store->setting(SettingKeys::RetentionWindowMonths, QStringLiteral("12")).toInt()
                : 12;
    double tolerance = 10.0;
    if (m_store) {
        const QDate today = QDate::currentDate();
        tolerance = KpiTargets(*m_store)
                        .targetFor(Kpi::ResponseTime, today.year() * 100 + today.month(), {})
                        .tolerancePct;
    }
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("How Busola computes each KPI. A period is a half-open interval "
                               "[start, end) in the "
                               "store's time zone (%1); durations are real elapsed time.")
                                .arg(m_store ? m_store->setting(SettingKeys::TimeZone,
                                                                QStringLiteral("Europe/Bucharest"))
                                             : QStringLiteral("Europe/Bucharest"))
                                .toHtmlEscaped());
    for (const KpiDefinition &def : kpiDefinitions())
        html += kpiSection(def, m_store, format, window);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Status, targets and missing values"));
    const QStringList general{
        tr("Met: the value reaches the target, inclusively (≤ for lower-is-better, ≥ for "
           "higher-is-better). Near: it misses by no more than the tolerance, relative to the "
           "target (now %1 %). Otherwise missed. Without a target there is no status colour.")
            .arg(format.locale().toString(tolerance)),
        tr("A target is valid from a month on: a past period is judged by the target it had "
           "then. A team or a channel can have a target of its own."),
        tr("A mean or a ratio without records is shown as “—”, never 0. A count or a sum is "
           "“—” when the KPI's data holds no record at all in the period, otherwise a number, "
           "0 included."),
        tr("Comparisons: with the previous period and with the same period a year earlier, as a "
           "change in % (N/A when the base is 0)."),
        tr("Median and p90 interpolate linearly between the sorted values (as Excel's "
           "PERCENTILE.INC)."),
    };
    for (const QString &line : general)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

void KpiDefinitionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KpiDefinitionsDialog::retranslate()
{
    setWindowTitle(tr("KPI Definitions"));
    m_text->setHtml(html());
}

} // namespace busola
