# Shared by scripts/run and scripts/test: install what is missing, then configure the build.
# Sourced, not run.

DOTPHA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOTPHA_BUILD_DIR=${DOTPHA_BUILD_DIR:-"$DOTPHA_ROOT/build"}

# Debian 12 packages the build, the tests and the application need.
DOTPHA_PACKAGES=(
    cmake ninja-build g++ libicu-dev
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev
    libgl-dev libxkbcommon-dev
    libgtest-dev libxlsxwriter-dev libminizip-dev pkg-config
    sqlite3 poppler-utils fonts-liberation2 locales
    libpq-dev libssl-dev libqt6sql6-psql postgresql postgresql-common
)

dotpha_missing_packages() {
    local package
    for package in "${DOTPHA_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || echo "$package"
    done
}

dotpha_install_packages() {
    local missing
    missing=$(dotpha_missing_packages)
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Cần quyền root để cài: $missing" >&2; return 1; }
        sudo="sudo"
    fi
    echo "Installing: $(echo $missing)"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

# The tests run under vi_VN.UTF-8 (a decimal comma), as users do; a fresh Debian has only C.UTF-8.
dotpha_generate_locale() {
    locale -a 2>/dev/null | grep -qix 'vi_VN.utf8' && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Generating the vi_VN.UTF-8 locale"
    $sudo localedef -i vi_VN -f UTF-8 vi_VN.UTF-8
}

dotpha_configure() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if [ ! -f "$DOTPHA_BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S "$DOTPHA_ROOT" -B "$DOTPHA_BUILD_DIR" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@"
    fi
}

dotpha_build() {
    cmake --build "$DOTPHA_BUILD_DIR" --parallel 2 "$@"
}
