#include "CliRunner.h"
#include "CommitteeKeyRepository.h"
#include "SigningKey.h"
#include "TemporaryDatabase.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

namespace {

// The fingerprint a run printed; empty when none.
QString fingerprintIn(const QString &out)
{
    static const QRegularExpression printed(u"([0-9A-F]{4}( [0-9A-F]{4}){7})"_s);
    return printed.match(out).captured(1);
}

} // namespace

// Each committee's database tells its own key's fingerprint, the same each time it is asked.
TEST(CliExchange, KeyPrintsTheCommitteesFingerprint)
{
    TemporaryDatabase commune;
    TemporaryDatabase province;
    ASSERT_EQ(runCli({u"--db"_s, commune.path(), u"init"_s, u"--committee"_s, u"Đảng ủy xã Mỹ Bằng"_s}).exitCode, 0);
    ASSERT_EQ(runCli({u"--db"_s, province.path(), u"init"_s}).exitCode, 0);

    const CliRun key = runCli({u"--db"_s, commune.path(), u"exchange"_s, u"key"_s});
    ASSERT_EQ(key.exitCode, 0) << key.err.toStdString();
    EXPECT_TRUE(key.out.contains(u"Đảng ủy xã Mỹ Bằng"_s)) << key.out.toStdString();
    const QString fingerprint = fingerprintIn(key.out);
    ASSERT_FALSE(fingerprint.isEmpty()) << key.out.toStdString();
    auto workspace = commune.open();
    ASSERT_TRUE(workspace);
    EXPECT_EQ(fingerprint, SigningKey::fingerprint(*workspace->repositories().committeeKey.publicKey()));
    EXPECT_EQ(fingerprintIn(runCli({u"--db"_s, commune.path(), u"exchange"_s, u"key"_s}).out), fingerprint);
    EXPECT_NE(fingerprintIn(runCli({u"--db"_s, province.path(), u"exchange"_s, u"key"_s}).out), fingerprint);

    EXPECT_EQ(runCli({u"--db"_s, commune.path(), u"exchange"_s, u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(runCli({u"--db"_s, commune.path(), u"exchange"_s}).exitCode, 2);
}
