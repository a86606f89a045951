#include "filepage.h"

#include "importstate.h"
#include "pageids.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace busola {

FilePage::FilePage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_profileNotice(new QLabel(this))
{
    setTitle(tr("Choose the file to import"));
    setSubTitle(tr("An export from your CRM, helpdesk, accounting software or a spreadsheet: "
                   "CSV, TSV, TXT, XLSX, XLS or ODS. You can also drop the file on Busola's "
                   "window."));
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of the file"));
    m_summary->setObjectName(QStringLiteral("fileSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_profileNotice->setObjectName(QStringLiteral("profileNotice"));
    m_profileNotice->setWordWrap(true);
    m_profileNotice->setTextFormat(Qt::PlainText);
    m_profileNotice->setStyleSheet(QStringLiteral("font-weight: 600; color: #1b5e20;"));
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_profileNotice);
    layout->addStretch(1);

    registerField(QStringLiteral("file*"), m_path);
    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &FilePage::fileChanged);
}

QString FilePage::fileFilter()
{
    return tr("Exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)");
}

void FilePage::setFile(const QString &path)
{
    m_path->setText(path);
}

void FilePage::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a File"), m_path->text(), fileFilter());
    if (!path.isEmpty())
        m_path->setText(path);
}

void FilePage::fileChanged()
{
    const QString path = m_path->text().trimmed();
    m_readable = false;
    if (!QFileInfo(path).isFile()) {
        m_summary->setText(path.isEmpty() ? QString() : tr("There is no file at this path."));
        m_profileNotice->clear();
        emit completeChanged();
        return;
    }
    const bool ok = m_state.setFile(path);
    const Inspection &in = m_state.inspection;
    // A file the engine cannot fully resolve may still be readable: the user then chooses
    // the dataset and maps the columns.
    m_readable = ok || !in.headers.isEmpty();
    QStringList lines;
    QString notice;
    if (m_readable) {
        lines << tr("Columns: %1. Header on row %2.")
                     .arg(in.headers.size())
                     .arg(in.settings.headerRow);
        if (in.settings.dataset)
            lines << tr("It looks like: %1.").arg(datasetLabel(*in.settings.dataset));
        if (m_state.profileMatched())
            notice = tr("The header matches the saved profile “%1”: its mapping is applied, and "
                        "the wizard goes straight to the validation.")
                         .arg(in.profileApplied);
    }
    if (!ok)
        lines << in.error;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_profileNotice->setText(notice);
    emit completeChanged();
}

bool FilePage::isComplete() const
{
    return QWizardPage::isComplete() && m_readable;
}

int FilePage::nextId() const
{
    return m_state.profileMatched() && m_state.inspection.ok ? ValidationPageId : SourcePageId;
}

} // namespace busola
