#pragma once

#include "common/texttable.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace busola {

/// The texts a column repeats (its teams, channels, agents, yes/no answers), one QString each:
/// a reader hands every cell of a repeated text the same string, as XLSX's shared strings do,
/// instead of converting it from UTF-8 and allocating it again. RowConverter then knows those
/// cells by their buffer, without trimming, folding or hashing them (RowConverter::TextMemo),
/// and a batch's rows share the strings instead of each freeing its own. On a million-row
/// inline-string XLSX the conversions and their frees were a sixth of the reading thread.
/// A column of mostly distinct texts (ids, names, subjects) stops being looked up after
/// MaxTexts of them.
class RepeatedTexts
{
public:
    QString text(long long column, std::string_view utf8)
    {
        if (column < 0 || column >= MaxColumns)
            return convert(utf8);
        if (std::size_t(column) >= m_columns.size())
            m_columns.resize(std::size_t(column) + 1);
        Column &c = m_columns[std::size_t(column)];
        if (c.off)
            return convert(utf8);
        const quint64 hash = bytesHash(utf8.data(), utf8.size());
        const std::size_t mask = 2 * MaxTexts - 1;
        std::size_t i = hash & mask;
        for (; c.index[i] != 0; i = (i + 1) & mask) {
            const std::size_t at = c.index[i] - 1;
            if (c.hashes[at] == hash && c.bytes[at] == utf8)
                return c.texts[at];
        }
        if (c.texts.size() == MaxTexts) {
            c = Column();
            c.off = true;
            return convert(utf8);
        }
        c.hashes.push_back(hash);
        c.bytes.emplace_back(utf8);
        c.texts.push_back(convert(utf8));
        c.index[i] = quint16(c.texts.size());
        return c.texts.back();
    }

private:
    static constexpr long long MaxColumns = 256;
    static constexpr std::size_t MaxTexts = 256;
    static QString convert(std::string_view utf8)
    {
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
    struct Column
    {
        quint16 index[2 * MaxTexts] = {}; ///< a text's position + 1; 0: empty
        std::vector<quint64> hashes;
        std::vector<std::string> bytes;
        std::vector<QString> texts;
        bool off = false;
    };
    std::vector<Column> m_columns;
};

} // namespace busola
