#pragma once

// Helpers of ImportEngine::run (importrun.cpp): repeat detection, the file hash, the rejects
// file. Internal to the import engine.

#include "common/sha256.h"
#include "common/texttable.h"
#include "importengine.h"
#include "importsettings.h"
#include "sheetreader.h"

#include <QFile>
#include <QHash>
#include <QString>

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

namespace busola::importrun {

/// Ids seen in this file → the row they were first on. While each id sorts after the one
/// before (most exports list their records by id), none can repeat an earlier one: the ids'
/// hashes and rows are only appended to a list. The first id out of that order turns the list
/// into the table that finds repeats: open addressing over 64-bit hashes, 12 bytes a slot, at
/// most half of them used, so a million-row file needs no million QStrings. (The table alone
/// took a twelfth of the reading thread's time: a million inserts at random places of 24 MB,
/// nearly each one a cache miss.)
class SeenIds
{
public:
    /// The row id was first seen on, or 0 when new (then it is remembered with row).
    int insert(const QString &id, int row)
    {
        const quint64 h = hash(id);
        if (m_rows.empty()) {
            if (m_listRows.empty() || sortsAfter(id, m_last)) {
                m_listHashes.push_back(h);
                m_listRows.push_back(row);
                m_last = id;
                return 0;
            }
            tableFromList();
        }
        if ((m_used + 1) * 2 > qint64(m_rows.size()))
            grow();
        const size_t mask = m_rows.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            if (m_rows[i] == 0) {
                m_hashes[i] = h;
                m_rows[i] = row;
                ++m_used;
                return 0;
            }
            if (m_hashes[i] == h)
                return m_rows[i];
        }
    }

private:
    static quint64 hash(const QString &id) { return textHash(id); }
    /// A strict order (by length, then by the bytes of the code units: any strict order will
    /// do), so that "10" sorts after "9".
    static bool sortsAfter(const QString &a, const QString &b)
    {
        if (a.size() != b.size())
            return a.size() > b.size();
        return std::memcmp(a.constData(), b.constData(), size_t(a.size()) * sizeof(QChar)) > 0;
    }
    void tableFromList()
    {
        std::vector<quint64> hashes;
        std::vector<int> rows;
        hashes.swap(m_listHashes);
        rows.swap(m_listRows);
        m_last = QString();
        size_t size = 1024;
        while (size < 2 * (rows.size() + 1))
            size *= 2;
        m_hashes.assign(size, 0);
        m_rows.assign(size, 0);
        for (size_t k = 0; k < rows.size(); ++k)
            place(hashes[k], rows[k]);
    }
    void grow()
    {
        const size_t size = std::max<size_t>(1024, m_rows.size() * 2);
        std::vector<quint64> oldHashes(size);
        std::vector<int> oldRows(size);
        oldHashes.swap(m_hashes);
        oldRows.swap(m_rows);
        m_used = 0;
        for (size_t k = 0; k < oldRows.size(); ++k)
            if (oldRows[k] != 0)
                place(oldHashes[k], oldRows[k]);
    }
    /// Puts a hash known to be new (a repeat in the list is impossible).
    void place(quint64 h, int row)
    {
        const size_t mask = m_rows.size() - 1;
        size_t i = h & mask;
        while (m_rows[i] != 0)
            i = (i + 1) & mask;
        m_hashes[i] = h;
        m_rows[i] = row;
        ++m_used;
    }
    // Slot i: an id's hash and the row it was first seen on (0: empty). Two arrays rather
    // than one of structs, whose padding made a slot 16 bytes instead of 12: a million ids
    // take 2 Mi slots, 25 MB instead of 34 (and 38 instead of 50 while growing).
    std::vector<quint64> m_hashes;
    std::vector<int> m_rows;
    qint64 m_used = 0;
    // Until the first id out of order: every id's hash and row, and the last id.
    std::vector<quint64> m_listHashes;
    std::vector<int> m_listRows;
    QString m_last;
};

/// Numbers the customers a file names (CustomerRef::token), on the reading thread: the writer,
/// the slower of the two threads, then keeps each customer's id by its number instead of
/// looking the customer up row after row (a million such lookups took it over a second).
class CustomerTokens
{
public:
    void assign(CustomerRef &customer)
    {
        // The store keys a customer by its trimmed code, else by its folded name: the same
        // code, or the same name without a code, is always the same customer.
        const bool byCode = !QStringView(customer.code).trimmed().isEmpty();
        QString &text = byCode ? customer.code : customer.name;
        if (!byCode && QStringView(text).trimmed().isEmpty())
            return;
        TextTable<int> &tokens = byCode ? m_byCode : m_byName;
        const quint64 hash = textHash(text);
        int at = tokens.indexOf(text, hash);
        if (at < 0)
            at = tokens.insert(text, hash, int(m_byCode.size() + m_byName.size()));
        else if (text.constData() != tokens.key(at).constData())
            text = tokens.key(at); // the customer's first string, shared: the cell's is reused
        customer.token = tokens.value(at);
    }

private:
    TextTable<int> m_byCode;
    TextTable<int> m_byName;
};

/// Hashes the file on another thread while the import reads it; joined before commit.
class FileHasher
{
public:
    explicit FileHasher(const QString &path)
        : m_thread([this, path] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return;
            Sha256 hash;
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            qint64 n = 0;
            while (!m_stop.load(std::memory_order_relaxed) &&
                   (n = file.read(chunk.data(), chunk.size())) > 0)
                hash.addData(QByteArrayView(chunk.constData(), n));
            if (n == 0)
                m_result = hash.hexResult();
        })
    {}
    ~FileHasher()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QString result()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }

private:
    std::atomic<bool> m_stop{false};
    QString m_result;
    std::thread m_thread;
};

/// Rejected rows as CSV (UTF-8 with BOM, so spreadsheets read the diacritics): the original
/// cells, then the row number and the reasons.
class RejectsWriter
{
public:
    bool open(const QString &path, const QStringList &headers)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        m_file.write("\xEF\xBB\xBF");
        QStringList cells = headers;
        cells << ImportEngine::tr("Row") << ImportEngine::tr("Problems");
        writeLine(cells);
        return true;
    }
    bool isOpen() const { return m_file.isOpen(); }
    void write(const SheetRow &row, int rowNumber, const QVector<Problem> &problems)
    {
        QStringList cells;
        for (const Cell &c : row)
            cells << (c.type == Cell::Type::Text || c.type == Cell::Type::Error ? c.text
                      : c.type == Cell::Type::Empty                             ? QString()
                                                    : QString::number(c.number, 'g', 15));
        QStringList reasons;
        for (const Problem &p : problems)
            if (p.isError())
                reasons << (p.column.isEmpty() ? p.reason
                                               : p.column + QLatin1String(": ") + p.reason);
        cells << QString::number(rowNumber) << reasons.join(QLatin1String("; "));
        writeLine(cells);
    }

private:
    void writeLine(const QStringList &cells)
    {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            QString c = cells.at(i);
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) ||
                c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')))
                c = QLatin1Char('"') + c.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                    QLatin1Char('"');
            if (i)
                line += QLatin1Char(',');
            line += c;
        }
        line += QLatin1String("\r\n");
        m_file.write(line.toUtf8());
    }
    QFile m_file;
};

} // namespace busola::importrun
