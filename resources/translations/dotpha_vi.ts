<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation><numerusform>Mật khẩu cần ít nhất %n ký tự.</numerusform></translation>
    </message>
    <message>
        <source>This database already has its administrator.</source>
        <translation>Cơ sở dữ liệu này đã có quản trị viên.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the administrator.</source>
        <translation>Tài khoản này đã bị khóa. Hãy hỏi quản trị viên.</translation>
    </message>
    <message>
        <source>The account needs a login.</source>
        <translation>Tài khoản cần có tên đăng nhập.</translation>
    </message>
    <message>
        <source>The account needs the user's name.</source>
        <translation>Tài khoản cần có họ và tên người dùng.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>Tên đăng nhập %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>The database needs at least one active administrator.</source>
        <translation>Cơ sở dữ liệu cần ít nhất một quản trị viên đang hoạt động.</translation>
    </message>
    <message>
        <source>The accounts of this database were deleted outside Dotpha: its change log records them. Nobody can sign in; restore the database from a backup (File ▸ Restore a backup).</source>
        <translation>Các tài khoản của cơ sở dữ liệu này đã bị xóa bên ngoài Dotpha: nhật ký thay đổi vẫn ghi nhận chúng. Không ai đăng nhập được; hãy khôi phục cơ sở dữ liệu từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>The account %1 was changed outside Dotpha, so it cannot sign in. An administrator can restore the database from a backup; dotpha-cli check lists what changed.</source>
        <translation>Tài khoản %1 đã bị sửa bên ngoài Dotpha nên không được đăng nhập. Quản trị viên có thể khôi phục cơ sở dữ liệu từ bản sao lưu; lệnh dotpha-cli check liệt kê những gì đã bị sửa.</translation>
    </message>
    <message>
        <source>The database %1 on the office server has no Dotpha account with the login “%2”. Ask the administrator to add it.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ của văn phòng chưa có tài khoản Dotpha với tên đăng nhập “%2”. Hãy đề nghị quản trị viên thêm tài khoản này.</translation>
    </message>
    <message>
        <source>The office server signed you in as “%1”, but the Dotpha account's login is “%2”: the two must be written alike, letter case included. Ask the administrator to correct the account.</source>
        <translation>Máy chủ văn phòng đã cho bạn đăng nhập với tên “%1”, nhưng tên đăng nhập của tài khoản Dotpha là “%2”: hai tên phải viết y hệt nhau, kể cả chữ hoa, chữ thường. Đề nghị người quản trị sửa lại tài khoản.</translation>
    </message>
    <message>
        <source>The Dotpha account %1 is a %2, but the login “%3” is not in the office server's group %4, so the server would refuse what that role does. Ask the database's owner to run: GRANT %4 TO %3;</source>
        <translation>Tài khoản Dotpha %1 có vai trò %2, nhưng tên đăng nhập “%3” không thuộc nhóm %4 trên máy chủ văn phòng, nên máy chủ sẽ từ chối những việc của vai trò đó. Đề nghị người sở hữu cơ sở dữ liệu chạy lệnh: GRANT %4 TO %3;</translation>
    </message>
</context>
<context>
    <name>ActorPermission</name>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Tài khoản của bạn không còn tồn tại.</translation>
    </message>
    <message>
        <source>Your account has been deactivated. Ask the administrator.</source>
        <translation>Tài khoản của bạn đã bị ngừng sử dụng. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>Your account's role has changed since you signed in. Sign in again (File ▸ Sign in as another user).</source>
        <translation>Vai trò của tài khoản đã thay đổi từ khi bạn đăng nhập. Hãy đăng nhập lại (Tệp ▸ Đăng nhập bằng tài khoản khác).</translation>
    </message>
    <message>
        <source>Your account was changed outside Dotpha: nothing can be saved under it.</source>
        <translation>Tài khoản của bạn đã bị sửa ngoài Dotpha: không thể lưu gì dưới tài khoản này.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in to change it.</source>
        <translation>Cơ sở dữ liệu này có tài khoản: hãy đăng nhập để thay đổi.</translation>
    </message>
</context>
<context>
    <name>AddTaskCommand</name>
    <message>
        <source>add task “%1”</source>
        <translation>thêm việc “%1”</translation>
    </message>
</context>
<context>
    <name>AttachmentCheck</name>
    <message>
        <source>Stopped before the end of %1.</source>
        <translation>Đã dừng trước khi đọc hết %1.</translation>
    </message>
    <message>
        <source>Attached file %1 (“%2”, task %3) does not match the SHA-256 recorded when it was attached: its content was changed outside Dotpha. Restore the database from a backup.</source>
        <translation>Tệp đính kèm số %1 (“%2”, việc số %3) không khớp mã SHA-256 ghi lại khi đính kèm: nội dung tệp đã bị sửa ngoài Dotpha. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written to the end (is the disk full?): %2; nothing was saved.</source>
        <translation>Không ghi được hết %1 (ổ đĩa đầy?): %2; không có gì được lưu.</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation>Tệp %1 không được lưu.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a folder, a device or a pipe): a copy is written only to a file. To write it to standard output, give - instead.</source>
        <translation>%1 không phải tệp thông thường (đó là thư mục, thiết bị hoặc đường ống): bản sao chỉ được ghi ra tệp. Muốn ghi ra đầu ra chuẩn, hãy dùng - thay cho tên tệp.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Chưa ghi gì ra %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>The file %1 does not exist (any more).</source>
        <translation>Tệp %1 không tồn tại (hoặc không còn nữa).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read to the end: %2</source>
        <translation>Không đọc được hết tệp %1: %2</translation>
    </message>
    <message>
        <source>Attaching %1 was cancelled; nothing was stored.</source>
        <translation>Đã hủy đính kèm %1; không có gì được lưu.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the largest file one may attach (%3 MB). Scan it at a lower resolution, or ask an administrator to raise the limit.</source>
        <translation>Tệp %1 có dung lượng %2 MB, vượt mức tối đa được đính kèm (%3 MB). Hãy quét lại với độ phân giải thấp hơn, hoặc đề nghị quản trị viên nâng mức này.</translation>
    </message>
    <message>
        <source>The progress note, work item or decision to attach the file to is not task %1's.</source>
        <translation>Ghi nhận tiến độ, đầu điểm công việc hay quyết định được chọn để đính kèm tệp không thuộc việc số %1.</translation>
    </message>
    <message>
        <source>%1 changed while it was being attached; nothing was stored. Attach it again once it is saved.</source>
        <translation>Tệp %1 đã thay đổi trong lúc đang đính kèm; không có gì được lưu. Hãy đính kèm lại khi tệp đã được lưu xong.</translation>
    </message>
    <message>
        <source>The committee is not named yet: name it before setting the largest file to attach.</source>
        <translation>Chưa có tên cấp ủy: hãy đặt tên trước khi đặt dung lượng tệp đính kèm tối đa.</translation>
    </message>
</context>
<context>
    <name>AuditBaseline</name>
    <message>
        <source>State when the file was upgraded to data format 3</source>
        <translation>Hiện trạng khi tệp được nâng cấp lên định dạng dữ liệu 3</translation>
    </message>
    <message numerus="yes">
        <source>State when the file was upgraded to data format 3, over a change log that did not match its seals (%n problem(s): see Check the seals)</source>
        <translation><numerusform>Trạng thái khi tệp được nâng lên định dạng dữ liệu 3, trên một nhật ký thay đổi không khớp dấu niêm phong (%n vấn đề: xem Kiểm tra niêm phong)</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Audit record %1 was written outside Dotpha: it carries no seal.</source>
        <translation>Bản ghi nhật ký %1 được ghi ngoài Dotpha: bản ghi không có dấu niêm phong.</translation>
    </message>
    <message>
        <source>Audit record %1 does not match its seal: it, or the record before it, was changed or removed outside Dotpha.</source>
        <translation>Bản ghi nhật ký %1 không khớp dấu niêm phong: bản ghi này, hoặc bản ghi liền trước, đã bị sửa hoặc xóa ngoài Dotpha.</translation>
    </message>
    <message>
        <source>The seal of audit records %1 to %2 was changed outside Dotpha.</source>
        <translation>Dấu niêm phong của các bản ghi nhật ký %1 đến %2 đã bị sửa bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>Audit records %1 to %2 were sealed as %3 records and are now %4: records were removed or slipped in outside Dotpha.</source>
        <translation>Các bản ghi nhật ký %1 đến %2 được niêm phong gồm %3 bản ghi, nay còn %4: có bản ghi bị xóa hoặc bị chèn thêm bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>Audit record %1 does not match its seal: it was changed outside Dotpha.</source>
        <translation>Bản ghi nhật ký %1 không khớp dấu niêm phong: bản ghi đã bị sửa bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>No seal of the change log ends at record %1: records up to it were removed, or the log was rebuilt outside Dotpha.</source>
        <translation>Không có dấu niêm phong nào của nhật ký kết thúc ở bản ghi %1: các bản ghi đến đó đã bị xóa, hoặc nhật ký đã bị dựng lại bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>The seal at record %1 is not the one recorded earlier (%2): the change log was rewritten and sealed again outside Dotpha.</source>
        <translation>Dấu niêm phong ở bản ghi %1 không phải dấu đã ghi nhận trước đây (%2): nhật ký thay đổi đã bị viết lại và niêm phong lại bên ngoài Dotpha.</translation>
    </message>
</context>
<context>
    <name>AuditDescription</name>
    <message>
        <source>added</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>thêm: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>xóa: %1</translation>
    </message>
    <message>
        <source>changed (value not recorded)</source>
        <translation>đã thay đổi (không ghi giá trị)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>(system account)</source>
        <translation>(tài khoản hệ thống)</translation>
    </message>
    <message>
        <source>recorded as it stood</source>
        <translation>ghi nhận hiện trạng</translation>
    </message>
    <message>
        <source>as it stood: %1</source>
        <translation>hiện trạng: %1</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>việc này</translation>
    </message>
    <message>
        <source>%1 (outside Dotpha: %2)</source>
        <translation>%1 (ngoài Dotpha: %2)</translation>
    </message>
</context>
<context>
    <name>AuditDiscrepancyText</name>
    <message>
        <source>(nothing)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1 has no history in the change log: it was added outside Dotpha.</source>
        <translation>%1 không có lịch sử trong nhật ký thay đổi: bản ghi đã được thêm bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>%1: the password was replaced outside Dotpha.</source>
        <translation>%1: mật khẩu đã bị thay bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>%1, %2: the database holds %3 where the change log says %4; it was changed outside Dotpha.</source>
        <translation>%1, %2: cơ sở dữ liệu đang ghi %3 trong khi nhật ký thay đổi ghi %4; dữ liệu đã bị sửa bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>%1 is in the change log but no longer in the database: it was removed outside Dotpha.</source>
        <translation>%1 có trong nhật ký thay đổi nhưng không còn trong cơ sở dữ liệu: bản ghi đã bị xóa bên ngoài Dotpha.</translation>
    </message>
    <message>
        <source>%1 was deleted according to the change log but is in the database again: it was put back outside Dotpha.</source>
        <translation>%1 đã bị xóa theo nhật ký thay đổi nhưng lại có trong cơ sở dữ liệu: bản ghi đã được đưa trở lại bên ngoài Dotpha.</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation>Thời điểm ghi (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Seal of the change log</source>
        <translation>Dấu niêm phong nhật ký thay đổi</translation>
    </message>
</context>
<context>
    <name>AuditHeadText</name>
    <message numerus="yes">
        <source>Change log: %n record(s) up to %1 on %2; seal %3 (dotpha-cli check --expect %3).</source>
        <translation><numerusform>Nhật ký thay đổi: %n bản ghi, đến %1 ngày %2; dấu niêm phong %3 (dotpha-cli check --expect %3).</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>&amp;Check the seals</source>
        <translation>&amp;Kiểm tra niêm phong</translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation>&amp;Xuất ra CSV...</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>The folder for automatic backups, %1, cannot be created.</source>
        <translation>Không tạo được thư mục sao lưu tự động %1.</translation>
    </message>
</context>
<context>
    <name>BackgroundFileReader</name>
    <message>
        <source>Reading %1...</source>
        <translation>Đang đọc %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Đã hủy đọc tệp %1.</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>An administrator of the backup signs in</source>
        <translation>Quản trị viên của bản sao lưu đăng nhập</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The backup is checked first. The database as it is now is kept beside it, its name followed by "before-restore" and the date.</source>
        <translation>Thay %1 bằng bản sao lưu %2?

Bản sao lưu sẽ được kiểm tra trước. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh, tên có thêm "before-restore" và ngày giờ.</translation>
    </message>
    <message>
        <source>An administrator of the database signs in</source>
        <translation>Quản trị viên của cơ sở dữ liệu đăng nhập</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Chưa nhập lệnh.</translation>
    </message>
    <message>
        <source>No database given: use --db PATH.</source>
        <translation>Chưa chỉ định cơ sở dữ liệu: dùng --db TỆP.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Lệnh không hợp lệ: %1</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>Lệnh init không nhận đối số.</translation>
    </message>
    <message>
        <source>The file %1 already exists: init creates a new database and changes no existing file.</source>
        <translation>Tệp %1 đã tồn tại: lệnh init chỉ tạo cơ sở dữ liệu mới và không thay đổi tệp có sẵn.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Đã tạo %1.</translation>
    </message>
    <message>
        <source>summary needs --year YEAR.</source>
        <translation>Lệnh summary cần --year NĂM.</translation>
    </message>
    <message>
        <source>--year takes a year, such as 2021.</source>
        <translation>--year cần một năm, ví dụ 2021.</translation>
    </message>
    <message>
        <source>Year %1, %2</source>
        <translation>Năm %1, %2</translation>
    </message>
    <message>
        <source>Tasks: %1 (collective %2, individual %3); rejected and not counted: %4</source>
        <translation>Số việc: %1 (tập thể %2, cá nhân %3); bị từ chối, không tính: %4</translation>
    </message>
    <message>
        <source>People with tasks: %1</source>
        <translation>Số đồng chí đăng ký: %1</translation>
    </message>
    <message>
        <source>Units with collective tasks</source>
        <translation>Đơn vị có việc tập thể</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Theo trạng thái</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>Theo tính chất</translation>
    </message>
    <message>
        <source>By rating</source>
        <translation>Theo kết quả đánh giá</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>Không phát hiện lỗi trong %1.</translation>
    </message>
    <message>
        <source>backup needs the file to write: backup FILE.</source>
        <translation>Lệnh backup cần tệp đích: backup TỆP.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>generate needs --tasks N, a positive number.</source>
        <translation>Lệnh generate cần --tasks N, với N là số dương.</translation>
    </message>
    <message>
        <source>--seed takes a number of zero or more.</source>
        <translation>--seed cần một số không âm.</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 trên %2 việc</translation>
    </message>
    <message>
        <source>Generated %1 tasks in %2 s.</source>
        <translation>Đã sinh %1 việc trong %2 giây.</translation>
    </message>
    <message>
        <source>report needs --year YEAR.</source>
        <translation>Lệnh report cần --year NĂM.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>Lệnh report cần --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>--date takes a date such as 2021-12-20.</source>
        <translation>--date cần một ngày, ví dụ 2021-12-20.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>A task sheet needs --task ID and --out FILE.pdf.</source>
        <translation>Phiếu đăng ký cần --task MÃ_VIỆC và --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>export needs the file to write: export --year YEAR FILE.xlsx.</source>
        <translation>Lệnh export cần tệp đích: export --year NĂM TỆP.xlsx.</translation>
    </message>
    <message>
        <source>export needs --year YEAR, or --template for a blank template.</source>
        <translation>Lệnh export cần --year NĂM, hoặc --template để ghi mẫu trống.</translation>
    </message>
    <message>
        <source>Exported %1 tasks to %2.</source>
        <translation>Đã xuất %1 việc ra %2.</translation>
    </message>
    <message>
        <source>create a new database; --sample loads the Yên Sơn 2021 sample</source>
        <translation>tạo cơ sở dữ liệu mới; --sample nạp dữ liệu mẫu Yên Sơn 2021</translation>
    </message>
    <message>
        <source>the year's figures and summary sentence</source>
        <translation>số liệu và câu tổng kết của năm</translation>
    </message>
    <message>
        <source>write a consistent copy of the database to FILE</source>
        <translation>ghi bản sao nhất quán của cơ sở dữ liệu ra FILE</translation>
    </message>
    <message>
        <source>add N realistic made-up tasks (for tests and benchmarks)</source>
        <translation>thêm N việc giả lập (để kiểm thử và đo đạc)</translation>
    </message>
    <message>
        <source>write the year-end report or the registration list as PDF</source>
        <translation>xuất báo cáo tổng kết hoặc danh sách đăng ký ra PDF</translation>
    </message>
    <message>
        <source>write one task's registration sheet with its decisions as PDF</source>
        <translation>xuất phiếu đăng ký của một việc, kèm các quyết định, ra PDF</translation>
    </message>
    <message>
        <source>export the year's tasks as a registration spreadsheet</source>
        <translation>xuất các việc của năm ra bảng tính đăng ký</translation>
    </message>
    <message>
        <source>write a blank registration template</source>
        <translation>ghi mẫu bảng tính đăng ký còn trống</translation>
    </message>
    <message>
        <source>Usage: dotpha-cli --db PATH COMMAND [options]</source>
        <translation>Cách dùng: dotpha-cli --db TỆP LỆNH [tùy chọn]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 a problem with the data or the input, 2 wrong usage.</source>
        <translation>Mã thoát: 0 thành công, 1 lỗi dữ liệu hoặc đầu vào, 2 sai cú pháp lệnh.</translation>
    </message>
    <message>
        <source>import needs the file to read: import FILE.xlsx.</source>
        <translation>Lệnh import cần tệp nguồn: import TỆP.xlsx.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>New units</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Cán bộ mới</translation>
    </message>
    <message>
        <source>New fields</source>
        <translation>Lĩnh vực mới</translation>
    </message>
    <message>
        <source>%1 rows can be imported; %2 problems.</source>
        <translation>Có thể nhập %1 dòng; %2 lỗi.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file, or use --skip-invalid to import the valid rows.</source>
        <translation>Chưa nhập gì. Hãy sửa tệp, hoặc dùng --skip-invalid để nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>Imported %1 tasks.</source>
        <translation>Đã nhập %1 việc.</translation>
    </message>
    <message>
        <source>export the change log (every recorded change, or one task's) as CSV</source>
        <translation>xuất nhật ký thay đổi (mọi thay đổi, hoặc của một việc) ra CSV</translation>
    </message>
    <message>
        <source>audit needs the file to write: audit FILE.csv.</source>
        <translation>Lệnh audit cần tệp đích: audit TỆP.csv.</translation>
    </message>
    <message>
        <source>--task takes a task number.</source>
        <translation>--task cần số của một việc.</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2.</source>
        <translation>Đã xuất %1 thay đổi ra %2.</translation>
    </message>
    <message>
        <source>(administrators) record the decisions the file reports (approved, rejected, returned) under your name, instead of refusing those rows</source>
        <translation>(quản trị viên) ghi nhận các quyết định tệp nêu (đã phê duyệt, không phê duyệt, trả lại) dưới tên bạn, thay vì từ chối các dòng đó</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>liệt kê các tài khoản</translation>
    </message>
    <message>
        <source>add an account (the first one of a database is its administrator); its password is read from standard input</source>
        <translation>thêm tài khoản (tài khoản đầu tiên là quản trị viên); mật khẩu đọc từ đầu vào chuẩn</translation>
    </message>
    <message>
        <source>set an account's password, read from standard input</source>
        <translation>đặt mật khẩu cho tài khoản, đọc từ đầu vào chuẩn</translation>
    </message>
    <message>
        <source>stop an account from signing in</source>
        <translation>ngừng cho tài khoản đăng nhập</translation>
    </message>
    <message>
        <source>--expect takes the seal printed on a report or an export, such as 1234:9f3a2c1b7d4e8a60.</source>
        <translation>--expect cần dấu niêm phong in trên báo cáo hoặc tệp xuất, ví dụ 1234:9f3a2c1b7d4e8a60.</translation>
    </message>
    <message>
        <source>generate makes up tasks for tests and measurements: it only runs on a database without accounts.</source>
        <translation>Lệnh generate tạo việc giả lập để kiểm thử và đo đạc: chỉ chạy trên cơ sở dữ liệu chưa có tài khoản.</translation>
    </message>
    <message>
        <source>Recorded %1 decisions from the file.</source>
        <translation>Đã ghi nhận %1 quyết định từ tệp.</translation>
    </message>
    <message>
        <source>restore needs the backup to restore: restore BACKUP.</source>
        <translation>Lệnh restore cần bản sao lưu: restore BẢN_SAO_LƯU.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Cơ sở dữ liệu bị thay thế được giữ lại là %1.</translation>
    </message>
    <message>
        <source>user needs add, list, passwd or disable.</source>
        <translation>Lệnh user cần add, list, passwd hoặc disable.</translation>
    </message>
    <message>
        <source>user %1 needs the account's login.</source>
        <translation>Lệnh user %1 cần tên đăng nhập của tài khoản.</translation>
    </message>
    <message>
        <source>user add needs --role clerk, reviewer or administrator, and --name NAME.</source>
        <translation>Lệnh user add cần --role clerk, reviewer hoặc administrator, và --name HỌ_TÊN.</translation>
    </message>
    <message>
        <source>read VALUE in the column headed COLUMN as our word OURS, e.g. --map "Tính chất:Trọng tâm=Đột phá"; repeatable</source>
        <translation>đọc VALUE trong cột có tiêu đề COLUMN là từ OURS của Dotpha, ví dụ --map "Tính chất:Trọng tâm=Đột phá"; dùng được nhiều lần</translation>
    </message>
    <message>
        <source>The import would create the units, people or fields above: add --create-missing, or correct the file.</source>
        <translation>Lần nhập này sẽ tạo các đơn vị, người hoặc lĩnh vực nêu trên: thêm --create-missing, hoặc sửa tệp.</translation>
    </message>
    <message>
        <source>(--db postgresql://HOST[:PORT]/DATABASE) prepare a database on the office server for Dotpha, or bring its data format up to date; the login's password comes from PGPASSWORD or ~/.pgpass</source>
        <translation>(--db postgresql://MÁY_CHỦ[:CỔNG]/CSDL) chuẩn bị một cơ sở dữ liệu trên máy chủ của văn phòng cho Dotpha, hoặc cập nhật định dạng dữ liệu của nó; mật khẩu đăng nhập lấy từ PGPASSWORD hoặc ~/.pgpass</translation>
    </message>
    <message>
        <source>The database %1 on the office server is ready for Dotpha (data format %2).</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ của văn phòng đã sẵn sàng cho Dotpha (định dạng dữ liệu %2).</translation>
    </message>
    <message>
        <source>The database %1 already holds units and tasks: init sets up an empty database only, and changed nothing.</source>
        <translation>Cơ sở dữ liệu %1 đã có đơn vị và việc: init chỉ khởi tạo cơ sở dữ liệu trống, và đã không thay đổi gì.</translation>
    </message>
    <message>
        <source>Set up %1 on the office server.</source>
        <translation>Đã khởi tạo %1 trên máy chủ của cơ quan.</translation>
    </message>
    <message>
        <source>(--db postgresql://HOST[:PORT]/DATABASE, as its owner) copy a committee's file whole to an empty database prepared on the office server, with its change log, in one transaction</source>
        <translation>(--db postgresql://MÁY_CHỦ[:CỔNG]/CSDL, với tư cách người sở hữu) chép nguyên tệp của một cấp ủy, cùng nhật ký thay đổi, sang một cơ sở dữ liệu trống đã chuẩn bị trên máy chủ văn phòng, trong một giao dịch</translation>
    </message>
    <message>
        <source>server needs init, or upload FILE.</source>
        <translation>server cần init, hoặc upload TỆP.</translation>
    </message>
    <message>
        <source>server %1 needs --db postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>server %1 cần --db postgresql://MÁY_CHỦ[:CỔNG]/CSDL.</translation>
    </message>
    <message>
        <source>Copying %1...</source>
        <translation>Đang chép %1...</translation>
    </message>
    <message>
        <source>%1 was copied to the database %2 on the office server, its change log sealed again and checked:</source>
        <translation>Đã chép %1 sang cơ sở dữ liệu %2 trên máy chủ văn phòng, niêm phong lại nhật ký thay đổi và kiểm tra:</translation>
    </message>
    <message>
        <source>Restored %1 into the database %2 on the office server.</source>
        <translation>Đã khôi phục %1 vào cơ sở dữ liệu %2 trên máy chủ văn phòng.</translation>
    </message>
    <message>
        <source>--help shows this text, --version the version and the data formats.</source>
        <translation>--help cho xem hướng dẫn này, --version cho biết phiên bản và định dạng dữ liệu.</translation>
    </message>
    <message>
        <source>the approved, unfinished tasks falling due from today to DAYS days from now, by their deadline or a work item's due date, soonest first</source>
        <translation>các việc đã phê duyệt, chưa hoàn thành, đến hạn từ hôm nay đến DAYS ngày tới, theo thời hạn của việc hay của một đầu việc; việc đến hạn sớm nhất trước</translation>
    </message>
    <message>
        <source>due needs --within DAYS, a number of days from 0 to 3660.</source>
        <translation>Lệnh due cần --within DAYS, số ngày từ 0 đến 3660.</translation>
    </message>
    <message>
        <source>write the list as a document, with the overdue tasks apart</source>
        <translation>ghi danh sách thành văn bản PDF, các việc quá hạn ở một mục riêng</translation>
    </message>
    <message>
        <source>write the six-month review as PDF: the tasks' progress on 30 June, or on the day given, from the progress recorded until then</source>
        <translation>ghi báo cáo sơ kết 6 tháng thành PDF: tiến độ các việc tại ngày 30/6, hoặc tại ngày đã cho, theo các lần ghi nhận tiến độ đến ngày ấy</translation>
    </message>
    <message>
        <source>report needs --kind year-end, registrations, six-month or task-sheet.</source>
        <translation>report cần --kind year-end, registrations, six-month hoặc task-sheet.</translation>
    </message>
    <message>
        <source>--as-of takes a day of the report's year, such as %1-06-30.</source>
        <translation>--as-of nhận một ngày trong năm của báo cáo, ví dụ %1-06-30.</translation>
    </message>
    <message>
        <source>check integrity, references, the seals of the change log, every record against it and every attached file against its SHA-256; --expect compares with a seal printed or exported earlier; exit 1 on a problem</source>
        <translation>kiểm tra tính toàn vẹn, các tham chiếu, dấu niêm phong của nhật ký thay đổi, đối chiếu mọi bản ghi với nhật ký và mọi tệp đính kèm với mã SHA-256; --expect so với dấu niêm phong đã in hoặc đã xuất trước đó; mã thoát 1 nếu có lỗi</translation>
    </message>
    <message>
        <source>store FILE in the database as evidence of the task, or of one of its progress notes, work items or decisions, with its SHA-256</source>
        <translation>lưu FILE vào cơ sở dữ liệu làm minh chứng của việc, hoặc của một ghi nhận tiến độ, đầu điểm công việc hay quyết định của việc, kèm mã SHA-256</translation>
    </message>
    <message>
        <source>list a task's attached files, removed ones marked</source>
        <translation>liệt kê các tệp đính kèm của một việc, đánh dấu các tệp đã gỡ</translation>
    </message>
    <message>
        <source>On a database with accounts, a command that changes it (init, generate, import, attach, restore, user add, passwd, disable) needs --user LOGIN and that account's password: in DOTPHA_PASSWORD, or else the first line of standard input. A new password follows on the next line.</source>
        <translation>Với cơ sở dữ liệu đã có tài khoản, lệnh làm thay đổi dữ liệu (init, generate, import, attach, restore, user add, passwd, disable) cần --user TÊN_ĐĂNG_NHẬP và mật khẩu của tài khoản đó: trong biến DOTPHA_PASSWORD, hoặc ở dòng đầu của đầu vào chuẩn. Mật khẩu mới (nếu có) ở dòng tiếp theo.</translation>
    </message>
    <message>
        <source>attach needs the file to store: attach --task ID FILE.</source>
        <translation>attach cần tệp để lưu: attach --task ID FILE.</translation>
    </message>
    <message>
        <source>attach needs --task ID, the number of the task the file is evidence of.</source>
        <translation>attach cần --task ID, số của việc mà tệp là minh chứng.</translation>
    </message>
    <message>
        <source>--%1 takes the number of a record of the task.</source>
        <translation>--%1 nhận số của một bản ghi thuộc việc.</translation>
    </message>
    <message>
        <source>A file is attached to one progress note, work item or decision at most.</source>
        <translation>Mỗi tệp chỉ đính kèm vào nhiều nhất một ghi nhận tiến độ, đầu điểm công việc hoặc quyết định.</translation>
    </message>
    <message>
        <source>attachments needs --task ID, the number of a task.</source>
        <translation>attachments cần --task ID, số của một việc.</translation>
    </message>
    <message>
        <source>extract needs the number of an attached file and the file to write: extract ID FILE.</source>
        <translation>extract cần số của tệp đính kèm và tệp để ghi ra: extract ID FILE.</translation>
    </message>
    <message>
        <source>write an attached file to FILE (- for standard output), once its bytes are proved against its SHA-256</source>
        <translation>ghi một tệp đính kèm ra FILE (- là đầu ra chuẩn), sau khi đối chiếu nội dung với mã SHA-256</translation>
    </message>
    <message>
        <source>check BACKUP and put it in place of the database, which is kept beside it as a dated copy; an administrator of both signs in with --user; --expect refuses a backup without the seal printed on a report or an export. On the office server, a dump (backup) is restored into an empty database, then checked</source>
        <translation>kiểm tra BẢN_SAO_LƯU rồi đặt vào chỗ cơ sở dữ liệu; tệp cũ được giữ lại bên cạnh, tên có ghi ngày giờ; quản trị viên của cả hai đăng nhập bằng --user; --expect từ chối bản sao lưu không có dấu niêm phong đã in trên báo cáo hoặc tệp xuất. Trên máy chủ của văn phòng, bản sao lưu (dump) được khôi phục vào một cơ sở dữ liệu trống rồi kiểm tra</translation>
    </message>
    <message>
        <source>Skipped %1 rows already registered.</source>
        <translation>Bỏ qua %1 dòng đã được đăng ký từ trước.</translation>
    </message>
    <message>
        <source>check a registration spreadsheet and import it, 500 rows to a transaction (a file of more that stops keeps its whole parts; importing it again adds the rest); --create-missing creates the units, people and fields it names that do not exist; --skip-invalid imports the valid rows despite problems</source>
        <translation>kiểm tra bảng tính đăng ký rồi nhập, mỗi giao dịch 500 dòng (tệp dài hơn nếu dừng giữa chừng thì giữ các phần đã ghi trọn; nhập lại tệp sẽ thêm phần còn lại); --create-missing tạo các đơn vị, cán bộ, lĩnh vực chưa có; --skip-invalid nhập các dòng hợp lệ dù có dòng lỗi</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>print the fingerprint of this committee's signing key, which a committee receiving its packages compares once when it registers the key</source>
        <translation>in dấu vân tay khóa ký của cấp ủy này, để cấp ủy nhận gói của mình đối chiếu một lần khi đăng ký khóa</translation>
    </message>
    <message>
        <source>(administrators) send the year's registrations, but drafts, with their progress, self-assessment and evidence files, to the superior committee, as a package signed with this committee's key</source>
        <translation>(quản trị) gửi cấp ủy cấp trên các đăng ký trong năm (trừ bản nháp), kèm tiến độ, tự đánh giá và tệp minh chứng, thành một gói ký bằng khóa của cấp ủy này</translation>
    </message>
    <message>
        <source>(reviewers) decide on a submitted registration; a return or a rejection needs its reason</source>
        <translation>(người duyệt) quyết định về một đăng ký đã gửi; trả lại hoặc không phê duyệt cần nêu lý do</translation>
    </message>
    <message>
        <source>(reviewers) change an approved task, with the decision's number, date and reason</source>
        <translation>(người duyệt) điều chỉnh việc đã phê duyệt, kèm số, ngày và lý do của quyết định</translation>
    </message>
    <message>
        <source>(reviewers) rate an approved task at year end</source>
        <translation>(người duyệt) đánh giá việc đã phê duyệt vào cuối năm</translation>
    </message>
    <message>
        <source>(administrators) receive a subordinate committee's registrations: the package is proved, then its merge report printed (new, changed, withdrawn, and what was decided here, never overwritten) and, but with --dry-run, written in one transaction; a sender's new key is taken only with its fingerprint, a package after a gap only with --confirm-gap</source>
        <translation>(quản trị) nhận các đăng ký của cấp ủy cấp dưới: gói được kiểm chứng, in báo cáo hợp nhất (mới, thay đổi, rút lại, và những gì đã quyết định ở đây, không bao giờ bị ghi đè) rồi, trừ khi có --dry-run, ghi trong một giao dịch; khóa mới của nơi gửi chỉ được nhận kèm dấu vân tay, gói đến sau một khoảng trống chỉ được nhận với --confirm-gap</translation>
    </message>
    <message>
        <source>(administrators) send a subordinate committee the decisions taken here on the registrations it sent</source>
        <translation>(quản trị) gửi cấp ủy cấp dưới các quyết định đã đưa ra ở đây về các đăng ký cấp ấy đã gửi</translation>
    </message>
</context>
<context>
    <name>CliAttachmentCommands</name>
    <message>
        <source>progress note %1</source>
        <translation>ghi nhận tiến độ số %1</translation>
    </message>
    <message>
        <source>work item %1</source>
        <translation>đầu điểm công việc số %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>quyết định số %1</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>việc này</translation>
    </message>
    <message>
        <source>Attached %1 to task %2 as file %3.</source>
        <translation>Đã đính kèm %1 vào việc số %2, là tệp số %3.</translation>
    </message>
    <message>
        <source>Task %1 has no attached files.</source>
        <translation>Việc số %1 chưa có tệp đính kèm.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(đã gỡ)</translation>
    </message>
    <message>
        <source>Wrote attached file %1 to %2; it matches its SHA-256.</source>
        <translation>Đã ghi tệp đính kèm số %1 ra %2; nội dung khớp mã SHA-256.</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>Không ghi được ra đầu ra chuẩn: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>đầu ra chuẩn</translation>
    </message>
</context>
<context>
    <name>CliDueList</name>
    <message numerus="yes">
        <source>%n task(s) fall due between %1 and %2.</source>
        <translation><numerusform>%n việc đến hạn từ %1 đến %2.</numerusform></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>deadline %1, progress %2%</source>
        <translation>thời hạn %1, tiến độ %2%</translation>
    </message>
    <message>
        <source>work item due %1: %2</source>
        <translation>đầu việc đến hạn %1: %2</translation>
    </message>
</context>
<context>
    <name>CliExchangeCommands</name>
    <message>
        <source>The signing key of %1 has the fingerprint:</source>
        <translation>Khóa ký của %1 có dấu vân tay:</translation>
    </message>
    <message>
        <source>A committee that receives its packages compares it once, on the phone or on paper, when it registers the key.</source>
        <translation>Cấp ủy nhận gói của cấp ủy này đối chiếu dấu vân tay một lần, qua điện thoại hoặc trên giấy, khi đăng ký khóa.</translation>
    </message>
    <message>
        <source>exchange export needs --year YEAR.</source>
        <translation>exchange export cần --year NĂM.</translation>
    </message>
    <message>
        <source>exchange export needs --out FILE, the package to write.</source>
        <translation>exchange export cần --out TỆP, tệp gói sẽ ghi.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: package %2 to %3, %n registration(s) of %4 with %5 evidence file(s), signed with the key %6.</source>
        <translation><numerusform>Đã ghi %1: gói số %2 gửi %3, %n đăng ký năm %4 với %5 tệp minh chứng, ký bằng khóa %6.</numerusform></translation>
    </message>
    <message>
        <source>exchange import needs the package: import FILE.</source>
        <translation>exchange import cần gói: import TỆP.</translation>
    </message>
    <message>
        <source>exchange needs key, export or import.</source>
        <translation>exchange cần key, export hoặc import.</translation>
    </message>
    <message>
        <source>Package %1 from %2, registrations of %3, signed with the key %4.</source>
        <translation>Gói số %1 của %2, đăng ký năm %3, ký bằng khóa %4.</translation>
    </message>
    <message>
        <source>This package was received before: nothing changed.</source>
        <translation>Gói này đã được nhận trước đây: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The key is registered for %1 with this package.</source>
        <translation>Khóa được đăng ký cho %1 cùng với gói này.</translation>
    </message>
    <message>
        <source>New registrations: %1</source>
        <translation>Đăng ký mới: %1</translation>
    </message>
    <message>
        <source>Changed by the sender, taken: %1</source>
        <translation>Nơi gửi đã thay đổi, được cập nhật: %1</translation>
    </message>
    <message>
        <source>Withdrawn by the sender, removed: %1</source>
        <translation>Nơi gửi đã rút lại, được gỡ bỏ: %1</translation>
    </message>
    <message>
        <source>Decided here, left as decided: %1</source>
        <translation>Đã quyết định ở đây, giữ nguyên quyết định: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1. Work items planned: %2.</source>
        <translation>Không thay đổi: %1. Đầu việc được lập: %2.</translation>
    </message>
    <message>
        <source>Indicators, progress notes and evidence files (%1) stay in the package: this version takes a registration's plan, not what was recorded of it since.</source>
        <translation>Chỉ tiêu, ghi nhận tiến độ và tệp minh chứng (%1) vẫn nằm trong gói: phiên bản này nhận kế hoạch của đăng ký, chưa nhận những gì được ghi nhận sau đó.</translation>
    </message>
    <message>
        <source>Received: written in one transaction, with the package named in the change log.</source>
        <translation>Đã nhận: ghi trong một giao dịch, nhật ký thay đổi ghi rõ gói.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: chưa ghi gì.</translation>
    </message>
    <message>
        <source>The key would be registered for %1 with this package.</source>
        <translation>Khóa sẽ được đăng ký cho %1 cùng với gói này.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 never arrived; this one was taken as confirmed.</source>
        <translation>Các gói số %1 đến %2 chưa đến; gói này đã được nhận theo xác nhận.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 never arrived.</source>
        <translation>Các gói số %1 đến %2 chưa đến.</translation>
    </message>
    <message>
        <source>exchange export needs --to COMMITTEE, the superior committee the registrations go to, or --for COMMITTEE, the subordinate committee the decisions go to.</source>
        <translation>exchange export cần --to CẤP_ỦY, cấp ủy cấp trên nhận các đăng ký, hoặc --for CẤP_ỦY, cấp ủy cấp dưới nhận các quyết định.</translation>
    </message>
    <message>
        <source>Package %1 from %2, decisions of %3, signed with the key %4.</source>
        <translation>Gói số %1 của %2, quyết định năm %3, ký bằng khóa %4.</translation>
    </message>
    <message>
        <source>Decisions taken: %1</source>
        <translation>Quyết định được nhận: %1</translation>
    </message>
    <message>
        <source>Not taken, listed: %1</source>
        <translation>Không nhận, liệt kê: %1</translation>
    </message>
    <message>
        <source>Taken before: %1.</source>
        <translation>Đã nhận trước đây: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: package %2 to %3, %n decision(s) of %4 on its registrations, signed with the key %5.</source>
        <translation><numerusform>Đã ghi %1: gói số %2 gửi %3, %n quyết định năm %4 về các đăng ký của cấp ấy, ký bằng khóa %5.</numerusform></translation>
    </message>
</context>
<context>
    <name>CliRestoreCommand</name>
    <message>
        <source>The backup has accounts: restoring it needs --user LOGIN of one of its administrators, with the password on standard input or in DOTPHA_PASSWORD.</source>
        <translation>Bản sao lưu có tài khoản: muốn khôi phục cần --user TÊN_ĐĂNG_NHẬP của một quản trị viên trong bản sao lưu, với mật khẩu ở đầu vào chuẩn hoặc trong DOTPHA_PASSWORD.</translation>
    </message>
    <message>
        <source>The database has accounts: replacing it needs --user LOGIN of one of its administrators, with the password on standard input or in DOTPHA_PASSWORD.</source>
        <translation>Cơ sở dữ liệu có tài khoản: muốn thay nó cần --user TÊN_ĐĂNG_NHẬP của một quản trị viên của nó, với mật khẩu ở đầu vào chuẩn hoặc trong DOTPHA_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>CliReviewCommands</name>
    <message>
        <source>review needs approve, adjust, return, reject or rate.</source>
        <translation>review cần approve, adjust, return, reject hoặc rate.</translation>
    </message>
    <message>
        <source>review %1 needs --task ID, the number of the task decided on.</source>
        <translation>review %1 cần --task SỐ, số của việc được quyết định.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date nhận ngày dạng NNNN-TT-NN.</translation>
    </message>
    <message>
        <source>review rate needs --rating excellent, good, completed or not_completed.</source>
        <translation>review rate cần --rating excellent, good, completed hoặc not_completed.</translation>
    </message>
    <message>
        <source>--score takes a whole number from 0 to 100.</source>
        <translation>--score nhận số nguyên từ 0 đến 100.</translation>
    </message>
    <message>
        <source>--deadline takes a date as YYYY-MM-DD.</source>
        <translation>--deadline nhận ngày dạng NNNN-TT-NN.</translation>
    </message>
    <message>
        <source>Task #%1: the decision "%2" is recorded (the task is now at version %3).</source>
        <translation>Việc số %1: đã ghi quyết định "%2" (việc nay ở phiên bản %3).</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The database %1 has no accounts yet: leave out --user, or create the administrator with "user add LOGIN --role administrator".</source>
        <translation>Cơ sở dữ liệu %1 chưa có tài khoản: hãy bỏ --user, hoặc tạo quản trị viên bằng "user add TÊN_ĐĂNG_NHẬP --role administrator".</translation>
    </message>
    <message>
        <source>The database %1 has accounts: a command that changes it needs --user LOGIN, with the password on standard input or in DOTPHA_PASSWORD.</source>
        <translation>Cơ sở dữ liệu %1 đã có tài khoản: lệnh làm thay đổi dữ liệu cần --user TÊN_ĐĂNG_NHẬP, với mật khẩu ở đầu vào chuẩn hoặc trong DOTPHA_PASSWORD.</translation>
    </message>
    <message>
        <source>The office server signed you in as “%1”: leave out --user, or connect with the login “%2”.</source>
        <translation>Máy chủ của văn phòng đã đăng nhập cho bạn với tên “%1”: hãy bỏ --user, hoặc kết nối bằng tên đăng nhập “%2”.</translation>
    </message>
    <message>
        <source>The database %1 has accounts: its owner names the account it acts as with --user LOGIN.</source>
        <translation>Cơ sở dữ liệu %1 đã có tài khoản: người sở hữu cần nêu tài khoản mình làm thay bằng --user TÊN_ĐĂNG_NHẬP.</translation>
    </message>
</context>
<context>
    <name>CliUserCommands</name>
    <message>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>đã ngừng</translation>
    </message>
    <message>
        <source>The database has no accounts yet: the first one is its administrator (--role administrator).</source>
        <translation>Cơ sở dữ liệu chưa có tài khoản: tài khoản đầu tiên phải là quản trị viên (--role administrator).</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>Đã thêm tài khoản %1 (%2).</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Không có tài khoản %1.</translation>
    </message>
    <message>
        <source>The password of %1 has been changed.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>The account %1 can no longer sign in.</source>
        <translation>Tài khoản %1 không còn đăng nhập được.</translation>
    </message>
    <message>
        <source>On the office server, passwords are the server's: change one with \password %1 in psql, or ALTER ROLE.</source>
        <translation>Trên máy chủ của văn phòng, mật khẩu do máy chủ giữ: hãy đổi bằng \password %1 trong psql, hoặc bằng ALTER ROLE.</translation>
    </message>
</context>
<context>
    <name>CliValueMapping</name>
    <message>
        <source>--map "%1" is not COLUMN:VALUE=OURS, for example --map "Tính chất:Trọng tâm=Đột phá".</source>
        <translation>--map "%1" không có dạng COLUMN:VALUE=OURS, ví dụ --map "Tính chất:Trọng tâm=Đột phá".</translation>
    </message>
    <message>
        <source>--map "%1": “%2” is not the header of a column Dotpha reads.</source>
        <translation>--map "%1": “%2” không phải tiêu đề của cột nào mà Dotpha đọc.</translation>
    </message>
</context>
<context>
    <name>ColumnNames</name>
    <message>
        <source>task</source>
        <translation>việc</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>field</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>ghi nhận tiến độ</translation>
    </message>
    <message>
        <source>work item</source>
        <translation>đầu điểm công việc</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>indicator value</source>
        <translation>số liệu chỉ tiêu</translation>
    </message>
    <message>
        <source>committee settings</source>
        <translation>thông tin cấp ủy</translation>
    </message>
    <message>
        <source>closed year</source>
        <translation>năm đã khóa sổ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm kết thúc</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Unit as registered</source>
        <translation>Đơn vị khi đăng ký</translation>
    </message>
    <message>
        <source>Kind of unit as registered</source>
        <translation>Loại đơn vị khi đăng ký</translation>
    </message>
    <message>
        <source>Person as registered</source>
        <translation>Cán bộ khi đăng ký</translation>
    </message>
    <message>
        <source>Position as registered</source>
        <translation>Chức vụ khi đăng ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên việc</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Kết quả cần đạt</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Tính chất</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Continues task</source>
        <translation>Tiếp nối việc</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Đầu năm</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Hoạt động từ năm</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Hoạt động đến năm</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Cấp ủy</translation>
    </message>
    <message>
        <source>Password fingerprint</source>
        <translation>Dấu vân mật khẩu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Score for excellent</source>
        <translation>Điểm mức hoàn thành xuất sắc</translation>
    </message>
    <message>
        <source>Score for good</source>
        <translation>Điểm mức hoàn thành tốt</translation>
    </message>
    <message>
        <source>Score for completed</source>
        <translation>Điểm mức hoàn thành</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <source>Reviewer's name</source>
        <translation>Tên người thẩm định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước khi quyết định</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau khi quyết định</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <source>Late amendment</source>
        <translation>Sửa đổi sau khi khóa năm</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Superior body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Issuer's symbol</source>
        <translation>Ký hiệu cơ quan ban hành</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation>Lề trên (mm)</translation>
    </message>
    <message>
        <source>Bottom margin (mm)</source>
        <translation>Lề dưới (mm)</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation>Lề trái (mm)</translation>
    </message>
    <message>
        <source>Right margin (mm)</source>
        <translation>Lề phải (mm)</translation>
    </message>
    <message>
        <source>Attached file size limit (MB)</source>
        <translation>Dung lượng tối đa của tệp đính kèm (MB)</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Thời điểm khóa năm</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Người khóa năm</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Ghi nhận tiến độ</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Đầu điểm công việc</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Dung lượng (byte)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người đính kèm</translation>
    </message>
    <message>
        <source>Removed at</source>
        <translation>Thời điểm gỡ bỏ</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Mã băm SHA-256</translation>
    </message>
    <message>
        <source>package sent</source>
        <translation>gói đã gửi</translation>
    </message>
    <message>
        <source>registered sender</source>
        <translation>nơi gửi đã đăng ký</translation>
    </message>
    <message>
        <source>package received</source>
        <translation>gói đã nhận</translation>
    </message>
    <message>
        <source>record received</source>
        <translation>bản ghi đã nhận</translation>
    </message>
    <message>
        <source>Receiving committee</source>
        <translation>Cấp ủy nhận</translation>
    </message>
    <message>
        <source>Package number</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <source>Package fingerprint (SHA-256)</source>
        <translation>Dấu vân tay của gói (SHA-256)</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Thời điểm gửi</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Khóa công khai</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Người chấp nhận</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Thời điểm chấp nhận</translation>
    </message>
    <message>
        <source>Sending committee</source>
        <translation>Cấp ủy gửi</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Sender's number</source>
        <translation>Số ở nơi gửi</translation>
    </message>
    <message>
        <source>Number here</source>
        <translation>Số ở đây</translation>
    </message>
    <message>
        <source>Sender's version</source>
        <translation>Phiên bản ở nơi gửi</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a registration list.</source>
        <translation>Tệp %1 quá lớn so với một danh sách đăng ký.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: a quote opens a quoted cell that is never closed, so the rest of the file would be one cell. Add the closing quote or remove the opening one.</source>
        <translation>%1, dòng %2, cột %3: có dấu ngoặc kép mở một ô nhưng không bao giờ đóng, nên toàn bộ phần còn lại của tệp sẽ thành một ô. Hãy thêm dấu đóng hoặc bỏ dấu mở.</translation>
    </message>
    <message>
        <source>The file %1 is neither Unicode (UTF-8, UTF-16) nor Windows-1258, TCVN3 or VNI text. In Excel, save it as "CSV UTF-8 (Comma delimited)" and import it again.</source>
        <translation>Tệp %1 không phải văn bản Unicode (UTF-8, UTF-16), Windows-1258, TCVN3 hay VNI. Trong Excel, hãy lưu lại dưới dạng "CSV UTF-8 (Comma delimited)" rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file %1 is written in the old %2 encoding. Convert it to Unicode first (for example with Unikey's converter: Ctrl+Shift+F6, source %2, destination Unicode) and import it again.</source>
        <translation>Tệp %1 được gõ theo bảng mã cũ %2. Hãy chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey: Ctrl+Shift+F6, nguồn %2, đích Unicode) rồi nhập lại.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the text holds a byte that is not %4, so the cell cannot be read. The file may have been cut short or joined from files in different encodings; correct the cell or save the file again as "CSV UTF-8".</source>
        <translation>%1, hàng %2, cột %3: văn bản có một byte không thuộc %4 nên không đọc được ô này. Tệp có thể bị cắt ngắn hoặc ghép từ các tệp khác bảng mã; hãy sửa ô đó hoặc lưu lại tệp dưới dạng "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The file %1 holds bytes that are not %2.</source>
        <translation>Tệp %1 có các byte không thuộc %2.</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Đã dừng đọc %1.</translation>
    </message>
    <message>
        <source>The file %1 is an Excel workbook, not a CSV file: rename it to end in .xlsx and import it again, or save it from Excel as "CSV UTF-8 (Comma delimited)".</source>
        <translation>Tệp %1 là bảng tính Excel, không phải tệp CSV: hãy đổi tên cho đuôi là .xlsx rồi nhập lại, hoặc trong Excel lưu thành "CSV UTF-8 (Comma delimited)".</translation>
    </message>
    <message>
        <source>The file %1 is not a text file: it holds bytes that no text has. A registration list is an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Tệp %1 không phải tệp văn bản: trong đó có những byte mà văn bản không có. Danh sách đăng ký phải là bảng tính Excel (.xlsx) hoặc tệp CSV.</translation>
    </message>
    <message>
        <source>%1, row %2: the row has more than 16,384 columns, more than Excel's sheets have. This is no registration list; check the file.</source>
        <translation>%1, dòng %2: dòng có hơn 16.384 cột, nhiều hơn một trang tính Excel có. Đây không phải danh sách đăng ký; hãy kiểm tra lại tệp.</translation>
    </message>
    <message>
        <source>%1, row %2: the file needs more memory than one import may take (%3 MB), or has more rows than Excel's 1,048,576. Split it into smaller files.</source>
        <translation>%1, dòng %2: tệp cần nhiều bộ nhớ hơn mức một lần nhập được phép (%3 MB), hoặc có nhiều dòng hơn 1.048.576 dòng của Excel. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is read-only: you can read it, but changes cannot be saved.</source>
        <translation>Tệp %1 chỉ cho phép đọc: có thể xem nhưng không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>Không tạo được %1: thư mục chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Dotpha database: it is not an SQLite database file, or it is truncated.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu Dotpha: tệp không phải cơ sở dữ liệu SQLite, hoặc đã bị cắt cụt.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a Dotpha database.</source>
        <translation>Tệp %1 là cơ sở dữ liệu SQLite của chương trình khác, không phải của Dotpha.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Dotpha (data format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>Cơ sở dữ liệu %1 được lưu bởi phiên bản Dotpha mới hơn (định dạng dữ liệu %2; phiên bản này chỉ đọc được đến %3). Hãy cài phiên bản mới để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only and in an older data format: it must be upgraded, which needs permission to write it.</source>
        <translation>Cơ sở dữ liệu %1 chỉ cho phép đọc và ở định dạng dữ liệu cũ: cần nâng cấp, mà việc nâng cấp cần quyền ghi tệp.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>Bản sao lưu không được ghi đè lên chính cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu vào %1 không thành công: %2</translation>
    </message>
    <message>
        <source>Damaged storage: %1</source>
        <translation>Dữ liệu lưu trữ bị hỏng: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Dòng %1 của bảng %2 tham chiếu tới một dòng không còn trong bảng %3.</translation>
    </message>
    <message>
        <source>The database %1 is held by another program, or another Dotpha, that keeps it for itself, so it was not opened. Close that program and try again; the file was not changed.</source>
        <translation>Cơ sở dữ liệu %1 đang bị một chương trình khác (hoặc một cửa sổ Dotpha khác) giữ riêng nên chưa mở được. Hãy đóng chương trình đó rồi thử lại; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the database could not be opened for writing. Free some space and try again; the file was not changed.</source>
        <translation>Ổ đĩa chứa %1 đã đầy nên không mở được cơ sở dữ liệu để ghi. Hãy giải phóng bớt dung lượng rồi thử lại; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file %1 was moved, deleted or replaced by another program while Dotpha had it open, so the change was not saved. Open the file again (File ▸ Open).</source>
        <translation>Tệp %1 đã bị chuyển đi, xóa hoặc thay bằng tệp khác trong lúc Dotpha đang mở nên thay đổi chưa được lưu. Hãy mở lại tệp (Tệp ▸ Mở cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not opened (%2). Restore it from a backup (File ▸ Restore a backup).</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng nên không được mở (%2). Hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded to data format %2, and was not, because the copy made first failed: %3</source>
        <translation>Cơ sở dữ liệu %1 cần được nâng cấp lên định dạng dữ liệu %2 nhưng chưa nâng cấp, vì không tạo được bản sao trước khi nâng cấp: %3</translation>
    </message>
    <message>
        <source>The file %1 is damaged: you can read it, but changes cannot be saved. Restore it from a backup.</source>
        <translation>Tệp %1 bị hỏng: vẫn đọc được, nhưng không lưu được thay đổi. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It stays open so that you can read and copy what it holds, but nothing more can be saved to it. Restore it from a backup (File ▸ Restore a backup).</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng. Tệp vẫn mở để đọc và sao chép những gì còn trong đó, nhưng không lưu thêm được gì vào tệp. Hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): it holds no Dotpha database. It may be a copy cut short or a file left by a failed start; open the database you meant, or make a new one in this file with dotpha-cli init.</source>
        <translation>Tệp %1 trống (0 byte): không chứa cơ sở dữ liệu Dotpha nào. Có thể đó là bản sao bị cắt ngang hoặc tệp còn lại sau một lần khởi tạo không thành; hãy mở đúng cơ sở dữ liệu cần dùng, hoặc tạo cơ sở dữ liệu mới trong tệp này bằng dotpha-cli init.</translation>
    </message>
    <message>
        <source>The file %1 already exists: a new database is made only where there is no file, or in an empty one.</source>
        <translation>Tệp %1 đã có: cơ sở dữ liệu mới chỉ được tạo ở chỗ chưa có tệp, hoặc trong một tệp trống.</translation>
    </message>
    <message>
        <source>The disk holding %1 has %2 free, and this needs about %3. Nothing was stored; free some space and try again.</source>
        <translation>Ổ đĩa chứa %1 chỉ còn trống %2, việc này cần khoảng %3. Chưa lưu gì; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Không thể khôi phục một cơ sở dữ liệu từ chính nó.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Không có bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied beside %2.</source>
        <translation>Không sao chép được bản sao lưu %1 vào cạnh %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Không khôi phục được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was restored. Close the programs that have it open and try again.</source>
        <translation>Không chuyển được %1 sang bên; chưa khôi phục gì. Hãy đóng các chương trình đang mở tệp rồi thử lại.</translation>
    </message>
    <message>
        <source>The checked copy of the backup is still open; nothing was restored.</source>
        <translation>Bản sao đã kiểm tra của bản sao lưu vẫn đang mở; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the database was left as it was.</source>
        <translation>Không đặt được bản sao lưu vào chỗ %1; cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 is being saved to from another computer; nothing was restored. Try again in a moment.</source>
        <translation>%1 đang được lưu từ máy khác; chưa khôi phục gì. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1, nor the database put back: it is kept as %2.</source>
        <translation>Không đặt được bản sao lưu vào chỗ %1, cũng không trả được cơ sở dữ liệu về chỗ cũ: cơ sở dữ liệu đang được giữ ở %2.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Xếp loại:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Nhận xét:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Ngà&amp;y quyết định:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>Đ&amp;iểm:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>The year-end score, 0 to 100 points; it suggests a level, which you choose</source>
        <translation>Điểm đánh giá cuối năm, từ 0 đến 100 điểm; điểm gợi ý mức xếp loại, người thẩm định chọn mức</translation>
    </message>
</context>
<context>
    <name>DecisionNews</name>
    <message>
        <source>%1 “%2” (%3, %4)</source>
        <translation>%1 “%2” (%3, %4)</translation>
    </message>
    <message>
        <source>Decided since you last looked: %1</source>
        <translation>Các quyết định từ lần xem trước: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>và %n quyết định khác</numerusform></translation>
    </message>
</context>
<context>
    <name>DecisionReceiver</name>
    <message>
        <source>“%1”: %2, %3, %4</source>
        <translation>“%1”: %2, %3, %4</translation>
    </message>
    <message>
        <source>The package %1 cannot be received: %2. Nothing was written.</source>
        <translation>Không nhận được gói %1: %2. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>its records are not of the manifest's year</source>
        <translation>dữ liệu của gói không cùng năm với manifest</translation>
    </message>
    <message>
        <source>a decision on task #%1, which is not here (removed?): not taken</source>
        <translation>một quyết định về việc số %1, việc không có ở đây (đã gỡ bỏ?): không nhận</translation>
    </message>
    <message>
        <source>Decisions of %1, package %2 (key %3)</source>
        <translation>Quyết định của %1, gói số %2 (khóa %3)</translation>
    </message>
    <message>
        <source>%1 sends decisions, but this committee has sent it no registrations: decisions are taken only from the committee the registrations went to. Nothing was written.</source>
        <translation>%1 gửi quyết định, nhưng cấp ủy này chưa gửi đăng ký nào cho cấp ủy đó: chỉ nhận quyết định của cấp ủy đã nhận các đăng ký. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>not a registration of %1 sent from here</source>
        <translation>không phải đăng ký năm %1 được gửi từ đây</translation>
    </message>
    <message>
        <source>a registration this committee received, not one it sent</source>
        <translation>là đăng ký cấp ủy này đã nhận, không phải đăng ký cấp ủy này gửi</translation>
    </message>
    <message>
        <source>%1 is closed here</source>
        <translation>năm %1 đã khóa sổ ở đây</translation>
    </message>
    <message>
        <source>the task is %1 here</source>
        <translation>việc ở đây đang là %1</translation>
    </message>
    <message>
        <source>it gives no reason</source>
        <translation>quyết định không nêu lý do</translation>
    </message>
    <message>
        <source>it rates without a level</source>
        <translation>đánh giá mà không có mức xếp loại</translation>
    </message>
    <message>
        <source>its last year is before its first</source>
        <translation>năm kết thúc trước năm bắt đầu</translation>
    </message>
    <message>
        <source>%1: made on a wording since changed here, not taken</source>
        <translation>%1: đưa ra trên nội dung nay đã được sửa ở đây, không nhận</translation>
    </message>
    <message>
        <source>%1: not taken, %2</source>
        <translation>%1: không nhận, %2</translation>
    </message>
</context>
<context>
    <name>DecisionRecords</name>
    <message>
        <source>its records.json is not JSON (%1 at byte %2)</source>
        <translation>tệp records.json của gói không phải JSON (%1 tại byte %2)</translation>
    </message>
    <message>
        <source>its records.json is not as Dotpha writes it: the field "%1" is missing or not as expected</source>
        <translation>tệp records.json của gói không đúng như Dotpha ghi: trường "%1" bị thiếu hoặc không đúng kiểu</translation>
    </message>
    <message>
        <source>its records.json sends the decision #%1 twice</source>
        <translation>tệp records.json của gói gửi quyết định số %1 hai lần</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard the changes typed in this window?</source>
        <translation>Bỏ những gì đã gõ trong cửa sổ này?</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>Document details</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>blank to write it in by hand</source>
        <translation>để trống để ghi tay</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Signer's &amp;position:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>blank to sign by hand</source>
        <translation>để trống để ký, ghi tên bằng tay</translation>
    </message>
    <message>
        <source>Signer's na&amp;me:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>Số liệu &amp;tính đến ngày:</translation>
    </message>
    <message>
        <source>The progress recorded until this day is what the review counts</source>
        <translation>Báo cáo tính tiến độ theo các lần ghi nhận đến hết ngày này</translation>
    </message>
    <message>
        <source>Tasks of the &amp;year:</source>
        <translation>Việc của nă&amp;m:</translation>
    </message>
    <message>
        <source>Falling due &amp;within:</source>
        <translation>Đến hạn t&amp;rong:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
</context>
<context>
    <name>EnumNames</name>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <source>Special zone</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>Tổ chức cơ sở đảng</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>Đơn vị khác</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Breakthrough</source>
        <translation>Đột phá</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Việc khó</translation>
    </message>
    <message>
        <source>Shortcoming to fix</source>
        <translation>Khắc phục tồn tại, hạn chế</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Được giao</translation>
    </message>
    <message>
        <source>Supplemented</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không phê duyệt</translation>
    </message>
    <message>
        <source>Excellently completed</source>
        <translation>Hoàn thành xuất sắc</translation>
    </message>
    <message>
        <source>Well completed</source>
        <translation>Hoàn thành tốt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao việc</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Không phê duyệt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check the data</source>
        <translation>Vui lòng kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Không tìm thấy bản ghi</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Người khác đã lưu trước</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Cơ sở dữ liệu chỉ đọc</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Lỗi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>File error</source>
        <translation>Lỗi tệp</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang bận</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Ổ đĩa đầy</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Máy chủ của văn phòng</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
</context>
<context>
    <name>ExchangeReceiver</name>
    <message>
        <source>“%1” (the sender's #%2)</source>
        <translation>“%1” (số %2 ở nơi gửi)</translation>
    </message>
    <message>
        <source>The package %1 cannot be received: %2. Nothing was written.</source>
        <translation>Không nhận được gói %1: %2. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>%1 changed by the sender, decided here (%2): left as decided</source>
        <translation>%1 được nơi gửi thay đổi, đã quyết định ở đây (%2): giữ nguyên</translation>
    </message>
    <message>
        <source>%1 no longer sent by the sender, decided here (%2): kept</source>
        <translation>%1 không còn được nơi gửi gửi, đã quyết định ở đây (%2): giữ lại</translation>
    </message>
    <message>
        <source>Package %1 from %2 (key %3)</source>
        <translation>Gói số %1 của %2 (khóa %3)</translation>
    </message>
    <message>
        <source>%1 changed by the sender, removed here: left removed</source>
        <translation>%1 được nơi gửi thay đổi, đã gỡ bỏ ở đây: giữ nguyên đã gỡ bỏ</translation>
    </message>
    <message>
        <source>%1 is registered here without a unit.</source>
        <translation>%1 được đăng ký ở đây mà không có đơn vị.</translation>
    </message>
</context>
<context>
    <name>ExchangeSender</name>
    <message>
        <source>Name the committee the package is for.</source>
        <translation>Hãy nêu cấp ủy nhận gói.</translation>
    </message>
    <message>
        <source>This database does not say which committee it is: set the committee's name in the committee settings before sending a package.</source>
        <translation>Cơ sở dữ liệu này chưa ghi tên cấp ủy: hãy đặt tên cấp ủy trong phần thông tin cấp ủy trước khi gửi gói.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name for the package.</source>
        <translation>%1 đã có: hãy chọn tên khác cho gói.</translation>
    </message>
    <message>
        <source>The file "%1" of task #%2 no longer matches the SHA-256 recorded when it was attached: nothing was sent. Run check to see what changed.</source>
        <translation>Tệp "%1" của việc số %2 không còn khớp với mã SHA-256 ghi khi đính kèm: chưa gửi gì. Hãy chạy check để xem điều gì đã thay đổi.</translation>
    </message>
    <message>
        <source>Package %1 was numbered and logged. %2 Send the file kept beside it under the package's name, or the receiver will miss number %1.</source>
        <translation>Gói số %1 đã được đánh số và ghi sổ. %2 Hãy gửi tệp được giữ bên cạnh dưới tên của gói, nếu không nơi nhận sẽ thiếu gói số %1.</translation>
    </message>
    <message>
        <source>%1 has sent no registrations here: there is no decision to send it.</source>
        <translation>%1 chưa gửi đăng ký nào đến đây: không có quyết định nào để gửi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ExecutionState</name>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
</context>
<context>
    <name>FileProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Nhập danh sách đăng ký</translation>
    </message>
    <message>
        <source>Columns of the file and what they hold (change a column's meaning if it was not recognised):</source>
        <translation>Các cột của tệp và nội dung tương ứng (chọn lại nội dung nếu cột chưa được nhận ra):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>&amp;Create the new units, people and fields listed above</source>
        <translation>&amp;Tạo mới các đơn vị, cán bộ và lĩnh vực nêu trên</translation>
    </message>
    <message>
        <source>&amp;Record the decisions the file reports (approved, rejected, returned) under my name</source>
        <translation>&amp;Ghi nhận các quyết định mà tệp nêu (đã phê duyệt, không phê duyệt, trả lại) dưới tên tôi</translation>
    </message>
    <message>
        <source>Values this file writes in its own words: choose which of ours each one means (remembered for the next import):</source>
        <translation>Các giá trị tệp ghi theo cách riêng: chọn mỗi giá trị có nghĩa là từ nào của Dotpha (được ghi nhớ cho lần nhập sau):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Giá trị trong tệp</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Nghĩa là</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Đang kiểm tra các dòng...</translation>
    </message>
    <message>
        <source>&amp;Stop checking</source>
        <translation>&amp;Dừng kiểm tra</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>The Party committee that owns the tasks. These names are printed at the top of its documents.</source>
        <translation>Cấp ủy quản lý các việc đột phá, đổi mới. Các tên này được in ở phần đầu văn bản.</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Cấp ủy:</translation>
    </message>
    <message>
        <source>e.g. Huyện ủy Yên Sơn</source>
        <translation>ví dụ: Huyện ủy Yên Sơn</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>Cấp ủy cấp &amp;trên:</translation>
    </message>
    <message>
        <source>e.g. Đảng bộ tỉnh Tuyên Quang</source>
        <translation>ví dụ: Đảng bộ tỉnh Tuyên Quang</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>e.g. Yên Sơn</source>
        <translation>ví dụ: Yên Sơn</translation>
    </message>
    <message>
        <source>&amp;Issuer symbol:</source>
        <translation>&amp;Ký hiệu cơ quan ban hành:</translation>
    </message>
    <message>
        <source>e.g. HU</source>
        <translation>ví dụ: HU</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>its manifest.json is not as Dotpha writes it: %1</source>
        <translation>tệp manifest.json của gói không đúng như Dotpha ghi: %1</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>đó không phải JSON (%1 tại byte %2)</translation>
    </message>
    <message>
        <source>it does not say it is a Dotpha exchange package</source>
        <translation>tệp không cho biết đây là gói trao đổi của Dotpha</translation>
    </message>
    <message>
        <source>it was written in exchange format %1, which this version of Dotpha (format %2) cannot read</source>
        <translation>gói được ghi theo định dạng trao đổi %1, phiên bản Dotpha này (định dạng %2) không đọc được</translation>
    </message>
    <message>
        <source>its kind "%1" is none Dotpha knows</source>
        <translation>loại gói "%1" không phải loại Dotpha biết</translation>
    </message>
    <message>
        <source>the field "%1" is missing or not as expected</source>
        <translation>trường "%1" bị thiếu hoặc không đúng kiểu</translation>
    </message>
    <message>
        <source>its time "createdAt" is not a time</source>
        <translation>thời điểm "createdAt" không phải là thời điểm hợp lệ</translation>
    </message>
    <message>
        <source>it lists no parts</source>
        <translation>không liệt kê phần nào của gói</translation>
    </message>
    <message>
        <source>it names a part "%1", which no package may hold</source>
        <translation>có tên phần "%1", là tên không gói nào được chứa</translation>
    </message>
    <message>
        <source>it lists the part "%1" twice</source>
        <translation>liệt kê phần "%1" hai lần</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The package %1 does not exist or is not a file.</source>
        <translation>Gói %1 không tồn tại hoặc không phải là tệp.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it is incomplete (cut short while being copied or sent)</source>
        <translation>đây không phải tệp ZIP, hoặc tệp không đầy đủ (bị cắt ngắn khi sao chép hoặc gửi)</translation>
    </message>
    <message>
        <source>it holds %1 files, more than any package Dotpha writes</source>
        <translation>gói chứa %1 tệp, nhiều hơn mọi gói Dotpha ghi</translation>
    </message>
    <message>
        <source>its manifest.json or manifest.sig cannot be read whole</source>
        <translation>không đọc được trọn vẹn manifest.json hoặc manifest.sig</translation>
    </message>
    <message>
        <source>Update Dotpha to receive it.</source>
        <translation>Hãy cập nhật Dotpha để nhận gói này.</translation>
    </message>
    <message>
        <source>its signature does not match its manifest: it was changed after %1 signed it, or it was not signed with the key it names</source>
        <translation>chữ ký không khớp với manifest: gói đã bị sửa sau khi %1 ký, hoặc không được ký bằng khóa ghi trong gói</translation>
    </message>
    <message>
        <source>it holds "%1" twice</source>
        <translation>gói chứa "%1" hai lần</translation>
    </message>
    <message>
        <source>it holds "%1", which its manifest does not list</source>
        <translation>gói chứa "%1", phần không có trong manifest</translation>
    </message>
    <message>
        <source>the part "%1" is missing</source>
        <translation>thiếu phần "%1"</translation>
    </message>
    <message>
        <source>the part "%1" holds %2 bytes, more than Dotpha reads of it</source>
        <translation>phần "%1" có %2 byte, nhiều hơn mức Dotpha đọc</translation>
    </message>
    <message>
        <source>the part "%1" is larger than its manifest says</source>
        <translation>phần "%1" lớn hơn kích thước ghi trong manifest</translation>
    </message>
    <message>
        <source>the part "%1" fails the archive's own check (CRC): it was changed or damaged on the way</source>
        <translation>phần "%1" không qua được kiểm tra CRC của tệp ZIP: phần này đã bị sửa hoặc hỏng trên đường gửi</translation>
    </message>
    <message>
        <source>the part "%1" is not the one %2 signed: its SHA-256 differs</source>
        <translation>phần "%1" không phải phần %2 đã ký: mã SHA-256 khác</translation>
    </message>
    <message>
        <source>The package %1 cannot be received: %2. Nothing was written. %3</source>
        <translation>Không nhận được gói %1: %2. Chưa ghi gì vào cơ sở dữ liệu. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of its files cannot be read from the archive</source>
        <translation><numerusform>%n tệp trong gói không đọc được</numerusform></translation>
    </message>
    <message>
        <source>its manifest lists no records.json</source>
        <translation>manifest của gói không có records.json</translation>
    </message>
    <message>
        <source>the part "%1" is not of the size its manifest lists</source>
        <translation>phần "%1" không đúng kích thước ghi trong manifest</translation>
    </message>
    <message>
        <source>its parts would unpack to %1 bytes, far more than a package of %2 bytes holds</source>
        <translation>các phần sẽ giải nén ra %1 byte, nhiều hơn hẳn mức một gói %2 byte có thể chứa</translation>
    </message>
    <message>
        <source>Ask the sender to send the same file again.</source>
        <translation>Hãy đề nghị nơi gửi gửi lại đúng tệp ấy.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>The package %1 could not be written: its folder cannot be written to.</source>
        <translation>Không ghi được gói %1: không ghi được vào thư mục chứa gói.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced; the package is kept as %2.</source>
        <translation>%1 đã có và không thay thế được; gói được giữ tại %2.</translation>
    </message>
    <message>
        <source>The package could not be put in place as %1; it is kept as %2.</source>
        <translation>Không đặt được gói vào %1; gói được giữ tại %2.</translation>
    </message>
    <message>
        <source>The package %1 could not be written: the disk may be full or the folder not writable. Nothing was sent.</source>
        <translation>Không ghi được gói %1: ổ đĩa có thể đã đầy hoặc thư mục không ghi được. Chưa gửi gì.</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Tasks already registered keep the position the person held then.</source>
        <translation>Các việc đã đăng ký giữ nguyên chức vụ tại thời điểm đăng ký.</translation>
    </message>
</context>
<context>
    <name>PostgresTool</name>
    <message>
        <source>%1 could not be started (it comes with the PostgreSQL client tools, which must be installed on this PC).</source>
        <translation>Không chạy được %1 (chương trình này có trong bộ công cụ máy khách PostgreSQL, cần cài trên máy này).</translation>
    </message>
    <message>
        <source>%1 stopped before it had finished.</source>
        <translation>%1 đã dừng trước khi làm xong.</translation>
    </message>
</context>
<context>
    <name>PrintedSeal</name>
    <message>
        <source>"%1" is not a seal as Dotpha prints it; a seal reads like 1234:9f3a2c1b7d4e8a60.</source>
        <translation>"%1" không phải dấu niêm phong do Dotpha in; dấu niêm phong có dạng 1234:9f3a2c1b7d4e8a60.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold the seal %2 that was printed: %3 Nothing was replaced.</source>
        <translation>Bản sao lưu %1 không có dấu niêm phong %2 đã in: %3 Chưa thay thế gì.</translation>
    </message>
</context>
<context>
    <name>ProductVersion</name>
    <message>
        <source>%1 (data format %2 for files, %3 on the office server)</source>
        <translation>%1 (định dạng dữ liệu %2 cho tệp, %3 trên máy chủ văn phòng)</translation>
    </message>
</context>
<context>
    <name>ProgressEntryDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Progress reached:</source>
        <translation>&amp;Tiến độ đạt:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Việc đã làm:</translation>
    </message>
    <message>
        <source>&amp;Work item:</source>
        <translation>Đầu điểm công &amp;việc:</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>&amp;Hạn hoàn thành:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>Unit of &amp;measure:</source>
        <translation>Đơn vị &amp;tính:</translation>
    </message>
    <message>
        <source>for example triệu đồng/người/năm</source>
        <translation>ví dụ: triệu đồng/người/năm</translation>
    </message>
    <message>
        <source>&amp;Baseline (start of the year):</source>
        <translation>&amp;Số liệu đầu năm:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>&amp;Ngày số liệu:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ghi c&amp;hú:</translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <source>Progress is followed once a task is approved.</source>
        <translation>Chỉ theo dõi tiến độ khi việc đã được phê duyệt.</translation>
    </message>
    <message>
        <source>The progress note needs its date.</source>
        <translation>Ghi nhận tiến độ cần có ngày.</translation>
    </message>
    <message>
        <source>Write what was done, or the percent reached.</source>
        <translation>Hãy ghi việc đã làm, hoặc tỉ lệ tiến độ đạt được.</translation>
    </message>
    <message>
        <source>The work item needs a title.</source>
        <translation>Đầu điểm công việc cần có tên.</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>Chỉ tiêu cần có tên.</translation>
    </message>
    <message>
        <source>The measurement needs its date.</source>
        <translation>Số liệu cần có ngày.</translation>
    </message>
    <message>
        <source>The indicator is not one of this task's.</source>
        <translation>Chỉ tiêu này không thuộc việc đang chọn.</translation>
    </message>
    <message>
        <source>The entry is not one of this task's.</source>
        <translation>Mục này không thuộc việc này.</translation>
    </message>
    <message>
        <source>Work items are planned while a registration is prepared, and added once it is approved; not while it awaits a decision.</source>
        <translation>Đầu việc được lập khi chuẩn bị đăng ký và được thêm khi việc đã phê duyệt; không thêm được khi đăng ký đang chờ quyết định.</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message numerus="yes">
        <source>%n change(s) made outside Dotpha by %1 with %2, from %3 to %4: look at them in the change log.</source>
        <translation><numerusform>%n thay đổi được làm ngoài Dotpha bởi %1 bằng %2, từ %3 đến %4: hãy xem trong nhật ký thay đổi.</numerusform></translation>
    </message>
    <message>
        <source>an unnamed login</source>
        <translation>một tên đăng nhập không rõ</translation>
    </message>
</context>
<context>
    <name>RecordMeaning</name>
    <message>
        <source>Task %1 (“%2”, %3)</source>
        <translation>Việc số %1 (“%2”, năm %3)</translation>
    </message>
    <message>
        <source>… and %1 more such problems among the tasks of %2.</source>
        <translation>… và %1 lỗi như vậy nữa trong các việc của năm %2.</translation>
    </message>
    <message>
        <source>%1 is recorded as “%2”, but no approval, assignment or supplement of it is on record.</source>
        <translation>%1 được ghi là “%2”, nhưng không có quyết định phê duyệt, giao việc hay bổ sung nào cho việc này.</translation>
    </message>
    <message>
        <source>%1 is recorded as “%2”, but its decisions do not say so.</source>
        <translation>%1 được ghi là “%2”, nhưng các quyết định về việc này không cho kết quả đó.</translation>
    </message>
    <message>
        <source>%1 is recorded as “%2”, but a decision on record made it “%3”.</source>
        <translation>%1 được ghi là “%2”, nhưng một quyết định đã ghi nhận đưa việc về “%3”.</translation>
    </message>
    <message>
        <source>%1 has a year-end rating that no rating decision of an approved task gave it.</source>
        <translation>%1 có kết quả đánh giá cuối năm mà không có quyết định đánh giá nào (trên việc đã phê duyệt) đưa ra.</translation>
    </message>
    <message>
        <source>%1 has a score without a rating.</source>
        <translation>%1 có điểm nhưng không có mức đánh giá.</translation>
    </message>
    <message>
        <source>Record %1 of the change log (%2, %3) changed task %4 of %5 after the year was closed, and not as a late amendment.</source>
        <translation>Bản ghi %1 của nhật ký (%2, %3) đã thay đổi việc số %4 của năm %5 sau khi khóa sổ năm, mà không phải là sửa đổi sau khóa sổ.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>Units, people and fields</source>
        <translation>Đơn vị, cán bộ và lĩnh vực</translation>
    </message>
    <message>
        <source>Filter (accents optional)</source>
        <translation>Lọc (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Thêm...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>ReferenceDataService</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n việc</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n cán bộ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation><numerusform>%n đơn vị</numerusform></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2 refer to it. Nothing was deleted.</source>
        <translation>Không xóa được “%1”: còn %2 tham chiếu đến. Chưa xóa gì.</translation>
    </message>
    <message>
        <source>The field “%1” is used by tasks of %2, a closed year, whose documents print its name: it cannot be renamed or deleted. Add a new field instead.</source>
        <translation>Lĩnh vực “%1” được dùng cho việc của năm %2 đã khóa sổ, và văn bản của năm đó in tên lĩnh vực: không được đổi tên hay xóa. Hãy thêm lĩnh vực mới.</translation>
    </message>
</context>
<context>
    <name>RegistrationExporter</name>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation>%1: tên tệp phải có đuôi .xlsx hoặc .csv.</translation>
    </message>
</context>
<context>
    <name>RegistrationImporter</name>
    <message>
        <source>%1: only .xlsx and .csv files can be imported.</source>
        <translation>%1: chỉ nhập được tệp .xlsx và .csv.</translation>
    </message>
    <message>
        <source>The file names units, people or fields that do not exist yet. Confirm that they should be created, or correct the file.</source>
        <translation>Tệp có đơn vị, cán bộ hoặc lĩnh vực chưa có trong cơ sở dữ liệu. Hãy xác nhận tạo mới, hoặc sửa lại tệp.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy nhập; chưa nhập dòng nào.</translation>
    </message>
    <message>
        <source>The file reports reviewers' decisions; they are recorded only when an administrator asks for it.</source>
        <translation>Tệp có nêu quyết định của người thẩm định; các quyết định này chỉ được ghi nhận khi quản trị viên yêu cầu.</translation>
    </message>
    <message>
        <source>Recorded from the imported file %1, row %2.</source>
        <translation>Ghi nhận từ tệp nhập %1, dòng %2.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>%1

The %2 tasks of the rows before it were imported and stay. Importing the file again, corrected, adds the rest and skips those.</source>
        <translation>%1

%2 việc của các dòng trước đó đã được nhập và được giữ lại. Nhập lại tệp sau khi sửa sẽ thêm phần còn lại và bỏ qua các việc đó.</translation>
    </message>
    <message>
        <source>The import was cancelled with %1 of the file's rows left: the %2 tasks imported before stay. Importing the file again adds the rest and skips those.</source>
        <translation>Đã hủy việc nhập khi còn %1 dòng của tệp chưa nhập: %2 việc đã nhập trước đó được giữ lại. Nhập lại tệp sẽ thêm phần còn lại và bỏ qua các việc đó.</translation>
    </message>
</context>
<context>
    <name>RegistrationPlanner</name>
    <message>
        <source>No header row was found in the first %1 rows. The sheet needs at least the columns “Tên việc”, “Đơn vị” and “Năm”.</source>
        <translation>Không tìm thấy dòng tiêu đề trong %1 dòng đầu. Bảng tính cần ít nhất các cột “Tên việc”, “Đơn vị” và “Năm”.</translation>
    </message>
    <message>
        <source>The year is missing.</source>
        <translation>Thiếu năm.</translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation>“%1” không phải là năm.</translation>
    </message>
    <message>
        <source>The year %1 is closed: nothing more can be registered in it.</source>
        <translation>Năm %1 đã khóa sổ: không thể đăng ký thêm việc vào năm này.</translation>
    </message>
    <message>
        <source>The unit is missing.</source>
        <translation>Thiếu đơn vị.</translation>
    </message>
    <message>
        <source>An individual task needs the person's name.</source>
        <translation>Việc của cá nhân cần có họ tên người đăng ký.</translation>
    </message>
    <message>
        <source>“%1” is not a date (dd/mm/yyyy).</source>
        <translation>“%1” không phải là ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>“%1” is a reviewer's decision: an imported row becomes a draft or a submitted registration. Leave the column empty or write “%2” or “%3”; an administrator may instead record the file's decisions.</source>
        <translation>“%1” là quyết định của người thẩm định: dòng được nhập chỉ là dự thảo hoặc đăng ký chờ phê duyệt. Hãy để trống cột hoặc ghi “%2” hay “%3”; hoặc quản trị viên có thể ghi nhận các quyết định trong tệp.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are kept.</source>
        <translation>Đoạn văn dài %1 ký tự; chỉ được tối đa %2.</translation>
    </message>
    <message>
        <source>The registration cannot be submitted yet: %1</source>
        <translation>Đăng ký chưa thể trình phê duyệt: %1</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Thiếu tên việc.</translation>
    </message>
    <message>
        <source>The same task of the same unit is already registered for this year; the row is skipped.</source>
        <translation>Việc này của đơn vị này đã được đăng ký trong năm; bỏ qua dòng.</translation>
    </message>
    <message>
        <source>“%1” is not one of this column's values: %2. Write one of them in the file, or choose which one it means in the list of the file's own values below.</source>
        <translation>“%1” không phải là một giá trị của cột này: %2. Hãy ghi một trong các giá trị đó vào tệp, hoặc chọn nghĩa của nó trong danh sách các giá trị tệp ghi theo cách riêng ở dưới.</translation>
    </message>
    <message>
        <source>“%1” is not one of this column's values: %2. Write one of them in the file, or say which one it means with --map "%3:%1=…".</source>
        <translation>“%1” không phải là một giá trị của cột này: %2. Hãy ghi một trong các giá trị đó vào tệp, hoặc cho biết nó nghĩa là giá trị nào bằng --map "%3:%1=…".</translation>
    </message>
</context>
<context>
    <name>RegistrationRecords</name>
    <message>
        <source>its records.json is not as Dotpha writes it: %1</source>
        <translation>tệp records.json của gói không đúng như Dotpha ghi: %1</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>đó không phải JSON (%1 tại byte %2)</translation>
    </message>
    <message>
        <source>the field "%1" is missing or not as expected</source>
        <translation>trường "%1" bị thiếu hoặc không đúng kiểu</translation>
    </message>
    <message>
        <source>its records are of %1 and its manifest of %2</source>
        <translation>dữ liệu của gói là năm %1 còn manifest là năm %2</translation>
    </message>
    <message>
        <source>it sends the leader #%1 twice</source>
        <translation>gói gửi người đứng đầu số %1 hai lần</translation>
    </message>
    <message>
        <source>it sends the task #%1 twice</source>
        <translation>gói gửi việc số %1 hai lần</translation>
    </message>
    <message>
        <source>its task #%1 is of %2, not of %3</source>
        <translation>việc số %1 của gói thuộc năm %2, không phải năm %3</translation>
    </message>
    <message>
        <source>its task #%1 names the leader #%2, whom it does not send</source>
        <translation>việc số %1 của gói ghi người đứng đầu số %2 mà gói không gửi</translation>
    </message>
</context>
<context>
    <name>RemoveTaskCommand</name>
    <message>
        <source>delete task “%1”</source>
        <translation>xóa việc “%1”</translation>
    </message>
</context>
<context>
    <name>RestoreAuthority</name>
    <message>
        <source>Only an administrator of the backup may restore it.</source>
        <translation>Chỉ quản trị viên của bản sao lưu mới được khôi phục nó.</translation>
    </message>
    <message>
        <source>Only an administrator of the database may replace it with a backup.</source>
        <translation>Chỉ quản trị viên của cơ sở dữ liệu mới được thay nó bằng bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>This cannot be done to a task that is %1.</source>
        <translation>Không thể làm việc này với một việc ở trạng thái “%1”.</translation>
    </message>
    <message>
        <source>The decision needs its date.</source>
        <translation>Quyết định cần có ngày.</translation>
    </message>
    <message>
        <source>The decision needs its reason.</source>
        <translation>Quyết định cần có lý do.</translation>
    </message>
    <message>
        <source>The year %1 is not closed: change its tasks the ordinary way.</source>
        <translation>Năm %1 chưa khóa sổ: hãy sửa việc theo cách thông thường.</translation>
    </message>
    <message>
        <source>Late amendment: %1</source>
        <translation>Sửa đổi sau khóa sổ: %1</translation>
    </message>
    <message>
        <source>The decision cannot be dated %1, before the approval of %2 it follows.</source>
        <translation>Quyết định không thể mang ngày %1, trước ngày phê duyệt %2 mà nó tiếp theo.</translation>
    </message>
    <message>
        <source>Only an approval, a rejection or a return can be recorded from a file.</source>
        <translation>Từ tệp chỉ ghi nhận được quyết định phê duyệt, không phê duyệt hoặc trả lại.</translation>
    </message>
    <message>
        <source>A superior committee's decision of the kind "%1" is not taken here yet.</source>
        <translation>Quyết định loại "%1" của cấp ủy cấp trên chưa được nhận ở đây.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message numerus="yes">
        <source>The sample data can only be loaded into a database without tasks; this one has %n task(s).</source>
        <translation><numerusform>Chỉ nạp được dữ liệu mẫu vào cơ sở dữ liệu chưa có việc nào; cơ sở dữ liệu này đã có %n việc.</numerusform></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Upgrading the database to data format %1 failed; it was left as it was. %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên định dạng %1 không thành công; dữ liệu được giữ nguyên. %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Dòng %1 của bảng %2 tham chiếu tới một dòng không còn trong bảng %3.</translation>
    </message>
</context>
<context>
    <name>ScoreBandText</name>
    <message>
        <source>under %1 points</source>
        <translation>dưới %1 điểm</translation>
    </message>
    <message>
        <source>%1-%2 points</source>
        <translation>%1-%2 điểm</translation>
    </message>
</context>
<context>
    <name>ScoreThresholdsService</name>
    <message>
        <source>The thresholds must go down from “excellent” to “completed”, each from 1 to 100 points and above the next.</source>
        <translation>Các ngưỡng phải giảm dần từ “hoàn thành xuất sắc” đến “hoàn thành”, mỗi ngưỡng từ 1 đến 100 điểm và cao hơn ngưỡng sau.</translation>
    </message>
    <message>
        <source>The committee is not named yet: name it before setting its score thresholds.</source>
        <translation>Chưa có tên cấp ủy: hãy đặt tên cấp ủy trước khi đặt thang điểm.</translation>
    </message>
</context>
<context>
    <name>SenderTrust</name>
    <message>
        <source>This database does not say which committee it is: set the committee's name in the committee settings before receiving a package.</source>
        <translation>Cơ sở dữ liệu này chưa ghi tên cấp ủy: hãy đặt tên cấp ủy trong phần thông tin cấp ủy trước khi nhận gói.</translation>
    </message>
    <message>
        <source>The package is addressed to %1, and this database is %2's. Nothing was written.</source>
        <translation>Gói gửi cho %1, còn cơ sở dữ liệu này là của %2. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The package says it is from %1, but it is signed with the key registered for %2. Nothing was written.</source>
        <translation>Gói ghi là của %1, nhưng được ký bằng khóa đã đăng ký cho %2. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The package says it is from %1, but it is signed with the key %2, not with the key registered for %1 (%3). Nothing was written. Call %1 to find out whether its key changed.</source>
        <translation>Gói ghi là của %1, nhưng được ký bằng khóa %2, không phải khóa đã đăng ký cho %1 (%3). Chưa ghi gì. Hãy gọi điện cho %1 để biết khóa có thay đổi không.</translation>
    </message>
    <message>
        <source>The package is signed with a key not registered here: %1, which says it is %2's. Compare this fingerprint with the one %2 reads from its own Dotpha (by phone, or on paper); if they are the same, an administrator accepts the key by giving its fingerprint. Nothing was written.</source>
        <translation>Gói được ký bằng khóa chưa đăng ký ở đây: %1, ghi là của %2. Hãy đối chiếu dấu vân tay này với dấu vân tay %2 đọc từ Dotpha của mình (qua điện thoại hoặc trên giấy); nếu trùng khớp, người quản trị chấp nhận khóa bằng cách nhập dấu vân tay. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This is package %1 from %2, older than package %3 received already. Nothing was written.</source>
        <translation>Đây là gói số %1 của %2, cũ hơn gói số %3 đã nhận. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This is package %1 from %2, but packages %3 to %4 never arrived here. Ask for them, or confirm the gap to take this one. Nothing was written.</source>
        <translation>Đây là gói số %1 của %2, nhưng các gói số %3 đến %4 chưa đến đây. Hãy đề nghị gửi các gói đó, hoặc xác nhận khoảng trống để nhận gói này. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This package, or another from %1, was received meanwhile, on another PC. Receive it again to see what it still brings.</source>
        <translation>Gói này, hoặc một gói khác của %1, vừa được nhận trên một máy khác. Hãy nhận lại để xem gói còn mang đến những gì.</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu vào %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>Kết nối máy chủ văn phòng</translation>
    </message>
    <message>
        <source>The office server keeps the committee's data for everyone in the office. Your login and password are the ones the server's administrator gave you; the password is not remembered.</source>
        <translation>Máy chủ văn phòng giữ dữ liệu của cấp ủy cho mọi người trong văn phòng. Tên đăng nhập và mật khẩu là do người quản trị máy chủ cấp cho bạn; mật khẩu không được ghi nhớ.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>name or address, e.g. may-chu</source>
        <translation>tên hoặc địa chỉ, ví dụ may-chu</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>This PC cannot reach office servers: Qt's PostgreSQL driver (QPSQL) is not installed. On Debian or Ubuntu, install the package libqt6sql6-psql.</source>
        <translation>Máy này chưa kết nối được máy chủ của văn phòng: chưa cài trình điều khiển PostgreSQL của Qt (QPSQL). Trên Debian hoặc Ubuntu, hãy cài gói libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The office server %1 runs PostgreSQL %2; Dotpha needs version 13 or newer. Ask whoever looks after the server to upgrade it.</source>
        <translation>Máy chủ %1 chạy PostgreSQL %2; Dotpha cần phiên bản 13 trở lên. Hãy đề nghị người quản lý máy chủ nâng cấp.</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>The database %1 on the office server is not prepared for Dotpha yet. An administrator prepares it with: dotpha-cli --db %2 server init</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ của văn phòng chưa được chuẩn bị cho Dotpha. Quản trị viên chuẩn bị bằng lệnh: dotpha-cli --db %2 server init</translation>
    </message>
    <message>
        <source>The database %1 on the office server was brought to data format %2 by a newer Dotpha; this one knows format %3 at most. Install the newer Dotpha on this PC.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ đã được một phiên bản Dotpha mới hơn chuyển sang định dạng dữ liệu %2; phiên bản này chỉ biết đến định dạng %3. Hãy cài phiên bản Dotpha mới hơn trên máy này.</translation>
    </message>
    <message>
        <source>The database %1 on the office server is in data format %2, older than this Dotpha's %3. An administrator brings it up to date with: dotpha-cli --db %4 server init</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ ở định dạng dữ liệu %2, cũ hơn định dạng %3 của phiên bản Dotpha này. Quản trị viên cập nhật bằng lệnh: dotpha-cli --db %4 server init</translation>
    </message>
    <message>
        <source>The database %1 on the office server is in data format %2, newer than this Dotpha knows; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ ở định dạng dữ liệu %2, mới hơn định dạng mà phiên bản Dotpha này biết; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 on the office server holds tables that are not Dotpha's. Dotpha neither opens nor changes it; give Dotpha a database of its own.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ chứa các bảng không phải của Dotpha. Dotpha không mở và không thay đổi nó; hãy dành cho Dotpha một cơ sở dữ liệu riêng.</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>A record with the same name already exists. Nothing was saved.</source>
        <translation>Đã có bản ghi cùng tên. Chưa lưu thay đổi nào.</translation>
    </message>
    <message>
        <source>The record is still used by others (tasks, people or units), or refers to one that does not exist. Nothing was saved.</source>
        <translation>Bản ghi đang được dùng ở nơi khác (việc, cán bộ hoặc đơn vị), hoặc tham chiếu tới bản ghi không tồn tại. Chưa lưu thay đổi nào.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database. Nothing was saved.</source>
        <translation>Thay đổi vi phạm quy tắc của cơ sở dữ liệu. Chưa lưu thay đổi nào.</translation>
    </message>
    <message>
        <source>A colleague's save met yours on the server, so yours was stopped: nothing was saved. Try again.</source>
        <translation>Một đồng nghiệp lưu cùng lúc trên máy chủ nên lần lưu của bạn đã dừng: chưa lưu gì. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Your account on the office server may not make this change. Nothing was saved.</source>
        <translation>Tài khoản của bạn trên máy chủ không được phép thực hiện thay đổi này. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>The office server's disk is full: nothing was saved. Tell whoever looks after the server.</source>
        <translation>Ổ đĩa của máy chủ đã đầy: chưa lưu gì. Hãy báo cho người quản lý máy chủ.</translation>
    </message>
    <message>
        <source>The office server is read-only at the moment: changes cannot be saved.</source>
        <translation>Máy chủ đang ở chế độ chỉ đọc: không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>The office server reported an error: %1</source>
        <translation>Máy chủ của văn phòng báo lỗi: %1</translation>
    </message>
    <message>
        <source>The office server %1 has no database named “%2”. Check the name with whoever looks after the server.</source>
        <translation>Máy chủ %1 không có cơ sở dữ liệu tên “%2”. Hãy hỏi lại tên với người quản lý máy chủ.</translation>
    </message>
    <message>
        <source>The office server %1 refused the login: the name or the password is wrong, or the account may not connect from this PC.</source>
        <translation>Máy chủ %1 từ chối đăng nhập: tên hoặc mật khẩu không đúng, hoặc tài khoản không được kết nối từ máy này.</translation>
    </message>
    <message>
        <source>The office server %1 does not answer. Check the address and the port, that the server is running, and that this PC can reach it over the network.</source>
        <translation>Máy chủ %1 không trả lời. Hãy kiểm tra địa chỉ và cổng, máy chủ có đang chạy không, và máy này có kết nối mạng tới máy chủ không.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost: what was being saved was not saved. Check the network, then try again.</source>
        <translation>Mất kết nối với máy chủ của văn phòng: nội dung đang lưu chưa được lưu. Hãy kiểm tra mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>A colleague was saving on the office server and did not finish in time: nothing was saved. Wait a moment and try again.</source>
        <translation>Một đồng nghiệp đang lưu trên máy chủ của cơ quan và chưa xong kịp: chưa lưu gì. Chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The office server %1 has too many connections open at the moment. Wait a little and try again; if it goes on, tell whoever looks after the server.</source>
        <translation>Máy chủ văn phòng %1 đang có quá nhiều kết nối. Hãy đợi một lát rồi thử lại; nếu vẫn vậy, báo người quản lý máy chủ.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost before it answered. Check the network, then try again.</source>
        <translation>Mất kết nối với máy chủ của văn phòng trước khi máy chủ trả lời. Hãy kiểm tra mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>A step of this change failed on the office server, so the server stopped the rest: nothing was saved. Try again.</source>
        <translation>Một bước của thay đổi này bị lỗi trên máy chủ của văn phòng nên máy chủ dừng phần còn lại: chưa lưu gì. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The office server %1 is not letting anyone in at the moment (it is starting, stopping or shut for maintenance). Wait a little and try again.</source>
        <translation>Máy chủ của văn phòng %1 hiện không cho ai kết nối (đang khởi động, đang tắt hoặc đang bảo trì). Hãy đợi một lát rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ServerMessageMeaning</name>
    <message>
        <source>The server refused the password for this login.</source>
        <translation>Máy chủ không chấp nhận mật khẩu của tên đăng nhập này.</translation>
    </message>
    <message>
        <source>The server asks for a password and none was given.</source>
        <translation>Máy chủ yêu cầu mật khẩu nhưng chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The server does not accept this login from this PC (its pg_hba.conf has no line for it).</source>
        <translation>Máy chủ không cho tên đăng nhập này kết nối từ máy tính này (tệp pg_hba.conf của máy chủ không có dòng cho phép).</translation>
    </message>
    <message>
        <source>The database is shut to connections for the moment (maintenance).</source>
        <translation>Cơ sở dữ liệu đang tạm đóng kết nối (đang bảo trì).</translation>
    </message>
    <message>
        <source>The server is starting.</source>
        <translation>Máy chủ đang khởi động.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Máy chủ đang tắt.</translation>
    </message>
    <message>
        <source>The server is recovering after a stop.</source>
        <translation>Máy chủ đang phục hồi sau khi bị dừng.</translation>
    </message>
    <message>
        <source>Every connection the server allows is in use.</source>
        <translation>Máy chủ đã dùng hết số kết nối cho phép.</translation>
    </message>
    <message>
        <source>This login may not read or change this on the server.</source>
        <translation>Tên đăng nhập này không được đọc hoặc thay đổi nội dung này trên máy chủ.</translation>
    </message>
    <message>
        <source>Only the owner of the database may do this.</source>
        <translation>Chỉ chủ sở hữu cơ sở dữ liệu mới làm được việc này.</translation>
    </message>
    <message>
        <source>The server has no login of this name.</source>
        <translation>Máy chủ không có tên đăng nhập này.</translation>
    </message>
    <message>
        <source>The server has no database of this name.</source>
        <translation>Máy chủ không có cơ sở dữ liệu tên này.</translation>
    </message>
    <message>
        <source>What was asked for does not exist on the server.</source>
        <translation>Nội dung được yêu cầu không có trên máy chủ.</translation>
    </message>
    <message>
        <source>Nothing answers at this address and port: the server is not running there, or a firewall stops it.</source>
        <translation>Không có gì trả lời ở địa chỉ và cổng này: máy chủ không chạy ở đó, hoặc tường lửa chặn kết nối.</translation>
    </message>
    <message>
        <source>The server's name is not known on this network.</source>
        <translation>Mạng này không biết tên máy chủ.</translation>
    </message>
    <message>
        <source>This PC has no way to the server over the network.</source>
        <translation>Máy tính này không có đường mạng tới máy chủ.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Máy chủ không trả lời kịp.</translation>
    </message>
    <message>
        <source>The server closed the connection: it stopped, restarted or ended the session.</source>
        <translation>Máy chủ đã đóng kết nối: máy chủ dừng, khởi động lại hoặc kết thúc phiên làm việc.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Mất kết nối với máy chủ.</translation>
    </message>
    <message>
        <source>The encrypted connection (SSL) to the server could not be set up.</source>
        <translation>Không thiết lập được kết nối mã hóa (SSL) tới máy chủ.</translation>
    </message>
    <message>
        <source>The server's disk is full.</source>
        <translation>Ổ đĩa của máy chủ đã đầy.</translation>
    </message>
    <message>
        <source>The server could not write to its disk.</source>
        <translation>Máy chủ không ghi được vào ổ đĩa.</translation>
    </message>
</context>
<context>
    <name>ServerRestore</name>
    <message>
        <source>Restoring %1 failed, and nothing of it was restored: %2</source>
        <translation>Khôi phục %1 không thành công, không có phần nào được khôi phục: %2</translation>
    </message>
    <message>
        <source>The database %1 on the office server is not empty: a backup is restored only into a new database (createdb), which then takes the old one's name once checked.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ văn phòng không trống: bản sao lưu chỉ được khôi phục vào một cơ sở dữ liệu mới (createdb), sau khi kiểm tra xong thì đổi sang tên của cơ sở dữ liệu cũ.</translation>
    </message>
    <message>
        <source>The office server has not got Dotpha's groups yet, which the backup's rights name. Create them first: CREATE ROLE dotpha_clerk NOLOGIN; CREATE ROLE dotpha_reviewer NOLOGIN; CREATE ROLE dotpha_administrator NOLOGIN;</source>
        <translation>Máy chủ văn phòng chưa có các nhóm quyền của Dotpha mà bản sao lưu cần đến. Hãy tạo trước: CREATE ROLE dotpha_clerk NOLOGIN; CREATE ROLE dotpha_reviewer NOLOGIN; CREATE ROLE dotpha_administrator NOLOGIN;</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Không có bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Only the owner of the database %1 on the office server may restore a backup into it: connect as that login.</source>
        <translation>Chỉ người sở hữu cơ sở dữ liệu %1 trên máy chủ văn phòng mới được khôi phục bản sao lưu vào đó: hãy kết nối bằng tên đăng nhập ấy.</translation>
    </message>
</context>
<context>
    <name>ServerSchemaMigrator</name>
    <message>
        <source>The office server's database could not be brought to version %1: %2</source>
        <translation>Không chuyển được cơ sở dữ liệu trên máy chủ sang phiên bản %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerUpload</name>
    <message>
        <source>Only the owner of the database %1 on the office server may upload a file to it.</source>
        <translation>Chỉ người sở hữu cơ sở dữ liệu %1 trên máy chủ văn phòng mới được chép tệp lên đó.</translation>
    </message>
    <message>
        <source>The database %1 on the office server holds data already; a file is uploaded only to an empty one. Prepare a new database for it (createdb, then dotpha-cli server init).</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ văn phòng đã có dữ liệu; tệp chỉ được chép lên một cơ sở dữ liệu trống. Hãy chuẩn bị cơ sở dữ liệu mới (createdb, rồi dotpha-cli server init).</translation>
    </message>
    <message>
        <source>The file %1 has no table %2.</source>
        <translation>Tệp %1 không có bảng %2.</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the file but %3 on the server: nothing was uploaded.</source>
        <translation>Bảng %1 có %2 dòng trong tệp nhưng %3 dòng trên máy chủ: không chép gì lên.</translation>
    </message>
    <message>
        <source>The change log or the attached files of %1 do not match its data, so it is not uploaded: %2 Check the file (dotpha-cli --db FILE check) and restore it from a backup.</source>
        <translation>Nhật ký thay đổi hoặc tệp đính kèm của %1 không khớp với dữ liệu, nên tệp không được chép lên: %2 Hãy kiểm tra tệp (dotpha-cli --db TỆP check) và khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>On the server, the uploaded change log or attached files do not verify, so nothing was uploaded: %1</source>
        <translation>Trên máy chủ, nhật ký thay đổi hoặc tệp đính kèm vừa chép không qua được kiểm tra, nên không chép gì lên: %1</translation>
    </message>
    <message>
        <source>The connection to the office server was lost during the upload: nothing was kept. Try again.</source>
        <translation>Mất kết nối với máy chủ của văn phòng trong khi tải lên: chưa có gì được giữ lại. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The committee's signing key could not be made or read.</source>
        <translation>Không tạo hoặc đọc được khóa ký của cấp ủy.</translation>
    </message>
</context>
<context>
    <name>SqlAttachmentRepository</name>
    <message>
        <source>attached file</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>part of an attached file</source>
        <translation>phần của tệp đính kèm</translation>
    </message>
    <message>
        <source>part of a file being attached</source>
        <translation>phần của tệp đang đính kèm</translation>
    </message>
</context>
<context>
    <name>SqlAuditRepository</name>
    <message>
        <source>audit record</source>
        <translation>bản ghi nhật ký</translation>
    </message>
</context>
<context>
    <name>SqlClosedYearRepository</name>
    <message>
        <source>closed year</source>
        <translation>năm đã khóa sổ</translation>
    </message>
</context>
<context>
    <name>SqlCommitteeKeyRepository</name>
    <message>
        <source>committee's signing key</source>
        <translation>khóa ký của cấp ủy</translation>
    </message>
    <message>
        <source>The committee's signing key in this database is not a pair: its private key does not give its public key. Nothing can be signed with it.</source>
        <translation>Khóa ký của cấp ủy trong cơ sở dữ liệu này không thành cặp: khóa bí mật không sinh ra khóa công khai. Không thể ký bằng khóa này.</translation>
    </message>
    <message>
        <source>This database has no signing key of its committee yet. Open it once with this version of Dotpha as its owner or administrator to make one.</source>
        <translation>Cơ sở dữ liệu này chưa có khóa ký của cấp ủy. Hãy mở một lần bằng phiên bản Dotpha này với quyền chủ sở hữu hoặc quản trị để tạo khóa.</translation>
    </message>
</context>
<context>
    <name>SqlCommitteeSettingsRepository</name>
    <message>
        <source>committee settings</source>
        <translation>thông tin cấp ủy</translation>
    </message>
</context>
<context>
    <name>SqlDecisionRepository</name>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>The decision has no date.</source>
        <translation>Quyết định chưa có ngày.</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>The record is still used by others (tasks, people or units), or refers to one that does not exist. Nothing was saved.</source>
        <translation>Bản ghi đang được dùng ở nơi khác (việc, cán bộ hoặc đơn vị), hoặc tham chiếu tới bản ghi không tồn tại. Chưa lưu thay đổi nào.</translation>
    </message>
    <message>
        <source>A record with the same name already exists. Nothing was saved.</source>
        <translation>Đã có bản ghi cùng tên. Chưa lưu thay đổi nào.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database. Nothing was saved.</source>
        <translation>Thay đổi vi phạm quy tắc của cơ sở dữ liệu. Chưa lưu thay đổi nào.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Cơ sở dữ liệu báo lỗi: %1</translation>
    </message>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>Someone else saved this %1 after you opened it. Your changes were not saved, so that theirs are not lost: reopen it to see the current version.</source>
        <translation>Người khác đã lưu %1 này sau khi bạn mở. Thay đổi của bạn chưa được lưu để không làm mất thay đổi của họ: hãy mở lại để xem bản hiện tại.</translation>
    </message>
    <message>
        <source>This %1 no longer exists: someone may have deleted it.</source>
        <translation>%1 này không còn nữa: có thể người khác đã xóa.</translation>
    </message>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>Một phần thay đổi không thực hiện được nên toàn bộ thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>The database is held by another program or another Dotpha window: nothing was saved. Wait a moment and try again; if it lasts, close the other program.</source>
        <translation>Cơ sở dữ liệu đang bị chương trình khác hoặc cửa sổ Dotpha khác giữ: chưa lưu gì. Hãy chờ một lát rồi thử lại; nếu vẫn vậy, hãy đóng chương trình kia.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup (File ▸ Restore a backup).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy: chưa lưu gì. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1): nothing was saved.</source>
        <translation>Không đọc hoặc ghi được tệp cơ sở dữ liệu (%1): chưa lưu gì.</translation>
    </message>
    <message>
        <source>The change met another operation of this window on the same data and was stopped: nothing was saved. Try again.</source>
        <translation>Thay đổi gặp một thao tác khác của chính cửa sổ này trên cùng dữ liệu nên đã dừng: chưa lưu gì. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>SqlExchangeLogRepository</name>
    <message>
        <source>package sent</source>
        <translation>gói đã gửi</translation>
    </message>
</context>
<context>
    <name>SqlExchangePartnerRepository</name>
    <message>
        <source>registered sender</source>
        <translation>nơi gửi đã đăng ký</translation>
    </message>
    <message>
        <source>package received</source>
        <translation>gói đã nhận</translation>
    </message>
    <message>
        <source>record received</source>
        <translation>bản ghi đã nhận</translation>
    </message>
</context>
<context>
    <name>SqlFieldRepository</name>
    <message>
        <source>field</source>
        <translation>lĩnh vực</translation>
    </message>
</context>
<context>
    <name>SqlIndicatorRepository</name>
    <message>
        <source>indicator</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>indicator value</source>
        <translation>số liệu chỉ tiêu</translation>
    </message>
    <message>
        <source>The indicator value has no date.</source>
        <translation>Số liệu chỉ tiêu chưa có ngày.</translation>
    </message>
</context>
<context>
    <name>SqlPersonRepository</name>
    <message>
        <source>person</source>
        <translation>cán bộ</translation>
    </message>
</context>
<context>
    <name>SqlProgressNoteRepository</name>
    <message>
        <source>progress note</source>
        <translation>ghi nhận tiến độ</translation>
    </message>
</context>
<context>
    <name>SqlTable</name>
    <message>
        <source>The new records of %1 were not numbered in order.</source>
        <translation>Các bản ghi mới của %1 không được đánh số theo thứ tự.</translation>
    </message>
</context>
<context>
    <name>SqlTaskRepository</name>
    <message>
        <source>task</source>
        <translation>việc</translation>
    </message>
</context>
<context>
    <name>SqlUnitRepository</name>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
</context>
<context>
    <name>SqlUserRepository</name>
    <message>
        <source>user</source>
        <translation>người dùng</translation>
    </message>
</context>
<context>
    <name>SqlWorkItemRepository</name>
    <message>
        <source>work item</source>
        <translation>đầu điểm công việc</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Year summary</source>
        <translation>Tổng hợp năm</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
</context>
<context>
    <name>SyntheticDataGenerator</name>
    <message>
        <source>The number of tasks to generate must be positive.</source>
        <translation>Số việc cần sinh phải là số dương.</translation>
    </message>
</context>
<context>
    <name>TaskDetailsFormatter</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Kết quả cần đạt</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Tính chất</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>No decision has been recorded for this task yet.</source>
        <translation>Chưa có quyết định nào về việc này.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Tiến độ:</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Ghi nhận tiến độ</translation>
    </message>
    <message>
        <source>Work items</source>
        <translation>Đầu điểm công việc</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>xong ngày %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>ban đầu %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mục tiêu %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>The task has not been rated yet.</source>
        <translation>Việc này chưa được đánh giá.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Tình hình thực hiện</translation>
    </message>
    <message>
        <source>%1 (late amendment)</source>
        <translation>%1 (sửa đổi sau khóa sổ)</translation>
    </message>
    <message>
        <source>As registered and as now approved</source>
        <translation>Nội dung đăng ký và nội dung được duyệt hiện hành</translation>
    </message>
    <message>
        <source>No change since the registration was approved.</source>
        <translation>Không có thay đổi kể từ khi đăng ký được phê duyệt.</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>Khi đăng ký</translation>
    </message>
    <message>
        <source>As now approved</source>
        <translation>Được duyệt hiện hành</translation>
    </message>
    <message>
        <source>No change has been recorded for this task.</source>
        <translation>Chưa có thay đổi nào của việc này được ghi nhận.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>%1 (carried over from %2)</source>
        <translation>%1 (chuyển tiếp từ năm %2)</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Tiếp nối</translation>
    </message>
    <message>
        <source>Drop files here to attach them; Progress ▸ Attached files opens, saves and removes them.</source>
        <translation>Kéo thả tệp vào trang này để đính kèm; Tiến độ ▸ Tệp đính kèm để mở, lưu bản sao hoặc gỡ tệp.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n điểm</numerusform></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm điểm</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(đã gỡ)</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại:</translation>
    </message>
    <message>
        <source>In&amp;dividual</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Lead &amp;unit:</source>
        <translation>Đơn vị chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Người đăng &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tên &amp;việc:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>Kết &amp;quả cần đạt:</translation>
    </message>
    <message>
        <source>&amp;Solutions:</source>
        <translation>&amp;Giải pháp:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Thời &amp;hạn:</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Tính chất:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>O&amp;rigin:</source>
        <translation>Ng&amp;uồn:</translation>
    </message>
    <message>
        <source>&amp;Collective</source>
        <translation>Tậ&amp;p thể</translation>
    </message>
    <message>
        <source>S&amp;everal years, until</source>
        <translation>Thực h&amp;iện nhiều năm, đến năm</translation>
    </message>
</context>
<context>
    <name>TaskReadiness</name>
    <message>
        <source>Clear task: the title is missing.</source>
        <translation>Rõ việc: chưa có tên việc.</translation>
    </message>
    <message>
        <source>Clear person: the lead unit is missing.</source>
        <translation>Rõ người: chưa có đơn vị chủ trì.</translation>
    </message>
    <message>
        <source>Clear person: the leader who registers the task is missing.</source>
        <translation>Rõ người: chưa có người đứng đầu đăng ký việc.</translation>
    </message>
    <message>
        <source>Clear schedule: the deadline is missing.</source>
        <translation>Rõ tiến độ: chưa có thời hạn.</translation>
    </message>
    <message>
        <source>Clear task: neither the objective nor the expected result is given.</source>
        <translation>Rõ việc: chưa có mục tiêu hoặc kết quả cần đạt.</translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>Đơn vị &amp;cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Active years:</source>
        <translation>Thời gian &amp;hoạt động:</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Successor after a merger:</source>
        <translation>Đơn vị &amp;kế thừa sau sáp nhập:</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>User account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>Đ&amp;ang hoạt động (được đăng nhập)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>Dotpha keeps no password for this account: the person signs in with the login of the same name on the office server, which the database's owner creates there in the group of the account's role.</source>
        <translation>Dotpha không giữ mật khẩu của tài khoản này: người dùng đăng nhập bằng tên đăng nhập cùng tên trên máy chủ văn phòng, do người sở hữu cơ sở dữ liệu tạo ở đó, trong nhóm theo vai trò của tài khoản.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Thêm...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Đặt &amp;mật khẩu...</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The unit has no name.</source>
        <translation>Đơn vị chưa có tên.</translation>
    </message>
    <message>
        <source>The unit's last active year is before its first.</source>
        <translation>Năm kết thúc hoạt động của đơn vị sớm hơn năm bắt đầu.</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>Đơn vị không thể là cấp trên của chính mình.</translation>
    </message>
    <message>
        <source>A unit cannot be its own successor.</source>
        <translation>Đơn vị không thể kế thừa chính mình.</translation>
    </message>
    <message>
        <source>The person has no name.</source>
        <translation>Cán bộ chưa có họ tên.</translation>
    </message>
    <message>
        <source>The field has no name.</source>
        <translation>Lĩnh vực chưa có tên.</translation>
    </message>
    <message>
        <source>The year %1 is outside %2-%3.</source>
        <translation>Năm %1 nằm ngoài khoảng %2–%3.</translation>
    </message>
    <message>
        <source>The end year must be between the start year and %1 years after it.</source>
        <translation>Năm kết thúc phải từ năm bắt đầu đến %1 năm sau đó.</translation>
    </message>
    <message>
        <source>The task has no unit.</source>
        <translation>Việc chưa có đơn vị.</translation>
    </message>
    <message>
        <source>An individual task needs the person who registers it.</source>
        <translation>Việc của cá nhân cần có người đăng ký.</translation>
    </message>
    <message>
        <source>A collective task belongs to a unit, not to a person.</source>
        <translation>Việc của tập thể thuộc về đơn vị, không thuộc về cá nhân.</translation>
    </message>
    <message>
        <source>The task has no title.</source>
        <translation>Việc chưa có tên.</translation>
    </message>
    <message>
        <source>A text of the task is longer than %1 characters.</source>
        <translation>Một nội dung của việc dài quá %1 ký tự.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 percent.</source>
        <translation>Tiến độ phải từ 0 đến 100 phần trăm.</translation>
    </message>
    <message>
        <source>The progress note belongs to no task.</source>
        <translation>Ghi nhận tiến độ không thuộc việc nào.</translation>
    </message>
    <message>
        <source>The progress note has no date.</source>
        <translation>Ghi nhận tiến độ chưa có ngày.</translation>
    </message>
    <message>
        <source>The progress note is empty.</source>
        <translation>Ghi nhận tiến độ còn trống.</translation>
    </message>
    <message>
        <source>The work item belongs to no task.</source>
        <translation>Đầu điểm công việc không thuộc việc nào.</translation>
    </message>
    <message>
        <source>The work item has no title.</source>
        <translation>Đầu điểm công việc chưa có tên.</translation>
    </message>
    <message>
        <source>The indicator belongs to no task.</source>
        <translation>Chỉ tiêu không thuộc việc nào.</translation>
    </message>
    <message>
        <source>The indicator has no name.</source>
        <translation>Chỉ tiêu chưa có tên.</translation>
    </message>
    <message>
        <source>The user has no login name.</source>
        <translation>Người dùng chưa có tên đăng nhập.</translation>
    </message>
    <message>
        <source>A login name cannot contain spaces.</source>
        <translation>Tên đăng nhập không được có dấu cách.</translation>
    </message>
    <message>
        <source>The user has no display name.</source>
        <translation>Người dùng chưa có tên hiển thị.</translation>
    </message>
    <message>
        <source>The user has no password.</source>
        <translation>Người dùng chưa có mật khẩu.</translation>
    </message>
    <message>
        <source>The committee has no name.</source>
        <translation>Cấp ủy chưa có tên.</translation>
    </message>
    <message>
        <source>Document margins must be between 0 and 60 mm.</source>
        <translation>Lề văn bản phải từ 0 đến 60 mm.</translation>
    </message>
    <message>
        <source>A score is from 0 to 100 points.</source>
        <translation>Điểm đánh giá từ 0 đến 100 điểm.</translation>
    </message>
    <message>
        <source>The score thresholds must go down from excellent to completed, within 1-100 points.</source>
        <translation>Các ngưỡng điểm phải giảm dần từ hoàn thành xuất sắc đến hoàn thành, trong khoảng 1-100 điểm.</translation>
    </message>
    <message>
        <source>The largest file one may attach must be between 1 and %1 MB.</source>
        <translation>Dung lượng tệp đính kèm tối đa phải từ 1 đến %1 MB.</translation>
    </message>
    <message>
        <source>A file is attached to a task.</source>
        <translation>Tệp phải được đính kèm vào một việc.</translation>
    </message>
    <message>
        <source>An attached file needs its name, without folders, of at most 255 characters.</source>
        <translation>Tệp đính kèm cần có tên, không kèm thư mục, dài tối đa 255 ký tự.</translation>
    </message>
    <message>
        <source>An attached file cannot be smaller than nothing.</source>
        <translation>Dung lượng tệp đính kèm không thể âm.</translation>
    </message>
    <message>
        <source>An attached file needs its SHA-256, 64 hexadecimal digits.</source>
        <translation>Tệp đính kèm cần mã SHA-256 gồm 64 chữ số thập lục phân.</translation>
    </message>
    <message>
        <source>A file is attached to one progress note, work item or decision at most.</source>
        <translation>Mỗi tệp chỉ đính kèm vào nhiều nhất một ghi nhận tiến độ, đầu điểm công việc hoặc quyết định.</translation>
    </message>
</context>
<context>
    <name>ViewableCopy</name>
    <message>
        <source>The temporary folder %1 cannot be written.</source>
        <translation>Không ghi được vào thư mục tạm %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Dotpha</source>
        <translation>Chào mừng đến với Dotpha</translation>
    </message>
    <message>
        <source>Breakthrough and innovation tasks</source>
        <translation>Việc đột phá, đổi mới</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Create a new database for my committee...</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới cho cấp ủy...</translation>
    </message>
    <message>
        <source>Open the &amp;sample (Yên Sơn, 2021)</source>
        <translation>Mở dữ liệu &amp;mẫu (Yên Sơn, 2021)</translation>
    </message>
    <message>
        <source>&amp;Open an existing database...</source>
        <translation>Mở cơ sở dữ liệu &amp;có sẵn...</translation>
    </message>
    <message>
        <source>Dotpha keeps a Party committee's breakthrough and innovation tasks: registrations, review decisions, progress and year-end ratings. Start with a new database for your committee, or look around in the sample from Yên Sơn district, 2021. An office that keeps its data on a shared server connects to it.</source>
        <translation>Dotpha quản lý việc đột phá, đổi mới của cấp ủy: đăng ký, quyết định phê duyệt, tiến độ thực hiện và đánh giá cuối năm. Hãy tạo cơ sở dữ liệu mới cho cấp ủy của mình, hoặc xem thử dữ liệu mẫu của huyện Yên Sơn năm 2021. Văn phòng đặt dữ liệu trên máy chủ dùng chung thì kết nối tới máy chủ đó.</translation>
    </message>
    <message>
        <source>When the office keeps its data on a shared server: the server, the database and your login there</source>
        <translation>Khi văn phòng đặt dữ liệu trên máy chủ dùng chung: tên máy chủ, cơ sở dữ liệu và tên đăng nhập của bạn trên đó</translation>
    </message>
    <message>
        <source>Connect to the office se&amp;rver...</source>
        <translation>&amp;Kết nối máy chủ văn phòng...</translation>
    </message>
</context>
<context>
    <name>WorkflowPolicy</name>
    <message>
        <source>register tasks</source>
        <translation>đăng ký việc</translation>
    </message>
    <message>
        <source>submit registrations</source>
        <translation>trình phê duyệt đăng ký</translation>
    </message>
    <message>
        <source>log progress</source>
        <translation>ghi nhận tiến độ</translation>
    </message>
    <message>
        <source>approve registrations</source>
        <translation>phê duyệt đăng ký</translation>
    </message>
    <message>
        <source>return registrations</source>
        <translation>trả lại đăng ký</translation>
    </message>
    <message>
        <source>reject registrations</source>
        <translation>không phê duyệt đăng ký</translation>
    </message>
    <message>
        <source>adjust approved tasks</source>
        <translation>điều chỉnh việc đã phê duyệt</translation>
    </message>
    <message>
        <source>supplement tasks</source>
        <translation>bổ sung việc</translation>
    </message>
    <message>
        <source>assign tasks</source>
        <translation>giao việc</translation>
    </message>
    <message>
        <source>rate tasks</source>
        <translation>đánh giá việc</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <source>close a year</source>
        <translation>khóa sổ một năm</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Vai trò của bạn (%1) không được %2.</translation>
    </message>
    <message>
        <source>amend a closed year</source>
        <translation>sửa đổi năm đã khóa sổ</translation>
    </message>
    <message>
        <source>change units, people and fields</source>
        <translation>sửa đơn vị, cán bộ và lĩnh vực</translation>
    </message>
    <message>
        <source>record the decisions of an imported file</source>
        <translation>ghi nhận các quyết định của tệp được nhập</translation>
    </message>
    <message>
        <source>set the score thresholds</source>
        <translation>đặt thang điểm đánh giá</translation>
    </message>
    <message>
        <source>set the largest file one may attach</source>
        <translation>đặt dung lượng tệp đính kèm tối đa</translation>
    </message>
    <message>
        <source>send or receive packages between committees</source>
        <translation>gửi hoặc nhận gói giữa các cấp ủy</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The backup %1 was not restored, because it does not pass the checks:</source>
        <translation>Chưa khôi phục bản sao lưu %1 vì bản sao lưu không qua được kiểm tra:</translation>
    </message>
    <message>
        <source>%1 is not an office server's address. Write it as postgresql://HOST:PORT/DATABASE, with no password in it.</source>
        <translation>%1 không phải địa chỉ máy chủ của cơ quan. Hãy viết theo dạng postgresql://MÁY:CỔNG/CƠ_SỞ_DỮ_LIỆU, không kèm mật khẩu.</translation>
    </message>
    <message>
        <source>The address of %1 holds a password, which Dotpha does not take: write the address without it, and keep the password in the server's password file (pgpass) or type it when asked.</source>
        <translation>Địa chỉ của %1 có kèm mật khẩu, điều Dotpha không nhận: hãy viết địa chỉ không có mật khẩu, và giữ mật khẩu trong tệp mật khẩu của máy chủ (pgpass) hoặc gõ khi được hỏi.</translation>
    </message>
    <message>
        <source>Restoring puts a backup file in place of a database file. A backup of the office server is restored on the server by whoever looks after it (pg_restore).</source>
        <translation>Phục hồi là đặt một tệp sao lưu vào chỗ một tệp cơ sở dữ liệu. Bản sao lưu của máy chủ cơ quan do người quản lý máy chủ phục hồi trên máy chủ (pg_restore).</translation>
    </message>
    <message>
        <source>Only the owner of %1 on the office server makes its backups: the login %2 may not read every table, which a backup copies. Ask whoever looks after the server.</source>
        <translation>Chỉ chủ sở hữu cơ sở dữ liệu %1 trên máy chủ của văn phòng mới sao lưu được: tên đăng nhập %2 không được đọc mọi bảng mà bản sao lưu phải chép. Hãy nhờ người quản lý máy chủ.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Trạ&amp;ng thái:</translation>
    </message>
    <message>
        <source>Fie&amp;ld:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>Tệp %1 không phải sổ tính Excel (.xlsx): tệp không phải tệp nén zip.</translation>
    </message>
    <message>
        <source>The file %1 would unpack to far more data than a spreadsheet holds (a "zip bomb"); it was not opened.</source>
        <translation>Tệp %1 giải nén ra lượng dữ liệu lớn bất thường so với một bảng tính ("bom zip"); tệp không được mở.</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet to import.</source>
        <translation>Sổ tính %1 không có trang tính nào để nhập.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged: its part %2 cannot be unpacked.</source>
        <translation>Sổ tính %1 bị hỏng: không giải nén được phần %2 của nó.</translation>
    </message>
    <message>
        <source>The workbook %1 cannot be imported: %2.</source>
        <translation>Không nhập được sổ tính %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is written in the old %2 encoding (cell %3 reads "%4"). Convert it to Unicode first (for example with Unikey's converter: Ctrl+Shift+F6, source %2, destination Unicode) and import it again.</source>
        <translation>Tệp %1 được gõ theo bảng mã cũ %2 (ô %3 ghi "%4"). Hãy chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey: Ctrl+Shift+F6, nguồn %2, đích Unicode) rồi nhập lại.</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Đã dừng đọc %1.</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStringsParser</name>
    <message>
        <source>shared text number %1 holds more than %2 characters, which Excel itself does not allow</source>
        <translation>văn bản dùng chung số %1 dài hơn %2 ký tự, điều mà chính Excel không cho phép</translation>
    </message>
    <message>
        <source>its table of shared texts is damaged near line %1 (%2)</source>
        <translation>bảng văn bản dùng chung của nó bị hỏng gần dòng %1 (%2)</translation>
    </message>
    <message>
        <source>its table of shared texts needs more memory than one import may take (%1 MB), at shared text number %2; split the list into smaller workbooks</source>
        <translation>bảng văn bản dùng chung của nó cần nhiều bộ nhớ hơn mức một lần nhập được phép (%1 MB), tại văn bản dùng chung số %2; hãy chia danh sách thành các bảng tính nhỏ hơn</translation>
    </message>
</context>
<context>
    <name>XlsxSheetParser</name>
    <message>
        <source>row number "%1" is not a number</source>
        <translation>số hàng "%1" không phải là số</translation>
    </message>
    <message>
        <source>row %1 lies beyond Excel's last row, %2</source>
        <translation>hàng %1 nằm sau hàng cuối cùng của Excel, %2</translation>
    </message>
    <message>
        <source>row %1 comes after row %2; a sheet lists its rows in order</source>
        <translation>hàng %1 đứng sau hàng %2; một trang tính phải liệt kê các hàng theo thứ tự</translation>
    </message>
    <message>
        <source>it has more rows than Excel's %1</source>
        <translation>nó có nhiều hàng hơn %1 hàng của Excel</translation>
    </message>
    <message>
        <source>a cell stands outside any row</source>
        <translation>có một ô nằm ngoài mọi hàng</translation>
    </message>
    <message>
        <source>cell %1 lies beyond Excel's last column, %2</source>
        <translation>ô %1 nằm sau cột cuối cùng của Excel, %2</translation>
    </message>
    <message>
        <source>row %1 has more cells than Excel's %2 columns</source>
        <translation>hàng %1 có nhiều ô hơn %2 cột của Excel</translation>
    </message>
    <message>
        <source>cell %1 holds more than %2 characters, which Excel itself does not allow</source>
        <translation>ô %1 dài hơn %2 ký tự, điều mà chính Excel không cho phép</translation>
    </message>
    <message>
        <source>cell %1 refers to shared text number %2, which the workbook does not have</source>
        <translation>ô %1 trỏ tới văn bản dùng chung số %2, mà sổ tính không có</translation>
    </message>
    <message>
        <source>it holds more than %1 cells, more than one import can take</source>
        <translation>nó chứa hơn %1 ô, nhiều hơn một lần nhập có thể nhận</translation>
    </message>
    <message>
        <source>it holds more than %1 million characters of text, more than one import can take</source>
        <translation>nó chứa hơn %1 triệu ký tự văn bản, nhiều hơn một lần nhập có thể nhận</translation>
    </message>
    <message>
        <source>its sheet is damaged near line %1 (%2)</source>
        <translation>trang tính của nó bị hỏng gần dòng %1 (%2)</translation>
    </message>
    <message>
        <source>at row %1 it needs more memory than one import may take (%2 MB); split the list into smaller workbooks</source>
        <translation>đến dòng %1, bảng tính cần nhiều bộ nhớ hơn mức một lần nhập được phép (%2 MB); hãy chia danh sách thành các bảng tính nhỏ hơn</translation>
    </message>
</context>
<context>
    <name>YearClosingService</name>
    <message>
        <source>The year %1 is already closed.</source>
        <translation>Năm %1 đã khóa sổ.</translation>
    </message>
    <message>
        <source>Closing of %1</source>
        <translation>Khóa sổ năm %1</translation>
    </message>
</context>
<context>
    <name>YearSeal</name>
    <message>
        <source>The year %1 is closed: its tasks can only be changed by an administrator's late amendment.</source>
        <translation>Năm %1 đã khóa sổ: việc của năm này chỉ thay đổi được bằng sửa đổi sau khóa sổ của quản trị viên.</translation>
    </message>
</context>
<context>
    <name>dotpha::AttachmentActions</name>
    <message>
        <source>The database is open read-only: its files can be opened and saved, not changed.</source>
        <translation>Cơ sở dữ liệu đang mở chỉ đọc: có thể mở, lưu bản sao các tệp nhưng không thay đổi được.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;All files (*)</source>
        <translation>Bản quét, ảnh và tài liệu (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Attaching %1...</source>
        <translation>Đang đính kèm %1...</translation>
    </message>
    <message>
        <source>attach “%1”</source>
        <translation>đính kèm “%1”</translation>
    </message>
    <message>
        <source>remove “%1”</source>
        <translation>gỡ “%1”</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Lưu bản sao của tệp</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Đang lưu %1...</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Đang mở %1...</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Save a copy and open it where it can be read.</source>
        <translation>Máy này không có chương trình mở được %1. Hãy lưu bản sao và mở ở nơi đọc được.</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>việc này</translation>
    </message>
    <message>
        <source>progress note of %1: %2</source>
        <translation>ghi nhận tiến độ ngày %1: %2</translation>
    </message>
    <message>
        <source>work item: %1</source>
        <translation>đầu điểm công việc: %1</translation>
    </message>
    <message>
        <source>decision: %1 %2 of %3</source>
        <translation>quyết định: %1 %2 ngày %3</translation>
    </message>
    <message>
        <source>Attached file size limit</source>
        <translation>Dung lượng tệp đính kèm tối đa</translation>
    </message>
    <message>
        <source>The largest file one may attach, in MB (1 to %1):</source>
        <translation>Dung lượng lớn nhất của một tệp đính kèm, tính bằng MB (từ 1 đến %1):</translation>
    </message>
    <message>
        <source>Your role opens and saves a task's files; those who log progress attach and remove them.</source>
        <translation>Vai trò của bạn được mở và lưu bản sao tệp của việc; người ghi nhận tiến độ mới đính kèm và gỡ bỏ tệp.</translation>
    </message>
</context>
<context>
    <name>dotpha::AttachmentsDialog</name>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Evidence files of the task: %1</source>
        <translation>Tệp minh chứng của việc: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Đính kèm vào</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày đính kèm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Attach a file...</source>
        <translation>Đính &amp;kèm tệp...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation>&amp;Lưu bản sao...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>ghi nhận tiến độ</translation>
    </message>
    <message>
        <source>work item</source>
        <translation>đầu điểm công việc</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>việc này</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>còn giữ</translation>
    </message>
    <message>
        <source>Attach &amp;to:</source>
        <translation>Đính kèm &amp;vào:</translation>
    </message>
    <message>
        <source>removed, kept in the record</source>
        <translation>đã gỡ (còn trong hồ sơ)</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Removing a file keeps it in the record; %1 takes the removal back.</source>
        <translation>Kéo thả tệp vào đây để đính kèm. Tệp đã gỡ vẫn còn trong hồ sơ; %1 khôi phục lại.</translation>
    </message>
</context>
<context>
    <name>dotpha::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n change(s) recorded, newest first.</source>
        <translation><numerusform>Đã ghi nhận %n thay đổi, mới nhất ở trên.</numerusform></translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <source>change-log-%1.csv</source>
        <translation>nhat-ky-thay-doi-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record matches its seal, the data match the change log and every attached file its SHA-256: nothing was changed outside Dotpha.</source>
        <translation>Mọi bản ghi khớp dấu niêm phong, dữ liệu khớp nhật ký thay đổi và mọi tệp đính kèm khớp mã SHA-256: không có gì bị sửa ngoài Dotpha.</translation>
    </message>
    <message>
        <source>Every record matches its seal, the data match the change log and every attached file its SHA-256.</source>
        <translation>Mọi bản ghi khớp với dấu niêm phong, dữ liệu khớp với nhật ký thay đổi và mọi tệp đính kèm khớp với mã SHA-256.</translation>
    </message>
</context>
<context>
    <name>dotpha::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>dotpha::ChangedElsewhereNotice</name>
    <message>
        <source>Show the task as your colleague saved it; what you typed is dropped.</source>
        <translation>Hiện việc như đồng nghiệp đã lưu; những gì bạn vừa nhập sẽ bị bỏ.</translation>
    </message>
    <message>
        <source>Keep the form as it is: saving it replaces what your colleague changed.</source>
        <translation>Giữ nguyên biểu mẫu: khi lưu, nội dung này thay cho phần đồng nghiệp đã sửa.</translation>
    </message>
    <message>
        <source>Someone else, at %1</source>
        <translation>Một người khác, lúc %1</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, lúc %2</translation>
    </message>
    <message>
        <source>%1, saved this task while you were editing it: %2.</source>
        <translation>%1, đã lưu việc này trong khi bạn đang sửa: %2.</translation>
    </message>
    <message>
        <source>You both changed %1: choose whose to keep.</source>
        <translation>Cả hai cùng sửa %1: hãy chọn giữ bản của ai.</translation>
    </message>
    <message>
        <source>Your changes are elsewhere: both can be kept.</source>
        <translation>Phần bạn sửa nằm ở chỗ khác: có thể giữ cả hai.</translation>
    </message>
    <message>
        <source>Take what your colleague changed and keep what you typed.</source>
        <translation>Lấy phần đồng nghiệp đã sửa và giữ phần bạn vừa nhập.</translation>
    </message>
    <message>
        <source>You both changed the same fields: take theirs or keep yours.</source>
        <translation>Cả hai cùng sửa một mục: hãy lấy bản của họ hoặc giữ bản của bạn.</translation>
    </message>
    <message>
        <source>%1, removed this task while you were editing it: it can no longer be saved. Cancel closes the form.</source>
        <translation>%1, đã xóa việc này trong khi bạn đang sửa: không thể lưu được nữa. Bấm Hủy để đóng biểu mẫu.</translation>
    </message>
    <message>
        <source>Take t&amp;heirs</source>
        <translation>Lấy &amp;bản của họ</translation>
    </message>
    <message>
        <source>Keep m&amp;ine</source>
        <translation>Giữ phần &amp;sửa của tôi</translation>
    </message>
    <message>
        <source>&amp;Merge both</source>
        <translation>Gộp cả h&amp;ai</translation>
    </message>
    <message>
        <source>S&amp;how theirs</source>
        <translation>&amp;Xem bản của họ</translation>
    </message>
</context>
<context>
    <name>dotpha::DecisionDialog</name>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Không phê duyệt</translation>
    </message>
    <message>
        <source>Record the adjustment</source>
        <translation>Ghi quyết định điều chỉnh</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Giao việc</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Record the late amendment</source>
        <translation>Ghi sửa đổi sau khóa sổ</translation>
    </message>
    <message>
        <source>Write the reason for this decision.</source>
        <translation>Hãy ghi lý do của quyết định này.</translation>
    </message>
    <message>
        <source>for example Số 15-QĐ</source>
        <translation>ví dụ Số 15-QĐ</translation>
    </message>
    <message>
        <source>for example Số 15-QĐ/%1</source>
        <translation>ví dụ Số 15-QĐ/%1</translation>
    </message>
    <message>
        <source>Choose the rating.</source>
        <translation>Hãy chọn mức đánh giá.</translation>
    </message>
    <message>
        <source>Review and approval</source>
        <translation>Thẩm định, phê duyệt</translation>
    </message>
    <message>
        <source>(choose the level)</source>
        <translation>(chọn mức xếp loại)</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(chưa chấm điểm)</translation>
    </message>
    <message>
        <source>The score suggests “%1” (%2).</source>
        <translation>Theo thang điểm: “%1” (%2).</translation>
    </message>
</context>
<context>
    <name>dotpha::DecisionNotice</name>
    <message>
        <source>Seen</source>
        <translation>Đã xem</translation>
    </message>
</context>
<context>
    <name>dotpha::DocumentDetailsDialog</name>
    <message>
        <source>Summary and printed documents</source>
        <translation>Tổng hợp và in báo cáo</translation>
    </message>
    <message>
        <source>Every year not closed</source>
        <translation>Mọi năm chưa khóa sổ</translation>
    </message>
</context>
<context>
    <name>dotpha::DraftNotice</name>
    <message>
        <source>What was typed here at %1 could not be saved then; it was kept.</source>
        <translation>Nội dung nhập ở đây lúc %1 khi đó chưa lưu được và đã được giữ lại.</translation>
    </message>
    <message>
        <source>&amp;Get it back to read first</source>
        <translation>Khôi phục để x&amp;em trước</translation>
    </message>
    <message>
        <source>Put back and save</source>
        <translation>Khôi phục và lưu</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <source>The task was saved since: read it before saving.</source>
        <translation>Việc này đã được lưu lại sau đó: hãy đọc trước khi lưu.</translation>
    </message>
</context>
<context>
    <name>dotpha::DueNotice</name>
    <message numerus="yes">
        <source>%n task(s) due in the next %1 days</source>
        <translation><numerusform>%n việc đến hạn trong %1 ngày tới</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n việc quá hạn</numerusform></translation>
    </message>
    <message>
        <source>Show the tasks falling due soon</source>
        <translation>Xem các việc sắp đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation><numerusform>%n việc sắp đến hạn</numerusform></translation>
    </message>
</context>
<context>
    <name>dotpha::FormSaver</name>
    <message>
        <source>What you typed is still here, and kept as a draft should this window be closed: save again when the cause is put right.</source>
        <translation>Nội dung bạn đã nhập vẫn còn ở đây và được giữ làm bản nháp phòng khi cửa sổ này bị đóng: hãy lưu lại khi nguyên nhân đã được khắc phục.</translation>
    </message>
</context>
<context>
    <name>dotpha::ImportDialog</name>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>%1 rows can be imported; %2 problems.</source>
        <translation>Có thể nhập %1 dòng; %2 lỗi.</translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s): %1</source>
        <translation><numerusform>%n đơn vị mới: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s): %1</source>
        <translation><numerusform>%n cán bộ mới: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new field(s): %1</source>
        <translation><numerusform>%n lĩnh vực mới: %1</numerusform></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Đang nhập...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation>Đang kiểm tra các dòng...</translation>
    </message>
    <message>
        <source>The check of the rows was stopped, so nothing can be imported yet.</source>
        <translation>Đã dừng kiểm tra các dòng nên chưa nhập được gì.</translation>
    </message>
    <message>
        <source>No row can be imported yet: correct the problems listed, in the file or above.</source>
        <translation>Chưa có dòng nào nhập được: hãy sửa các lỗi đã liệt kê, trong tệp hoặc ở trên.</translation>
    </message>
    <message>
        <source>The rows name units, people or fields Dotpha does not have: tick “%1” to create them.</source>
        <translation>Các dòng có đơn vị, cán bộ hoặc lĩnh vực Dotpha chưa có: hãy đánh dấu “%1” để tạo mới.</translation>
    </message>
</context>
<context>
    <name>dotpha::ImportValueTable</name>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>Nghĩa của “%1”</translation>
    </message>
</context>
<context>
    <name>dotpha::InterchangeActions</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import registrations...</source>
        <translation>&amp;Nhập danh sách đăng ký...</translation>
    </message>
    <message>
        <source>&amp;Export the year's registrations...</source>
        <translation>&amp;Xuất danh sách đăng ký của năm...</translation>
    </message>
    <message>
        <source>E&amp;xport a blank registration template...</source>
        <translation>Xuất mẫu &amp;bảng tính đăng ký...</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Nhập danh sách đăng ký</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n task(s).</source>
        <translation><numerusform>Đã nhập %n việc.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) registered meanwhile were skipped.</source>
        <translation><numerusform>Bỏ qua %n dòng đã được đăng ký trong lúc chờ.</numerusform></translation>
    </message>
    <message>
        <source>Export registrations</source>
        <translation>Xuất danh sách đăng ký</translation>
    </message>
    <message>
        <source>registrations-%1.xlsx</source>
        <translation>dang-ky-%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s).</source>
        <translation><numerusform>Đã xuất %n việc.</numerusform></translation>
    </message>
    <message>
        <source>Export registration template</source>
        <translation>Xuất mẫu bảng tính đăng ký</translation>
    </message>
    <message>
        <source>registration-template.xlsx</source>
        <translation>mau-dang-ky.xlsx</translation>
    </message>
    <message>
        <source>The blank registration template is in %1.</source>
        <translation>Mẫu đăng ký trống đã được lưu tại %1.</translation>
    </message>
</context>
<context>
    <name>dotpha::MainWindow</name>
    <message>
        <source>Dotpha</source>
        <translation>Dotpha</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>New &amp;collective task...</source>
        <translation>Việc &amp;tập thể mới...</translation>
    </message>
    <message>
        <source>New &amp;individual task...</source>
        <translation>Việc &amp;cá nhân mới...</translation>
    </message>
    <message>
        <source>&amp;Edit task...</source>
        <translation>&amp;Sửa việc...</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>&amp;Xóa việc</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Tìm &amp;kiếm...</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>&amp;Units...</source>
        <translation>Đơn &amp;vị...</translation>
    </message>
    <message>
        <source>&amp;People...</source>
        <translation>&amp;Cán bộ...</translation>
    </message>
    <message>
        <source>&amp;Fields...</source>
        <translation>&amp;Lĩnh vực...</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Dotpha</source>
        <translation>&amp;Giới thiệu Dotpha</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>%1 - Dotpha</source>
        <translation>%1 - Dotpha</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n việc</numerusform></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa việc</translation>
    </message>
    <message>
        <source>Delete the task “%1”? You can undo this with %2.</source>
        <translation>Xóa việc “%1”? Có thể hoàn tác bằng %2.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>About Dotpha</source>
        <translation>Giới thiệu Dotpha</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dotpha %1&lt;/h3&gt;&lt;p&gt;Registers, reviews and follows the breakthrough and innovation tasks of a Party committee, and prints the year-end summary.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dotpha %1&lt;/h3&gt;&lt;p&gt;Đăng ký, phê duyệt, theo dõi việc đột phá, đổi mới của cấp ủy và in báo cáo tổng kết cuối năm.&lt;/p&gt;&lt;p&gt;Phần mềm tự do theo Giấy phép Công cộng GNU (GPL), phiên bản 3 trở về sau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>edit task “%1”</source>
        <translation>sửa việc “%1”</translation>
    </message>
    <message>
        <source>Change &amp;log...</source>
        <translation>&amp;Nhật ký thay đổi...</translation>
    </message>
    <message>
        <source>User &amp;accounts...</source>
        <translation>&amp;Tài khoản người dùng...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the year %1 is closed</source>
        <translation>năm %1 đã khóa sổ</translation>
    </message>
    <message>
        <source>C&amp;opy rows</source>
        <translation>Sao chép các &amp;dòng</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Cửa sổ chính</translation>
    </message>
    <message>
        <source>Registrations are edited by the clerks who register them; a reviewer's changes are made as an adjustment (Review menu).</source>
        <translation>Đăng ký do văn thư đăng ký việc sửa; người thẩm định thay đổi bằng quyết định điều chỉnh (menu Thẩm định).</translation>
    </message>
    <message>
        <source>The new task is saved; the view or the filters chosen do not show it.</source>
        <translation>Việc mới đã được lưu; mục đang xem hoặc bộ lọc đang chọn không hiện việc này.</translation>
    </message>
    <message>
        <source>&amp;Deadlines...</source>
        <translation>Thời &amp;hạn...</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>"Due soon" lists the approved tasks, not yet finished, whose deadline or a work item's due date falls within this many days from today:</source>
        <translation>"Sắp đến hạn" liệt kê các việc đã phê duyệt, chưa hoàn thành, có thời hạn của việc hay của một đầu việc rơi vào số ngày này kể từ hôm nay:</translation>
    </message>
</context>
<context>
    <name>dotpha::NavigatorModel</name>
    <message>
        <source>All tasks</source>
        <translation>Tất cả các việc</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>Collective tasks</source>
        <translation>Việc của tập thể</translation>
    </message>
    <message>
        <source>Individual tasks</source>
        <translation>Việc của cá nhân</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
</context>
<context>
    <name>dotpha::NewDatabaseDialog</name>
    <message>
        <source>First start</source>
        <translation>Lần đầu mở</translation>
    </message>
</context>
<context>
    <name>dotpha::OfflineBanner</name>
    <message>
        <source>Lost the connection to the office server — trying again…</source>
        <translation>Mất kết nối với máy chủ — đang thử lại…</translation>
    </message>
    <message>
        <source>What the window shows may be out of date, and nothing can be saved until it is back.</source>
        <translation>Những gì cửa sổ đang hiện có thể đã cũ, và chưa lưu được gì cho đến khi kết nối trở lại.</translation>
    </message>
</context>
<context>
    <name>dotpha::PersonFormDialog</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Units, people and fields</source>
        <translation>Đơn vị, cán bộ và lĩnh vực</translation>
    </message>
</context>
<context>
    <name>dotpha::ProgressEntryDialog</name>
    <message>
        <source>Progress note</source>
        <translation>Ghi nhận tiến độ</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Đầu điểm công việc</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Số liệu chỉ tiêu</translation>
    </message>
    <message>
        <source>Following progress</source>
        <translation>Theo dõi tiến độ</translation>
    </message>
</context>
<context>
    <name>dotpha::ProgressMenu</name>
    <message>
        <source>&amp;Progress</source>
        <translation>T&amp;iến độ</translation>
    </message>
    <message>
        <source>Log &amp;progress...</source>
        <translation>Ghi nhận &amp;tiến độ...</translation>
    </message>
    <message>
        <source>Add a &amp;work item...</source>
        <translation>Thêm đầu điểm công &amp;việc...</translation>
    </message>
    <message>
        <source>Mark a work item &amp;done...</source>
        <translation>Đánh dấu đầu điểm đã &amp;xong...</translation>
    </message>
    <message>
        <source>Add an &amp;indicator...</source>
        <translation>Thêm &amp;chỉ tiêu...</translation>
    </message>
    <message>
        <source>Record an indicator &amp;value...</source>
        <translation>Ghi &amp;số liệu chỉ tiêu...</translation>
    </message>
    <message>
        <source>Every work item of this task is done.</source>
        <translation>Mọi đầu điểm công việc của việc này đã xong.</translation>
    </message>
    <message>
        <source>log progress</source>
        <translation>ghi nhận tiến độ</translation>
    </message>
    <message>
        <source>add work item “%1”</source>
        <translation>thêm đầu điểm công việc “%1”</translation>
    </message>
    <message>
        <source>add indicator “%1”</source>
        <translation>thêm chỉ tiêu “%1”</translation>
    </message>
    <message>
        <source>record an indicator value</source>
        <translation>ghi số liệu chỉ tiêu</translation>
    </message>
    <message>
        <source>mark “%1” done</source>
        <translation>đánh dấu “%1” đã xong</translation>
    </message>
    <message>
        <source>Attached &amp;files...</source>
        <translation>Tệp đính &amp;kèm...</translation>
    </message>
    <message>
        <source>Attached file si&amp;ze limit...</source>
        <translation>Dung lượng tệp đính kèm tối đ&amp;a...</translation>
    </message>
</context>
<context>
    <name>dotpha::ReferenceDataDialog</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <source>Active years</source>
        <translation>Thời gian hoạt động</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>add unit</source>
        <translation>thêm đơn vị</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>thêm cán bộ</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Lĩnh vực mới</translation>
    </message>
    <message>
        <source>Name of the field:</source>
        <translation>Tên lĩnh vực:</translation>
    </message>
    <message>
        <source>add field</source>
        <translation>thêm lĩnh vực</translation>
    </message>
    <message>
        <source>edit unit</source>
        <translation>sửa đơn vị</translation>
    </message>
    <message>
        <source>edit person</source>
        <translation>sửa cán bộ</translation>
    </message>
    <message>
        <source>Edit field</source>
        <translation>Sửa lĩnh vực</translation>
    </message>
    <message>
        <source>edit field</source>
        <translation>sửa lĩnh vực</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>delete unit</source>
        <translation>xóa đơn vị</translation>
    </message>
    <message>
        <source>delete person</source>
        <translation>xóa cán bộ</translation>
    </message>
    <message>
        <source>delete field</source>
        <translation>xóa lĩnh vực</translation>
    </message>
</context>
<context>
    <name>dotpha::ReportMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Year &amp;summary...</source>
        <translation>&amp;Tổng hợp năm...</translation>
    </message>
    <message>
        <source>Print &amp;year-end report...</source>
        <translation>In báo cáo tổng &amp;kết...</translation>
    </message>
    <message>
        <source>Print &amp;registration list...</source>
        <translation>&amp;In danh sách đăng ký...</translation>
    </message>
    <message>
        <source>Print the task's registration s&amp;heet...</source>
        <translation>In &amp;phiếu đăng ký của việc...</translation>
    </message>
    <message>
        <source>Export year-end report to &amp;PDF...</source>
        <translation>&amp;Xuất báo cáo tổng kết ra PDF...</translation>
    </message>
    <message>
        <source>Export registration list to P&amp;DF...</source>
        <translation>Xuất danh sách đăng ký ra P&amp;DF...</translation>
    </message>
    <message>
        <source>Export the task's registration sheet to PD&amp;F...</source>
        <translation>Xuất phiếu đăng ký của việc ra PD&amp;F...</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to PDF...</source>
        <translation>Xuất ra PDF...</translation>
    </message>
    <message>
        <source>Print tasks d&amp;ue and overdue...</source>
        <translation>In danh sách việc đến &amp;hạn, quá hạn...</translation>
    </message>
    <message>
        <source>Export tasks due and &amp;overdue to PDF...</source>
        <translation>Xuất danh sách việc đế&amp;n hạn, quá hạn ra PDF...</translation>
    </message>
    <message>
        <source>Print the six-&amp;month review...</source>
        <translation>In báo cáo &amp;sơ kết 6 tháng...</translation>
    </message>
    <message>
        <source>Export the six-month re&amp;view to PDF...</source>
        <translation>Xuất báo cáo sơ kết &amp;6 tháng ra PDF...</translation>
    </message>
</context>
<context>
    <name>dotpha::RestoreConfirmationDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Seal printed on the latest report or export of this database (leave empty if none was printed):</source>
        <translation>&amp;Dấu niêm phong in trên báo cáo hoặc bản xuất gần nhất của cơ sở dữ liệu này (để trống nếu chưa in):</translation>
    </message>
    <message>
        <source>A backup that does not hold this seal is older than the printed report, or was altered: it is refused and nothing is replaced.</source>
        <translation>Bản sao lưu không chứa dấu niêm phong này là bản cũ hơn báo cáo đã in, hoặc đã bị sửa: bản sao lưu đó bị từ chối và không có gì bị thay thế.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
<context>
    <name>dotpha::ReviewMenu</name>
    <message>
        <source>Re&amp;view</source>
        <translation>T&amp;hẩm định</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Trình phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Approve...</source>
        <translation>&amp;Phê duyệt...</translation>
    </message>
    <message>
        <source>Re&amp;turn for revision...</source>
        <translation>T&amp;rả lại để chỉnh sửa...</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>&amp;Không phê duyệt...</translation>
    </message>
    <message>
        <source>A&amp;djust the approved task...</source>
        <translation>Đ&amp;iều chỉnh việc đã duyệt...</translation>
    </message>
    <message>
        <source>Su&amp;pplement a task...</source>
        <translation>&amp;Bổ sung việc...</translation>
    </message>
    <message>
        <source>Assi&amp;gn a task...</source>
        <translation>&amp;Giao việc...</translation>
    </message>
    <message>
        <source>&amp;Rate the task...</source>
        <translation>Đánh giá &amp;việc...</translation>
    </message>
    <message>
        <source>&amp;Late amendment to a closed year...</source>
        <translation>&amp;Sửa đổi sau khóa sổ...</translation>
    </message>
    <message>
        <source>&amp;Close the year...</source>
        <translation>K&amp;hóa sổ năm...</translation>
    </message>
    <message>
        <source>Submitted “%1” for approval.</source>
        <translation>Đã trình phê duyệt “%1”.</translation>
    </message>
    <message>
        <source>Recorded the adjustment of “%1”.</source>
        <translation>Đã ghi quyết định điều chỉnh “%1”.</translation>
    </message>
    <message>
        <source>Added “%1”, approved.</source>
        <translation>Đã thêm “%1” (được duyệt ngay).</translation>
    </message>
    <message>
        <source>Rated “%1”.</source>
        <translation>Đã đánh giá “%1”.</translation>
    </message>
    <message>
        <source>Recorded the late amendment of “%1”.</source>
        <translation>Đã ghi sửa đổi sau khóa sổ của “%1”.</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>Khóa sổ năm</translation>
    </message>
    <message>
        <source>The year %1 is already closed.</source>
        <translation>Năm %1 đã khóa sổ.</translation>
    </message>
    <message>
        <source>Close the year %1? Its tasks can then be changed only by an administrator's late amendment, recorded as such.</source>
        <translation>Khóa sổ năm %1? Sau đó việc của năm chỉ thay đổi được bằng sửa đổi sau khóa sổ của quản trị viên, và được ghi nhận rõ là như vậy.</translation>
    </message>
    <message>
        <source>Registrations still awaiting a decision: %1</source>
        <translation>Đăng ký còn chờ quyết định: %1</translation>
    </message>
    <message>
        <source>Approved tasks not yet rated: %1</source>
        <translation>Việc đã duyệt chưa được đánh giá: %1</translation>
    </message>
    <message>
        <source>Unfinished multi-year tasks to carry over into %1: %2</source>
        <translation>Việc nhiều năm chưa xong chuyển tiếp sang năm %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Closed the year %1; %n task(s) carried over.</source>
        <translation><numerusform>Đã khóa sổ năm %1; chuyển tiếp %n việc.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) pending approval</source>
        <translation><numerusform>%n đăng ký đang chờ phê duyệt</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 decisions were not recorded:</source>
        <translation>%1 trong %2 quyết định không được ghi:</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n registration(s).</source>
        <translation><numerusform>Đã phê duyệt %n đăng ký.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Returned %n registration(s) for revision.</source>
        <translation><numerusform>Đã trả lại %n đăng ký để chỉnh sửa.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n registration(s).</source>
        <translation><numerusform>Đã không phê duyệt %n đăng ký.</numerusform></translation>
    </message>
    <message>
        <source>Select the task to amend.</source>
        <translation>Chọn việc cần sửa đổi.</translation>
    </message>
    <message>
        <source>Only a draft or a registration returned for revision is submitted for approval.</source>
        <translation>Chỉ trình phê duyệt dự thảo hoặc đăng ký đã được trả lại để chỉnh sửa.</translation>
    </message>
    <message>
        <source>Select registrations awaiting approval.</source>
        <translation>Chọn các đăng ký đang chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Only an approved task is adjusted or rated.</source>
        <translation>Chỉ điều chỉnh hoặc đánh giá việc đã được phê duyệt.</translation>
    </message>
    <message>
        <source>Score t&amp;hresholds...</source>
        <translation>Th&amp;ang điểm đánh giá...</translation>
    </message>
    <message>
        <source>The score thresholds are now %1, %2 and %3 points.</source>
        <translation>Thang điểm mới: %1, %2 và %3 điểm.</translation>
    </message>
</context>
<context>
    <name>dotpha::ScoreThresholdsDialog</name>
    <message>
        <source>Score thresholds</source>
        <translation>Thang điểm đánh giá</translation>
    </message>
    <message>
        <source>&amp;Excellent from:</source>
        <translation>Hoàn thành &amp;xuất sắc từ:</translation>
    </message>
    <message>
        <source>&amp;Good from:</source>
        <translation>Hoàn &amp;thành tốt từ:</translation>
    </message>
    <message>
        <source>&amp;Completed from:</source>
        <translation>&amp;Hoàn thành từ:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>Under %1 points: %2</source>
        <translation>Dưới %1 điểm: %2</translation>
    </message>
    <message>
        <source>Each level must start above the next: excellent above good, good above completed.</source>
        <translation>Mỗi mức phải bắt đầu cao hơn mức sau: xuất sắc cao hơn tốt, tốt cao hơn hoàn thành.</translation>
    </message>
    <message>
        <source>A year-end score of 0 to 100 points suggests the level it reaches; the reviewer still chooses the level. Quy định 366-QĐ/TW (2025) grades on this scale. A closed year keeps the thresholds it was closed under.</source>
        <translation>Điểm đánh giá cuối năm, từ 0 đến 100 điểm, gợi ý mức xếp loại tương ứng; người thẩm định vẫn chọn mức. Quy định 366-QĐ/TW (năm 2025) đánh giá theo thang điểm này. Năm đã khóa sổ giữ thang điểm lúc khóa sổ.</translation>
    </message>
</context>
<context>
    <name>dotpha::ServerConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Kết &amp;nối</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Enter your login on the server.</source>
        <translation>Hãy nhập tên đăng nhập của bạn trên máy chủ.</translation>
    </message>
</context>
<context>
    <name>dotpha::SessionActions</name>
    <message>
        <source>Dotpha databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu Dotpha (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>Cơ sở dữ liệu &amp;mới...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>Mở &amp;cơ sở dữ liệu...</translation>
    </message>
    <message>
        <source>&amp;Connect to the office server...</source>
        <translation>Kết nối máy chủ &amp;văn phòng...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user...</source>
        <translation>Đăng nhập bằng &amp;tài khoản khác...</translation>
    </message>
    <message>
        <source>Change my pass&amp;word...</source>
        <translation>Đổi mật khẩu của tô&amp;i...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Sao lưu...</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup...</source>
        <translation>&amp;Khôi phục từ bản sao lưu...</translation>
    </message>
    <message>
        <source>Automatic &amp;backups...</source>
        <translation>Sao lưu &amp;tự động...</translation>
    </message>
    <message>
        <source>On the office server your password is your login's: change it with \password in psql, or ask the database's owner.</source>
        <translation>Trên máy chủ văn phòng, mật khẩu của bạn là mật khẩu của tên đăng nhập: đổi bằng \password trong psql, hoặc nhờ người sở hữu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be made: %1</source>
        <translation>Không tạo được bản sao lưu tự động hôm nay: %1</translation>
    </message>
    <message>
        <source>Today's automatic backup: %1</source>
        <translation>Bản sao lưu tự động hôm nay: %1</translation>
    </message>
    <message>
        <source>A backup of the office server is restored on the server, by whoever looks after it (pg_restore): a PC does not replace the database everyone works in.</source>
        <translation>Bản sao lưu của máy chủ cơ quan do người quản lý máy chủ phục hồi trên máy chủ (pg_restore): một máy trạm không thay thế cơ sở dữ liệu mà mọi người cùng làm việc.</translation>
    </message>
    <message>
        <source>Open the database to restore first, or start from the welcome page.</source>
        <translation>Hãy mở cơ sở dữ liệu cần khôi phục trước, hoặc bắt đầu từ trang chào mừng.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Đã khôi phục từ %1.</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database is kept as %2.</source>
        <translation>Đã khôi phục từ %1; cơ sở dữ liệu bị thay thế được giữ lại là %2.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Dotpha copies each database once a day when it is first opened, and before every upgrade of its data format, into %1.

Daily copies kept of each database:</source>
        <translation>Mỗi ngày, lần đầu mở một cơ sở dữ liệu, và trước mỗi lần nâng cấp định dạng dữ liệu, Dotpha sao chép nó vào %1.

Số bản sao hằng ngày được giữ cho mỗi cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Không thay thế được %1.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Đã đăng nhập: %1.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Tài khoản của bạn không còn tồn tại.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>The database could not be checked for damage: %1</source>
        <translation>Chưa kiểm tra được cơ sở dữ liệu có bị hỏng không: %1</translation>
    </message>
    <message>
        <source>Office server backups (*.dump)</source>
        <translation>Bản sao lưu máy chủ (*.dump)</translation>
    </message>
    <message>
        <source>Connect with &amp;another login...</source>
        <translation>Kết nối bằng tên đăng nhập &amp;khác...</translation>
    </message>
</context>
<context>
    <name>dotpha::SignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>%1 has no users yet. Create its administrator account: the administrator adds the clerks and reviewers, and closes the year. Keep the password safe; it cannot be recovered.</source>
        <translation>%1 chưa có người dùng. Hãy tạo tài khoản quản trị: quản trị viên thêm tài khoản văn thư, người thẩm định và khóa sổ năm. Hãy giữ mật khẩu cẩn thận; mật khẩu không thể khôi phục.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Đăng nhập vào %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không trùng nhau.</translation>
    </message>
</context>
<context>
    <name>dotpha::SummaryDialog</name>
    <message>
        <source>Summary of %1</source>
        <translation>Tổng hợp năm %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Tất cả các việc</translation>
    </message>
    <message>
        <source>Collective tasks</source>
        <translation>Việc của tập thể</translation>
    </message>
    <message>
        <source>Individual tasks</source>
        <translation>Việc của cá nhân</translation>
    </message>
    <message>
        <source>People with tasks</source>
        <translation>Số đồng chí đăng ký việc</translation>
    </message>
    <message>
        <source>Units with tasks: %1</source>
        <translation>Đơn vị có việc: %1</translation>
    </message>
    <message>
        <source>Nature: %1</source>
        <translation>Tính chất: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Rejected, not counted</source>
        <translation>Không phê duyệt, không tính</translation>
    </message>
    <message>
        <source>Registrations by status</source>
        <translation>Số đăng ký theo trạng thái</translation>
    </message>
    <message>
        <source>Approved tasks by year-end rating</source>
        <translation>Việc đã được phê duyệt theo kết quả đánh giá cuối năm</translation>
    </message>
    <message>
        <source>Average progress of approved tasks by kind of unit</source>
        <translation>Tiến độ trung bình của các việc đã được phê duyệt theo loại đơn vị</translation>
    </message>
    <message>
        <source>Approved tasks (the year's results)</source>
        <translation>Việc đã được phê duyệt (kết quả của năm)</translation>
    </message>
    <message>
        <source>Registrations not approved</source>
        <translation>Đăng ký chưa được phê duyệt</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Chưa chấm điểm</translation>
    </message>
    <message>
        <source>Approved tasks by year-end score</source>
        <translation>Các việc đã phê duyệt theo điểm đánh giá</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>dotpha::TaskEditorDialog</name>
    <message>
        <source>Type part of the name, with or without accents</source>
        <translation>Gõ một phần tên, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Sửa việc</translation>
    </message>
    <message>
        <source>Clear task, clear person, clear schedule: ready to submit.</source>
        <translation>Rõ việc, rõ người, rõ tiến độ: có thể trình phê duyệt.</translation>
    </message>
    <message>
        <source>Before it can be submitted:</source>
        <translation>Cần bổ sung trước khi trình phê duyệt:</translation>
    </message>
    <message>
        <source>Save &amp;and submit for review</source>
        <translation>Lưu và trình phê du&amp;yệt</translation>
    </message>
    <message>
        <source>Registering a task</source>
        <translation>Đăng ký việc</translation>
    </message>
    <message>
        <source>View task</source>
        <translation>Xem việc</translation>
    </message>
    <message>
        <source>its progress or its state</source>
        <translation>tiến độ hoặc trạng thái</translation>
    </message>
    <message>
        <source>Returned for revision (%1): %2</source>
        <translation>Bị trả lại để chỉnh sửa (%1): %2</translation>
    </message>
</context>
<context>
    <name>dotpha::TaskService</name>
    <message>
        <source>The task cannot be submitted yet:</source>
        <translation>Chưa thể trình phê duyệt việc này:</translation>
    </message>
    <message>
        <source>“%1” has been approved and is locked: it changes only through an adjustment decision by a reviewer.</source>
        <translation>“%1” đã được phê duyệt nên đã khóa: chỉ thay đổi được bằng quyết định điều chỉnh của người thẩm định.</translation>
    </message>
    <message>
        <source>“%1” has been rejected and is locked.</source>
        <translation>“%1” đã bị không phê duyệt nên đã khóa.</translation>
    </message>
    <message>
        <source>Only a reviewer's decision makes a task approved or rejected.</source>
        <translation>Chỉ quyết định của người thẩm định mới làm việc được duyệt hoặc không được duyệt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only a reviewer returns a task for revision.</source>
        <translation>Chỉ người thẩm định mới trả lại việc để chỉnh sửa.</translation>
    </message>
</context>
<context>
    <name>dotpha::TaskTableModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit or person</source>
        <translation>Đơn vị, cá nhân</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Tính chất</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>%1 points – %2</source>
        <translation>%1 điểm – %2</translation>
    </message>
</context>
<context>
    <name>dotpha::UnitFormDialog</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Units, people and fields</source>
        <translation>Đơn vị, cán bộ và lĩnh vực</translation>
    </message>
</context>
<context>
    <name>dotpha::UserFormDialog</name>
    <message>
        <source>New user account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>User account %1</source>
        <translation>Tài khoản %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không trùng nhau.</translation>
    </message>
    <message>
        <source>Signing in and accounts</source>
        <translation>Đăng nhập và tài khoản</translation>
    </message>
</context>
<context>
    <name>dotpha::UserGuideWindow</name>
    <message>
        <source>Dotpha user guide</source>
        <translation>Hướng dẫn sử dụng Dotpha</translation>
    </message>
</context>
<context>
    <name>dotpha::UsersDialog</name>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Được đăng nhập</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>On the office server a password is the login's, which the server keeps: its owner sets it (ALTER ROLE ... PASSWORD), or the person with \password in psql.</source>
        <translation>Trên máy chủ văn phòng, mật khẩu là của tên đăng nhập và do máy chủ giữ: người sở hữu đặt bằng ALTER ROLE ... PASSWORD, hoặc chính người dùng đổi bằng \password trong psql.</translation>
    </message>
</context>
<context>
    <name>dotpha::WelcomeDialog</name>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Dotpha databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu Dotpha (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>dotpha::WorkItemDoneDialog</name>
    <message>
        <source>Mark a work item done</source>
        <translation>Đánh dấu đầu điểm đã xong</translation>
    </message>
    <message>
        <source>&amp;Work item:</source>
        <translation>Đầu điểm công &amp;việc:</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>Xong &amp;ngày:</translation>
    </message>
</context>
<context>
    <name>dotpha::WorkspaceView</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Search tasks, units, people (accents optional)</source>
        <translation>Tìm việc, đơn vị, cán bộ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>The view chosen on the left lists tasks of one status.</source>
        <translation>Mục đang chọn ở bên trái chỉ liệt kê việc của một trạng thái.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation>Tệp cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>Show the version and the data formats.</source>
        <translation>Cho biết phiên bản và định dạng dữ liệu.</translation>
    </message>
    <message>
        <source>Registers, reviews and follows a Party committee's breakthrough and innovation tasks, and prints the year-end summary. Opens the database given, else the last one, else the welcome page.</source>
        <translation>Đăng ký, phê duyệt, theo dõi việc đột phá, đổi mới của cấp ủy và in báo cáo tổng kết năm. Mở cơ sở dữ liệu được chỉ ra, nếu không thì cơ sở dữ liệu dùng lần trước, nếu không nữa thì trang chào mừng.</translation>
    </message>
</context>
</TS>