# libpq (PostgreSQL 15 client library only), with our OpenSSL.
LIB_SOURCE=postgresql-15
LIB_DEPS=(openssl)
LIB_OPTIONS=(
    --with-openssl --without-readline --without-zlib --without-icu
    --without-gssapi --without-ldap --disable-nls
)

lib_build() {
    run env CC="$XCC" AR="$XAR" RANLIB="$XRANLIB" \
        CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib" CFLAGS="-O2" \
        "$SRC/configure" --host="$CROSS" --build=x86_64-linux-gnu \
        --prefix="$PREFIX" "${LIB_OPTIONS[@]}"
    # libpgport and libpgcommon without their backend (_srv) variants, which
    # only the server uses. (On Windows libpq's link names the frontend
    # variants as well as the _shlib ones.)
    run make -C src/backend generated-headers
    run make -C src/port -j"$JOBS" libpgport.a libpgport_shlib.a
    run make -C src/common -j"$JOBS" libpgcommon.a libpgcommon_shlib.a
    run make -C src/interfaces/libpq -j"$JOBS" SHLIB_PREREQS= all
    run make -C src/interfaces/libpq SHLIB_PREREQS= DESTDIR="$STAGE" install

    local p=$STAGE$PREFIX f
    install -d "$p/bin" "$p/include"
    # client headers
    install -m644 "$SRC/src/include/postgres_ext.h" "$p/include/"
    install -m644 src/include/pg_config.h src/include/pg_config_ext.h \
        src/include/pg_config_os.h "$p/include/"
    install -m644 "$SRC/src/include/pg_config_manual.h" "$p/include/"
    # the DLL belongs in bin/
    for f in "$p"/lib/*.dll; do
        [[ -e $f ]] && mv -f "$f" "$p/bin/"
    done
    return 0
}
