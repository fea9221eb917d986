#include "Task.h"
#include "TaskSnapshot.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace dotpha;

TEST(TaskSnapshot, RecordsFieldsAsCodesAndIsoDates)
{
    Task task;
    task.year = 2021;
    task.title = u"Quy hoạch đô thị loại V"_s;
    task.deadline = QDate(2021, 12, 31);
    task.status = TaskStatus::Approved;
    task.rating = Rating::Good;
    const QJsonObject json = TaskSnapshot::toJson(task);
    EXPECT_EQ(json[u"title"_s].toString(), task.title);
    EXPECT_EQ(json[u"deadline"_s].toString(), u"2021-12-31"_s);
    EXPECT_EQ(json[u"status"_s].toString(), u"approved"_s);
    EXPECT_EQ(json[u"rating"_s].toString(), u"good"_s);
}

TEST(TaskSnapshot, ListsChangedKeys)
{
    Task before;
    before.year = 2021;
    before.title = u"Cũ"_s;
    Task after = before;
    after.title = u"Mới"_s;
    after.progressPercent = 40;
    EXPECT_EQ(TaskSnapshot::changedKeys(TaskSnapshot::toJson(before), TaskSnapshot::toJson(after)),
              (QStringList{u"progress_percent"_s, u"title"_s}));
    EXPECT_TRUE(TaskSnapshot::changedKeys(TaskSnapshot::toJson(before), TaskSnapshot::toJson(before)).isEmpty());
}
