#pragma once

#include "RegistrationPlanner.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace dotpha {

// The user's preferences and the window layout, kept with QSettings between runs.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 8;

    AppSettings() = default;

    QString language() const;   // "vi", "en", or empty when not chosen yet
    void setLanguage(const QString &language);

    QString lastDatabase() const;
    QStringList recentFiles() const;
    // Makes path the last database and the first of the recent files.
    void rememberDatabase(const QString &path);
    void forgetDatabase(const QString &path);
    // The office server connected to last (among the recent ones), without a password; empty when
    // there was none.
    QString lastServer() const;

    // The login that signed in last to the database at location (its path or server address).
    QString lastLogin(const QString &location) const;
    void setLastLogin(const QString &location, const QString &login);

    // The change log's last record a login looked past for decisions on the database at location
    // (DecisionNotice); 0 when never.
    qint64 decisionsSeen(const QString &location, const QString &login) const;
    void setDecisionsSeen(const QString &location, const QString &login, qint64 recordId);

    // Who signs printed documents, as entered last: position and name.
    QString signerPosition() const;
    QString signerName() const;
    void setSigner(const QString &position, const QString &name);

    // How many days ahead "Due soon" looks (tasks and work items falling due).
    int dueWithinDays() const;
    static constexpr int DefaultDueWithinDays = 14;
    void setDueWithinDays(int days);

    // How many of the automatic daily copies of each database are kept.
    int dailyBackupsKept() const;
    void setDailyBackupsKept(int count);

    // What the user said the values of imported files mean, by column: kept for the next import.
    RegistrationPlanner::ValueMapping importValueMapping() const;
    void setImportValueMapping(const RegistrationPlanner::ValueMapping &mapping);

    // The folder a kind of file ("database", "spreadsheet", ...) was last opened from or saved in.
    QString lastFolder(const QString &kind) const;
    void setLastFolder(const QString &kind, const QString &folder);

    // The task list's filters, kept per database and year (key): a status's code and a field's
    // id, each empty or invalid for "all".
    struct TaskFilters
    {
        QString status;
        QVariant field;
    };
    TaskFilters taskFilters(const QString &key) const;
    void setTaskFilters(const QString &key, const QString &status, const QVariant &field);

    // The seal (AuditHead::code) on the last report printed or exported from the database at
    // location (its path or server address), to ask a restore of it for; empty when none was.
    QString printedSeal(const QString &location) const;
    void setPrintedSeal(const QString &location, const QString &seal);

    // A database's location (its path or server address) as one settings key: the path made
    // absolute, so that one file has one key however it was named, and hashed, since a path holds
    // separators that QSettings would read as groups.
    static QString locationHash(const QString &location);

    QByteArray layout(const QString &key) const;
    void setLayout(const QString &key, const QByteArray &state);

private:
    static QString locationKey(const QString &location);
    QSettings m_settings;
};

} // namespace dotpha
