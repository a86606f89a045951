#pragma once

#include <QUndoCommand>

namespace busola {

/// Undoable change of one field of one record, so each editable field needs no command class
/// of its own (the idea of Tiled's changevalue.h).
///
/// Document contract: `Record record(qint64 id) const` returns the record as it is now, and
/// `void updateRecord(const Record &, int field)` stores it, writes `field` to the store and
/// notifies the views. Commands address records by id, never by pointer or row, so a change
/// stays valid while other commands move or delete and restore its record.
///
/// A non-negative mergeId lets consecutive changes of the same field of the same record merge
/// into one undo step (typing in one SWOT item); give each instantiation its own id, because
/// QUndoStack merges by id alone.
template <typename Document, typename Record, typename Value>
class ChangeValue final : public QUndoCommand
{
public:
    ChangeValue(Document *document, qint64 recordId, int field, Value Record::*member, Value value,
                const QString &text, int mergeId = -1)
        : QUndoCommand(text)
        , m_document(document)
        , m_recordId(recordId)
        , m_field(field)
        , m_member(member)
        , m_old(document->record(recordId).*member)
        , m_new(std::move(value))
        , m_mergeId(mergeId)
    {}

    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeValue *>(other);
        if (next->m_recordId != m_recordId || next->m_field != m_field)
            return false;
        m_new = next->m_new;
        // Typing a value back to what it was leaves nothing to undo.
        setObsolete(m_new == m_old);
        return true;
    }

private:
    void apply(const Value &value)
    {
        Record record = m_document->record(m_recordId);
        record.*m_member = value;
        m_document->updateRecord(record, m_field);
    }

    Document *m_document;
    qint64 m_recordId;
    int m_field;
    Value Record::*m_member;
    Value m_old;
    Value m_new;
    int m_mergeId;
};

} // namespace busola
