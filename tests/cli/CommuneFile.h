#pragma once

#include "CliRunner.h"
#include "TemporaryDatabase.h"

#include <QByteArray>
#include <QStringList>

namespace dotpha::test {

// A commune's database, as the exchange tests send it up: "Đảng ủy xã Mỹ Bằng", with three
// registrations of 2026 submitted, one still a draft and one of 2025; "Chuyển đổi số" has a work
// item, a progress note and a scanned decision.
class CommuneFile
{
public:
    explicit CommuneFile(const TemporaryDatabase &database) : m_database(database) {}

    // Fails the test (with a fatal failure) when it cannot.
    void fill();
    CliRun cli(const QStringList &arguments) const;
    // The package of the year 2026 to the province, written to name in the database's folder.
    QString send(const QString &name, const QString &province = QStringLiteral("Tỉnh ủy Tuyên Quang")) const;

    qint64 digital = 0;   // "Chuyển đổi số"
    QByteArray scan;

private:
    void addProgress();

    const TemporaryDatabase &m_database;
};

} // namespace dotpha::test
