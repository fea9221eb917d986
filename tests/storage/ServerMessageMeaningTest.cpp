#include "ServerErrors.h"
#include "ServerMessageMeaning.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

// Was: a connection's refusal showed libpq's English as its only detail. The meaning comes first,
// the original after it, and a message not known passes as it is.
TEST(ServerMessageMeaning, TheServersWordsComeAfterTheirMeaning)
{
    const QString texts[] = {
        u"connection to server at \"10.0.0.5\", port 5432 failed: FATAL:  password authentication failed for user \"vanthu\""_s,
        u"FATAL:  no pg_hba.conf entry for host \"10.0.0.7\", user \"vanthu\", database \"dotpha\", no encryption"_s,
        u"connection to server at \"10.0.0.5\", port 5432 failed: Connection refused"_s,
        u"could not translate host name \"maychu\" to address: Name or service not known"_s,
        u"timeout expired"_s,
        u"server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally"_s,
        u"FATAL:  role \"khach\" does not exist"_s,
        u"FATAL:  database \"dotpha2\" does not exist"_s,
        u"FATAL:  sorry, too many clients already"_s,
        u"ERROR:  permission denied for table app_user"_s,
        u"FATAL:  database \"dotpha\" is not currently accepting connections"_s,
    };
    QStringList meanings;
    for (const QString &text : texts) {
        const QString meaning = ServerMessageMeaning::of(text);
        EXPECT_FALSE(meaning.isEmpty()) << text.toStdString();
        EXPECT_EQ(ServerMessageMeaning::explained(text), meaning + u"\n\n"_s + text);
        meanings << meaning;
    }
    EXPECT_NE(meanings.at(6), meanings.at(7)) << "a missing login and a missing database are told apart";
    EXPECT_NE(meanings.at(9), meanings.at(7)) << "a refusal is not a missing database";
    const QString unknown = u"ERROR:  something new in PostgreSQL 19"_s;
    EXPECT_TRUE(ServerMessageMeaning::of(unknown).isEmpty());
    EXPECT_EQ(ServerMessageMeaning::explained(unknown), unknown);
}

TEST(ServerMessageMeaning, AServerErrorsDetailGivesTheMeaningFirst)
{
    const QSqlError refused(u"connection to server failed: Connection refused"_s, QString(), QSqlError::ConnectionError);
    const Error error = ServerErrors::from(refused, true, false);
    EXPECT_TRUE(error.detail().startsWith(ServerMessageMeaning::of(refused.text()))) << error.detail().toStdString();
    EXPECT_TRUE(error.detail().endsWith(u"Connection refused"_s)) << error.detail().toStdString();
}
