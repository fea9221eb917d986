# SQLite 3.40 as one DLL, sqlite3.dll (+ libsqlite3.dll.a, sqlite3.pc).
# Debian's orig tarball is SQLite's full source tree: the amalgamation
# (sqlite3.c) is generated natively first (needs tclsh), then cross-compiled.
LIB_SOURCE=sqlite3
LIB_DEPS=()
LIB_OPTIONS=(
    -DSQLITE_THREADSAFE=1
    -DSQLITE_ENABLE_COLUMN_METADATA=1
    -DSQLITE_ENABLE_FTS3=1 -DSQLITE_ENABLE_FTS3_PARENTHESIS=1 -DSQLITE_ENABLE_FTS4=1 -DSQLITE_ENABLE_FTS5=1
    -DSQLITE_ENABLE_RTREE=1 -DSQLITE_ENABLE_DBSTAT_VTAB=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY=1
    -DSQLITE_USE_URI=1 -DSQLITE_SECURE_DELETE=1 -DSQLITE_ENABLE_MATH_FUNCTIONS=1
)

lib_build() {
    # 1. the amalgamation, with the host compiler
    mkdir -p amalg && (cd amalg &&
        run "$SRC/configure" CC=gcc --disable-tcl --disable-readline --disable-editline >/dev/null &&
        run make sqlite3.c sqlite3.h sqlite3ext.h)
    local ver
    ver=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' amalg/sqlite3.h)

    # 2. the DLL, with the cross compiler
    run "$XCC" -O2 -DNDEBUG "${LIB_OPTIONS[@]}" -Iamalg -c amalg/sqlite3.c -o sqlite3.o
    run "$XCC" -shared -o sqlite3.dll sqlite3.o \
        -Wl,--out-implib,libsqlite3.dll.a -static-libgcc

    local p=$STAGE$PREFIX
    install -d "$p/bin" "$p/lib/pkgconfig" "$p/include"
    install -m644 sqlite3.dll "$p/bin/"
    install -m644 libsqlite3.dll.a "$p/lib/"
    install -m644 amalg/sqlite3.h amalg/sqlite3ext.h "$p/include/"
    cat >"$p/lib/pkgconfig/sqlite3.pc" <<PC
prefix=$PREFIX
exec_prefix=\${prefix}
libdir=\${exec_prefix}/lib
includedir=\${prefix}/include

Name: SQLite
Description: SQL database engine
Version: $ver
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
PC
}
