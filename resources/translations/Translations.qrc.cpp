// The translations library holds only resources (the compiled .qm files); a static library needs
// one source of its own.
namespace dotpha {
int translationsLibraryAnchor = 0;
}
