#include "NewDatabaseDialog.h"

#include "ui_NewDatabaseDialog.h"

#include "CommitteeSettingsRepository.h"
#include "Workspace.h"

#include <QPushButton>

namespace dotpha {

NewDatabaseDialog::NewDatabaseDialog(QWidget *parent)
    : EditingDialog(parent)
    , m_ui(std::make_unique<Ui::NewDatabaseDialog>())
{
    m_ui->setupUi(this);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->committeeEdit, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

CommitteeSettings NewDatabaseDialog::settings() const
{
    CommitteeSettings settings;
    settings.committeeName = m_ui->committeeEdit->text().trimmed();
    settings.superiorBody = m_ui->superiorEdit->text().trimmed();
    settings.placeName = m_ui->placeEdit->text().trimmed();
    settings.issuerSymbol = m_ui->symbolEdit->text().trimmed();
    return settings;
}

Status NewDatabaseDialog::create(const QString &path, const CommitteeSettings &settings)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    const Result<int> saved = workspace.value()->repositories().settings.save(settings);
    return saved ? Status() : Status(saved.error());
}

QString NewDatabaseDialog::guideSection() const
{
    return tr("First start");
}

} // namespace dotpha
