#include "CommuneFile.h"

#include "ProgressNoteRepository.h"
#include "TaskQuery.h"
#include "TaskRepository.h"
#include "WorkItemRepository.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace dotpha::test {

void CommuneFile::fill()
{
    ASSERT_EQ(cli({u"init"_s, u"--committee"_s, u"Đảng ủy xã Mỹ Bằng"_s}).exitCode, 0);
    const QString list = m_database.pathFor(u"dang-ky.csv"_s);
    QFile file(list);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"Năm,Đơn vị,Tên việc,Mục tiêu,Thời hạn,Trạng thái\n"
               "2026,Chi bộ thôn 1,Chuyển đổi số,100% hồ sơ trực tuyến,30/11/2026,Chờ duyệt\n"
               "2026,Chi bộ thôn 2,Đô thị loại V,Đạt tiêu chí,30/11/2026,Chờ duyệt\n"
               "2026,Chi bộ thôn 2,Chợ nông sản,Xây chợ,30/11/2026,Chờ duyệt\n"
               "2026,Chi bộ thôn 3,Đường giao thông,Bê tông hóa,30/11/2026,Dự thảo\n"
               "2025,Chi bộ thôn 3,Nước sạch,Đủ nước,30/11/2025,Chờ duyệt\n"_s.toUtf8());
    file.close();
    const CliRun imported = cli({u"import"_s, list, u"--create-missing"_s});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    addProgress();
}

void CommuneFile::addProgress()
{
    auto workspace = m_database.open();
    ASSERT_TRUE(workspace);
    Repositories &repositories = workspace->repositories();
    for (const Task &task : *repositories.tasks.list(TaskQuery{})) {
        if (task.title == u"Chuyển đổi số"_s)
            digital = task.id;
    }
    ASSERT_GT(digital, 0);
    WorkItem item;
    item.taskId = digital;
    item.title = u"Số hóa hồ sơ một cửa"_s;
    item.dueOn = QDate(2026, 6, 30);
    ASSERT_TRUE(repositories.workItems.add(item));
    ProgressNote note;
    note.taskId = digital;
    note.notedOn = QDate(2026, 7, 1);
    note.percent = 60;
    note.text = u"Đã số hóa 60% hồ sơ"_s;
    ASSERT_TRUE(repositories.progressNotes.add(note));
    workspace.reset();
    scan = QByteArray(200 * 1024, 's') + "%%EOF";
    const QString scanPath = m_database.pathFor(u"Quyết định số 5.pdf"_s);
    QFile scanFile(scanPath);
    ASSERT_TRUE(scanFile.open(QIODevice::WriteOnly));
    scanFile.write(scan);
    scanFile.close();
    const CliRun attached = cli({u"attach"_s, u"--task"_s, QString::number(digital), scanPath});
    ASSERT_EQ(attached.exitCode, 0) << attached.err.toStdString();
}

CliRun CommuneFile::cli(const QStringList &arguments) const
{
    return runCli(QStringList{u"--db"_s, m_database.path()} + arguments);
}

QString CommuneFile::send(const QString &name, const QString &province) const
{
    const QString path = m_database.pathFor(name);
    const CliRun sent = cli({u"exchange"_s, u"export"_s, u"--year"_s, u"2026"_s, u"--to"_s, province, u"--out"_s, path});
    EXPECT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    return path;
}

} // namespace dotpha::test
