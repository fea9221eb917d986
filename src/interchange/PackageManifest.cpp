#include "PackageManifest.h"

#include "JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QString FormatName = u"dotpha-exchange"_s;

QString kindCode(PackageManifest::Kind kind)
{
    return kind == PackageManifest::Kind::Registrations ? u"registrations"_s : u"decisions"_s;
}

Error notAManifest(const QString &what)
{
    return Error(Error::Kind::Refused, PackageManifest::tr("its manifest.json is not as Dotpha writes it: %1").arg(what));
}

} // namespace

QByteArray PackageManifest::toJson() const
{
    QJsonArray partList;
    for (const Part &each : parts) {
        partList.append(QJsonObject{{u"path"_s, each.path},
                                    {u"size"_s, double(each.size)},
                                    {u"sha256"_s, QString::fromLatin1(each.sha256.toHex())}});
    }
    const QJsonObject manifest{
        {u"format"_s, FormatName},
        {u"formatVersion"_s, formatVersion},
        {u"kind"_s, kindCode(kind)},
        {u"sender"_s, QJsonObject{{u"committee"_s, senderCommittee},
                                  {u"publicKey"_s, QString::fromLatin1(senderPublicKey.toBase64())}}},
        {u"receiver"_s, QJsonObject{{u"committee"_s, receiverCommittee}}},
        {u"year"_s, year},
        {u"sequence"_s, double(sequence)},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate)},
        {u"trailHead"_s, QJsonObject{{u"lastId"_s, double(trailHeadId)},
                                     {u"hash"_s, QString::fromLatin1(trailHeadHash.toHex())}}},
        {u"parts"_s, partList},
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

Result<PackageManifest> PackageManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parsing;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsing);
    if (parsing.error != QJsonParseError::NoError || !document.isObject())
        return notAManifest(tr("it is not JSON (%1 at byte %2)").arg(parsing.errorString()).arg(parsing.offset));
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != FormatName)
        return notAManifest(tr("it does not say it is a Dotpha exchange package"));
    const int version = root.value(u"formatVersion"_s).toInt(0);
    if (version > FormatVersion)
        return Error(Error::Kind::Refused,
                     tr("it was written in exchange format %1, which this version of Dotpha (format %2) cannot read")
                         .arg(version)
                         .arg(FormatVersion),
                     NewerFormat);

    PackageManifest manifest;
    JsonFieldReader fields(root);
    manifest.formatVersion = int(fields.integer(u"formatVersion"_s, 1));
    const QString kind = fields.text(u"kind"_s);
    if (kind != kindCode(Kind::Registrations) && kind != kindCode(Kind::Decisions))
        return notAManifest(tr("its kind \"%1\" is none Dotpha knows").arg(kind));
    manifest.kind = kind == kindCode(Kind::Registrations) ? Kind::Registrations : Kind::Decisions;
    JsonFieldReader sender(fields.object(u"sender"_s), u"sender."_s);
    manifest.senderCommittee = sender.text(u"committee"_s);
    manifest.senderPublicKey = sender.base64(u"publicKey"_s, 32);
    JsonFieldReader receiver(fields.object(u"receiver"_s), u"receiver."_s);
    manifest.receiverCommittee = receiver.text(u"committee"_s);
    manifest.year = int(fields.integer(u"year"_s, 1900));
    manifest.sequence = fields.integer(u"sequence"_s, 1);
    manifest.createdAt = QDateTime::fromString(fields.text(u"createdAt"_s), Qt::ISODate);
    JsonFieldReader head(fields.object(u"trailHead"_s), u"trailHead."_s);
    manifest.trailHeadId = head.integer(u"lastId"_s, 0);
    manifest.trailHeadHash = manifest.trailHeadId == 0 ? QByteArray() : head.hex(u"hash"_s, 32);
    for (const JsonFieldReader &each : {fields, sender, receiver, head}) {
        if (!each.missing().isEmpty())
            return notAManifest(tr("the field \"%1\" is missing or not as expected").arg(each.missing()));
    }
    if (!manifest.createdAt.isValid())
        return notAManifest(tr("its time \"createdAt\" is not a time"));

    const QJsonValue partList = root.value(u"parts"_s);
    if (!partList.isArray())
        return notAManifest(tr("it lists no parts"));
    for (const QJsonValue &value : partList.toArray()) {
        JsonFieldReader part = fields.element(u"parts"_s, manifest.parts.size(), value);
        Part read{part.text(u"path"_s), part.integer(u"size"_s, 0), part.hex(u"sha256"_s, 32)};
        if (!part.missing().isEmpty())
            return notAManifest(tr("the field \"%1\" is missing or not as expected").arg(part.missing()));
        if (!isSafePartPath(read.path))
            return notAManifest(tr("it names a part \"%1\", which no package may hold").arg(read.path));
        if (manifest.part(read.path))
            return notAManifest(tr("it lists the part \"%1\" twice").arg(read.path));
        manifest.parts.append(read);
    }
    return manifest;
}

const PackageManifest::Part *PackageManifest::part(const QString &path) const
{
    for (const Part &each : parts) {
        if (each.path == path)
            return &each;
    }
    return nullptr;
}

bool PackageManifest::isSafePartPath(const QString &path)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}){0,3}$"_s);
    return safe.match(path).hasMatch() && !path.contains(u".."_s);
}

} // namespace dotpha
