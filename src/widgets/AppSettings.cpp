#include "AppSettings.h"

#include "AutomaticBackups.h"
#include "ServerAddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dotpha {

QString AppSettings::language() const
{
    return m_settings.value(u"language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(u"language"_s, language);
}

QString AppSettings::lastDatabase() const
{
    return m_settings.value(u"lastDatabase"_s).toString();
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(u"recentFiles"_s).toStringList();
}

namespace {

// A file's path in one spelling; a server's address as it is (cleanPath would fold its "//").
QString cleanLocation(const QString &location)
{
    return ServerAddress::isServerAddress(location) ? location : QDir::cleanPath(location);
}

} // namespace

void AppSettings::rememberDatabase(const QString &path)
{
    const QString clean = cleanLocation(path);
    QStringList recent = recentFiles();
    recent.removeAll(clean);
    recent.prepend(clean);
    m_settings.setValue(u"recentFiles"_s, recent.mid(0, MaxRecentFiles));
    m_settings.setValue(u"lastDatabase"_s, clean);
}

void AppSettings::forgetDatabase(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(cleanLocation(path));
    m_settings.setValue(u"recentFiles"_s, recent);
    if (lastDatabase() == cleanLocation(path))
        m_settings.remove(u"lastDatabase"_s);
}

QString AppSettings::lastServer() const
{
    for (const QString &location : recentFiles()) {
        if (ServerAddress::isServerAddress(location))
            return location;
    }
    return {};
}

QString AppSettings::signerPosition() const
{
    return m_settings.value(u"signer/position"_s).toString();
}

QString AppSettings::signerName() const
{
    return m_settings.value(u"signer/name"_s).toString();
}

void AppSettings::setSigner(const QString &position, const QString &name)
{
    m_settings.setValue(u"signer/position"_s, position);
    m_settings.setValue(u"signer/name"_s, name);
}

int AppSettings::dueWithinDays() const
{
    return std::clamp(m_settings.value(u"deadlines/withinDays"_s, DefaultDueWithinDays).toInt(), 1, 366);
}

void AppSettings::setDueWithinDays(int days)
{
    m_settings.setValue(u"deadlines/withinDays"_s, std::clamp(days, 1, 366));
}

int AppSettings::dailyBackupsKept() const
{
    return std::max(1, m_settings.value(u"backups/dailyKept"_s, AutomaticBackups::DefaultKeep).toInt());
}

void AppSettings::setDailyBackupsKept(int count)
{
    m_settings.setValue(u"backups/dailyKept"_s, std::max(1, count));
}

namespace {

// One entry per mapped value: the column's header, the value's key and our word, apart by a
// character no header, key or word holds. The header, not the column's number, names the column,
// so that a mapping survives a change in the order of the columns.
constexpr QChar MappingSeparator = u'\x1f';

} // namespace

RegistrationPlanner::ValueMapping AppSettings::importValueMapping() const
{
    RegistrationPlanner::ValueMapping mapping;
    for (const QString &entry : m_settings.value(u"import/valueMapping"_s).toStringList()) {
        const QStringList parts = entry.split(MappingSeparator);
        const auto column = parts.size() == 3 ? RegistrationColumns::columnOf(parts.at(0)) : std::nullopt;
        // An empty key is a value of punctuation only ("-"), which may be mapped too.
        if (column && !parts.at(2).isEmpty())
            mapping[*column].insert(parts.at(1), parts.at(2));
    }
    return mapping;
}

void AppSettings::setImportValueMapping(const RegistrationPlanner::ValueMapping &mapping)
{
    QStringList entries;
    for (auto column = mapping.cbegin(); column != mapping.cend(); ++column) {
        for (auto value = column->cbegin(); value != column->cend(); ++value)
            entries << QStringList{RegistrationColumns::header(column.key()), value.key(), value.value()}.join(MappingSeparator);
    }
    entries.sort();
    m_settings.setValue(u"import/valueMapping"_s, entries);
}

QString AppSettings::lastFolder(const QString &kind) const
{
    return m_settings.value(u"folders/"_s + kind).toString();
}

void AppSettings::setLastFolder(const QString &kind, const QString &folder)
{
    m_settings.setValue(u"folders/"_s + kind, folder);
}

AppSettings::TaskFilters AppSettings::taskFilters(const QString &key) const
{
    return {m_settings.value(u"taskFilters/"_s + key + u"/status"_s).toString(),
            m_settings.value(u"taskFilters/"_s + key + u"/field"_s)};
}

void AppSettings::setTaskFilters(const QString &key, const QString &status, const QVariant &field)
{
    m_settings.setValue(u"taskFilters/"_s + key + u"/status"_s, status);
    if (field.isValid())
        m_settings.setValue(u"taskFilters/"_s + key + u"/field"_s, field);
    else
        m_settings.remove(u"taskFilters/"_s + key + u"/field"_s);
}

QString AppSettings::locationHash(const QString &location)
{
    const QString canonical =
        cleanLocation(ServerAddress::isServerAddress(location) ? location : QFileInfo(location).absoluteFilePath());
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString AppSettings::locationKey(const QString &location)
{
    return u"printedSeals/"_s + locationHash(location);
}

QString AppSettings::lastLogin(const QString &location) const
{
    return m_settings.value(u"lastLogins/"_s + locationHash(location)).toString();
}

void AppSettings::setLastLogin(const QString &location, const QString &login)
{
    m_settings.setValue(u"lastLogins/"_s + locationHash(location), login);
}

qint64 AppSettings::decisionsSeen(const QString &location, const QString &login) const
{
    return m_settings.value(u"decisionsSeen/"_s + locationHash(location) + u'/' + QString::fromLatin1(login.toUtf8().toHex())).toLongLong();
}

void AppSettings::setDecisionsSeen(const QString &location, const QString &login, qint64 recordId)
{
    m_settings.setValue(u"decisionsSeen/"_s + locationHash(location) + u'/' + QString::fromLatin1(login.toUtf8().toHex()), recordId);
}

QString AppSettings::printedSeal(const QString &location) const
{
    return m_settings.value(locationKey(location)).toString();
}

void AppSettings::setPrintedSeal(const QString &location, const QString &seal)
{
    m_settings.setValue(locationKey(location), seal);
}

QByteArray AppSettings::layout(const QString &key) const
{
    return m_settings.value(u"layout/"_s + key).toByteArray();
}

void AppSettings::setLayout(const QString &key, const QByteArray &state)
{
    m_settings.setValue(u"layout/"_s + key, state);
}

} // namespace dotpha
