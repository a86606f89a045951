#include "competitordocument.h"

#include "common/changevalue.h"
#include "competitorstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QUndoStack>

#include <algorithm>

namespace busola {

namespace {

/// Adds one competitor; later redos restore it under the id the first one gave it.
class AddCompetitorCommand final : public QUndoCommand
{
public:
    AddCompetitorCommand(CompetitorDocument *document, int row, const Competitor &competitor)
        : QUndoCommand(CompetitorDocument::tr("Add competitor"))
        , m_document(document)
        , m_row(row)
        , m_competitor(competitor)
    {
        m_competitor.id = 0;
    }
    void redo() override { m_document->insertAt(m_row, m_competitor); }
    void undo() override
    {
        const int row = m_document->rowOf(m_competitor.id);
        if (row >= 0)
            m_competitor = m_document->takeAt(row);
    }
    qint64 competitorId() const { return m_competitor.id; }

private:
    CompetitorDocument *m_document;
    int m_row;
    Competitor m_competitor;
};

/// Deletes several competitors; undo puts each back at its row, with its id.
class RemoveCompetitorsCommand final : public QUndoCommand
{
public:
    RemoveCompetitorsCommand(CompetitorDocument *document, const QList<qint64> &ids)
        : m_document(document)
    {
        for (qint64 id : ids) {
            const int row = document->rowOf(id);
            if (row >= 0 && !m_rows.contains(row))
                m_rows.append(row);
        }
        std::sort(m_rows.begin(), m_rows.end());
        for (int row : qAsConst(m_rows))
            m_removed.append(document->competitors().at(row));
        setText(CompetitorDocument::tr("Delete %n competitor(s)", nullptr, int(m_rows.size())));
    }
    void redo() override
    {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i)
            m_document->takeAt(m_rows.at(i));
    }
    void undo() override
    {
        for (int i = 0; i < m_rows.size(); ++i)
            m_document->insertAt(m_rows.at(i), m_removed[i]);
    }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    CompetitorDocument *m_document;
    QList<int> m_rows;
    QList<Competitor> m_removed;
};

} // namespace

CompetitorDocument::CompetitorDocument(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<CompetitorStore>(store))
    , m_competitors(m_store->competitors())
    , m_undoStack(new QUndoStack(this))
{}

CompetitorDocument::~CompetitorDocument() = default;

void CompetitorDocument::reload()
{
    m_undoStack->clear();
    emit aboutToReset();
    m_competitors = m_store->competitors();
    emit reset();
}

int CompetitorDocument::rowOf(qint64 competitorId) const
{
    for (int row = 0; row < m_competitors.size(); ++row) {
        if (m_competitors.at(row).id == competitorId)
            return row;
    }
    return -1;
}

Competitor CompetitorDocument::record(qint64 competitorId) const
{
    const int row = rowOf(competitorId);
    return row >= 0 ? m_competitors.at(row) : Competitor();
}

qint64 CompetitorDocument::addCompetitor(int row, const Competitor &competitor)
{
    if (row < 0 || row > m_competitors.size())
        row = int(m_competitors.size());
    auto *command = new AddCompetitorCommand(this, row, competitor);
    m_undoStack->push(command);
    return command->competitorId();
}

void CompetitorDocument::removeCompetitors(const QList<qint64> &ids)
{
    auto command = std::make_unique<RemoveCompetitorsCommand>(this, ids);
    if (!command->isEmpty())
        m_undoStack->push(command.release());
}

template <typename Value>
void CompetitorDocument::changeValue(qint64 id, CompetitorField field, Value Competitor::*member,
                                     Value value, const QString &text)
{
    if (rowOf(id) < 0 || record(id).*member == value)
        return;
    m_undoStack->push(new ChangeValue<CompetitorDocument, Competitor, Value>(
        this, id, int(field), member, std::move(value), text));
}

void CompetitorDocument::setName(qint64 id, const QString &name)
{
    changeValue(id, CompetitorField::Name, &Competitor::name, name, tr("Rename competitor"));
}

void CompetitorDocument::setPricePosition(qint64 id, PricePosition position)
{
    changeValue(id, CompetitorField::PricePosition, &Competitor::pricePosition, position,
                tr("Change price position"));
}

void CompetitorDocument::setDiscount(qint64 id, std::optional<double> pct)
{
    changeValue(id, CompetitorField::Discount, &Competitor::discountPct, pct,
                tr("Change discount"));
}

void CompetitorDocument::setChannels(qint64 id, const QString &channels)
{
    changeValue(id, CompetitorField::Channels, &Competitor::channels, channels,
                tr("Change channels"));
}

void CompetitorDocument::setResponseTime(qint64 id, std::optional<double> hours)
{
    changeValue(id, CompetitorField::ResponseTime, &Competitor::responseTimeHours, hours,
                tr("Change response time"));
}

void CompetitorDocument::setSatisfaction(qint64 id, std::optional<double> score)
{
    changeValue(id, CompetitorField::Satisfaction, &Competitor::satisfaction, score,
                tr("Change satisfaction"));
}

void CompetitorDocument::setNotes(qint64 id, const QString &notes)
{
    changeValue(id, CompetitorField::Notes, &Competitor::notes, notes, tr("Change notes"));
}

void CompetitorDocument::insertAt(int row, Competitor &competitor)
{
    Transaction tx(m_store->store().db());
    const qint64 id = m_store->insert(competitor, row);
    if (id == 0)
        emit storeError(m_store->lastError());
    else
        competitor.id = id;
    emit aboutToBeInserted(row);
    m_competitors.insert(row, competitor);
    emit inserted(row);
    writeOrder();
    tx.commit();
}

Competitor CompetitorDocument::takeAt(int row)
{
    emit aboutToBeRemoved(row);
    Competitor competitor = m_competitors.takeAt(row);
    emit removed(row);
    Transaction tx(m_store->store().db());
    if (!m_store->remove(competitor.id))
        emit storeError(m_store->lastError());
    writeOrder();
    tx.commit();
    return competitor;
}

void CompetitorDocument::updateRecord(const Competitor &competitor, int field)
{
    const int row = rowOf(competitor.id);
    if (row < 0)
        return;
    m_competitors[row] = competitor;
    if (!m_store->updateField(competitor, CompetitorField(field)))
        emit storeError(m_store->lastError());
    emit changed(row);
}

void CompetitorDocument::writeOrder()
{
    QList<qint64> ids;
    for (const Competitor &c : qAsConst(m_competitors))
        ids.append(c.id);
    if (!m_store->writeOrder(ids))
        emit storeError(m_store->lastError());
}

} // namespace busola
