# CMake toolchain file: cross-compile for 64-bit Windows with Debian's
# mingw-w64 (g++-mingw-w64-x86-64-posix, GCC 12, posix thread model).
#
# The Windows libraries (Qt, ICU, OpenSSL, libpq, SQLite, zlib, ...) are
# looked up in one prefix, built by scripts/windows/build-libraries:
#   -DDOTPHA_WINDOWS_PREFIX=/path/to/prefix, or the environment variable of
#   the same name, or by default
#   ${DOTPHA_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dotpha-windows}/prefix
#
# Usage:
#   cmake -S . -B build-win -G Ninja \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-mingw64.cmake \
#         -DQT_HOST_PATH=/usr \
#         -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(DOTPHA_MINGW_TRIPLET x86_64-w64-mingw32)

set(CMAKE_C_COMPILER   ${DOTPHA_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${DOTPHA_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER  ${DOTPHA_MINGW_TRIPLET}-windres)

# Where the cross-built libraries live.
if(NOT DOTPHA_WINDOWS_PREFIX)
    if(DEFINED ENV{DOTPHA_WINDOWS_PREFIX} AND NOT "$ENV{DOTPHA_WINDOWS_PREFIX}" STREQUAL "")
        set(DOTPHA_WINDOWS_PREFIX "$ENV{DOTPHA_WINDOWS_PREFIX}")
    elseif(DEFINED ENV{DOTPHA_WINDOWS_CACHE} AND NOT "$ENV{DOTPHA_WINDOWS_CACHE}" STREQUAL "")
        set(DOTPHA_WINDOWS_PREFIX "$ENV{DOTPHA_WINDOWS_CACHE}/prefix")
    elseif(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
        set(DOTPHA_WINDOWS_PREFIX "$ENV{XDG_CACHE_HOME}/dotpha-windows/prefix")
    else()
        set(DOTPHA_WINDOWS_PREFIX "$ENV{HOME}/.cache/dotpha-windows/prefix")
    endif()
endif()
set(DOTPHA_WINDOWS_PREFIX "${DOTPHA_WINDOWS_PREFIX}" CACHE PATH
    "Prefix holding the cross-built Windows libraries")
# Pass it on to try_compile() projects, which re-read this file.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES DOTPHA_WINDOWS_PREFIX)

set(CMAKE_FIND_ROOT_PATH "${DOTPHA_WINDOWS_PREFIX}" /usr/${DOTPHA_MINGW_TRIPLET})
# Host programs (moc, rcc, perl, ...) from the build machine; libraries,
# headers and CMake packages from the prefix only.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config, where used, must only see the prefix's .pc files.
set(ENV{PKG_CONFIG_LIBDIR} "${DOTPHA_WINDOWS_PREFIX}/lib/pkgconfig:${DOTPHA_WINDOWS_PREFIX}/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
