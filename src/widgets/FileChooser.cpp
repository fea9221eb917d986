#include "FileChooser.h"

#include "AppSettings.h"
#include "AutomaticBackups.h"
#include "Prompts.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

QString settingsKey(FileChooser::Kind kind)
{
    switch (kind) {
    case FileChooser::Kind::Database: return u"database"_s;
    case FileChooser::Kind::Backup: return u"backup"_s;
    case FileChooser::Kind::Spreadsheet: return u"spreadsheet"_s;
    case FileChooser::Kind::Document: return u"document"_s;
    case FileChooser::Kind::Evidence: return u"evidence"_s;
    }
    return u"document"_s;
}

// Before a folder was chosen: backups where the automatic ones are, the rest in Documents.
QString firstFolder(FileChooser::Kind kind)
{
    if (kind == FileChooser::Kind::Backup)
        return AutomaticBackups::standardFolder();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString FileChooser::folder(Kind kind)
{
    const QString last = AppSettings().lastFolder(settingsKey(kind));
    // A folder since removed, or on a drive not plugged in today, would open the dialog nowhere.
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : firstFolder(kind);
}

QString FileChooser::open(QWidget *parent, Kind kind, const QString &caption, const QString &filter)
{
    return remembered(Prompts::openFile(parent, caption, folder(kind), filter), kind);
}

QString FileChooser::save(QWidget *parent, Kind kind, const QString &caption, const QString &suggestedName,
                          const QString &filter)
{
    return remembered(Prompts::saveFile(parent, caption, QDir(folder(kind)).filePath(suggestedName), filter), kind);
}

QString FileChooser::remembered(const QString &path, Kind kind)
{
    if (!path.isEmpty())
        AppSettings().setLastFolder(settingsKey(kind), QFileInfo(path).absolutePath());
    return path;
}

} // namespace dotpha
