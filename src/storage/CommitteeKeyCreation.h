#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace dotpha {

class Database;
class ServerConnection;

// Makes the committee's signing key as a data format step that brings the table creates it
// (file 6, server 14): a database set up since has one from the start, an older one gains one as
// it is upgraded, in the step's transaction. A key already there is kept.
class CommitteeKeyCreation
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeKeyCreation)

public:
    static Status inFile(Database &database);
    static Status onServer(ServerConnection &connection);
};

} // namespace dotpha
