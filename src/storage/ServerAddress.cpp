#include "ServerAddress.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dotpha {

bool ServerAddress::isServerAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
           || trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text)
{
    if (!isServerAddress(text))
        return std::nullopt;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !url.password().isEmpty() || !url.fragment().isEmpty())
        return std::nullopt;
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(0);
    address.login = url.userName();
    address.database = url.path().mid(1);   // after the leading "/"
    if (address.database.contains(u'/') || address.port < 0 || address.port > 65535)
        return std::nullopt;
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        // Only options that say how to connect, never where or as whom (those are the URI's own
        // parts) nor a password; values of plain characters only, since QPSQL hands them to libpq
        // unquoted, where any whitespace would start another keyword.
        static const QStringList allowed = {u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s,
                                            u"service"_s, u"sslrootcert"_s, u"target_session_attrs"_s};
        const bool plain = !value.isEmpty() && std::all_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'/';
        });
        if (!allowed.contains(key) || !plain)
            return std::nullopt;
        options << key + u'=' + value;
    }
    address.options = options.join(u';');
    return address;
}

QString ServerAddress::displayName() const
{
    QString name = login.isEmpty() ? QString() : login + u'@';
    name += host.isEmpty() ? u"localhost"_s : host;
    if (port != 0)
        name += u':' + QString::number(port);
    if (!database.isEmpty())
        name += u'/' + database;
    return name;
}

QString ServerAddress::toUri() const
{
    // Written out by hand: QUrl drops the "//" of an empty host, which libpq's URIs keep.
    const auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    QString uri = u"postgresql://"_s;
    if (!login.isEmpty())
        uri += encoded(login) + u'@';
    uri += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (port != 0)
        uri += u':' + QString::number(port);
    uri += u'/' + encoded(database);
    QStringList query;
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        query << encoded(option.left(equals)) + u'=' + encoded(option.mid(equals + 1));
    }
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

} // namespace dotpha
