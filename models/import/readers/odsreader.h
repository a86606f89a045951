#pragma once

#include "import/readers/rowstream.h"
#include "import/readers/spreadsheetreaders.h"

#include <QCoreApplication>

namespace busola {

/// OpenDocument spreadsheets (.ods). All sheets live in one content.xml, streamed through the
/// fast scanner; the sheet names come from settings.xml when LibreOffice wrote one (checked
/// against content.xml as sheets are reached), otherwise from one pass over content.xml.
class OdsReader final : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(busola::OdsReader)
public:
    explicit OdsReader(const SpreadsheetReaderOptions &options = {});
    ~OdsReader() override;

    bool open(const QString &path) override;
    QStringList sheetNames() const override { return m_names; }
    bool selectSheet(int index) override;
    bool readRow(SheetRow &row) override;
    int rowNumber() const override { return m_rowNumber; }
    double progress() const override;
    QString errorString() const override { return m_error; }

private:
    bool fail(const QString &message);
    bool namesFromSettings(QStringList &names);

    SpreadsheetReaderOptions m_options;
    QString m_path;
    ZipArchive m_zip;
    QStringList m_names;
    std::unique_ptr<RowStream> m_rows;
    int m_rowNumber = 0;
    QString m_error;
};

/// Streams the rows of the index-th table of content.xml; expectedName is checked.
std::unique_ptr<RowStream> openOdsRows(const ZipArchive &zip,
                                       const SpreadsheetReaderOptions &options, int index,
                                       const QString &expectedName, QString &error);
/// The names of the tables of content.xml, in order (stopAfter > 0: at most that many).
bool readOdsTableNames(const ZipArchive &zip, const SpreadsheetReaderOptions &options,
                       int stopAfter, QStringList &names, QString &error);

} // namespace busola
