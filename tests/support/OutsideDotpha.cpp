#include "OutsideDotpha.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace dotpha::test {

void changeOutsideDotpha(const QString &path, const QString &sql, const QVariantList &values)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.prepare(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        ASSERT_TRUE(query.exec()) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
}

} // namespace dotpha::test
