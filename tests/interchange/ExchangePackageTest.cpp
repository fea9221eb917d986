#include "PackageReader.h"
#include "PackageWriter.h"
#include "SigningKey.h"
#include "TestZip.h"
#include "ZipArchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

using Members = QList<std::pair<QByteArray, QByteArray>>;

class ExchangePackageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        key = std::make_unique<SigningKey>(SigningKey::generate().value());
        evidence = QByteArray(300 * 1024, 'e') + "%%EOF";
    }

    QString pathFor(const QString &name) const { return folder.filePath(name); }

    PackageManifest manifest() const
    {
        PackageManifest manifest;
        manifest.senderCommittee = u"Đảng ủy xã Mỹ Bằng"_s;
        manifest.receiverCommittee = u"Tỉnh ủy Tuyên Quang"_s;
        manifest.year = 2026;
        manifest.sequence = 3;
        manifest.createdAt = QDateTime(QDate(2026, 12, 7), QTime(8, 30), QTimeZone::utc());
        manifest.trailHeadId = 412;
        manifest.trailHeadHash = QCryptographicHash::hash("seal", QCryptographicHash::Sha256);
        return manifest;
    }

    // A package as Dotpha writes it: records and one evidence file, signed with key.
    QString writePackage(const QString &name = u"Mỹ Bằng 2026.dotpha-pkg"_s)
    {
        const QString path = pathFor(name);
        PackageWriter writer(path);
        EXPECT_TRUE(writer.open());
        EXPECT_TRUE(writer.addPart(u"records.json"_s, records));
        EXPECT_TRUE(writer.beginPart(u"files/quyet-dinh"_s, PackageWriter::Compression::Store));
        EXPECT_TRUE(writer.write(evidence.left(1000)));
        EXPECT_TRUE(writer.write(evidence.mid(1000)));
        EXPECT_TRUE(writer.endPart());
        const Status finished = writer.finish(manifest(), *key);
        EXPECT_TRUE(finished) << (finished ? std::string() : finished.error().message().toStdString());
        return path;
    }

    static Members membersOf(const QString &path)
    {
        ZipArchive zip(path);
        Members members;
        for (const ZipArchive::Member &member : zip.members())
            members.append({member.name.toUtf8(), zip.readAll(member.name, 1 << 26).value_or(QByteArray())});
        return members;
    }

    static QByteArray &member(Members &members, const QByteArray &name)
    {
        for (auto &[each, content] : members) {
            if (each == name)
                return content;
        }
        static QByteArray none;
        ADD_FAILURE() << "no member " << name.toStdString();
        return none;
    }

    // The manifest changed by change and signed again with signer, as a forger holding that key would.
    static void resign(Members &members, const SigningKey &signer, const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject manifest = QJsonDocument::fromJson(member(members, "manifest.json")).object();
        change(manifest);
        const QByteArray json = QJsonDocument(manifest).toJson();
        member(members, "manifest.json") = json;
        member(members, "manifest.sig") = signer.sign(json).value().toBase64();
    }

    // What opening a package and proving its parts says; empty when both pass.
    static QString refusalOf(const QString &path)
    {
        const auto opened = PackageReader::open(path);
        if (!opened)
            return opened.error().message();
        const Status proved = (*opened)->verifyParts();
        return proved ? QString() : proved.error().message();
    }

    QString refusalOf(const Members &members)
    {
        const QString path = pathFor(u"edited-%1.dotpha-pkg"_s.arg(++edits));
        EXPECT_TRUE(writeZip(path, members));
        return refusalOf(path);
    }

    QTemporaryDir folder;
    std::unique_ptr<SigningKey> key;
    QByteArray records = u"{\"tasks\": [{\"title\": \"Chuyển đổi số\"}]}"_s.toUtf8();
    QByteArray evidence;
    int edits = 0;
};

} // namespace

TEST_F(ExchangePackageTest, APackageReadsBackAsWrittenAndSaysWhoSignedIt)
{
    const QString path = writePackage();
    EXPECT_FALSE(QFile::exists(path + u".part"_s));
    const auto opened = PackageReader::open(path);
    ASSERT_TRUE(opened) << opened.error().message().toStdString();
    PackageReader &reader = **opened;
    ASSERT_TRUE(reader.verifyParts());
    EXPECT_EQ(reader.manifest().senderCommittee, u"Đảng ủy xã Mỹ Bằng"_s);
    EXPECT_EQ(reader.manifest().receiverCommittee, u"Tỉnh ủy Tuyên Quang"_s);
    EXPECT_EQ(reader.manifest().sequence, 3);
    EXPECT_EQ(reader.manifest().year, 2026);
    EXPECT_EQ(reader.manifest().trailHeadId, 412);
    EXPECT_EQ(reader.manifest().senderPublicKey, key->publicKey());
    EXPECT_EQ(reader.senderFingerprint(), SigningKey::fingerprint(key->publicKey()));
    EXPECT_EQ(reader.readPart(u"records.json"_s, 1 << 20).value(), records);
    QByteArray read;
    ASSERT_TRUE(reader.readPart(u"files/quyet-dinh"_s, [&](const QByteArray &bytes) {
        read.append(bytes);
        return true;
    }));
    EXPECT_EQ(read, evidence);
    EXPECT_FALSE(reader.readPart(u"records.json"_s, 10)) << "more than the caller reads";
}

// What unzip and a JSON tool show: the parts by name, and a manifest listing each with its hash.
TEST_F(ExchangePackageTest, TheManifestListsEveryPartWithItsSizeAndSha256)
{
    Members members = membersOf(writePackage());
    QStringList names;
    for (const auto &each : members)
        names << QString::fromUtf8(each.first);
    EXPECT_EQ(names, (QStringList{u"records.json"_s, u"files/quyet-dinh"_s, u"manifest.json"_s, u"manifest.sig"_s}));
    const QJsonObject manifest = QJsonDocument::fromJson(member(members, "manifest.json")).object();
    EXPECT_EQ(manifest.value(u"format"_s).toString(), u"dotpha-exchange"_s);
    EXPECT_EQ(manifest.value(u"formatVersion"_s).toInt(), 1);
    const QJsonObject evidencePart = manifest.value(u"parts"_s).toArray().at(1).toObject();
    EXPECT_EQ(evidencePart.value(u"size"_s).toInteger(), evidence.size());
    EXPECT_EQ(evidencePart.value(u"sha256"_s).toString().toLatin1(),
              QCryptographicHash::hash(evidence, QCryptographicHash::Sha256).toHex());
}

TEST_F(ExchangePackageTest, ATruncatedPackageIsRefused)
{
    const QString path = writePackage();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() - 200));
    file.close();
    const auto opened = PackageReader::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message().contains(u"incomplete"_s)) << opened.error().message().toStdString();
    EXPECT_TRUE(opened.error().message().contains(u"Mỹ Bằng 2026.dotpha-pkg"_s)) << "names the file";
}

// A byte changed anywhere: in a stored part (the archive's CRC, or the part's hash, finds it), in a
// part whose archive record was made to match (the hash finds it), in the manifest (the signature).
TEST_F(ExchangePackageTest, OneByteChangedAnywhereIsFound)
{
    const QString path = writePackage();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray bytes = file.readAll();
    const qsizetype inEvidence = bytes.indexOf(QByteArray(64, 'e')) + 5000;
    ASSERT_GT(inEvidence, 5000);
    file.seek(inEvidence);
    file.write("f");
    file.close();
    EXPECT_TRUE(PackageReader::open(path)) << "the manifest and its signature are whole";
    EXPECT_TRUE(refusalOf(path).contains(u"files/quyet-dinh"_s)) << refusalOf(path).toStdString();

    Members rezipped = membersOf(writePackage(u"again.dotpha-pkg"_s));
    member(rezipped, "files/quyet-dinh")[7] = 'x';
    EXPECT_TRUE(refusalOf(rezipped).contains(u"SHA-256"_s)) << refusalOf(rezipped).toStdString();

    Members manifestChanged = membersOf(writePackage(u"third.dotpha-pkg"_s));
    member(manifestChanged, "manifest.json").replace("Tuyên Quang", "Hà Giang!!");
    EXPECT_TRUE(refusalOf(manifestChanged).contains(u"signature"_s)) << refusalOf(manifestChanged).toStdString();
}

TEST_F(ExchangePackageTest, APartMissingOrAddedIsRefused)
{
    const Members whole = membersOf(writePackage());
    Members missing = whole;
    missing.removeAt(1);
    EXPECT_TRUE(refusalOf(missing).contains(u"\"files/quyet-dinh\" is missing"_s)) << refusalOf(missing).toStdString();
    Members extra = whole;
    extra.append(std::pair<QByteArray, QByteArray>("files/them", "slipped in"));
    EXPECT_TRUE(refusalOf(extra).contains(u"\"files/them\", which its manifest does not list"_s))
        << refusalOf(extra).toStdString();
    Members unsigned_ = whole;
    unsigned_.removeLast();
    EXPECT_TRUE(refusalOf(unsigned_).contains(u"manifest.sig"_s)) << refusalOf(unsigned_).toStdString();
    Members twice = whole;
    twice.append(std::pair<QByteArray, QByteArray>("RECORDS.json", "{}"));
    EXPECT_TRUE(refusalOf(twice).contains(u"twice"_s)) << refusalOf(twice).toStdString();
}

// A forger re-signs a changed manifest with a key of their own, but the manifest still names the
// sender's: refused. (A package signed and named with another key entirely opens; whether that key
// is the sender's registered one is for the receiver.)
TEST_F(ExchangePackageTest, AManifestSignedByAnotherKeyThanItNamesIsRefused)
{
    Members members = membersOf(writePackage());
    const SigningKey forger = SigningKey::generate().value();
    resign(members, forger, [](QJsonObject &manifest) { manifest[u"sequence"_s] = 4; });
    EXPECT_TRUE(refusalOf(members).contains(u"signature"_s)) << refusalOf(members).toStdString();
}

TEST_F(ExchangePackageTest, ANewerFormatAsksForANewerDotpha)
{
    Members members = membersOf(writePackage());
    resign(members, *key, [](QJsonObject &manifest) { manifest[u"formatVersion"_s] = 2; });
    const QString refusal = refusalOf(members);
    EXPECT_TRUE(refusal.contains(u"format 2"_s) && refusal.contains(u"Update Dotpha"_s)) << refusal.toStdString();
}

// Names inside a package are data: a part named to climb out of a folder, or with a drive or a
// backslash, is refused before anything is read by that name.
// A manifest that lists no parts would let anything ride beside it; one whose archive declares a
// part larger than listed would unpack more than was signed for.
TEST_F(ExchangePackageTest, AManifestWithoutPartsOrWithSizesTheArchiveDisputesIsRefused)
{
    Members empty = membersOf(writePackage());
    resign(empty, *key, [](QJsonObject &manifest) { manifest[u"parts"_s] = QJsonArray(); });
    empty.removeAt(1);
    empty.removeAt(0);
    empty.append(std::pair<QByteArray, QByteArray>("MANIFEST.JSON.txt", "x"));
    EXPECT_TRUE(refusalOf(empty).contains(u"records.json"_s)) << refusalOf(empty).toStdString();

    Members larger = membersOf(writePackage(u"larger.dotpha-pkg"_s));
    member(larger, "records.json").append("    ");
    EXPECT_TRUE(refusalOf(larger).contains(u"not of the size"_s)) << refusalOf(larger).toStdString();
}

TEST_F(ExchangePackageTest, APartNamedAsAPathOutOfThePackageIsRefused)
{
    for (const QString &hostile : {u"../../.bashrc"_s, u"/etc/passwd"_s, u"C:/Windows/win.ini"_s, u"files\\x"_s,
                                   u"files/../../x"_s}) {
        Members members = membersOf(writePackage());
        resign(members, *key, [&](QJsonObject &manifest) {
            QJsonArray parts = manifest[u"parts"_s].toArray();
            QJsonObject part = parts.at(1).toObject();
            part[u"path"_s] = hostile;
            parts[1] = part;
            manifest[u"parts"_s] = parts;
        });
        member(members, "files/quyet-dinh");
        members[1].first = hostile.toUtf8();
        const QString refusal = refusalOf(members);
        EXPECT_TRUE(refusal.contains(u"no package may hold"_s)) << hostile.toStdString() << ": " << refusal.toStdString();
    }
}

TEST_F(ExchangePackageTest, AFileThatIsNoPackageIsRefusedWithItsName)
{
    const QString path = pathFor(u"ghi chú.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("không phải gói");
    file.close();
    const auto opened = PackageReader::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message().contains(u"ghi chú.txt"_s)) << opened.error().message().toStdString();
    EXPECT_FALSE(PackageReader::open(pathFor(u"không có.dotpha-pkg"_s)));
}

// Writing over an earlier package keeps it until the new one is whole.
TEST_F(ExchangePackageTest, AFailedWriteLeavesNoPackageAndKeepsAnEarlierOne)
{
    const QString path = writePackage();
    const QByteArray earlier = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    {
        PackageWriter writer(path);
        ASSERT_TRUE(writer.open());
        ASSERT_TRUE(writer.addPart(u"records.json"_s, "{}"));
    }   // given up before finish, as on a failure
    EXPECT_FALSE(QFile::exists(path + u".part"_s));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), earlier);
}
