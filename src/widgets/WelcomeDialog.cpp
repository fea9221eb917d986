#include "WelcomeDialog.h"

#include "ui_WelcomeDialog.h"

#include "ErrorPresenter.h"
#include "FileChooser.h"
#include "NewDatabaseDialog.h"
#include "SampleData.h"
#include "Translations.h"
#include "Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dotpha {

WelcomeDialog::WelcomeDialog(const QString &folder, ServerConnectDialog::Connect connectToServer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
    , m_folder(folder)
    , m_connectToServer(std::move(connectToServer))
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(u"Tiếng Việt"_s, u"vi"_s);
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(Translations::current()));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &WelcomeDialog::languageChosen);
    connect(m_ui->createButton, &QPushButton::clicked, this, &WelcomeDialog::createDatabase);
    connect(m_ui->sampleButton, &QPushButton::clicked, this, &WelcomeDialog::openSample);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomeDialog::openExisting);
    connect(m_ui->serverButton, &QPushButton::clicked, this, &WelcomeDialog::connectToServer);
    m_ui->serverButton->setVisible(bool(m_connectToServer));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WelcomeDialog::~WelcomeDialog() = default;

QString WelcomeDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void WelcomeDialog::languageChosen()
{
    Translations::install(language());
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

void WelcomeDialog::createDatabase()
{
    NewDatabaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = QDir(m_folder).filePath(u"dotpha.sqlite"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_folder).filePath(u"dotpha-%1.sqlite"_s.arg(n));
    if (const Status created = NewDatabaseDialog::create(path, dialog.settings()); !created) {
        ErrorPresenter::show(this, created.error());
        return;
    }
    m_path = path;
    accept();
}

void WelcomeDialog::openSample()
{
    const QString path = QDir(m_folder).filePath(u"dotpha-mau-yen-son-2021.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
        const Status loaded = workspace ? SampleData::load(workspace.value()->repositories()) : Status(workspace.error());
        if (!loaded) {
            ErrorPresenter::show(this, loaded.error());
            return;
        }
    }
    m_path = path;
    accept();
}

void WelcomeDialog::openExisting()
{
    const QString path = FileChooser::open(this, FileChooser::Kind::Database, tr("Open database"),
                                           tr("Dotpha databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    m_path = path;
    accept();
}

// The same dialog as File ▸ Connect to the office server; the window opens the database while it
// is open, so that a refusal is told there and the welcome page stays behind it.
void WelcomeDialog::connectToServer()
{
    ServerConnectDialog dialog(ServerAddress(), m_connectToServer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_connectedToServer = true;
    accept();
}

} // namespace dotpha
