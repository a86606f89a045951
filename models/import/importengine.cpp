#include "importengine.h"

#include "csvreader.h"
#include "profiles.h"
#include "readerfactory.h"
#include "rowconverter.h"
#include "store/store.h"

#include <QFileInfo>
#include <QLocale>

namespace busola {

namespace {

constexpr int HeaderSearchRows = 30;
constexpr int StyleSampleRows = 2000;

bool isBlank(const SheetRow &row)
{
    for (const Cell &c : row)
        if (!c.isEmpty())
            return false;
    return true;
}

QString cellText(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return QString();
    case Cell::Type::Text:
    case Cell::Type::Error:
        return cleanText(cell.text);
    default:
        return QString::number(cell.number, 'g', 15);
    }
}

bool hasRequired(Dataset dataset, const ColumnMapping &columns)
{
    auto has = [&columns](Field f) {
        for (const ColumnTarget &t : columns)
            if (t.field == f)
                return true;
        return false;
    };
    switch (dataset) {
    case Dataset::Support:
        return has(Field::Created) || has(Field::FirstResponse);
    case Dataset::Sales:
        return has(Field::Amount) && (has(Field::Created) || has(Field::Closed));
    case Dataset::Feedback:
        return has(Field::Created) && has(Field::Satisfaction);
    case Dataset::Costs:
        return has(Field::Month) && has(Field::Amount);
    }
    return false;
}

int mappedCount(const ColumnMapping &columns)
{
    int n = 0;
    for (const ColumnTarget &t : columns)
        n += t.field != Field::None;
    return n;
}

} // namespace

ImportEngine::ImportEngine(Store &store)
    : m_store(store)
{}

bool ImportEngine::fail(Inspection &inspection, const QString &message)
{
    inspection.ok = false;
    inspection.error = message;
    return false;
}

ColumnMapping ImportEngine::autoMapping(Dataset dataset, const QStringList &headers)
{
    ColumnMapping columns(headers.size());
    QVector<HeaderMatch> matches(headers.size());
    for (int c = 0; c < headers.size(); ++c)
        matches[c] = matchHeader(dataset, headers.at(c));
    // Each field goes to one column: the one whose header is its best synonym (then the first).
    for (int c = 0; c < headers.size(); ++c) {
        const HeaderMatch &m = matches.at(c);
        if (m.field == Field::None)
            continue;
        bool best = true;
        for (int o = 0; o < headers.size() && best; ++o)
            if (o != c && matches.at(o).field == m.field &&
                (matches.at(o).rank < m.rank || (matches.at(o).rank == m.rank && o < c)))
                best = false;
        if (best)
            columns[c] = ColumnTarget{m.field, m.unit};
    }
    return columns;
}

std::optional<Dataset> ImportEngine::detectDataset(const QStringList &headers)
{
    std::optional<Dataset> best;
    int bestCount = 0;
    for (Dataset d : {Dataset::Support, Dataset::Sales, Dataset::Feedback, Dataset::Costs}) {
        const ColumnMapping columns = autoMapping(d, headers);
        const int n = mappedCount(columns);
        if (hasRequired(d, columns) && n > bestCount) {
            best = d;
            bestCount = n;
        }
    }
    return best;
}

bool ImportEngine::openReader(Inspection &inspection, std::unique_ptr<SheetReader> &reader)
{
    ImportSettings &s = inspection.settings;
    if (s.file.isEmpty())
        return fail(inspection, tr("No file to import."));
    QString error;
    reader = createSheetReader(s.file, ReaderOptions{s.encoding, s.delimiter}, &error);
    if (!reader)
        return fail(inspection, error);
    inspection.sheets = reader->sheetNames();
    int index = 0;
    if (!s.sheet.isEmpty()) {
        index = int(inspection.sheets.indexOf(s.sheet));
        if (index < 0)
            return fail(inspection,
                        tr("%1 has no sheet named \"%2\" (it has: %3).")
                            .arg(s.file, s.sheet, inspection.sheets.join(QLatin1String(", "))));
    } else if (inspection.sheets.size() > 1) {
        index = firstSheetWithData(*reader);
        if (index < 0)
            return fail(inspection, reader->errorString());
        if (index > 0) {
            s.sheet = inspection.sheets.at(index);
            inspection.notes
                << tr("The sheets before \"%1\" hold no data: that sheet is imported.")
                       .arg(s.sheet);
        }
    }
    if (!reader->selectSheet(index))
        return fail(inspection, reader->errorString());
    if (auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
        inspection.encoding = csv->encodingName();
        inspection.delimiter = csv->delimiter();
    }
    return true;
}

int ImportEngine::firstSheetWithData(SheetReader &reader)
{
    // A workbook often opens on an empty or notes-only sheet; the data is on a later one.
    // Readers skip empty rows, so an empty sheet costs one pass over its (few) rows.
    SheetRow row;
    for (int index = 0; index < reader.sheetNames().size(); ++index) {
        if (!reader.selectSheet(index))
            return -1;
        while (reader.readRow(row))
            if (!isBlank(row))
                return index;
        if (!reader.errorString().isEmpty())
            return -1;
    }
    return 0;
}

bool ImportEngine::findHeader(Inspection &inspection, SheetReader &reader)
{
    ImportSettings &s = inspection.settings;
    SheetRow row;
    int bestScore = -1;
    const int chosenRow = s.headerRow;
    while (reader.readRow(row) && reader.rowNumber() <= qMax(HeaderSearchRows, s.headerRow)) {
        if (isBlank(row))
            continue;
        QStringList cells;
        for (const Cell &c : std::as_const(row))
            cells << cellText(c);
        if (chosenRow > 0) {
            if (reader.rowNumber() == chosenRow) {
                inspection.headers = cells;
                return true;
            }
            continue;
        }
        int score = 0;
        for (Dataset d : {Dataset::Support, Dataset::Sales, Dataset::Feedback, Dataset::Costs})
            if (!s.dataset || *s.dataset == d)
                score = qMax(score, mappedCount(autoMapping(d, cells)));
        if (score > bestScore) {
            bestScore = score;
            s.headerRow = reader.rowNumber();
            inspection.headers = cells;
        }
    }
    if (!reader.errorString().isEmpty())
        return fail(inspection, reader.errorString());
    if (bestScore < 0)
        return fail(
            inspection,
            s.headerRow > 0
                ? tr("%1 has no row %2 to take the header from.").arg(s.file).arg(s.headerRow)
                : tr("%1 holds no rows.").arg(s.file));
    return true;
}

bool ImportEngine::resolveMapping(Inspection &inspection)
{
    ImportSettings &s = inspection.settings;
    inspection.headerSignature = headerSignature(inspection.headers);
    std::optional<ImportProfile> profile;
    if (!s.profile.isEmpty())
        profile = loadProfile(m_store, s.profile);
    else if (s.columns.isEmpty())
        profile = findProfileForHeaders(m_store, inspection.headerSignature);
    if (profile && (!s.dataset || *s.dataset == profile->dataset)) {
        applyProfile(*profile, inspection.headers, s);
        inspection.profileApplied = profile->name;
    }
    if (!s.dataset)
        s.dataset = detectDataset(inspection.headers);
    if (!s.dataset)
        return fail(inspection,
                    tr("%1: no column of the header (row %2: %3) could be matched to the fields "
                       "of support tickets, sales, feedback or support costs. Choose the dataset "
                       "and map the columns.")
                        .arg(s.file)
                        .arg(s.headerRow)
                        .arg(inspection.headers.join(QLatin1String(", ")).left(300)));
    if (s.columns.isEmpty())
        s.columns = autoMapping(*s.dataset, inspection.headers);
    s.columns.resize(qMax(s.columns.size(), inspection.headers.size()));
    if (!hasRequired(*s.dataset, s.columns))
        return fail(inspection, tr("%1: the columns needed for %2 were not found in the header "
                                   "(row %3: %4).")
                                    .arg(s.file, datasetName(*s.dataset))
                                    .arg(s.headerRow)
                                    .arg(inspection.headers.join(QLatin1String(", ")).left(300)));
    for (const ColumnTarget &t : std::as_const(s.columns))
        if (*s.dataset == Dataset::Support && t.field == Field::Created)
            return true;
    if (*s.dataset == Dataset::Support)
        inspection.notes << tr("No column gives the creation time: the first-response time stands "
                               "in for it, so no response times are imported.");
    return true;
}

void ImportEngine::settleStyles(Inspection &inspection, SheetReader &reader)
{
    ImportSettings &s = inspection.settings;
    const QLocale locale(s.locale.isEmpty() ? QStringLiteral("C") : s.locale);
    int dayFirst = 0, monthFirst = 0, comma = 0, point = 0;
    double ratingMin = 1e300, ratingMax = -1e300;
    bool dateOnly = true, sawDate = false;
    SheetRow row;
    for (int n = 0; n < StyleSampleRows && reader.readRow(row);) {
        if (isBlank(row))
            continue;
        ++n;
        for (int c = 0; c < row.size() && c < s.columns.size(); ++c) {
            const Cell &cell = row.at(c);
            if (cell.type != Cell::Type::Text || cell.text.isEmpty())
                continue;
            const FieldType type = fieldType(s.columns.at(c).field);
            if (type == FieldType::DateTime || type == FieldType::Month) {
                const DateOrder hint = dateOrderHint(cell.text);
                dayFirst += hint == DateOrder::DayFirst;
                monthFirst += hint == DateOrder::MonthFirst;
                sawDate = true;
                dateOnly = dateOnly && !cell.text.trimmed().contains(QLatin1Char(' ')) &&
                           !cell.text.contains(QLatin1Char('T'));
            } else if (type == FieldType::Money || type == FieldType::Duration ||
                       type == FieldType::Integer || type == FieldType::Rating) {
                const DecimalMark hint = decimalMarkHint(cell.text);
                comma += hint == DecimalMark::Comma;
                point += hint == DecimalMark::Point;
                if (type == FieldType::Rating) {
                    if (auto d = parseDecimal(cell.text, DecimalMark::Auto)) {
                        ratingMin = qMin(ratingMin, d->toDouble());
                        ratingMax = qMax(ratingMax, d->toDouble());
                    }
                }
            }
        }
    }
    if (s.dateOrder == DateOrder::Auto) {
        if (dayFirst || monthFirst)
            s.dateOrder = dayFirst >= monthFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
        else if (!s.locale.isEmpty())
            s.dateOrder = locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('M'))
                              ? DateOrder::MonthFirst
                              : DateOrder::DayFirst;
        else
            s.dateOrder = DateOrder::DayFirst;
    }
    if (s.decimalMark == DecimalMark::Auto) {
        if (comma || point)
            s.decimalMark = comma >= point ? DecimalMark::Comma : DecimalMark::Point;
        else if (!s.locale.isEmpty())
            s.decimalMark = locale.decimalPoint() == QLatin1String(",") ? DecimalMark::Comma
                                                                        : DecimalMark::Point;
        else
            s.decimalMark =
                inspection.delimiter == QLatin1Char(';') ? DecimalMark::Comma : DecimalMark::Point;
    }
    if (s.ratingScale == RatingScale::Auto && ratingMax > -1e300) {
        s.ratingScale = ratingMax <= 5 ? RatingScale::OneToFive
                        : ratingMax <= 10
                            ? (ratingMin < 1 ? RatingScale::ZeroToTen : RatingScale::OneToTen)
                            : RatingScale::Percent;
        if (s.ratingScale != RatingScale::OneToFive)
            inspection.notes
                << tr("Ratings go up to %1: they are mapped linearly onto 1–5.").arg(ratingMax);
    }
    if (sawDate && dateOnly)
        inspection.notes << tr("The dates carry no time of day: they are taken as midnight.");
}

bool ImportEngine::rewindToData(Inspection &inspection, SheetReader &reader)
{
    int index = inspection.settings.sheet.isEmpty()
                    ? 0
                    : int(inspection.sheets.indexOf(inspection.settings.sheet));
    if (!reader.selectSheet(qMax(0, index)))
        return fail(inspection, reader.errorString());
    SheetRow row;
    while (reader.rowNumber() < inspection.settings.headerRow)
        if (!reader.readRow(row))
            return fail(inspection,
                        reader.errorString().isEmpty()
                            ? tr("%1 ends before its header row.").arg(inspection.settings.file)
                            : reader.errorString());
    return true;
}

Inspection ImportEngine::inspect(const ImportSettings &settings)
{
    Inspection inspection;
    inspection.settings = settings;
    m_reader.reset();
    if (!openReader(inspection, m_reader) || !findHeader(inspection, *m_reader) ||
        !resolveMapping(inspection) || !rewindToData(inspection, *m_reader))
        return inspection;
    settleStyles(inspection, *m_reader);
    if (!m_reader->errorString().isEmpty()) {
        fail(inspection, m_reader->errorString());
        return inspection;
    }
    if (!rewindToData(inspection, *m_reader))
        return inspection;
    inspection.ok = true;
    return inspection;
}

Preview ImportEngine::preview(const ImportSettings &settings, int rows)
{
    Preview preview;
    preview.inspection = inspect(settings);
    if (!preview.inspection.ok)
        return preview;
    RowConverter converter(preview.inspection, m_store.clock(), m_store.currency());
    SheetRow row;
    while (preview.rows.size() < rows && m_reader->readRow(row)) {
        if (isBlank(row))
            continue;
        PreviewRow out;
        out.row = m_reader->rowNumber();
        converter.convert(row, out.row, out.problems, &out.cells);
        preview.rows.append(out);
    }
    if (!m_reader->errorString().isEmpty()) {
        preview.inspection.ok = false;
        preview.inspection.error = m_reader->errorString();
    }
    return preview;
}

QString describeProblem(const Problem &p)
{
    QString where = p.row > 0 ? ImportEngine::tr("row %1").arg(p.row) : ImportEngine::tr("file");
    if (!p.column.isEmpty())
        where += ImportEngine::tr(", column %1").arg(p.column);
    if (!p.value.isEmpty())
        where += ImportEngine::tr(", value \"%1\"").arg(p.value.left(60));
    return (p.isError() ? ImportEngine::tr("error: ") : ImportEngine::tr("warning: ")) + where +
           QLatin1String(": ") + p.reason;
}

} // namespace busola
