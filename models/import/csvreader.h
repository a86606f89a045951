#pragma once

#include "readerfactory.h"
#include "sheetreader.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>

namespace busola {

/// CSV, TSV and TXT exports: encoding, delimiter and quote detected from the first 64 KiB
/// (or taken from ReaderOptions); quoted fields with embedded delimiters, quotes and line
/// breaks; ragged rows. The file is read in 1 MiB chunks, each decoded once, so memory stays
/// flat whatever the size. A row is what a spreadsheet shows as one row: a quoted line
/// break does not start a new one.
class CsvReader final : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(busola::CsvReader)

public:
    explicit CsvReader(ReaderOptions options = {});

    bool open(const QString &path) override;
    QStringList sheetNames() const override;
    bool selectSheet(int index) override;
    bool readRow(SheetRow &row) override;
    int rowNumber() const override { return m_row; }
    double progress() const override;
    QString errorString() const override { return m_error; }

    /// What was detected or chosen, for the wizard and the summary.
    QString encodingName() const { return encodingDisplayName(m_encoding); }
    QChar delimiter() const { return QChar(m_delimiter); }

    static constexpr int MaxFields = 16384;              // Excel's column limit
    static constexpr int MaxRowChars = 16 * 1024 * 1024; // one row; beyond is a broken quote

private:
    enum class Parse { Row, NeedMore, Error };
    bool fail(const QString &message);
    bool detect(const QByteArray &sample, bool wholeFile);
    bool fill();
    Parse parseRow(SheetRow &row, bool atEof);

    ReaderOptions m_options;
    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    int m_bomSize = 0;
    Encoding m_encoding = Encoding::Utf8;
    TextDecoder m_decoder;
    char16_t m_delimiter = ',';
    char16_t m_quote = '"';
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_row = 0;
    QString m_error;
};

} // namespace busola
