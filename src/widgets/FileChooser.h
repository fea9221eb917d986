#pragma once

#include <QString>

class QWidget;

namespace dotpha {

// Asks for a file's path (through Prompts) in the folder last used for that kind of file, and
// remembers the folder of the path chosen: a clerk who imports from "Đăng ký 2026" finds it there
// again next time, not in whatever folder Dotpha was started from.
class FileChooser
{
public:
    enum class Kind { Database, Backup, Spreadsheet, Document, Evidence };

    static QString open(QWidget *parent, Kind kind, const QString &caption, const QString &filter);
    // suggestedName is a file name; the dialog offers it in the kind's folder.
    static QString save(QWidget *parent, Kind kind, const QString &caption, const QString &suggestedName,
                        const QString &filter);
    // The folder the next dialog for kind opens in.
    static QString folder(Kind kind);

private:
    static QString remembered(const QString &path, Kind kind);
};

} // namespace dotpha
