#include "DraftStore.h"

#include "AppSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace dotpha {

DraftStore::DraftStore(const QString &location)
    : m_group(u"drafts/"_s + AppSettings::locationHash(location))
{
}

QString DraftStore::settingsKey(const QString &key) const
{
    return m_group + u'/' + key;
}

std::optional<DraftStore::Draft> DraftStore::find(const QString &key) const
{
    const QVariantMap kept = QSettings().value(settingsKey(key)).toMap();
    if (kept.value(u"contents"_s).toMap().isEmpty())
        return std::nullopt;
    return Draft{kept.value(u"contents"_s).toMap(), kept.value(u"keptAt"_s).toDateTime(),
                 kept.value(u"basedOnVersion"_s).toInt()};
}

void DraftStore::keep(const QString &key, const QVariantMap &contents, int basedOnVersion)
{
    QSettings settings;
    settings.setValue(settingsKey(key), QVariantMap{{u"contents"_s, contents},
                                                    {u"keptAt"_s, QDateTime::currentDateTimeUtc()},
                                                    {u"basedOnVersion"_s, basedOnVersion}});
    settings.sync();   // now: what follows a failed save may well be a crash
}

void DraftStore::forget(const QString &key)
{
    QSettings settings;
    settings.remove(settingsKey(key));
}

} // namespace dotpha
