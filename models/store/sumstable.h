#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace busola {

/// Sums by key (SummaryDelta's summary rows: a period and a combination of dimensions), kept
/// in the order their keys came, found through an open-addressing index of (key, position)
/// slots. A reference to sums lasts until the next key is added. Rows in time order add to the few
/// hundred keys of their day one after the other: here those keys' sums lie together, where QHash
/// spread them over its whole storage (its lookups, each a cache miss or two, were a tenth of the
/// writing thread's time on a million-row import).
template <typename Sums> class SumsTable
{
public:
    struct Entry
    {
        qint64 key;
        Sums sums;
    };
    Sums &operator[](qint64 key)
    {
        if (!m_slots.empty()) {
            const std::size_t mask = m_slots.size() - 1;
            for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
                const Slot &s = m_slots[i];
                if (s.index < 0)
                    break;
                if (s.key == key)
                    return m_entries[std::size_t(s.index)].sums;
            }
        }
        append(key, Sums{});
        return m_entries.back().sums;
    }
    /// Adds a key the table does not hold.
    void append(qint64 key, const Sums &sums)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        m_entries.push_back({key, sums});
        place({key, int(m_entries.size() - 1)});
    }
    const std::vector<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Slot
    {
        qint64 key = 0;
        int index = -1; ///< in m_entries; -1: empty
    };
    static std::size_t slotOf(qint64 key, std::size_t mask)
    {
        return std::size_t((quint64(key) * 0x9e3779b97f4a7c15ULL) >> 32) & mask;
    }
    void place(const Slot &slot)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = slotOf(slot.key, mask);
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    void grow()
    {
        m_slots.assign(std::max<std::size_t>(64, m_slots.size() * 2), Slot{});
        for (std::size_t k = 0; k < m_entries.size(); ++k)
            place({m_entries[k].key, int(k)});
    }
    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots; ///< a power of two, at most half used
};

} // namespace busola
