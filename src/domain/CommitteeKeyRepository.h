#pragma once

#include "Result.h"
#include "SigningKey.h"

#include <QByteArray>

namespace dotpha {

// The committee's own signing key, made when its database was set up (or upgraded to hold one)
// and never changed since: the identity other committees register for it. It is never written
// through this interface, and its private half never leaves the database: on the office server
// only administrators' logins may read it.
class CommitteeKeyRepository
{
public:
    virtual ~CommitteeKeyRepository() = default;
    // The public key, which anyone may read.
    virtual Result<QByteArray> publicKey() = 0;
    // The pair, to sign with; refused to a login that may not read the private key.
    virtual Result<SigningKey> signingKey() = 0;
};

} // namespace dotpha
