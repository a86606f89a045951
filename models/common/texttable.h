#pragma once

// A table of texts → values for an import's lookups of the same texts row after row: the reading
// thread's customers, enumerations and yes/no columns, the writing thread's customer ids.

#include <QHashSeed>
#include <QString>

#include <algorithm>
#include <cstring>
#include <vector>

namespace busola {

/// A seeded 64-bit hash of bytes, eight a step. QHash's qHash(QString) and key compares were
/// a sixth of the reading thread's time on a million-row sheet (a customer, an id and three
/// enumerations per row), and half of the writing thread's for each new customer; this takes
/// a few nanoseconds for the short texts of such columns. Seeded as QHash is, so that a file
/// cannot be made to collide on purpose.
inline quint64 bytesHash(const void *data, std::size_t length)
{
    static const quint64 seed = quint64(QHashSeed::globalSeed()) | 1;
    const auto *bytes = static_cast<const unsigned char *>(data);
    std::size_t left = length;
    quint64 h = seed ^ (quint64(left) * 0x9e3779b97f4a7c15ULL);
    for (; left >= 8; left -= 8, bytes += 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        h = (h ^ word) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
    }
    if (left > 0) {
        quint64 word = 0;
        std::memcpy(&word, bytes, left);
        h = (h ^ word) * 0x94d049bb133111ebULL;
        h ^= h >> 29;
    }
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 32);
}

/// bytesHash() of a text's UTF-16 units.
inline quint64 textHash(const QChar *text, qsizetype length)
{
    return bytesHash(text, std::size_t(length) * sizeof(QChar));
}

inline quint64 textHash(const QString &text)
{
    return textHash(text.constData(), text.size());
}

/// Texts numbered in the order they were added, each with a value. Open addressing over slots
/// that hold a text's hash and where its characters are, so that a lookup reads one slot and,
/// unless the text is the very buffer the table keeps (XLSX's shared strings are), compares
/// the characters once. The table keeps each text it was given (shared, not copied): the
/// characters a slot points at live as long as the table.
template <class T> class TextTable
{
public:
    /// The number of text, or -1.
    int indexOf(const QString &text, quint64 hash) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.index < 0)
                return -1;
            if (s.hash == hash && s.size == text.size() &&
                (s.data == text.constData() ||
                 std::memcmp(s.data, text.constData(), std::size_t(s.size) * sizeof(QChar)) == 0))
                return s.index;
        }
    }
    int indexOf(const QString &text) const { return indexOf(text, textHash(text)); }

    /// Adds text, which indexOf() did not find, with its value: its number.
    int insert(const QString &text, quint64 hash, T value)
    {
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            grow();
        const int index = int(m_keys.size());
        m_keys.push_back(text); // text may be one of m_keys: only the copy is used below
        m_values.push_back(std::move(value));
        const QString &kept = m_keys.back();
        place({hash, kept.constData(), kept.size(), index});
        return index;
    }

    bool contains(const QString &text) const { return indexOf(text) >= 0; }
    /// Gives text this value, whether it had one or not.
    void set(const QString &text, T value)
    {
        const quint64 hash = textHash(text);
        if (const int at = indexOf(text, hash); at >= 0)
            m_values[std::size_t(at)] = std::move(value);
        else
            insert(text, hash, std::move(value));
    }

    const QString &key(int index) const { return m_keys[std::size_t(index)]; }
    const T &value(int index) const { return m_values[std::size_t(index)]; }
    /// The values in the order their texts were added.
    const std::vector<T> &values() const { return m_values; }
    qsizetype size() const { return qsizetype(m_keys.size()); }

private:
    struct Slot
    {
        quint64 hash = 0;
        const QChar *data = nullptr;
        qsizetype size = 0;
        int index = -1; ///< -1: empty
    };

    void place(const Slot &slot)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    void grow()
    {
        std::vector<Slot> old(std::max<std::size_t>(16, m_slots.size() * 2));
        old.swap(m_slots);
        for (const Slot &s : old)
            if (s.index >= 0)
                place(s);
    }

    std::vector<Slot> m_slots; ///< a power of two, at most half used
    std::vector<QString> m_keys;
    std::vector<T> m_values;
};

} // namespace busola
