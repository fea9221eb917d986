#include "ErrorPresenter.h"

#include "Prompts.h"

namespace dotpha {

QString ErrorPresenter::title(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Validation: return tr("Please check the data");
    case Error::Kind::NotFound: return tr("Record not found");
    case Error::Kind::Conflict: return tr("Saved by someone else");
    case Error::Kind::ReadOnly: return tr("Read-only database");
    case Error::Kind::Storage: return tr("Database error");
    case Error::Kind::Damaged: return tr("Damaged database");
    case Error::Kind::File: return tr("File error");
    case Error::Kind::Refused: return tr("Not possible");
    case Error::Kind::Locked: return tr("Database in use");
    case Error::Kind::DiskFull: return tr("Disk full");
    case Error::Kind::Connection: return tr("Office server");
    case Error::Kind::Cancelled: return {};
    }
    return {};
}

void ErrorPresenter::show(QWidget *parent, const Error &error)
{
    if (error.kind() == Error::Kind::Cancelled)
        return;
    Prompts::tell(parent, error.kind() == Error::Kind::Validation ? QMessageBox::Warning : QMessageBox::Critical,
                  title(error.kind()), error.message(), error.detail());
}

} // namespace dotpha
