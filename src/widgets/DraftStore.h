#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace dotpha {

// What was typed in a form whose save failed (FormContents), kept per database and record in the
// user's settings (the registry on Windows, a file on Debian), so that it outlives the form and a
// restart of Dotpha until it is saved or the user throws it away. Keys name the record: "task-12",
// "task-new", "progress-12-note".
class DraftStore
{
public:
    struct Draft
    {
        QVariantMap contents;
        QDateTime keptAt;
        int basedOnVersion = 0;   // the record's version the form was filled from; 0 for a new one
    };

    // location: the database's path or server address.
    explicit DraftStore(const QString &location);

    std::optional<Draft> find(const QString &key) const;
    void keep(const QString &key, const QVariantMap &contents, int basedOnVersion);
    void forget(const QString &key);

private:
    QString settingsKey(const QString &key) const;

    QString m_group;
};

} // namespace dotpha
