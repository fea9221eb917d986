#include "TestBackend.h"

#include "TestServer.h"

namespace dotpha::test {

TestBackend testBackend()
{
    static const TestBackend backend =
        qEnvironmentVariable("DOTPHA_TEST_BACKEND") == QStringLiteral("server") ? TestBackend::Server : TestBackend::File;
    return backend;
}

namespace {

class ServerEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (const QString why = TestServer::missing(); !why.isEmpty()) {
            if (TestServer::required())
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
    }
};

} // namespace

void addServerEnvironment()
{
    if (testBackend() == TestBackend::Server)
        ::testing::AddGlobalTestEnvironment(new ServerEnvironment);
}

} // namespace dotpha::test
