<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Vietnamese for the Qt strings Dotpha shows. Debian ships no qtbase_vi.qm, so the project keeps
     its own; contexts and source texts are Qt 6's. Maintained by hand. -->
<TS version="2.1" language="vi_VN">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>Save All</source><translation>Lưu tất cả</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>N&amp;o to All</source><translation>Khô&amp;ng với tất cả</translation></message>
    <message><source>Abort</source><translation>Hủy bỏ</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Discard</source><translation>Không lưu</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>Cắ&amp;t</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>Cắ&amp;t</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Sao chép địa chỉ &amp;liên kết</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message><source>&amp;Select All</source><translation>&amp;Chọn tất cả</translation></message>
    <message><source>&amp;Step up</source><translation>&amp;Tăng</translation></message>
    <message><source>Step &amp;down</source><translation>&amp;Giảm</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
    <message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Tìm trong:</translation></message>
    <message><source>Back</source><translation>Quay lại</translation></message>
    <message><source>Go back</source><translation>Quay lại</translation></message>
    <message><source>Forward</source><translation>Tiếp</translation></message>
    <message><source>Go forward</source><translation>Đi tiếp</translation></message>
    <message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
    <message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
    <message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
    <message><source>Create a New Folder</source><translation>Tạo một thư mục mới</translation></message>
    <message><source>List View</source><translation>Dạng danh sách</translation></message>
    <message><source>Change to list view mode</source><translation>Chuyển sang dạng danh sách</translation></message>
    <message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
    <message><source>Change to detail view mode</source><translation>Chuyển sang dạng chi tiết</translation></message>
    <message><source>Sidebar</source><translation>Thanh bên</translation></message>
    <message><source>List of places and bookmarks</source><translation>Danh sách vị trí và dấu trang</translation></message>
    <message><source>Files</source><translation>Tệp</translation></message>
    <message><source>Files of type:</source><translation>Loại tệp:</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Tên tệp:</translation></message>
    <message><source>Directory:</source><translation>Thư mục:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Mở</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Chọn</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>Save As</source><translation>Lưu thành</translation></message>
    <message><source>Find Directory</source><translation>Tìm thư mục</translation></message>
    <message><source>Save in:</source><translation>Lưu trong:</translation></message>
    <message><source>All Files (*)</source><translation>Tất cả các tệp (*)</translation></message>
    <message><source>&amp;Rename</source><translation>Đổi &amp;tên</translation></message>
    <message><source>&amp;Delete</source><translation>&amp;Xóa</translation></message>
    <message><source>Show &amp;hidden files</source><translation>Hiện tệp &amp;ẩn</translation></message>
    <message><source>&amp;New Folder</source><translation>Thư mục &amp;mới</translation></message>
    <message><source>Show </source><translation>Hiện </translation></message>
    <message><source>New Folder</source><translation>Thư mục mới</translation></message>
    <message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation></message>
    <message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation></message>
    <message><source>Are you sure you want to delete &apos;%1&apos;?</source><translation>Bạn có chắc muốn xóa &apos;%1&apos;?</translation></message>
    <message><source>Could not delete directory.</source><translation>Không xóa được thư mục.</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Name</source><translation>Tên</translation></message>
    <message><source>Size</source><translation>Kích thước</translation></message>
    <message><source>Type</source><comment>All other platforms</comment><translation>Loại</translation></message>
    <message><source>Date Modified</source><translation>Ngày sửa đổi</translation></message>
    <message><source>My Computer</source><translation>Máy tính</translation></message>
    <message><source>Computer</source><translation>Máy tính</translation></message>
</context>
<context>
    <name>QFileInfoGatherer</name>
    <message><source>My Computer</source><translation>Máy tính</translation></message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
    <message><source>Next page</source><translation>Trang sau</translation></message>
    <message><source>Previous page</source><translation>Trang trước</translation></message>
    <message><source>First page</source><translation>Trang đầu</translation></message>
    <message><source>Last page</source><translation>Trang cuối</translation></message>
    <message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
    <message><source>Fit page</source><translation>Vừa trang</translation></message>
    <message><source>Zoom in</source><translation>Phóng to</translation></message>
    <message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
    <message><source>Portrait</source><translation>Khổ dọc</translation></message>
    <message><source>Landscape</source><translation>Khổ ngang</translation></message>
    <message><source>Show single page</source><translation>Xem từng trang</translation></message>
    <message><source>Show facing pages</source><translation>Xem hai trang</translation></message>
    <message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
    <message><source>Print</source><translation>In</translation></message>
    <message><source>Page setup</source><translation>Thiết lập trang</translation></message>
    <message><source>Export to PDF</source><translation>Xuất ra PDF</translation></message>
</context>
</TS>
