// The guide library holds only resources (the user guide and its screenshots); a static library
// needs one source of its own.
namespace dotpha {
int guideLibraryAnchor = 0;
}
