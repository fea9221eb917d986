#include "TemporaryDatabase.h"

#include "TestBackend.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace dotpha::test {

TemporaryDatabase::TemporaryDatabase() : TemporaryDatabase(testBackend()) {}

TemporaryDatabase::TemporaryDatabase(TestBackend backend)
{
    if (backend == TestBackend::File || !TestServer::missing().isEmpty()) {
        m_path = m_folder.filePath(u"test.sqlite"_s);
        return;
    }
    m_server = std::make_unique<TemporaryServerDatabase>(TemporaryServerDatabase::Contents::Prepared);
    if (!m_server->ok())
        ADD_FAILURE() << "no test database on the server: " << m_server->why().toStdString();
    m_path = m_server->address().toUri();
}

TemporaryDatabase::~TemporaryDatabase() = default;

QString TemporaryDatabase::pathFor(const QString &fileName) const
{
    return m_folder.filePath(fileName);
}

std::unique_ptr<Workspace> TemporaryDatabase::open(Database::Mode mode) const
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_path, mode);
    if (!workspace) {
        ADD_FAILURE() << "cannot open " << m_path.toStdString() << ": " << workspace.error().message().toStdString();
        return nullptr;
    }
    return std::move(workspace).value();
}

} // namespace dotpha::test
