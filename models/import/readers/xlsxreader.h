#pragma once

#include "import/readers/rowstream.h"
#include "import/readers/xlsxbook.h"

namespace busola {

/// Office Open XML workbooks (.xlsx, .xlsm): the workbook, relationships and styles through
/// QXmlStreamReader, the sheet data and shared strings through the fast scanner.
class XlsxReader final : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(busola::XlsxReader)
public:
    explicit XlsxReader(const SpreadsheetReaderOptions &options = {});
    ~XlsxReader() override;

    bool open(const QString &path) override;
    QStringList sheetNames() const override;
    bool selectSheet(int index) override;
    bool readRow(SheetRow &row) override;
    int rowNumber() const override { return m_rowNumber; }
    double progress() const override;
    QString errorString() const override { return m_error; }

private:
    struct Sheet
    {
        QString name;
        QString part;
    };
    bool fail(const QString &message);
    bool readWorkbook(QString &sharedStringsPart, QString &stylesPart);
    bool readRelationships(const QString &relsPart, const QString &baseDir,
                           QHash<QString, QString> &targets, QHash<QString, QString> &types);
    bool readStyles(const QString &part);

    SpreadsheetReaderOptions m_options;
    ZipArchive m_zip;
    XlsxBook m_book;
    QVector<Sheet> m_sheets;
    std::unique_ptr<RowStream> m_rows;
    int m_rowNumber = 0;
    int m_sheetIndex = 0;
    QString m_error;
};

} // namespace busola
