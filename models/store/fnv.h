#pragma once

#include <QString>
#include <QSysInfo>
#include <QtGlobal>

#include <array>
#include <cstddef>

namespace busola {

/// FNV-1a over bytes: the content hash that detects unchanged rows on re-import without
/// reading them back (content_hash). Stores keep the values it gave, so what it computes must
/// never change; feedString() and feedInteger() take shortcuts that give the very value
/// feed() gives on the same bytes (tst_fnv checks them against it).
struct Fnv
{
    static constexpr quint64 Prime = 1099511628211ULL;
    quint64 h = 1469598103934665603ULL;

    void feed(const void *data, size_t size)
    {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i) {
            h ^= bytes[i];
            h *= Prime;
        }
    }
    /// The string's UTF-16 units as bytes in memory order, then a 0x1f end mark. Xor-ing a
    /// zero byte changes nothing, so a unit whose high byte is zero (any Latin-1 character)
    /// takes one multiplication by the prime squared instead of two steps: half the chain of
    /// dependent multiplications for most text (a sixteenth of the writing thread's time).
    void feedString(const QString &s)
    {
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            for (const QChar c : s) {
                const char16_t u = c.unicode();
                h ^= u & 0xffu;
                if (u > 0xff) {
                    h *= Prime;
                    h ^= u >> 8;
                    h *= Prime;
                } else {
                    h *= Prime * Prime;
                }
            }
        } else {
            feed(s.constData(), size_t(s.size()) * sizeof(QChar));
        }
        const char end = 0x1f;
        feed(&end, 1);
    }
    /// A value's tag: 'n' for null, else from its QVariant type.
    void feedTag(bool null, int typeId)
    {
        const char tag = null ? 'n' : char('a' + typeId % 20);
        feed(&tag, 1);
    }
    /// The integer's 8 bytes in memory order; on little-endian machines the zero bytes above
    /// its highest non-zero one take one multiplication together.
    void feedInteger(qint64 i)
    {
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            quint64 u = quint64(i);
            int bytes = 0;
            for (; u != 0; u >>= 8, ++bytes) {
                h ^= u & 0xffu;
                h *= Prime;
            }
            h *= PrimePowers[size_t(8 - bytes)];
        } else {
            feed(&i, sizeof i);
        }
    }

private:
    static constexpr std::array<quint64, 9> PrimePowers = [] {
        std::array<quint64, 9> p{};
        p[0] = 1;
        for (size_t k = 1; k < p.size(); ++k)
            p[k] = p[k - 1] * Prime;
        return p;
    }();
};

} // namespace busola
