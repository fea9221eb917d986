# OpenSSL 3.0: libcrypto-3-x64.dll and libssl-3-x64.dll (+ headers, import libs),
# for libpq's TLS to the office server. Only the libraries are built: no
# openssl.exe, no static libraries, no engines, no legacy provider, and none of the ciphers and
# protocols a PostgreSQL connection never negotiates (CI builds this from
# nothing on every run). CMS, time stamps and OCSP stay, for signed documents.
LIB_SOURCE=openssl
LIB_DEPS=()
LIB_OPTIONS=(
    shared no-tests no-legacy no-engine no-dtls no-ssl3 no-comp no-srp
    no-idea no-mdc2 no-rc5 no-sm2 no-sm3 no-sm4 no-whirlpool no-camellia no-aria no-seed
    -O2
)

lib_build() {
    # OpenSSL builds in its source tree's layout; an out-of-tree build works too.
    # CC is appended to --cross-compile-prefix. -O2 instead of OpenSSL's -O3:
    # the libraries only carry a connection's TLS, and -O2 builds faster.
    run "$SRC/Configure" mingw64 --cross-compile-prefix="$CROSS-" \
        CC=gcc-posix CXX=g++-posix \
        --prefix="$PREFIX" --openssldir="$PREFIX/ssl" --libdir=lib "${LIB_OPTIONS[@]}"
    # LIBS= leaves out the static libcrypto.a and libssl.a, which OpenSSL otherwise compiles
    # from a second set of objects: only the DLLs and their import libraries are used here.
    run make -j"$JOBS" LIBS= build_libs
    # install_dev installs the DLLs (install_runtime_libs) with the headers and import libraries.
    run make DESTDIR="$STAGE" LIBS= INSTALL_LIBS= install_dev
}
