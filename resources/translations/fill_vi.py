#!/usr/bin/env python3
"""Fills dotpha_vi.ts with the Vietnamese translations kept below, keyed by English source text.

Run after the dotpha_translations_lupdate target adds or changes strings:
    cmake --build build --target dotpha_translations_lupdate
    python3 resources/translations/fill_vi.py
A source text with no translation here is left unfinished, and the translation test fails.
"""
import pathlib
import xml.etree.ElementTree as ET

VI = {
    'add task “%1”': 'thêm việc “%1”',
    'edit task “%1”': 'sửa việc “%1”',
    'delete task “%1”': 'xóa việc “%1”',
    'Usage: dotpha-cli --db PATH COMMAND [options]': 'Cách dùng: dotpha-cli --db TỆP LỆNH [tùy chọn]',
    'Commands:': 'Lệnh:',
    'create a new database; --sample loads the Yên Sơn 2021 sample': 'tạo cơ sở dữ liệu mới; --sample nạp dữ liệu mẫu Yên Sơn 2021',
    "the year's figures and summary sentence": 'số liệu và câu tổng kết của năm',
    'check integrity and references; exit 1 on a problem': 'kiểm tra tính toàn vẹn và liên kết; mã thoát 1 nếu có lỗi',
    'write a consistent copy of the database to FILE': 'ghi bản sao nhất quán của cơ sở dữ liệu ra FILE',
    'add N realistic made-up tasks (for tests and benchmarks)': 'thêm N việc giả lập (để kiểm thử và đo đạc)',
    'write the year-end report or the registration list as PDF': 'xuất báo cáo tổng kết hoặc danh sách đăng ký ra PDF',
    "write one task's registration sheet with its decisions as PDF": 'xuất phiếu đăng ký của một việc, kèm các quyết định, ra PDF',
    "export the year's tasks as a registration spreadsheet": 'xuất các việc của năm ra bảng tính đăng ký',
    'write a blank registration template': 'ghi mẫu bảng tính đăng ký còn trống',
    'Exit codes: 0 done, 1 a problem with the data or the input, 2 wrong usage.': 'Mã thoát: 0 thành công, 1 lỗi dữ liệu hoặc đầu vào, 2 sai cú pháp lệnh.',
    'export needs the file to write: export --year YEAR FILE.xlsx.': 'Lệnh export cần tệp đích: export --year NĂM TỆP.xlsx.',
    'export needs --year YEAR, or --template for a blank template.': 'Lệnh export cần --year NĂM, hoặc --template để ghi mẫu trống.',
    'Exported %1 tasks to %2.': 'Đã xuất %1 việc ra %2.',
    '%1: the file name must end in .xlsx or .csv.': '%1: tên tệp phải có đuôi .xlsx hoặc .csv.',
    'report needs --year YEAR.': 'Lệnh report cần --year NĂM.',
    'report needs --kind year-end or --kind registrations.': 'Lệnh report cần --kind year-end hoặc --kind registrations.',
    'report needs --out FILE.pdf.': 'Lệnh report cần --out TỆP.pdf.',
    '--date takes a date such as 2021-12-20.': '--date cần một ngày, ví dụ 2021-12-20.',
    'Wrote %1.': 'Đã ghi %1.',
    'A task sheet needs --task ID and --out FILE.pdf.': 'Phiếu đăng ký cần --task MÃ_VIỆC và --out TỆP.pdf.',
    'Cannot write %1.': 'Không ghi được %1.',
    'Cannot write %1: %2': 'Không ghi được %1: %2',
    'check a registration spreadsheet and import it, 500 rows to a transaction (a file of more that stops keeps its whole parts; importing it again adds the rest); --create-missing creates the units, people and fields it names that do not exist; --skip-invalid imports the valid rows despite problems':
        'kiểm tra bảng tính đăng ký rồi nhập, mỗi giao dịch 500 dòng (tệp dài hơn nếu dừng giữa chừng thì giữ các phần đã ghi trọn; nhập lại tệp sẽ thêm phần còn lại); --create-missing tạo các đơn vị, cán bộ, lĩnh vực chưa có; --skip-invalid nhập các dòng hợp lệ dù có dòng lỗi',
    'import needs the file to read: import FILE.xlsx.': 'Lệnh import cần tệp nguồn: import TỆP.xlsx.',
    'Row %1: %2': 'Dòng %1: %2',
    'Row %1, column %2: %3': 'Dòng %1, cột %2: %3',
    'New units': 'Đơn vị mới',
    'New people': 'Cán bộ mới',
    'New fields': 'Lĩnh vực mới',
    '%1 rows can be imported; %2 problems.': 'Có thể nhập %1 dòng; %2 lỗi.',
    'Nothing was imported. Correct the file, or use --skip-invalid to import the valid rows.': 'Chưa nhập gì. Hãy sửa tệp, hoặc dùng --skip-invalid để nhập các dòng hợp lệ.',
    'Imported %1 tasks.': 'Đã nhập %1 việc.',
    'The file %1 is too large for a registration list.': 'Tệp %1 quá lớn so với một danh sách đăng ký.',
    "The file %1 is written in the old %2 encoding. Convert it to Unicode first (for example with Unikey's converter) and import it again.":
        'Tệp %1 dùng bảng mã cũ %2. Hãy chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại.',
    'The file %1 is not UTF-8 text. Save it as "CSV UTF-8" and import it again.': 'Tệp %1 không phải văn bản UTF-8. Hãy lưu thành "CSV UTF-8" rồi nhập lại.',
    'The year is missing.': 'Thiếu năm.',
    '“%1” is not a year.': '“%1” không phải là năm.',
    '“%1” is neither “Tập thể” nor “Cá nhân”.': '“%1” không phải “Tập thể” hay “Cá nhân”.',
    'The unit is missing.': 'Thiếu đơn vị.',
    "An individual task needs the person's name.": 'Việc của cá nhân cần có họ tên người đăng ký.',
    '“%1” is not a date (dd/mm/yyyy).': '“%1” không phải là ngày (ngày/tháng/năm).',
    '“%1” is not one of the known values.': '“%1” không thuộc các giá trị quy định.',
    'The title is missing.': 'Thiếu tên việc.',
    'A text is longer than %1 characters.': 'Có nội dung dài quá %1 ký tự.',
    'The same task of the same unit is already registered for this year; the row is skipped.': 'Việc này của đơn vị này đã được đăng ký trong năm; bỏ qua dòng.',
    '%1: only .xlsx and .csv files can be imported.': '%1: chỉ nhập được tệp .xlsx và .csv.',
    'No header row was found in the first %1 rows. The sheet needs at least the columns “Tên việc”, “Đơn vị” and “Năm”.':
        'Không tìm thấy dòng tiêu đề trong %1 dòng đầu. Bảng tính cần ít nhất các cột “Tên việc”, “Đơn vị” và “Năm”.',
    'The file names units, people or fields that do not exist yet. Confirm that they should be created, or correct the file.':
        'Tệp có đơn vị, cán bộ hoặc lĩnh vực chưa có trong cơ sở dữ liệu. Hãy xác nhận tạo mới, hoặc sửa lại tệp.',
    'The import was cancelled; nothing was imported.': 'Đã hủy nhập; chưa nhập dòng nào.',
    'The file %1 is not an Excel workbook (.xlsx): it is not a zip archive.': 'Tệp %1 không phải sổ tính Excel (.xlsx): tệp không phải tệp nén zip.',
    'The file %1 would unpack to far more data than a spreadsheet holds (a "zip bomb"); it was not opened.':
        'Tệp %1 giải nén ra lượng dữ liệu lớn bất thường so với một bảng tính ("bom zip"); tệp không được mở.',
    'The workbook %1 has no sheet to import.': 'Sổ tính %1 không có trang tính nào để nhập.',
    'A cell of %1 holds more than %2 characters, which Excel itself does not allow; the file was not imported.':
        'Một ô trong %1 có hơn %2 ký tự, vượt giới hạn của chính Excel; tệp không được nhập.',
    'The workbook %1 is damaged: %2': 'Sổ tính %1 bị hỏng: %2',
    'Import registrations': 'Nhập danh sách đăng ký',
    "Columns of the file and what they hold (change a column's meaning if it was not recognised):": 'Các cột của tệp và nội dung tương ứng (chọn lại nội dung nếu cột chưa được nhận ra):',
    'Column in the file': 'Cột trong tệp',
    'Holds': 'Nội dung',
    'First values': 'Giá trị đầu tiên',
    '&Create the new units, people and fields listed above': '&Tạo mới các đơn vị, cán bộ và lĩnh vực nêu trên',
    'File: %1': 'Tệp: %1',
    '&Import the valid rows': '&Nhập các dòng hợp lệ',
    '(ignore)': '(bỏ qua)',
    '%n new unit(s): %1': '%n đơn vị mới: %1',
    '%n new person(s): %1': '%n cán bộ mới: %1',
    '%n new field(s): %1': '%n lĩnh vực mới: %1',
    'Importing...': 'Đang nhập...',
    'Cancel': 'Hủy',
    '&Import registrations...': '&Nhập danh sách đăng ký...',
    "&Export the year's registrations...": '&Xuất danh sách đăng ký của năm...',
    'E&xport a blank registration template...': 'Xuất mẫu &bảng tính đăng ký...',
    'Spreadsheets (*.xlsx *.csv)': 'Bảng tính (*.xlsx *.csv)',
    'Imported %n task(s).': 'Đã nhập %n việc.',
    'Export registrations': 'Xuất danh sách đăng ký',
    'registrations-%1.xlsx': 'dang-ky-%1.xlsx',
    'Excel workbook (*.xlsx);;CSV (*.csv)': 'Sổ tính Excel (*.xlsx);;CSV (*.csv)',
    'Exported %n task(s).': 'Đã xuất %n việc.',
    'Export registration template': 'Xuất mẫu bảng tính đăng ký',
    'registration-template.xlsx': 'mau-dang-ky.xlsx',
    'This cannot be done to a task that is %1.': 'Không thể làm việc này với một việc ở trạng thái “%1”.',
    'The decision needs its date.': 'Quyết định cần có ngày.',
    'The decision needs its reason.': 'Quyết định cần có lý do.',
    'register tasks': 'đăng ký việc',
    'submit registrations': 'trình phê duyệt đăng ký',
    'log progress': 'ghi nhận tiến độ',
    'approve registrations': 'phê duyệt đăng ký',
    'return registrations': 'trả lại đăng ký',
    'reject registrations': 'không phê duyệt đăng ký',
    'adjust approved tasks': 'điều chỉnh việc đã phê duyệt',
    'supplement tasks': 'bổ sung việc',
    'assign tasks': 'giao việc',
    'rate tasks': 'đánh giá việc',
    'manage users': 'quản lý người dùng',
    'close a year': 'khóa sổ một năm',
    'Your role (%1) may not %2.': 'Vai trò của bạn (%1) không được %2.',
    'Not started': 'Chưa thực hiện',
    'On track': 'Đúng tiến độ',
    'Overdue': 'Quá hạn',
    'Execution': 'Tình hình thực hiện',
    'No command given.': 'Chưa nhập lệnh.',
    'No database given: use --db PATH.': 'Chưa chỉ định cơ sở dữ liệu: dùng --db TỆP.',
    'Unknown command: %1': 'Lệnh không hợp lệ: %1',
    'init takes no arguments.': 'Lệnh init không nhận đối số.',
    'The file %1 already exists: init creates a new database and changes no existing file.':
        'Tệp %1 đã tồn tại: lệnh init chỉ tạo cơ sở dữ liệu mới và không thay đổi tệp có sẵn.',
    'Created %1.': 'Đã tạo %1.',
    'summary needs --year YEAR.': 'Lệnh summary cần --year NĂM.',
    '--year takes a year, such as 2021.': '--year cần một năm, ví dụ 2021.',
    'Year %1, %2': 'Năm %1, %2',
    'Tasks: %1 (collective %2, individual %3); rejected and not counted: %4':
        'Số việc: %1 (tập thể %2, cá nhân %3); bị từ chối, không tính: %4',
    'People with tasks: %1': 'Số đồng chí đăng ký: %1',
    'Units with collective tasks': 'Đơn vị có việc tập thể',
    'By status': 'Theo trạng thái',
    'By nature': 'Theo tính chất',
    'By rating': 'Theo kết quả đánh giá',
    'No problems found in %1.': 'Không phát hiện lỗi trong %1.',
    'backup needs the file to write: backup FILE.': 'Lệnh backup cần tệp đích: backup TỆP.',
    'Backed up to %1.': 'Đã sao lưu vào %1.',
    'generate needs --tasks N, a positive number.': 'Lệnh generate cần --tasks N, với N là số dương.',
    '--seed takes a number of zero or more.': '--seed cần một số không âm.',
    '%1 of %2 tasks': '%1 trên %2 việc',
    'Generated %1 tasks in %2 s.': 'Đã sinh %1 việc trong %2 giây.',
    'The file %1 is read-only: you can read it, but changes cannot be saved.':
        'Tệp %1 chỉ cho phép đọc: có thể xem nhưng không lưu được thay đổi.',
    'The file %1 does not exist.': 'Tệp %1 không tồn tại.',
    '%1 is a folder, not a database file.': '%1 là thư mục, không phải tệp cơ sở dữ liệu.',
    'The folder %1 does not exist.': 'Thư mục %1 không tồn tại.',
    'Cannot create %1: the folder is read-only.': 'Không tạo được %1: thư mục chỉ cho phép đọc.',
    'Cannot read %1: %2': 'Không đọc được %1: %2',
    'The file %1 is not a Dotpha database: it is not an SQLite database file, or it is truncated.':
        'Tệp %1 không phải cơ sở dữ liệu Dotpha: tệp không phải cơ sở dữ liệu SQLite, hoặc đã bị cắt cụt.',
    'The database %1 is damaged and was not opened (%2). Restore it from a backup.':
        'Cơ sở dữ liệu %1 bị hỏng nên không được mở (%2). Hãy khôi phục từ bản sao lưu.',
    'The file %1 is an SQLite database of another program, not a Dotpha database.':
        'Tệp %1 là cơ sở dữ liệu SQLite của chương trình khác, không phải của Dotpha.',
    'The database %1 was saved by a newer version of Dotpha (data format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.':
        'Cơ sở dữ liệu %1 được lưu bởi phiên bản Dotpha mới hơn (định dạng dữ liệu %2; phiên bản này chỉ đọc được đến %3). Hãy cài phiên bản mới để mở; tệp không bị thay đổi.',
    'Cannot open %1: %2': 'Không mở được %1: %2',
    'The database %1 is read-only and in an older data format: it must be upgraded, which needs permission to write it.':
        'Cơ sở dữ liệu %1 chỉ cho phép đọc và ở định dạng dữ liệu cũ: cần nâng cấp, mà việc nâng cấp cần quyền ghi tệp.',
    'A backup cannot overwrite the database itself.': 'Bản sao lưu không được ghi đè lên chính cơ sở dữ liệu.',
    'The backup to %1 failed: %2': 'Sao lưu vào %1 không thành công: %2',
    'Damaged storage: %1': 'Dữ liệu lưu trữ bị hỏng: %1',
    'Row %1 of table %2 refers to a missing row of table %3.': 'Dòng %1 của bảng %2 tham chiếu tới một dòng không còn trong bảng %3.',
    'Agency': 'Cơ quan',
    'Commune': 'Xã',
    'Ward': 'Phường',
    'Township': 'Thị trấn',
    'Special zone': 'Đặc khu',
    'Party organisation': 'Tổ chức cơ sở đảng',
    'Other unit': 'Đơn vị khác',
    'Collective': 'Tập thể',
    'Individual': 'Cá nhân',
    'Breakthrough': 'Đột phá',
    'New': 'Việc mới',
    'Difficult': 'Việc khó',
    'Shortcoming to fix': 'Khắc phục tồn tại, hạn chế',
    'Registered': 'Đăng ký',
    'Assigned': 'Được giao',
    'Supplemented': 'Bổ sung',
    'Draft': 'Dự thảo',
    'Pending approval': 'Chờ phê duyệt',
    'Approved': 'Đã phê duyệt',
    'Returned for revision': 'Trả lại để chỉnh sửa',
    'Rejected': 'Không phê duyệt',
    'Excellently completed': 'Hoàn thành xuất sắc',
    'Well completed': 'Hoàn thành tốt',
    'Completed': 'Hoàn thành',
    'Not completed': 'Không hoàn thành',
    'Approve': 'Phê duyệt',
    'Adjust': 'Điều chỉnh',
    'Supplement': 'Bổ sung',
    'Assign': 'Giao việc',
    'Return for revision': 'Trả lại',
    'Reject': 'Không phê duyệt',
    'Rate': 'Đánh giá',
    'Clerk': 'Văn thư',
    'Reviewer': 'Người thẩm định',
    'Administrator': 'Quản trị',
    'Please check the data': 'Vui lòng kiểm tra dữ liệu',
    'Record not found': 'Không tìm thấy bản ghi',
    'Saved by someone else': 'Người khác đã lưu trước',
    'Read-only database': 'Cơ sở dữ liệu chỉ đọc',
    'Database error': 'Lỗi cơ sở dữ liệu',
    'File error': 'Lỗi tệp',
    'File not opened': 'Không mở tệp',
    'Registration': 'Đăng ký',
    'Decisions': 'Quyết định',
    'Progress': 'Tiến độ',
    'Evaluation': 'Đánh giá',
    'Main toolbar': 'Thanh công cụ chính',
    'New database': 'Cơ sở dữ liệu mới',
    'The Party committee that owns the tasks. These names are printed at the top of its documents.':
        'Cấp ủy quản lý các việc đột phá, đổi mới. Các tên này được in ở phần đầu văn bản.',
    '&Committee:': '&Cấp ủy:',
    'e.g. Huyện ủy Yên Sơn': 'ví dụ: Huyện ủy Yên Sơn',
    '&Superior body:': 'Cấp ủy cấp &trên:',
    'e.g. Đảng bộ tỉnh Tuyên Quang': 'ví dụ: Đảng bộ tỉnh Tuyên Quang',
    '&Place name:': 'Địa &danh:',
    'e.g. Yên Sơn': 'ví dụ: Yên Sơn',
    '&Issuer symbol:': '&Ký hiệu cơ quan ban hành:',
    'e.g. HU': 'ví dụ: HU',
    'Person': 'Cán bộ',
    '&Full name:': '&Họ và tên:',
    '&Position:': '&Chức vụ:',
    '&Unit:': 'Đơn &vị:',
    'Tasks already registered keep the position the person held then.': 'Các việc đã đăng ký giữ nguyên chức vụ tại thời điểm đăng ký.',
    'Units, people and fields': 'Đơn vị, cán bộ và lĩnh vực',
    'Filter (accents optional)': 'Lọc (gõ có dấu hoặc không dấu)',
    '&Units': 'Đơn &vị',
    '&People': '&Cán bộ',
    '&Fields': '&Lĩnh vực',
    '&Add...': '&Thêm...',
    '&Edit...': '&Sửa...',
    '&Delete': '&Xóa',
    'The sample data can only be loaded into a database without tasks; this one has %n task(s).':
        'Chỉ nạp được dữ liệu mẫu vào cơ sở dữ liệu chưa có việc nào; cơ sở dữ liệu này đã có %n việc.',
    'Upgrading the database to data format %1 failed; it was left as it was. %2':
        'Nâng cấp cơ sở dữ liệu lên định dạng %1 không thành công; dữ liệu được giữ nguyên. %2',
    'The database is busy: someone else is saving. Wait a moment and try again.':
        'Cơ sở dữ liệu đang bận: có người khác đang lưu. Vui lòng chờ giây lát rồi thử lại.',
    'The database file is damaged. Restore it from a backup.': 'Tệp cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu.',
    'The disk is full: nothing was saved.': 'Ổ đĩa đã đầy: chưa lưu được gì.',
    'The record is still used by others (tasks, people or units), or refers to one that does not exist. Nothing was saved.':
        'Bản ghi đang được dùng ở nơi khác (việc, cán bộ hoặc đơn vị), hoặc tham chiếu tới bản ghi không tồn tại. Chưa lưu thay đổi nào.',
    'A record with the same name already exists. Nothing was saved.': 'Đã có bản ghi cùng tên. Chưa lưu thay đổi nào.',
    'The change breaks a rule of the database. Nothing was saved.': 'Thay đổi vi phạm quy tắc của cơ sở dữ liệu. Chưa lưu thay đổi nào.',
    'The database reported an error: %1': 'Cơ sở dữ liệu báo lỗi: %1',
    'The database is open read-only: changes cannot be saved.': 'Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không lưu được thay đổi.',
    'Someone else saved this %1 after you opened it. Your changes were not saved, so that theirs are not lost: reopen it to see the current version.':
        'Người khác đã lưu %1 này sau khi bạn mở. Thay đổi của bạn chưa được lưu để không làm mất thay đổi của họ: hãy mở lại để xem bản hiện tại.',
    'This %1 no longer exists: someone may have deleted it.': '%1 này không còn nữa: có thể người khác đã xóa.',
    'A part of the change failed, so none of it was saved.': 'Một phần thay đổi không thực hiện được nên toàn bộ thay đổi chưa được lưu.',
    'committee settings': 'thông tin cấp ủy',
    'decision': 'quyết định',
    'The decision has no date.': 'Quyết định chưa có ngày.',
    'field': 'lĩnh vực',
    'indicator': 'chỉ tiêu',
    'indicator value': 'số liệu chỉ tiêu',
    'The indicator value has no date.': 'Số liệu chỉ tiêu chưa có ngày.',
    'person': 'cán bộ',
    'progress note': 'ghi nhận tiến độ',
    'task': 'việc',
    'unit': 'đơn vị',
    'user': 'người dùng',
    'work item': 'đầu điểm công việc',
    'The number of tasks to generate must be positive.': 'Số việc cần sinh phải là số dương.',
    'Kind': 'Loại',
    'Year': 'Năm',
    'Lead unit': 'Đơn vị chủ trì',
    'Content': 'Nội dung',
    'Objective': 'Mục tiêu',
    'Expected result': 'Kết quả cần đạt',
    'Solutions': 'Giải pháp',
    'Deadline': 'Thời hạn',
    'Nature': 'Tính chất',
    'Field': 'Lĩnh vực',
    'Origin': 'Nguồn',
    'Status': 'Trạng thái',
    'No decision has been recorded for this task yet.': 'Chưa có quyết định nào về việc này.',
    'Date': 'Ngày',
    'Decision': 'Quyết định',
    'Number': 'Số, ký hiệu',
    'Reason': 'Lý do',
    'Progress:': 'Tiến độ:',
    'Progress notes': 'Ghi nhận tiến độ',
    'Work items': 'Đầu điểm công việc',
    'done %1': 'xong ngày %1',
    'due %1': 'hạn %1',
    'Indicators': 'Chỉ tiêu',
    'baseline %1': 'ban đầu %1',
    'target %1': 'mục tiêu %1',
    '%1 on %2': '%1 ngày %2',
    'The task has not been rated yet.': 'Việc này chưa được đánh giá.',
    'Rating': 'Kết quả đánh giá',
    'Assessment': 'Nhận xét',
    'Task': 'Việc',
    '&Kind:': 'L&oại:',
    '&Collective': 'Tậ&p thể',
    'In&dividual': '&Cá nhân',
    '&Year:': '&Năm:',
    'S&everal years, until': 'Thực h&iện nhiều năm, đến năm',
    'Lead &unit:': 'Đơn vị chủ t&rì:',
    '&Person:': 'Người đăng &ký:',
    '&Title:': 'Tên &việc:',
    'C&ontent:': 'Nội &dung:',
    'O&bjective:': '&Mục tiêu:',
    'E&xpected result:': 'Kết &quả cần đạt:',
    '&Solutions:': '&Giải pháp:',
    'Dead&line:': 'Thời &hạn:',
    '&Nature:': '&Tính chất:',
    '&Field:': '&Lĩnh vực:',
    'O&rigin:': 'Ng&uồn:',
    'Clear task: the title is missing.': 'Rõ việc: chưa có tên việc.',
    'Clear person: the lead unit is missing.': 'Rõ người: chưa có đơn vị chủ trì.',
    'Clear person: the leader who registers the task is missing.': 'Rõ người: chưa có người đứng đầu đăng ký việc.',
    'Clear task: neither the objective nor the expected result is given.': 'Rõ việc: chưa có mục tiêu hoặc kết quả cần đạt.',
    'Clear schedule: the deadline is missing.': 'Rõ tiến độ: chưa có thời hạn.',
    'Unit': 'Đơn vị',
    '&Name:': '&Tên:',
    '&Parent unit:': 'Đơn vị &cấp trên:',
    '&Active years:': 'Thời gian &hoạt động:',
    '-': '-',
    'to': 'đến',
    '&Successor after a merger:': 'Đơn vị &kế thừa sau sáp nhập:',
    'The unit has no name.': 'Đơn vị chưa có tên.',
    "The unit's last active year is before its first.": 'Năm kết thúc hoạt động của đơn vị sớm hơn năm bắt đầu.',
    'A unit cannot be its own parent.': 'Đơn vị không thể là cấp trên của chính mình.',
    'A unit cannot be its own successor.': 'Đơn vị không thể kế thừa chính mình.',
    'The person has no name.': 'Cán bộ chưa có họ tên.',
    'The field has no name.': 'Lĩnh vực chưa có tên.',
    'The year %1 is outside %2-%3.': 'Năm %1 nằm ngoài khoảng %2–%3.',
    'The end year must be between the start year and %1 years after it.': 'Năm kết thúc phải từ năm bắt đầu đến %1 năm sau đó.',
    'The task has no unit.': 'Việc chưa có đơn vị.',
    'An individual task needs the person who registers it.': 'Việc của cá nhân cần có người đăng ký.',
    'A collective task belongs to a unit, not to a person.': 'Việc của tập thể thuộc về đơn vị, không thuộc về cá nhân.',
    'The task has no title.': 'Việc chưa có tên.',
    'A text of the task is longer than %1 characters.': 'Một nội dung của việc dài quá %1 ký tự.',
    'Progress must be between 0 and 100 percent.': 'Tiến độ phải từ 0 đến 100 phần trăm.',
    'The progress note belongs to no task.': 'Ghi nhận tiến độ không thuộc việc nào.',
    'The progress note has no date.': 'Ghi nhận tiến độ chưa có ngày.',
    'The progress note is empty.': 'Ghi nhận tiến độ còn trống.',
    'The work item belongs to no task.': 'Đầu điểm công việc không thuộc việc nào.',
    'The work item has no title.': 'Đầu điểm công việc chưa có tên.',
    'The indicator belongs to no task.': 'Chỉ tiêu không thuộc việc nào.',
    'The indicator has no name.': 'Chỉ tiêu chưa có tên.',
    'The user has no login name.': 'Người dùng chưa có tên đăng nhập.',
    'A login name cannot contain spaces.': 'Tên đăng nhập không được có dấu cách.',
    'The user has no display name.': 'Người dùng chưa có tên hiển thị.',
    'The user has no password.': 'Người dùng chưa có mật khẩu.',
    'The committee has no name.': 'Cấp ủy chưa có tên.',
    'Document margins must be between 0 and 60 mm.': 'Lề văn bản phải từ 0 đến 60 mm.',
    'Welcome to Dotpha': 'Chào mừng đến với Dotpha',
    'Breakthrough and innovation tasks': 'Việc đột phá, đổi mới',
    "Dotpha keeps a Party committee's breakthrough and innovation tasks: registrations, review decisions, progress and year-end ratings. Start with a new database for your committee, or look around in the sample from Yên Sơn district, 2021.":
        'Dotpha quản lý việc đột phá, đổi mới của cấp ủy: đăng ký, quyết định phê duyệt, tiến độ thực hiện và đánh giá cuối năm. Hãy tạo cơ sở dữ liệu mới cho cấp ủy của mình, hoặc xem thử dữ liệu mẫu của huyện Yên Sơn năm 2021.',
    '&Language:': '&Ngôn ngữ:',
    '&Create a new database for my committee...': '&Tạo cơ sở dữ liệu mới cho cấp ủy...',
    'Open the &sample (Yên Sơn, 2021)': 'Mở dữ liệu &mẫu (Yên Sơn, 2021)',
    '&Open an existing database...': 'Mở cơ sở dữ liệu &có sẵn...',
    'Dotpha databases (*.sqlite *.db)': 'Cơ sở dữ liệu Dotpha (*.sqlite *.db)',
    'Dotpha': 'Dotpha',
    '&File': '&Tệp',
    '&New database...': 'Cơ sở dữ liệu &mới...',
    '&Open database...': 'Mở &cơ sở dữ liệu...',
    'Open &recent': 'Mở &gần đây',
    '&Back up...': '&Sao lưu...',
    '&Quit': 'T&hoát',
    '&Edit': '&Sửa',
    '&Undo': '&Hoàn tác',
    '&Redo': '&Làm lại',
    'New &collective task...': 'Việc &tập thể mới...',
    'New &individual task...': 'Việc &cá nhân mới...',
    '&Edit task...': '&Sửa việc...',
    '&Delete task': '&Xóa việc',
    '&Find...': 'Tìm &kiếm...',
    '&Data': '&Danh mục',
    '&Units...': 'Đơn &vị...',
    '&People...': '&Cán bộ...',
    '&Fields...': '&Lĩnh vực...',
    '&Settings': '&Cài đặt',
    '&Language': '&Ngôn ngữ',
    '&Help': 'Trợ &giúp',
    '&About Dotpha': '&Giới thiệu Dotpha',
    'Year:': 'Năm:',
    'Search tasks, units, people (accents optional)': 'Tìm việc, đơn vị, cán bộ (gõ có dấu hoặc không dấu)',
    '%1 - Dotpha': '%1 - Dotpha',
    '%n task(s)': '%n việc',
    'Delete task': 'Xóa việc',
    'Delete the task “%1”? You can undo this with %2.': 'Xóa việc “%1”? Có thể hoàn tác bằng %2.',
    'Open database': 'Mở cơ sở dữ liệu',
    'Cannot replace %1.': 'Không thay thế được %1.',
    'Back up database': 'Sao lưu cơ sở dữ liệu',
    'Language': 'Ngôn ngữ',
    'About Dotpha': 'Giới thiệu Dotpha',
    '<h3>Dotpha %1</h3><p>Registers, reviews and follows the breakthrough and innovation tasks of a Party committee, and prints the year-end summary.</p><p>Free software under the GNU General Public License, version 3 or later.</p>':
        '<h3>Dotpha %1</h3><p>Đăng ký, phê duyệt, theo dõi việc đột phá, đổi mới của cấp ủy và in báo cáo tổng kết cuối năm.</p><p>Phần mềm tự do theo Giấy phép Công cộng GNU (GPL), phiên bản 3 trở về sau.</p>',
    'All tasks': 'Tất cả các việc',
    'Behind schedule': 'Chậm tiến độ',
    'Collective tasks': 'Việc của tập thể',
    'Individual tasks': 'Việc của cá nhân',
    '(none)': '(không có)',
    'Name': 'Tên',
    'Parent': 'Cấp trên',
    'Active years': 'Thời gian hoạt động',
    'Successor': 'Đơn vị kế thừa',
    'Full name': 'Họ và tên',
    'Position': 'Chức vụ',
    'add unit': 'thêm đơn vị',
    'add person': 'thêm cán bộ',
    'New field': 'Lĩnh vực mới',
    'Name of the field:': 'Tên lĩnh vực:',
    'add field': 'thêm lĩnh vực',
    'edit unit': 'sửa đơn vị',
    'edit person': 'sửa cán bộ',
    'Edit field': 'Sửa lĩnh vực',
    'edit field': 'sửa lĩnh vực',
    'Delete': 'Xóa',
    'Delete “%1”?': 'Xóa “%1”?',
    'delete unit': 'xóa đơn vị',
    'delete person': 'xóa cán bộ',
    'delete field': 'xóa lĩnh vực',
    'Type part of the name, with or without accents': 'Gõ một phần tên, có dấu hoặc không dấu',
    'Save &and submit for review': 'Lưu và trình phê du&yệt',
    'New task': 'Việc mới',
    'Edit task': 'Sửa việc',
    'Clear task, clear person, clear schedule: ready to submit.': 'Rõ việc, rõ người, rõ tiến độ: có thể trình phê duyệt.',
    'Before it can be submitted:': 'Cần bổ sung trước khi trình phê duyệt:',
    'The task cannot be submitted yet:': 'Chưa thể trình phê duyệt việc này:',
    'No.': 'STT',
    "export the change log (every recorded change, or one task's) as CSV": 'xuất nhật ký thay đổi (mọi thay đổi, hoặc của một việc) ra CSV',
    'audit needs the file to write: audit FILE.csv.': 'Lệnh audit cần tệp đích: audit TỆP.csv.',
    '--task takes a task number.': '--task cần số của một việc.',
    'Exported %1 changes to %2.': 'Đã xuất %1 thay đổi ra %2.',
    'The year %1 is closed: nothing more can be registered in it.': 'Năm %1 đã khóa sổ: không thể đăng ký thêm việc vào năm này.',
    'the year %1 is closed': 'năm %1 đã khóa sổ',
    'Continues': 'Tiếp nối',
    '%1 (carried over from %2)': '%1 (chuyển tiếp từ năm %2)',
    'add work item “%1”': 'thêm đầu điểm công việc “%1”',
    'add indicator “%1”': 'thêm chỉ tiêu “%1”',
    'record an indicator value': 'ghi số liệu chỉ tiêu',
    'mark “%1” done': 'đánh dấu “%1” đã xong',
    'Change my pass&word...': 'Đổi mật khẩu của tô&i...',
    'Your account no longer exists.': 'Tài khoản của bạn không còn tồn tại.',
    'Your password has been changed.': 'Đã đổi mật khẩu của bạn.',
    '%n registration(s) pending approval': '%n đăng ký đang chờ phê duyệt',
    '%1 of %2 decisions were not recorded:': '%1 trong %2 quyết định không được ghi:',
    'Approved %n registration(s).': 'Đã phê duyệt %n đăng ký.',
    'Returned %n registration(s) for revision.': 'Đã trả lại %n đăng ký để chỉnh sửa.',
    'Rejected %n registration(s).': 'Đã không phê duyệt %n đăng ký.',
    '(system account)': '(tài khoản hệ thống)',
    'Unit or person': 'Đơn vị, cá nhân',
    'The database file to open.': 'Tệp cơ sở dữ liệu cần mở.',
    'Year summary': 'Tổng hợp năm',
    'Figure': 'Chỉ số',
    'Tasks': 'Số việc',
    '&Reports': '&Báo cáo',
    'Year &summary...': '&Tổng hợp năm...',
    'Print &year-end report...': 'In báo cáo tổng &kết...',
    'Print &registration list...': '&In danh sách đăng ký...',
    "Print the task's registration s&heet...": 'In &phiếu đăng ký của việc...',
    'Export year-end report to &PDF...': '&Xuất báo cáo tổng kết ra PDF...',
    'Export registration list to P&DF...': 'Xuất danh sách đăng ký ra P&DF...',
    "Export the task's registration sheet to PD&F...": 'Xuất phiếu đăng ký của việc ra PD&F...',
    'Export to PDF': 'Xuất ra PDF',
    'PDF documents (*.pdf)': 'Tài liệu PDF (*.pdf)',
    'Summary of %1': 'Tổng hợp năm %1',
    'Tasks by status': 'Số việc theo trạng thái',
    'Not rated yet': 'Chưa đánh giá',
    'Tasks by year-end rating': 'Số việc theo kết quả đánh giá cuối năm',
    'Average progress by kind of unit': 'Tiến độ trung bình theo loại đơn vị',
    'Percent': 'Phần trăm',
    'People with tasks': 'Số đồng chí đăng ký việc',
    'Units with tasks: %1': 'Đơn vị có việc: %1',
    'Nature: %1': 'Tính chất: %1',
    'Field: %1': 'Lĩnh vực: %1',
    'Rejected, not counted': 'Không phê duyệt, không tính',
    'Document details': 'Thông tin văn bản',
    '&Number:': '&Số:',
    'blank to write it in by hand': 'để trống để ghi tay',
    '&Date:': '&Ngày:',
    "Signer's &position:": '&Chức vụ người ký:',
    "Signer's na&me:": '&Họ tên người ký:',
    'blank to sign by hand': 'để trống để ký, ghi tên bằng tay',
    'The password needs at least %n character(s).': 'Mật khẩu cần ít nhất %n ký tự.',
    'This database already has its administrator.': 'Cơ sở dữ liệu này đã có quản trị viên.',
    'The login or the password is wrong.': 'Tên đăng nhập hoặc mật khẩu không đúng.',
    'This account has been deactivated. Ask the administrator.': 'Tài khoản này đã bị khóa. Hãy hỏi quản trị viên.',
    'The account needs a login.': 'Tài khoản cần có tên đăng nhập.',
    "The account needs the user's name.": 'Tài khoản cần có họ và tên người dùng.',
    'The login %1 is already taken.': 'Tên đăng nhập %1 đã có người dùng.',
    'The database needs at least one active administrator.': 'Cơ sở dữ liệu cần ít nhất một quản trị viên đang hoạt động.',
    'Audit record %1 was written outside Dotpha: it carries no seal.': 'Bản ghi nhật ký %1 được ghi ngoài Dotpha: bản ghi không có dấu niêm phong.',
    'Audit record %1 does not match its seal: it, or the record before it, was changed or removed outside Dotpha.': 'Bản ghi nhật ký %1 không khớp dấu niêm phong: bản ghi này, hoặc bản ghi liền trước, đã bị sửa hoặc xóa ngoài Dotpha.',
    'added': 'thêm',
    'changed': 'sửa',
    'removed': 'xóa',
    'added: %1': 'thêm: %1',
    'removed: %1': 'xóa: %1',
    'changed (value not recorded)': 'đã thay đổi (không ghi giá trị)',
    '(empty)': '(trống)',
    'Recorded at (UTC)': 'Thời điểm ghi (UTC)',
    'Who': 'Người thực hiện',
    'Action': 'Thao tác',
    'Record': 'Bản ghi',
    'Old value': 'Giá trị cũ',
    'New value': 'Giá trị mới',
    'Change': 'Thay đổi',
    'Note': 'Ghi chú',
    'Change log': 'Nhật ký thay đổi',
    '&Check the seals': '&Kiểm tra niêm phong',
    '&Export to CSV...': '&Xuất ra CSV...',
    'user account': 'tài khoản',
    'closed year': 'năm đã khóa sổ',
    'Last year': 'Năm kết thúc',
    'Unit as registered': 'Đơn vị khi đăng ký',
    'Kind of unit as registered': 'Loại đơn vị khi đăng ký',
    'Person as registered': 'Cán bộ khi đăng ký',
    'Position as registered': 'Chức vụ khi đăng ký',
    'Title': 'Tên việc',
    'Progress (%)': 'Tiến độ (%)',
    'Moved to the recycle bin': 'Chuyển vào thùng rác',
    'Continues task': 'Tiếp nối việc',
    'Role': 'Vai trò',
    'Active': 'Đang hoạt động',
    'Password': 'Mật khẩu',
    'Text': 'Nội dung',
    'Due': 'Hạn',
    'Done': 'Hoàn thành',
    'Value': 'Giá trị',
    'Baseline': 'Đầu năm',
    'Target': 'Mục tiêu',
    'Unit of measure': 'Đơn vị tính',
    'Parent unit': 'Đơn vị cấp trên',
    'Active from': 'Hoạt động từ năm',
    'Active until': 'Hoạt động đến năm',
    'Committee': 'Cấp ủy',
    '&Rating:': '&Xếp loại:',
    '&Assessment:': '&Nhận xét:',
    'Decision &date:': 'Ngà&y quyết định:',
    'Decision &number:': '&Số, ký hiệu:',
    'for example Số 15-QĐ/HU': 'ví dụ: Số 15-QĐ/HU',
    'R&eason:': '&Lý do:',
    'R&eason (required):': '&Lý do (bắt buộc):',
    'Not possible': 'Không thực hiện được',
    'History': 'Lịch sử',
    '&Progress reached:': '&Tiến độ đạt:',
    '&What was done:': '&Việc đã làm:',
    '&Work item:': 'Đầu điểm công &việc:',
    'D&ue by:': '&Hạn hoàn thành:',
    '&Indicator:': '&Chỉ tiêu:',
    'Unit of &measure:': 'Đơn vị &tính:',
    'for example triệu đồng/người/năm': 'ví dụ: triệu đồng/người/năm',
    '&Baseline (start of the year):': '&Số liệu đầu năm:',
    '&Target:': '&Mục tiêu:',
    '&Measured on:': '&Ngày số liệu:',
    '&Value:': '&Giá trị:',
    '&Note:': 'Ghi c&hú:',
    'Progress is followed once a task is approved.': 'Chỉ theo dõi tiến độ khi việc đã được phê duyệt.',
    'The progress note needs its date.': 'Ghi nhận tiến độ cần có ngày.',
    'Write what was done, or the percent reached.': 'Hãy ghi việc đã làm, hoặc tỉ lệ tiến độ đạt được.',
    'The work item needs a title.': 'Đầu điểm công việc cần có tên.',
    'The indicator needs a name.': 'Chỉ tiêu cần có tên.',
    'The measurement needs its date.': 'Số liệu cần có ngày.',
    "The indicator is not one of this task's.": 'Chỉ tiêu này không thuộc việc đang chọn.',
    'The year %1 is not closed: change its tasks the ordinary way.': 'Năm %1 chưa khóa sổ: hãy sửa việc theo cách thông thường.',
    'Late amendment: %1': 'Sửa đổi sau khóa sổ: %1',
    'Sign in': 'Đăng nhập',
    '&Login:': '&Tên đăng nhập:',
    'Full &name:': '&Họ và tên:',
    '&Password:': '&Mật khẩu:',
    '&Repeat the password:': '&Nhập lại mật khẩu:',
    'R&epeat the password:': 'Nhập &lại mật khẩu:',
    'audit record': 'bản ghi nhật ký',
    '%1 (late amendment)': '%1 (sửa đổi sau khóa sổ)',
    'As registered and as now approved': 'Nội dung đăng ký và nội dung được duyệt hiện hành',
    'No change since the registration was approved.': 'Không có thay đổi kể từ khi đăng ký được phê duyệt.',
    'As registered': 'Khi đăng ký',
    'As now approved': 'Được duyệt hiện hành',
    'No change has been recorded for this task.': 'Chưa có thay đổi nào của việc này được ghi nhận.',
    'When': 'Thời điểm',
    'What': 'Nội dung',
    'User account': 'Tài khoản',
    '&Role:': '&Vai trò:',
    '&Active (may sign in)': 'Đ&ang hoạt động (được đăng nhập)',
    'User accounts': 'Tài khoản người dùng',
    'Set &password...': 'Đặt &mật khẩu...',
    'amend a closed year': 'sửa đổi năm đã khóa sổ',
    'The year %1 is already closed.': 'Năm %1 đã khóa sổ.',
    'Closing of %1': 'Khóa sổ năm %1',
    "The year %1 is closed: its tasks can only be changed by an administrator's late amendment.": 'Năm %1 đã khóa sổ: việc của năm này chỉ thay đổi được bằng sửa đổi sau khóa sổ của quản trị viên.',
    '%n change(s) recorded, newest first.': 'Đã ghi nhận %n thay đổi, mới nhất ở trên.',
    'Every record matches its seal: nothing was changed outside Dotpha.': 'Mọi bản ghi đều khớp dấu niêm phong: không có gì bị sửa ngoài Dotpha.',
    'Export the change log': 'Xuất nhật ký thay đổi',
    'change-log-%1.csv': 'nhat-ky-thay-doi-%1.csv',
    'CSV (*.csv)': 'Tệp CSV (*.csv)',
    'Record the adjustment': 'Ghi quyết định điều chỉnh',
    'Record the late amendment': 'Ghi sửa đổi sau khóa sổ',
    'Write the reason for this decision.': 'Hãy ghi lý do của quyết định này.',
    'Sign in as &another user...': 'Đăng nhập bằng &tài khoản khác...',
    'Change &log...': '&Nhật ký thay đổi...',
    'User &accounts...': '&Tài khoản người dùng...',
    'Not signed in.': 'Chưa đăng nhập.',
    '%1 (%2)': '%1 – %2',
    'Signed in as %1.': 'Đã đăng nhập: %1.',
    'Progress note': 'Ghi nhận tiến độ',
    'Work item': 'Đầu điểm công việc',
    'Indicator': 'Chỉ tiêu',
    'Indicator value': 'Số liệu chỉ tiêu',
    '&Progress': 'T&iến độ',
    'Log &progress...': 'Ghi nhận &tiến độ...',
    'Add a &work item...': 'Thêm đầu điểm công &việc...',
    'Mark a work item &done...': 'Đánh dấu đầu điểm đã &xong...',
    'Add an &indicator...': 'Thêm &chỉ tiêu...',
    'Record an indicator &value...': 'Ghi &số liệu chỉ tiêu...',
    'Attached &files...': 'Tệp đính &kèm...',
    'Progress of “%1” recorded.': 'Đã ghi nhận tiến độ của “%1”.',
    'Every work item of this task is done.': 'Mọi đầu điểm công việc của việc này đã xong.',
    'Mark a work item done': 'Đánh dấu đầu điểm đã xong',
    'Work item done today:': 'Đầu điểm hoàn thành hôm nay:',
    '“%1” marked done.': 'Đã đánh dấu “%1” hoàn thành.',
    'Re&view': 'T&hẩm định',
    '&Submit for approval': '&Trình phê duyệt',
    '&Approve...': '&Phê duyệt...',
    'Re&turn for revision...': 'T&rả lại để chỉnh sửa...',
    'Re&ject...': '&Không phê duyệt...',
    'A&djust the approved task...': 'Đ&iều chỉnh việc đã duyệt...',
    'Su&pplement a task...': '&Bổ sung việc...',
    'Assi&gn a task...': '&Giao việc...',
    '&Rate the task...': 'Đánh giá &việc...',
    '&Late amendment to a closed year...': '&Sửa đổi sau khóa sổ...',
    '&Close the year...': 'K&hóa sổ năm...',
    'Submitted “%1” for approval.': 'Đã trình phê duyệt “%1”.',
    'Approved “%1”.': 'Đã phê duyệt “%1”.',
    'Returned “%1” for revision.': 'Đã trả lại “%1” để chỉnh sửa.',
    'Rejected “%1”.': 'Đã không phê duyệt “%1”.',
    'Recorded the adjustment of “%1”.': 'Đã ghi quyết định điều chỉnh “%1”.',
    'Added “%1”, approved.': 'Đã thêm “%1” (được duyệt ngay).',
    'Rated “%1”.': 'Đã đánh giá “%1”.',
    'Recorded the late amendment of “%1”.': 'Đã ghi sửa đổi sau khóa sổ của “%1”.',
    'Close the year': 'Khóa sổ năm',
    "Close the year %1? Its tasks can then be changed only by an administrator's late amendment, recorded as such.": 'Khóa sổ năm %1? Sau đó việc của năm chỉ thay đổi được bằng sửa đổi sau khóa sổ của quản trị viên, và được ghi nhận rõ là như vậy.',
    'Registrations still awaiting a decision: %1': 'Đăng ký còn chờ quyết định: %1',
    'Approved tasks not yet rated: %1': 'Việc đã duyệt chưa được đánh giá: %1',
    'Unfinished multi-year tasks to carry over into %1: %2': 'Việc nhiều năm chưa xong chuyển tiếp sang năm %1: %2',
    'Closed the year %1; %n task(s) carried over.': 'Đã khóa sổ năm %1; chuyển tiếp %n việc.',
    'Create the administrator': 'Tạo tài khoản quản trị',
    '%1 has no users yet. Create its administrator account: the administrator adds the clerks and reviewers, and closes the year. Keep the password safe; it cannot be recovered.': '%1 chưa có người dùng. Hãy tạo tài khoản quản trị: quản trị viên thêm tài khoản văn thư, người thẩm định và khóa sổ năm. Hãy giữ mật khẩu cẩn thận; mật khẩu không thể khôi phục.',
    'Create and sign in': 'Tạo và đăng nhập',
    'Sign in to %1.': 'Đăng nhập vào %1.',
    'The two passwords differ.': 'Hai mật khẩu không trùng nhau.',
    '“%1” has been approved and is locked: it changes only through an adjustment decision by a reviewer.': '“%1” đã được phê duyệt nên đã khóa: chỉ thay đổi được bằng quyết định điều chỉnh của người thẩm định.',
    '“%1” has been rejected and is locked.': '“%1” đã bị không phê duyệt nên đã khóa.',
    "Only a reviewer's decision makes a task approved or rejected.": 'Chỉ quyết định của người thẩm định mới làm việc được duyệt hoặc không được duyệt.',
    'New user account': 'Tài khoản mới',
    'User account %1': 'Tài khoản %1',
    'New password for %1': 'Mật khẩu mới cho %1',
    'Login': 'Tên đăng nhập',
    'May sign in': 'Được đăng nhập',
    'Yes': 'Có',
    'No': 'Không',
    'The accounts of this database were deleted outside Dotpha: its change log records them. Nobody can sign in; restore the database from a backup (File ▸ Restore a backup).': 'Các tài khoản của cơ sở dữ liệu này đã bị xóa bên ngoài Dotpha: nhật ký thay đổi vẫn ghi nhận chúng. Không ai đăng nhập được; hãy khôi phục cơ sở dữ liệu từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).',
    'The account %1 was changed outside Dotpha, so it cannot sign in. An administrator can restore the database from a backup; dotpha-cli check lists what changed.': 'Tài khoản %1 đã bị sửa bên ngoài Dotpha nên không được đăng nhập. Quản trị viên có thể khôi phục cơ sở dữ liệu từ bản sao lưu; lệnh dotpha-cli check liệt kê những gì đã bị sửa.',
    'Your account has been deactivated. Ask the administrator.': 'Tài khoản của bạn đã bị ngừng sử dụng. Hãy liên hệ quản trị viên.',
    'Your account no longer exists.': 'Tài khoản của bạn không còn tồn tại.',
    'State when the file was upgraded to data format 3': 'Hiện trạng khi tệp được nâng cấp lên định dạng dữ liệu 3',
    'The seal of audit records %1 to %2 was changed outside Dotpha.': 'Dấu niêm phong của các bản ghi nhật ký %1 đến %2 đã bị sửa bên ngoài Dotpha.',
    'Audit records %1 to %2 were sealed as %3 records and are now %4: records were removed or slipped in outside Dotpha.': 'Các bản ghi nhật ký %1 đến %2 được niêm phong gồm %3 bản ghi, nay còn %4: có bản ghi bị xóa hoặc bị chèn thêm bên ngoài Dotpha.',
    'Audit record %1 does not match its seal: it was changed outside Dotpha.': 'Bản ghi nhật ký %1 không khớp dấu niêm phong: bản ghi đã bị sửa bên ngoài Dotpha.',
    'No seal of the change log ends at record %1: records up to it were removed, or the log was rebuilt outside Dotpha.': 'Không có dấu niêm phong nào của nhật ký kết thúc ở bản ghi %1: các bản ghi đến đó đã bị xóa, hoặc nhật ký đã bị dựng lại bên ngoài Dotpha.',
    'The seal at record %1 is not the one recorded earlier (%2): the change log was rewritten and sealed again outside Dotpha.': 'Dấu niêm phong ở bản ghi %1 không phải dấu đã ghi nhận trước đây (%2): nhật ký thay đổi đã bị viết lại và niêm phong lại bên ngoài Dotpha.',
    'recorded as it stood': 'ghi nhận hiện trạng',
    'as it stood: %1': 'hiện trạng: %1',
    '(nothing)': '(không có)',
    '%1, %2: the file holds %3 where the change log says %4; it was changed outside Dotpha.': '%1, %2: tệp đang ghi %3 trong khi nhật ký thay đổi ghi %4; dữ liệu đã bị sửa bên ngoài Dotpha.',
    '%1 has no history in the change log: it was added outside Dotpha.': '%1 không có lịch sử trong nhật ký thay đổi: bản ghi đã được thêm bên ngoài Dotpha.',
    '%1 is in the change log but no longer in the file: it was removed outside Dotpha.': '%1 có trong nhật ký thay đổi nhưng không còn trong tệp: bản ghi đã bị xóa bên ngoài Dotpha.',
    '%1 was deleted according to the change log but is in the file again: it was put back outside Dotpha.': '%1 đã bị xóa theo nhật ký thay đổi nhưng lại có trong tệp: bản ghi đã được đưa trở lại bên ngoài Dotpha.',
    '%1: the password was replaced outside Dotpha.': '%1: mật khẩu đã bị thay bên ngoài Dotpha.',
    'Password fingerprint': 'Dấu vân mật khẩu',
    '&Record the decisions the file reports (approved, rejected, returned) under my name': '&Ghi nhận các quyết định mà tệp nêu (đã phê duyệt, không phê duyệt, trả lại) dưới tên tôi',
    '%n task(s)': '%n việc',
    '%n person(s)': '%n cán bộ',
    '%n unit(s)': '%n đơn vị',
    '“%1” cannot be deleted: %2 refer to it. Nothing was deleted.': 'Không xóa được “%1”: còn %2 tham chiếu đến. Chưa xóa gì.',
    'The field “%1” is used by tasks of %2, a closed year, whose documents print its name: it cannot be renamed or deleted. Add a new field instead.': 'Lĩnh vực “%1” được dùng cho việc của năm %2 đã khóa sổ, và văn bản của năm đó in tên lĩnh vực: không được đổi tên hay xóa. Hãy thêm lĩnh vực mới.',
    "“%1” is a reviewer's decision: an imported row becomes a draft or a submitted registration. Leave the column empty or write “%2” or “%3”; an administrator may instead record the file's decisions.": '“%1” là quyết định của người thẩm định: dòng được nhập chỉ là dự thảo hoặc đăng ký chờ phê duyệt. Hãy để trống cột hoặc ghi “%2” hay “%3”; hoặc quản trị viên có thể ghi nhận các quyết định trong tệp.',
    'The registration cannot be submitted yet: %1': 'Đăng ký chưa thể trình phê duyệt: %1',
    "The file reports reviewers' decisions; they are recorded only when an administrator asks for it.": 'Tệp có nêu quyết định của người thẩm định; các quyết định này chỉ được ghi nhận khi quản trị viên yêu cầu.',
    'Recorded from the imported file %1, row %2.': 'Ghi nhận từ tệp nhập %1, dòng %2.',
    'The decision cannot be dated %1, before the approval of %2 it follows.': 'Quyết định không thể mang ngày %1, trước ngày phê duyệt %2 mà nó tiếp theo.',
    'Only an approval, a rejection or a return can be recorded from a file.': 'Từ tệp chỉ ghi nhận được quyết định phê duyệt, không phê duyệt hoặc trả lại.',
    'change units, people and fields': 'sửa đơn vị, cán bộ và lĩnh vực',
    'record the decisions of an imported file': 'ghi nhận các quyết định của tệp được nhập',
    '%n row(s) registered meanwhile were skipped.': 'Bỏ qua %n dòng đã được đăng ký trong lúc chờ.',
    'The database %1 is held by another program, or another Dotpha, that keeps it for itself, so it was not opened. Close that program and try again; the file was not changed.': 'Cơ sở dữ liệu %1 đang bị một chương trình khác (hoặc một cửa sổ Dotpha khác) giữ riêng nên chưa mở được. Hãy đóng chương trình đó rồi thử lại; tệp không bị thay đổi.',
    'The disk holding %1 is full, so the database could not be opened for writing. Free some space and try again; the file was not changed.': 'Ổ đĩa chứa %1 đã đầy nên không mở được cơ sở dữ liệu để ghi. Hãy giải phóng bớt dung lượng rồi thử lại; tệp không bị thay đổi.',
    'The file %1 was moved, deleted or replaced by another program while Dotpha had it open, so the change was not saved. Open the file again (File ▸ Open).': 'Tệp %1 đã bị chuyển đi, xóa hoặc thay bằng tệp khác trong lúc Dotpha đang mở nên thay đổi chưa được lưu. Hãy mở lại tệp (Tệp ▸ Mở cơ sở dữ liệu).',
    'The database %1 is damaged and was not opened (%2). Restore it from a backup (File ▸ Restore a backup).': 'Cơ sở dữ liệu %1 bị hỏng nên không được mở (%2). Hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).',
    'Database in use': 'Cơ sở dữ liệu đang bận',
    'Disk full': 'Ổ đĩa đầy',
    'The database is held by another program or another Dotpha window: nothing was saved. Wait a moment and try again; if it lasts, close the other program.': 'Cơ sở dữ liệu đang bị chương trình khác hoặc cửa sổ Dotpha khác giữ: chưa lưu gì. Hãy chờ một lát rồi thử lại; nếu vẫn vậy, hãy đóng chương trình kia.',
    'The database file is damaged. Restore it from a backup (File ▸ Restore a backup).': 'Tệp cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).',
    'The disk holding the database is full: nothing was saved. Free some space and try again.': 'Ổ đĩa chứa cơ sở dữ liệu đã đầy: chưa lưu gì. Hãy giải phóng bớt dung lượng rồi thử lại.',
    'The database file could not be read or written (%1): nothing was saved.': 'Không đọc hoặc ghi được tệp cơ sở dữ liệu (%1): chưa lưu gì.',
    'Seal of the change log': 'Dấu niêm phong nhật ký thay đổi',
    'Change log: %n record(s) up to %1 on %2; seal %3 (dotpha-cli check --expect %3).': 'Nhật ký thay đổi: %n bản ghi, đến %1 ngày %2; dấu niêm phong %3 (dotpha-cli check --expect %3).',
    'The folder for automatic backups, %1, cannot be created.': 'Không tạo được thư mục sao lưu tự động %1.',
    'check integrity, references, the seals of the change log and every record against it; --expect compares with a seal printed or exported earlier; exit 1 on a problem': 'kiểm tra tính toàn vẹn, liên kết, dấu niêm phong của nhật ký thay đổi và đối chiếu mọi bản ghi với nhật ký; --expect so với dấu niêm phong đã in hoặc đã xuất trước đây; mã thoát 1 nếu có lỗi',
    'check BACKUP and put it in place of the database, which is kept beside it as a dated copy': 'kiểm tra BẢN_SAO_LƯU rồi đặt vào chỗ cơ sở dữ liệu; tệp cũ được giữ lại bên cạnh, tên có ghi ngày giờ',
    '(administrators) record the decisions the file reports (approved, rejected, returned) under your name, instead of refusing those rows': '(quản trị viên) ghi nhận các quyết định tệp nêu (đã phê duyệt, không phê duyệt, trả lại) dưới tên bạn, thay vì từ chối các dòng đó',
    'list the accounts': 'liệt kê các tài khoản',
    'add an account (the first one of a database is its administrator); its password is read from standard input': 'thêm tài khoản (tài khoản đầu tiên là quản trị viên); mật khẩu đọc từ đầu vào chuẩn',
    "set an account's password, read from standard input": 'đặt mật khẩu cho tài khoản, đọc từ đầu vào chuẩn',
    'stop an account from signing in': 'ngừng cho tài khoản đăng nhập',
    "On a database with accounts, a command that changes it (init, generate, import, restore, user add, passwd, disable) needs --user LOGIN and that account's password: in DOTPHA_PASSWORD, or else the first line of standard input. A new password follows on the next line.": 'Với cơ sở dữ liệu đã có tài khoản, lệnh làm thay đổi dữ liệu (init, generate, import, restore, user add, passwd, disable) cần --user TÊN_ĐĂNG_NHẬP và mật khẩu của tài khoản đó: trong biến DOTPHA_PASSWORD, hoặc ở dòng đầu của đầu vào chuẩn. Mật khẩu mới (nếu có) ở dòng tiếp theo.',
    "On a database with accounts, a command that changes it (init, generate, import, attach, restore, user add, passwd, disable) needs --user LOGIN and that account's password: in DOTPHA_PASSWORD, or else the first line of standard input. A new password follows on the next line.": 'Với cơ sở dữ liệu đã có tài khoản, lệnh làm thay đổi dữ liệu (init, generate, import, attach, restore, user add, passwd, disable) cần --user TÊN_ĐĂNG_NHẬP và mật khẩu của tài khoản đó: trong biến DOTPHA_PASSWORD, hoặc ở dòng đầu của đầu vào chuẩn. Mật khẩu mới (nếu có) ở dòng tiếp theo.',
    '--expect takes the seal printed on a report or an export, such as 1234:9f3a2c1b7d4e8a60.': '--expect cần dấu niêm phong in trên báo cáo hoặc tệp xuất, ví dụ 1234:9f3a2c1b7d4e8a60.',
    'generate makes up tasks for tests and measurements: it only runs on a database without accounts.': 'Lệnh generate tạo việc giả lập để kiểm thử và đo đạc: chỉ chạy trên cơ sở dữ liệu chưa có tài khoản.',
    'Recorded %1 decisions from the file.': 'Đã ghi nhận %1 quyết định từ tệp.',
    'Skipped %1 rows already registered.': 'Bỏ qua %1 dòng đã được đăng ký từ trước.',
    'restore needs the backup to restore: restore BACKUP.': 'Lệnh restore cần bản sao lưu: restore BẢN_SAO_LƯU.',
    'The backup has accounts: restoring it needs --user LOGIN of one of its administrators, with the password on standard input or in DOTPHA_PASSWORD.': 'Bản sao lưu có tài khoản: muốn khôi phục cần --user TÊN_ĐĂNG_NHẬP của một quản trị viên trong bản sao lưu, với mật khẩu ở đầu vào chuẩn hoặc trong DOTPHA_PASSWORD.',
    'Only an administrator of the backup may restore it.': 'Chỉ quản trị viên của bản sao lưu mới được khôi phục nó.',
    'Restored %1 from %2.': 'Đã khôi phục %1 từ %2.',
    'The database it replaced is kept as %1.': 'Cơ sở dữ liệu bị thay thế được giữ lại là %1.',
    'user needs add, list, passwd or disable.': 'Lệnh user cần add, list, passwd hoặc disable.',
    "user %1 needs the account's login.": 'Lệnh user %1 cần tên đăng nhập của tài khoản.',
    'user add needs --role clerk, reviewer or administrator, and --name NAME.': 'Lệnh user add cần --role clerk, reviewer hoặc administrator, và --name HỌ_TÊN.',
    'The database %1 has no accounts yet: leave out --user, or create the administrator with "user add LOGIN --role administrator".': 'Cơ sở dữ liệu %1 chưa có tài khoản: hãy bỏ --user, hoặc tạo quản trị viên bằng "user add TÊN_ĐĂNG_NHẬP --role administrator".',
    'The database %1 has accounts: a command that changes it needs --user LOGIN, with the password on standard input or in DOTPHA_PASSWORD.': 'Cơ sở dữ liệu %1 đã có tài khoản: lệnh làm thay đổi dữ liệu cần --user TÊN_ĐĂNG_NHẬP, với mật khẩu ở đầu vào chuẩn hoặc trong DOTPHA_PASSWORD.',
    'active': 'đang dùng',
    'deactivated': 'đã ngừng',
    'The database has no accounts yet: the first one is its administrator (--role administrator).': 'Cơ sở dữ liệu chưa có tài khoản: tài khoản đầu tiên phải là quản trị viên (--role administrator).',
    'Added the account %1 (%2).': 'Đã thêm tài khoản %1 (%2).',
    'There is no account %1.': 'Không có tài khoản %1.',
    'The password of %1 has been changed.': 'Đã đổi mật khẩu của %1.',
    'The account %1 can no longer sign in.': 'Tài khoản %1 không còn đăng nhập được.',
    'The database %1 must be upgraded to data format %2, and was not, because the copy made first failed: %3': 'Cơ sở dữ liệu %1 cần được nâng cấp lên định dạng dữ liệu %2 nhưng chưa nâng cấp, vì không tạo được bản sao trước khi nâng cấp: %3',
    'A database cannot be restored from itself.': 'Không thể khôi phục một cơ sở dữ liệu từ chính nó.',
    'The backup %1 does not exist.': 'Không có bản sao lưu %1.',
    'The backup %1 could not be copied beside %2.': 'Không sao chép được bản sao lưu %1 vào cạnh %2.',
    'The backup %1 cannot be restored: %2': 'Không khôi phục được bản sao lưu %1: %2',
    '%1 could not be moved aside; nothing was restored. Close the programs that have it open and try again.': 'Không chuyển được %1 sang bên; chưa khôi phục gì. Hãy đóng các chương trình đang mở tệp rồi thử lại.',
    'The checked copy of the backup is still open; nothing was restored.': 'Bản sao đã kiểm tra của bản sao lưu vẫn đang mở; chưa khôi phục gì.',
    'The backup could not be put in place of %1; the database was left as it was.': 'Không đặt được bản sao lưu vào chỗ %1; cơ sở dữ liệu được giữ nguyên.',
    'The backup %1 was not restored, because it does not pass the checks:': 'Chưa khôi phục bản sao lưu %1 vì bản sao lưu không qua được kiểm tra:',
    'An administrator of the backup signs in': 'Quản trị viên của bản sao lưu đăng nhập',
    'Replace %1 with the backup %2?\n\nThe backup is checked first. The database as it is now is kept beside it, its name followed by "before-restore" and the date.': 'Thay %1 bằng bản sao lưu %2?\n\nBản sao lưu sẽ được kiểm tra trước. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh, tên có thêm "before-restore" và ngày giờ.',
    'Restore a backup': 'Khôi phục từ bản sao lưu',
    'Res&tore a backup...': '&Khôi phục từ bản sao lưu...',
    'Automatic &backups...': 'Sao lưu &tự động...',
    "Today's automatic backup could not be made: %1": 'Không tạo được bản sao lưu tự động hôm nay: %1',
    "Today's automatic backup: %1": 'Bản sao lưu tự động hôm nay: %1',
    'Open the database to restore first, or start from the welcome page.': 'Hãy mở cơ sở dữ liệu cần khôi phục trước, hoặc bắt đầu từ trang chào mừng.',
    'Restored from %1.': 'Đã khôi phục từ %1.',
    'Restored from %1; the replaced database is kept as %2.': 'Đã khôi phục từ %1; cơ sở dữ liệu bị thay thế được giữ lại là %2.',
    'Automatic backups': 'Sao lưu tự động',
    'Dotpha copies each database once a day when it is first opened, and before every upgrade of its data format, into %1.\n\nDaily copies kept of each database:': 'Mỗi ngày, lần đầu mở một cơ sở dữ liệu, và trước mỗi lần nâng cấp định dạng dữ liệu, Dotpha sao chép nó vào %1.\n\nSố bản sao hằng ngày được giữ cho mỗi cơ sở dữ liệu:',
    "Your account's role has changed since you signed in. Sign in again (File ▸ Sign in as another user).": 'Vai trò của tài khoản đã thay đổi từ khi bạn đăng nhập. Hãy đăng nhập lại (Tệp ▸ Đăng nhập bằng tài khoản khác).',
    'Your account was changed outside Dotpha: nothing can be saved under it.': 'Tài khoản của bạn đã bị sửa ngoài Dotpha: không thể lưu gì dưới tài khoản này.',
    'This database has accounts: sign in to change it.': 'Cơ sở dữ liệu này có tài khoản: hãy đăng nhập để thay đổi.',
    "The entry is not one of this task's.": 'Mục này không thuộc việc này.',
    'Row %1': 'Dòng %1',
    'Every record matches its seal and the data match the change log: nothing was changed outside Dotpha.': 'Mọi bản ghi đều khớp dấu niêm phong và dữ liệu khớp nhật ký thay đổi: không có gì bị sửa ngoài Dotpha.',
    '%1: %2': '%1: %2',
    'Only a reviewer returns a task for revision.': 'Chỉ người thẩm định mới trả lại việc để chỉnh sửa.',
    '%1 is being saved to from another computer; nothing was restored. Try again in a moment.': '%1 đang được lưu từ máy khác; chưa khôi phục gì. Hãy thử lại sau giây lát.',
    'An administrator of the database signs in': 'Quản trị viên của cơ sở dữ liệu đăng nhập',
    'check BACKUP and put it in place of the database, which is kept beside it as a dated copy; an administrator of both signs in with --user': 'kiểm tra BẢN_SAO_LƯU rồi đặt vào chỗ cơ sở dữ liệu; tệp cũ được giữ lại bên cạnh, tên có ghi ngày giờ; quản trị viên của cả hai đăng nhập bằng --user',
    'The database has accounts: replacing it needs --user LOGIN of one of its administrators, with the password on standard input or in DOTPHA_PASSWORD.': 'Cơ sở dữ liệu có tài khoản: muốn thay nó cần --user TÊN_ĐĂNG_NHẬP của một quản trị viên của nó, với mật khẩu ở đầu vào chuẩn hoặc trong DOTPHA_PASSWORD.',
    'Only an administrator of the database may replace it with a backup.': 'Chỉ quản trị viên của cơ sở dữ liệu mới được thay nó bằng bản sao lưu.',
    'State when the file was upgraded to data format 3, over a change log that did not match its seals (%n problem(s): see Check the seals)': 'Trạng thái khi tệp được nâng lên định dạng dữ liệu 3, trên một nhật ký thay đổi không khớp dấu niêm phong (%n vấn đề: xem Kiểm tra niêm phong)',
    'The new records of %1 were not numbered in order.': 'Các bản ghi mới của %1 không được đánh số theo thứ tự.',
    'The change met another operation of this window on the same data and was stopped: nothing was saved. Try again.': 'Thay đổi gặp một thao tác khác của chính cửa sổ này trên cùng dữ liệu nên đã dừng: chưa lưu gì. Hãy thử lại.',
    'The text is %1 characters long; at most %2 are kept.': 'Đoạn văn dài %1 ký tự; chỉ được tối đa %2.',
    '%1, row %2, column %3: a quote opens a quoted cell that is never closed, so the rest of the file would be one cell. Add the closing quote or remove the opening one.': '%1, dòng %2, cột %3: có dấu ngoặc kép mở một ô nhưng không bao giờ đóng, nên toàn bộ phần còn lại của tệp sẽ thành một ô. Hãy thêm dấu đóng hoặc bỏ dấu mở.',
    'The workbook %1 is damaged: its part %2 cannot be unpacked.':
        'Sổ tính %1 bị hỏng: không giải nén được phần %2 của nó.',
    'The workbook %1 cannot be imported: %2.':
        'Không nhập được sổ tính %1: %2.',
    'The file %1 is written in the old %2 encoding (cell %3 reads "%4"). Convert it to Unicode first (for example with Unikey\'s converter: Ctrl+Shift+F6, source %2, destination Unicode) and import it again.':
        'Tệp %1 được gõ theo bảng mã cũ %2 (ô %3 ghi "%4"). Hãy chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey: Ctrl+Shift+F6, nguồn %2, đích Unicode) rồi nhập lại.',
    'shared text number %1 holds more than %2 characters, which Excel itself does not allow':
        'văn bản dùng chung số %1 dài hơn %2 ký tự, điều mà chính Excel không cho phép',
    'its table of shared texts is damaged near line %1 (%2)':
        'bảng văn bản dùng chung của nó bị hỏng gần dòng %1 (%2)',
    'row number "%1" is not a number':
        'số hàng "%1" không phải là số',
    "row %1 lies beyond Excel's last row, %2":
        'hàng %1 nằm sau hàng cuối cùng của Excel, %2',
    'row %1 comes after row %2; a sheet lists its rows in order':
        'hàng %1 đứng sau hàng %2; một trang tính phải liệt kê các hàng theo thứ tự',
    "it has more rows than Excel's %1":
        'nó có nhiều hàng hơn %1 hàng của Excel',
    'a cell stands outside any row':
        'có một ô nằm ngoài mọi hàng',
    "cell %1 lies beyond Excel's last column, %2":
        'ô %1 nằm sau cột cuối cùng của Excel, %2',
    "row %1 has more cells than Excel's %2 columns":
        'hàng %1 có nhiều ô hơn %2 cột của Excel',
    'cell %1 holds more than %2 characters, which Excel itself does not allow':
        'ô %1 dài hơn %2 ký tự, điều mà chính Excel không cho phép',
    'cell %1 refers to shared text number %2, which the workbook does not have':
        'ô %1 trỏ tới văn bản dùng chung số %2, mà sổ tính không có',
    'it holds more than %1 cells, more than one import can take':
        'nó chứa hơn %1 ô, nhiều hơn một lần nhập có thể nhận',
    'it holds more than %1 million characters of text, more than one import can take':
        'nó chứa hơn %1 triệu ký tự văn bản, nhiều hơn một lần nhập có thể nhận',
    'its sheet is damaged near line %1 (%2)':
        'trang tính của nó bị hỏng gần dòng %1 (%2)',
    'The file %1 is neither Unicode (UTF-8, UTF-16) nor Windows-1258, TCVN3 or VNI text. In Excel, save it as "CSV UTF-8 (Comma delimited)" and import it again.':
        'Tệp %1 không phải văn bản Unicode (UTF-8, UTF-16), Windows-1258, TCVN3 hay VNI. Trong Excel, hãy lưu lại dưới dạng "CSV UTF-8 (Comma delimited)" rồi nhập lại.',
    "The file %1 is written in the old %2 encoding. Convert it to Unicode first (for example with Unikey's converter: Ctrl+Shift+F6, source %2, destination Unicode) and import it again.":
        'Tệp %1 được gõ theo bảng mã cũ %2. Hãy chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey: Ctrl+Shift+F6, nguồn %2, đích Unicode) rồi nhập lại.',
    '%1, row %2, column %3: the text holds a byte that is not %4, so the cell cannot be read. The file may have been cut short or joined from files in different encodings; correct the cell or save the file again as "CSV UTF-8".':
        '%1, hàng %2, cột %3: văn bản có một byte không thuộc %4 nên không đọc được ô này. Tệp có thể bị cắt ngắn hoặc ghép từ các tệp khác bảng mã; hãy sửa ô đó hoặc lưu lại tệp dưới dạng "CSV UTF-8".',
    'The file %1 holds bytes that are not %2.':
        'Tệp %1 có các byte không thuộc %2.',
    'read VALUE in the column headed COLUMN as our word OURS, e.g. --map "Tính chất:Trọng tâm=Đột phá"; repeatable':
        'đọc VALUE trong cột có tiêu đề COLUMN là từ OURS của Dotpha, ví dụ --map "Tính chất:Trọng tâm=Đột phá"; dùng được nhiều lần',
    'The import would create the units, people or fields above: add --create-missing, or correct the file.':
        'Lần nhập này sẽ tạo các đơn vị, người hoặc lĩnh vực nêu trên: thêm --create-missing, hoặc sửa tệp.',
    '--map "%1" is not COLUMN:VALUE=OURS, for example --map "Tính chất:Trọng tâm=Đột phá".':
        '--map "%1" không có dạng COLUMN:VALUE=OURS, ví dụ --map "Tính chất:Trọng tâm=Đột phá".',
    '--map "%1": “%2” is not the header of a column Dotpha reads.':
        '--map "%1": “%2” không phải tiêu đề của cột nào mà Dotpha đọc.',
    '“%1” is not one of this column\'s values: %2. Write one of them in the file, or say which one it means with dotpha-cli import --map "%3:%1=…".':
        '“%1” không phải là một giá trị của cột này: %2. Hãy ghi một trong các giá trị đó vào tệp, hoặc cho biết nó nghĩa là giá trị nào bằng dotpha-cli import --map "%3:%1=…".',
    'C&opy rows':
        'Sao chép các &dòng',
    'Values this file writes in its own words: choose which of ours each one means (remembered for the next import):':
        'Các giá trị tệp ghi theo cách riêng: chọn mỗi giá trị có nghĩa là từ nào của Dotpha (được ghi nhớ cho lần nhập sau):',
    'Column':
        'Cột',
    'Value in the file':
        'Giá trị trong tệp',
    'Rows':
        'Số dòng',
    'Means':
        'Nghĩa là',
    'Checking the rows...':
        'Đang kiểm tra các dòng...',
    '&Stop checking':
        '&Dừng kiểm tra',
    '“%1” is not one of this column\'s values: %2. Write one of them in the file, or say which one it means in the import window\'s list of values (on the command line, --map "%3:%1=…").':
        '“%1” không phải là một giá trị của cột này: %2. Hãy ghi một trong các giá trị đó vào tệp, hoặc chọn nghĩa của nó trong danh sách giá trị của cửa sổ nhập (trên dòng lệnh: --map "%3:%1=…").',
    'The check of the rows was stopped, so nothing can be imported yet. Change a setting above to check them again.':
        'Đã dừng kiểm tra các dòng nên chưa nhập được gì. Thay đổi một thiết lập ở trên để kiểm tra lại.',
    '(choose)':
        '(chọn)',
    'What “%1” means':
        'Nghĩa của “%1”',
    'Reading %1...':
        'Đang đọc %1...',
    'Reading %1 was cancelled.':
        'Đã hủy đọc tệp %1.',
    'C&heck again':
        '&Kiểm tra lại',
    'The check of the rows was stopped, so nothing can be imported yet.':
        'Đã dừng kiểm tra các dòng nên chưa nhập được gì.',
    'Reading %1 was stopped.':
        'Đã dừng đọc %1.',
    'Office server':
        'Máy chủ của văn phòng',
    "This PC cannot reach office servers: Qt's PostgreSQL driver (QPSQL) is not installed. On Debian or Ubuntu, install the package libqt6sql6-psql.":
        'Máy này chưa kết nối được máy chủ của văn phòng: chưa cài trình điều khiển PostgreSQL của Qt (QPSQL). Trên Debian hoặc Ubuntu, hãy cài gói libqt6sql6-psql.',
    'The office server %1 runs PostgreSQL %2; Dotpha needs version 13 or newer. Ask whoever looks after the server to upgrade it.':
        'Máy chủ %1 chạy PostgreSQL %2; Dotpha cần phiên bản 13 trở lên. Hãy đề nghị người quản lý máy chủ nâng cấp.',
    'The connection to the office server was lost: what was being saved was not saved. Check the network, then try again.':
        'Mất kết nối với máy chủ của văn phòng: nội dung đang lưu chưa được lưu. Hãy kiểm tra mạng rồi thử lại.',
    "A colleague's save met yours on the server, so yours was stopped: nothing was saved. Try again.":
        'Một đồng nghiệp lưu cùng lúc trên máy chủ nên lần lưu của bạn đã dừng: chưa lưu gì. Hãy thử lại.',
    'Your account on the office server may not make this change. Nothing was saved.':
        'Tài khoản của bạn trên máy chủ không được phép thực hiện thay đổi này. Chưa lưu gì.',
    "The office server's disk is full: nothing was saved. Tell whoever looks after the server.":
        'Ổ đĩa của máy chủ đã đầy: chưa lưu gì. Hãy báo cho người quản lý máy chủ.',
    'The office server is read-only at the moment: changes cannot be saved.':
        'Máy chủ đang ở chế độ chỉ đọc: không lưu được thay đổi.',
    'The office server reported an error: %1':
        'Máy chủ của văn phòng báo lỗi: %1',
    'The office server %1 has no database named “%2”. Check the name with whoever looks after the server.':
        'Máy chủ %1 không có cơ sở dữ liệu tên “%2”. Hãy hỏi lại tên với người quản lý máy chủ.',
    'The office server %1 refused the login: the name or the password is wrong, or the account may not connect from this PC.':
        'Máy chủ %1 từ chối đăng nhập: tên hoặc mật khẩu không đúng, hoặc tài khoản không được kết nối từ máy này.',
    'The office server %1 does not answer. Check the address and the port, that the server is running, and that this PC can reach it over the network.':
        'Máy chủ %1 không trả lời. Hãy kiểm tra địa chỉ và cổng, máy chủ có đang chạy không, và máy này có kết nối mạng tới máy chủ không.',
    "(--db postgresql://HOST[:PORT]/DATABASE) prepare a database on the office server for Dotpha, or bring its data format up to date; the login's password comes from PGPASSWORD or ~/.pgpass":
        '(--db postgresql://MÁY_CHỦ[:CỔNG]/CSDL) chuẩn bị một cơ sở dữ liệu trên máy chủ của văn phòng cho Dotpha, hoặc cập nhật định dạng dữ liệu của nó; mật khẩu đăng nhập lấy từ PGPASSWORD hoặc ~/.pgpass',
    'server needs init.':
        'Lệnh server cần init.',
    'server init needs --db postgresql://HOST[:PORT]/DATABASE.':
        'Lệnh server init cần --db postgresql://MÁY_CHỦ[:CỔNG]/CSDL.',
    'The database %1 on the office server is ready for Dotpha (data format %2).':
        'Cơ sở dữ liệu %1 trên máy chủ của văn phòng đã sẵn sàng cho Dotpha (định dạng dữ liệu %2).',
    '%1 is an office server. Of the commands, only “server init” works on a server so far; the others work on a database file.':
        '%1 là máy chủ của văn phòng. Hiện chỉ lệnh “server init” dùng được trên máy chủ; các lệnh khác dùng với tệp cơ sở dữ liệu.',
    'The database %1 on the office server is not prepared for Dotpha yet. An administrator prepares it with: dotpha-cli --db %2 server init':
        'Cơ sở dữ liệu %1 trên máy chủ của văn phòng chưa được chuẩn bị cho Dotpha. Quản trị viên chuẩn bị bằng lệnh: dotpha-cli --db %2 server init',
    'The database %1 on the office server was brought to data format %2 by a newer Dotpha; this one knows format %3 at most. Install the newer Dotpha on this PC.':
        'Cơ sở dữ liệu %1 trên máy chủ đã được một phiên bản Dotpha mới hơn chuyển sang định dạng dữ liệu %2; phiên bản này chỉ biết đến định dạng %3. Hãy cài phiên bản Dotpha mới hơn trên máy này.',
    "The database %1 on the office server is in data format %2, older than this Dotpha's %3. An administrator brings it up to date with: dotpha-cli --db %4 server init":
        'Cơ sở dữ liệu %1 trên máy chủ ở định dạng dữ liệu %2, cũ hơn định dạng %3 của phiên bản Dotpha này. Quản trị viên cập nhật bằng lệnh: dotpha-cli --db %4 server init',
    'The database %1 on the office server is in data format %2, newer than this Dotpha knows; nothing was changed.':
        'Cơ sở dữ liệu %1 trên máy chủ ở định dạng dữ liệu %2, mới hơn định dạng mà phiên bản Dotpha này biết; không có gì bị thay đổi.',
    "The database %1 on the office server holds tables that are not Dotpha's. Dotpha neither opens nor changes it; give Dotpha a database of its own.":
        'Cơ sở dữ liệu %1 trên máy chủ chứa các bảng không phải của Dotpha. Dotpha không mở và không thay đổi nó; hãy dành cho Dotpha một cơ sở dữ liệu riêng.',
    "The office server's database could not be brought to version %1: %2":
        'Không chuyển được cơ sở dữ liệu trên máy chủ sang phiên bản %1: %2',
    'The database %1 already holds units and tasks: init sets up an empty database only, and changed nothing.':
        'Cơ sở dữ liệu %1 đã có đơn vị và việc: init chỉ khởi tạo cơ sở dữ liệu trống, và đã không thay đổi gì.',
    'Set up %1 on the office server.':
        'Đã khởi tạo %1 trên máy chủ của cơ quan.',
    '%1 could not be started (it comes with the PostgreSQL client tools, which must be installed on this PC).':
        'Không chạy được %1 (chương trình này có trong bộ công cụ máy khách PostgreSQL, cần cài trên máy này).',
    '%1 stopped before it had finished.':
        '%1 đã dừng trước khi làm xong.',
    'A colleague was saving on the office server and did not finish in time: nothing was saved. Wait a moment and try again.':
        'Một đồng nghiệp đang lưu trên máy chủ của cơ quan và chưa xong kịp: chưa lưu gì. Chờ một lát rồi thử lại.',
    "%1 is not an office server's address. Write it as postgresql://HOST:PORT/DATABASE, with no password in it.":
        '%1 không phải địa chỉ máy chủ của cơ quan. Hãy viết theo dạng postgresql://MÁY:CỔNG/CƠ_SỞ_DỮ_LIỆU, không kèm mật khẩu.',
    'A backup of the office server is restored on the server, by whoever looks after it (pg_restore): a PC does not replace the database everyone works in.':
        'Bản sao lưu của máy chủ cơ quan do người quản lý máy chủ phục hồi trên máy chủ (pg_restore): một máy trạm không thay thế cơ sở dữ liệu mà mọi người cùng làm việc.',
    "The address of %1 holds a password, which Dotpha does not take: write the address without it, and keep the password in the server's password file (pgpass) or type it when asked.":
        'Địa chỉ của %1 có kèm mật khẩu, điều Dotpha không nhận: hãy viết địa chỉ không có mật khẩu, và giữ mật khẩu trong tệp mật khẩu của máy chủ (pgpass) hoặc gõ khi được hỏi.',
    'Restoring puts a backup file in place of a database file. A backup of the office server is restored on the server by whoever looks after it (pg_restore).':
        'Phục hồi là đặt một tệp sao lưu vào chỗ một tệp cơ sở dữ liệu. Bản sao lưu của máy chủ cơ quan do người quản lý máy chủ phục hồi trên máy chủ (pg_restore).',
    'The database %1 on the office server has no Dotpha account with the login “%2”. Ask the administrator to add it.':
        'Cơ sở dữ liệu %1 trên máy chủ của văn phòng chưa có tài khoản Dotpha với tên đăng nhập “%2”. Hãy đề nghị quản trị viên thêm tài khoản này.',
    'The office server signed you in as “%1”: leave out --user, or connect with the login “%2”.':
        'Máy chủ của văn phòng đã đăng nhập cho bạn với tên “%1”: hãy bỏ --user, hoặc kết nối bằng tên đăng nhập “%2”.',
    'The database %1 has accounts: its owner names the account it acts as with --user LOGIN.':
        'Cơ sở dữ liệu %1 đã có tài khoản: người sở hữu cần nêu tài khoản mình làm thay bằng --user TÊN_ĐĂNG_NHẬP.',
    "On the office server, passwords are the server's: change one with \\password %1 in psql, or ALTER ROLE.":
        'Trên máy chủ của văn phòng, mật khẩu do máy chủ giữ: hãy đổi bằng \\password %1 trong psql, hoặc bằng ALTER ROLE.',
    'Connect to the office server':
        'Kết nối máy chủ văn phòng',
    "The office server keeps the committee's data for everyone in the office. Your login and password are the ones the server's administrator gave you; the password is not remembered.":
        'Máy chủ văn phòng giữ dữ liệu của cấp ủy cho mọi người trong văn phòng. Tên đăng nhập và mật khẩu là do người quản trị máy chủ cấp cho bạn; mật khẩu không được ghi nhớ.',
    '&Server:':
        '&Máy chủ:',
    'name or address, e.g. may-chu':
        'tên hoặc địa chỉ, ví dụ may-chu',
    '&Port:':
        'Cổn&g:',
    '&Database:':
        'Cơ sở &dữ liệu:',
    'Pass&word:':
        'Mật &khẩu:',
    '&Connect to the office server...':
        'Kết nối máy chủ &văn phòng...',
    '&Connect':
        'Kết &nối',
    "Enter the server's name or address.":
        'Hãy nhập tên hoặc địa chỉ của máy chủ.',
    'Enter the name of the database on the server.':
        'Hãy nhập tên cơ sở dữ liệu trên máy chủ.',
    'Enter your login on the server.':
        'Hãy nhập tên đăng nhập của bạn trên máy chủ.',
    "The office server signed you in as “%1”, but the Dotpha account's login is “%2”: the two must be written alike, letter case included. Ask the administrator to correct the account.":
        'Máy chủ văn phòng đã cho bạn đăng nhập với tên “%1”, nhưng tên đăng nhập của tài khoản Dotpha là “%2”: hai tên phải viết y hệt nhau, kể cả chữ hoa, chữ thường. Đề nghị người quản trị sửa lại tài khoản.',
    "The Dotpha account %1 is a %2, but the login “%3” is not in the office server's group %4, so the server would refuse what that role does. Ask the database's owner to run: GRANT %4 TO %3;":
        'Tài khoản Dotpha %1 có vai trò %2, nhưng tên đăng nhập “%3” không thuộc nhóm %4 trên máy chủ văn phòng, nên máy chủ sẽ từ chối những việc của vai trò đó. Đề nghị người sở hữu cơ sở dữ liệu chạy lệnh: GRANT %4 TO %3;',
    "Dotpha keeps a Party committee's breakthrough and innovation tasks: registrations, review decisions, progress and year-end ratings. Start with a new database for your committee, or look around in the sample from Yên Sơn district, 2021. An office that keeps its data on a shared server connects to it.":
        'Dotpha quản lý việc đột phá, đổi mới của cấp ủy: đăng ký, quyết định phê duyệt, tiến độ thực hiện và đánh giá cuối năm. Hãy tạo cơ sở dữ liệu mới cho cấp ủy của mình, hoặc xem thử dữ liệu mẫu của huyện Yên Sơn năm 2021. Văn phòng đặt dữ liệu trên máy chủ dùng chung thì kết nối tới máy chủ đó.',
    'Connect to the office se&rver...':
        '&Kết nối máy chủ văn phòng...',
    'When the office keeps its data on a shared server: the server, the database and your login there':
        'Khi văn phòng đặt dữ liệu trên máy chủ dùng chung: tên máy chủ, cơ sở dữ liệu và tên đăng nhập của bạn trên đó',
    "(--db postgresql://HOST[:PORT]/DATABASE, as its owner) copy a committee's file whole to an empty database prepared on the office server, with its change log, in one transaction":
        '(--db postgresql://MÁY_CHỦ[:CỔNG]/CSDL, với tư cách người sở hữu) chép nguyên tệp của một cấp ủy, cùng nhật ký thay đổi, sang một cơ sở dữ liệu trống đã chuẩn bị trên máy chủ văn phòng, trong một giao dịch',
    'server needs init, or upload FILE.':
        'server cần init, hoặc upload TỆP.',
    'server %1 needs --db postgresql://HOST[:PORT]/DATABASE.':
        'server %1 cần --db postgresql://MÁY_CHỦ[:CỔNG]/CSDL.',
    'Copying %1...':
        'Đang chép %1...',
    '%1 was copied to the database %2 on the office server, its change log sealed again and checked:':
        'Đã chép %1 sang cơ sở dữ liệu %2 trên máy chủ văn phòng, niêm phong lại nhật ký thay đổi và kiểm tra:',
    'Only the owner of the database %1 on the office server may upload a file to it.':
        'Chỉ người sở hữu cơ sở dữ liệu %1 trên máy chủ văn phòng mới được chép tệp lên đó.',
    'The change log or the attached files of %1 do not match its data, so it is not uploaded: %2 Check the file (dotpha-cli --db FILE check) and restore it from a backup.':
        'Nhật ký thay đổi hoặc tệp đính kèm của %1 không khớp với dữ liệu, nên tệp không được chép lên: %2 Hãy kiểm tra tệp (dotpha-cli --db TỆP check) và khôi phục từ bản sao lưu.',
    'The database %1 on the office server holds data already; a file is uploaded only to an empty one. Prepare a new database for it (createdb, then dotpha-cli server init).':
        'Cơ sở dữ liệu %1 trên máy chủ văn phòng đã có dữ liệu; tệp chỉ được chép lên một cơ sở dữ liệu trống. Hãy chuẩn bị cơ sở dữ liệu mới (createdb, rồi dotpha-cli server init).',
    'The file %1 has no table %2.':
        'Tệp %1 không có bảng %2.',
    'The table %1 holds %2 rows in the file but %3 on the server: nothing was uploaded.':
        'Bảng %1 có %2 dòng trong tệp nhưng %3 dòng trên máy chủ: không chép gì lên.',
    'On the server, the uploaded change log or attached files do not verify, so nothing was uploaded: %1':
        'Trên máy chủ, nhật ký thay đổi hoặc tệp đính kèm vừa chép không qua được kiểm tra, nên không chép gì lên: %1',
    'Restored %1 into the database %2 on the office server.':
        'Đã khôi phục %1 vào cơ sở dữ liệu %2 trên máy chủ văn phòng.',
    'Restoring %1 failed, and nothing of it was restored: %2':
        'Khôi phục %1 không thành công, không có phần nào được khôi phục: %2',
    "The database %1 on the office server is not empty: a backup is restored only into a new database (createdb), which then takes the old one's name once checked.":
        'Cơ sở dữ liệu %1 trên máy chủ văn phòng không trống: bản sao lưu chỉ được khôi phục vào một cơ sở dữ liệu mới (createdb), sau khi kiểm tra xong thì đổi sang tên của cơ sở dữ liệu cũ.',
    "The office server has not got Dotpha's groups yet, which the backup's rights name. Create them first: CREATE ROLE dotpha_clerk NOLOGIN; CREATE ROLE dotpha_reviewer NOLOGIN; CREATE ROLE dotpha_administrator NOLOGIN;":
        'Máy chủ văn phòng chưa có các nhóm quyền của Dotpha mà bản sao lưu cần đến. Hãy tạo trước: CREATE ROLE dotpha_clerk NOLOGIN; CREATE ROLE dotpha_reviewer NOLOGIN; CREATE ROLE dotpha_administrator NOLOGIN;',
    'There is no backup %1.':
        'Không có bản sao lưu %1.',
    'Only the owner of the database %1 on the office server may restore a backup into it: connect as that login.':
        'Chỉ người sở hữu cơ sở dữ liệu %1 trên máy chủ văn phòng mới được khôi phục bản sao lưu vào đó: hãy kết nối bằng tên đăng nhập ấy.',
    "Dotpha keeps no password for this account: the person signs in with the login of the same name on the office server, which the database's owner creates there in the group of the account's role.":
        'Dotpha không giữ mật khẩu của tài khoản này: người dùng đăng nhập bằng tên đăng nhập cùng tên trên máy chủ văn phòng, do người sở hữu cơ sở dữ liệu tạo ở đó, trong nhóm theo vai trò của tài khoản.',
    "On the office server a password is the login's, which the server keeps: its owner sets it (ALTER ROLE ... PASSWORD), or the person with \\password in psql.":
        'Trên máy chủ văn phòng, mật khẩu là của tên đăng nhập và do máy chủ giữ: người sở hữu đặt bằng ALTER ROLE ... PASSWORD, hoặc chính người dùng đổi bằng \\password trong psql.',
    "On the office server your password is your login's: change it with \\password in psql, or ask the database's owner.":
        'Trên máy chủ văn phòng, mật khẩu của bạn là mật khẩu của tên đăng nhập: đổi bằng \\password trong psql, hoặc nhờ người sở hữu cơ sở dữ liệu.',
    '%1, %2: the database holds %3 where the change log says %4; it was changed outside Dotpha.':
        '%1, %2: cơ sở dữ liệu đang ghi %3 trong khi nhật ký thay đổi ghi %4; dữ liệu đã bị sửa bên ngoài Dotpha.',
    '%1 is in the change log but no longer in the database: it was removed outside Dotpha.':
        '%1 có trong nhật ký thay đổi nhưng không còn trong cơ sở dữ liệu: bản ghi đã bị xóa bên ngoài Dotpha.',
    '%1 was deleted according to the change log but is in the database again: it was put back outside Dotpha.':
        '%1 đã bị xóa theo nhật ký thay đổi nhưng lại có trong cơ sở dữ liệu: bản ghi đã được đưa trở lại bên ngoài Dotpha.',
    'The office server %1 has too many connections open at the moment. Wait a little and try again; if it goes on, tell whoever looks after the server.':
        'Máy chủ văn phòng %1 đang có quá nhiều kết nối. Hãy đợi một lát rồi thử lại; nếu vẫn vậy, báo người quản lý máy chủ.',
    'The backup could not be put in place of %1, nor the database put back: it is kept as %2.':
        'Không đặt được bản sao lưu vào chỗ %1, cũng không trả được cơ sở dữ liệu về chỗ cũ: cơ sở dữ liệu đang được giữ ở %2.',
    'Registrations by status':
        'Số đăng ký theo trạng thái',
    'Approved tasks by year-end rating':
        'Việc đã được phê duyệt theo kết quả đánh giá cuối năm',
    'Average progress of approved tasks by kind of unit':
        'Tiến độ trung bình của các việc đã được phê duyệt theo loại đơn vị',
    "Approved tasks (the year's results)":
        'Việc đã được phê duyệt (kết quả của năm)',
    'Registrations not approved':
        'Đăng ký chưa được phê duyệt',
    'for example Số 15-QĐ':
        'ví dụ Số 15-QĐ',
    'for example Số 15-QĐ/%1':
        'ví dụ Số 15-QĐ/%1',
    'Choose the rating.':
        'Hãy chọn mức đánh giá.',
    'Discard the changes typed in this window?':
        'Bỏ những gì đã gõ trong cửa sổ này?',
    'Registering a task':
        'Đăng ký việc',
    'Review and approval':
        'Thẩm định, phê duyệt',
    'Following progress':
        'Theo dõi tiến độ',
    'Main window':
        'Cửa sổ chính',
    '&User guide':
        '&Hướng dẫn sử dụng',
    'Dotpha user guide':
        'Hướng dẫn sử dụng Dotpha',
    'Export to PDF...':
        'Xuất ra PDF...',
    'Done &on:':
        'Xong &ngày:',
    'The blank registration template is in %1.':
        'Mẫu đăng ký trống đã được lưu tại %1.',
    'S&tatus:':
        'Trạ&ng thái:',
    'Fie&ld:':
        '&Lĩnh vực:',
    'All statuses':
        'Mọi trạng thái',
    'All fields':
        'Mọi lĩnh vực',
    'The view chosen on the left lists tasks of one status.':
        'Mục đang chọn ở bên trái chỉ liệt kê việc của một trạng thái.',
    'View task':
        'Xem việc',
    "Registrations are edited by the clerks who register them; a reviewer's changes are made as an adjustment (Review menu).":
        'Đăng ký do văn thư đăng ký việc sửa; người thẩm định thay đổi bằng quyết định điều chỉnh (menu Thẩm định).',
    'First start':
        'Lần đầu mở',
    'Signing in and accounts':
        'Đăng nhập và tài khoản',
    'Summary and printed documents':
        'Tổng hợp và in báo cáo',
    'Select the task to amend.':
        'Chọn việc cần sửa đổi.',
    'Only a draft or a registration returned for revision is submitted for approval.':
        'Chỉ trình phê duyệt dự thảo hoặc đăng ký đã được trả lại để chỉnh sửa.',
    'Select registrations awaiting approval.':
        'Chọn các đăng ký đang chờ phê duyệt.',
    'Only an approved task is adjusted or rated.':
        'Chỉ điều chỉnh hoặc đánh giá việc đã được phê duyệt.',
    'Count':
        'Số lượng',
    'No row can be imported yet: correct the problems listed, in the file or above.':
        'Chưa có dòng nào nhập được: hãy sửa các lỗi đã liệt kê, trong tệp hoặc ở trên.',
    'The rows name units, people or fields Dotpha does not have: tick “%1” to create them.':
        'Các dòng có đơn vị, cán bộ hoặc lĩnh vực Dotpha chưa có: hãy đánh dấu “%1” để tạo mới.',
    '%1 (data format %2 for files, %3 on the office server)':
        '%1 (định dạng dữ liệu %2 cho tệp, %3 trên máy chủ văn phòng)',
    'Show the version and the data formats.':
        'Cho biết phiên bản và định dạng dữ liệu.',
    '--help shows this text, --version the version and the data formats.':
        '--help cho xem hướng dẫn này, --version cho biết phiên bản và định dạng dữ liệu.',
    "Registers, reviews and follows a Party committee's breakthrough and innovation tasks, and prints the year-end summary. Opens the database given, else the last one, else the welcome page.":
        'Đăng ký, phê duyệt, theo dõi việc đột phá, đổi mới của cấp ủy và in báo cáo tổng kết năm. Mở cơ sở dữ liệu được chỉ ra, nếu không thì cơ sở dữ liệu dùng lần trước, nếu không nữa thì trang chào mừng.',
    'The new task is saved; the view or the filters chosen do not show it.':
        'Việc mới đã được lưu; mục đang xem hoặc bộ lọc đang chọn không hiện việc này.',
    "“%1” is not one of this column's values: %2. Write one of them in the file, or choose which one it means in the list of the file's own values below.":
        '“%1” không phải là một giá trị của cột này: %2. Hãy ghi một trong các giá trị đó vào tệp, hoặc chọn nghĩa của nó trong danh sách các giá trị tệp ghi theo cách riêng ở dưới.',
    '“%1” is not one of this column\'s values: %2. Write one of them in the file, or say which one it means with --map "%3:%1=…".':
        '“%1” không phải là một giá trị của cột này: %2. Hãy ghi một trong các giá trị đó vào tệp, hoặc cho biết nó nghĩa là giá trị nào bằng --map "%3:%1=…".',
    '(choose the level)':
        '(chọn mức xếp loại)',
    'the task':
        'việc này',
    'Take t&heirs':
        'Lấy &bản của họ',
    'Keep m&ine':
        'Giữ phần &sửa của tôi',
    '&Merge both':
        'Gộp cả h&ai',
    'S&how theirs':
        '&Xem bản của họ',
    'Show the task as your colleague saved it; what you typed is dropped.':
        'Hiện việc như đồng nghiệp đã lưu; những gì bạn vừa nhập sẽ bị bỏ.',
    'Keep the form as it is: saving it replaces what your colleague changed.':
        'Giữ nguyên biểu mẫu: khi lưu, nội dung này thay cho phần đồng nghiệp đã sửa.',
    'Someone else, at %1':
        'Một người khác, lúc %1',
    '%1, at %2':
        '%1, lúc %2',
    '%1, saved this task while you were editing it: %2.':
        '%1, đã lưu việc này trong khi bạn đang sửa: %2.',
    'You both changed %1: choose whose to keep.':
        'Cả hai cùng sửa %1: hãy chọn giữ bản của ai.',
    'Your changes are elsewhere: both can be kept.':
        'Phần bạn sửa nằm ở chỗ khác: có thể giữ cả hai.',
    'Take what your colleague changed and keep what you typed.':
        'Lấy phần đồng nghiệp đã sửa và giữ phần bạn vừa nhập.',
    'You both changed the same fields: take theirs or keep yours.':
        'Cả hai cùng sửa một mục: hãy lấy bản của họ hoặc giữ bản của bạn.',
    '%1, removed this task while you were editing it: it can no longer be saved. Cancel closes the form.':
        '%1, đã xóa việc này trong khi bạn đang sửa: không thể lưu được nữa. Bấm Hủy để đóng biểu mẫu.',
    'its progress or its state':
        'tiến độ hoặc trạng thái',
    'The file %1 is damaged: you can read it, but changes cannot be saved. Restore it from a backup.':
        'Tệp %1 bị hỏng: vẫn đọc được, nhưng không lưu được thay đổi. Hãy khôi phục từ bản sao lưu.',
    'The database %1 is damaged. It stays open so that you can read and copy what it holds, but nothing more can be saved to it. Restore it from a backup (File ▸ Restore a backup).':
        'Cơ sở dữ liệu %1 bị hỏng. Tệp vẫn mở để đọc và sao chép những gì còn trong đó, nhưng không lưu thêm được gì vào tệp. Hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục từ bản sao lưu).',
    'The database could not be checked for damage: %1':
        'Chưa kiểm tra được cơ sở dữ liệu có bị hỏng không: %1',
    'Due soon': 'Sắp đến hạn',
    "the approved, unfinished tasks falling due from today to DAYS days from now, by their deadline or a work item's due date, soonest first":
        'các việc đã phê duyệt, chưa hoàn thành, đến hạn từ hôm nay đến DAYS ngày tới, theo thời hạn của việc hay của một đầu việc; việc đến hạn sớm nhất trước',
    'due needs --within DAYS, a number of days from 0 to 3660.':
        'Lệnh due cần --within DAYS, số ngày từ 0 đến 3660.',
    '%n task(s) fall due between %1 and %2.': '%n việc đến hạn từ %1 đến %2.',
    'no deadline': 'không có thời hạn',
    'deadline %1, progress %2%': 'thời hạn %1, tiến độ %2%',
    'work item due %1: %2': 'đầu việc đến hạn %1: %2',
    '%n task(s) due in the next %1 days': '%n việc đến hạn trong %1 ngày tới',
    '%n overdue': '%n việc quá hạn',
    'Show the tasks falling due soon': 'Xem các việc sắp đến hạn',
    '&Deadlines...': 'Thời &hạn...',
    'Deadlines': 'Thời hạn',
    '"Due soon" lists the approved tasks, not yet finished, whose deadline or a work item\'s due date falls within this many days from today:':
        '"Sắp đến hạn" liệt kê các việc đã phê duyệt, chưa hoàn thành, có thời hạn của việc hay của một đầu việc rơi vào số ngày này kể từ hôm nay:',
    'Print tasks d&ue and overdue...': 'In danh sách việc đến &hạn, quá hạn...',
    'Export tasks due and &overdue to PDF...': 'Xuất danh sách việc đế&n hạn, quá hạn ra PDF...',
    'write the list as a document, with the overdue tasks apart': 'ghi danh sách thành văn bản PDF, các việc quá hạn ở một mục riêng',
    "write the six-month review as PDF: the tasks' progress on 30 June, or on the day given, from the progress recorded until then": 'ghi báo cáo sơ kết 6 tháng thành PDF: tiến độ các việc tại ngày 30/6, hoặc tại ngày đã cho, theo các lần ghi nhận tiến độ đến ngày ấy',
    'report needs --kind year-end, registrations, six-month or task-sheet.': 'report cần --kind year-end, registrations, six-month hoặc task-sheet.',
    "--as-of takes a day of the report's year, such as %1-06-30.": '--as-of nhận một ngày trong năm của báo cáo, ví dụ %1-06-30.',
    'Figures &as of:': 'Số liệu &tính đến ngày:',
    'The progress recorded until this day is what the review counts': 'Báo cáo tính tiến độ theo các lần ghi nhận đến hết ngày này',
    'Print the six-&month review...': 'In báo cáo &sơ kết 6 tháng...',
    'Export the six-month re&view to PDF...': 'Xuất báo cáo sơ kết &6 tháng ra PDF...',
    'Score': 'Điểm',
    'Score for excellent': 'Điểm mức hoàn thành xuất sắc',
    'Score for good': 'Điểm mức hoàn thành tốt',
    'Score for completed': 'Điểm mức hoàn thành',
    '&Score:': 'Đ&iểm:',
    ' points': ' điểm',
    'The year-end score, 0 to 100 points; it suggests a level, which you choose': 'Điểm đánh giá cuối năm, từ 0 đến 100 điểm; điểm gợi ý mức xếp loại, người thẩm định chọn mức',
    'The thresholds must go down from “excellent” to “completed”, each from 1 to 100 points and above the next.': 'Các ngưỡng phải giảm dần từ “hoàn thành xuất sắc” đến “hoàn thành”, mỗi ngưỡng từ 1 đến 100 điểm và cao hơn ngưỡng sau.',
    'The committee is not named yet: name it before setting its score thresholds.': 'Chưa có tên cấp ủy: hãy đặt tên cấp ủy trước khi đặt thang điểm.',
    'A score is from 0 to 100 points.': 'Điểm đánh giá từ 0 đến 100 điểm.',
    'The score thresholds must go down from excellent to completed, within 1-100 points.': 'Các ngưỡng điểm phải giảm dần từ hoàn thành xuất sắc đến hoàn thành, trong khoảng 1-100 điểm.',
    'set the score thresholds': 'đặt thang điểm đánh giá',
    '(no score)': '(chưa chấm điểm)',
    '%1 points or more': 'từ %1 điểm trở lên',
    'from %1 to %2 points': 'từ %1 đến %2 điểm',
    'under %1 points': 'dưới %1 điểm',
    'The score suggests “%1” (%2).': 'Theo thang điểm: “%1” (%2).',
    'Score t&hresholds...': 'Th&ang điểm đánh giá...',
    'The score thresholds are now %1, %2 and %3 points.': 'Thang điểm mới: %1, %2 và %3 điểm.',
    'Score thresholds': 'Thang điểm đánh giá',
    'A year-end score of 0 to 100 points suggests the level it reaches; the reviewer still chooses the level. Quy định 366-QĐ/TW (2025) grades on this scale. A closed year keeps the thresholds it was closed under.': 'Điểm đánh giá cuối năm, từ 0 đến 100 điểm, gợi ý mức xếp loại tương ứng; người thẩm định vẫn chọn mức. Quy định 366-QĐ/TW (năm 2025) đánh giá theo thang điểm này. Năm đã khóa sổ giữ thang điểm lúc khóa sổ.',
    '&Excellent from:': 'Hoàn thành &xuất sắc từ:',
    '&Good from:': 'Hoàn &thành tốt từ:',
    '&Completed from:': '&Hoàn thành từ:',
    'Under %1 points: %2': 'Dưới %1 điểm: %2',
    'Each level must start above the next: excellent above good, good above completed.': 'Mỗi mức phải bắt đầu cao hơn mức sau: xuất sắc cao hơn tốt, tốt cao hơn hoàn thành.',
    'No score yet': 'Chưa chấm điểm',
    'Approved tasks by year-end score': 'Các việc đã phê duyệt theo điểm đánh giá',
    '%1-100 points': '%1-100 điểm',
    '%1-%2 points': '%1-%2 điểm',
    'The file %1 does not exist (any more).': 'Tệp %1 không tồn tại (hoặc không còn nữa).',
    '%1 is a folder, not a file.': '%1 là một thư mục, không phải tệp.',
    'The file %1 cannot be read: %2': 'Không đọc được tệp %1: %2',
    'The file %1 could not be read to the end: %2': 'Không đọc được hết tệp %1: %2',
    'Attaching %1 was cancelled; nothing was stored.': 'Đã hủy đính kèm %1; không có gì được lưu.',
    '%1 is %2 MB, over the largest file one may attach (%3 MB). Scan it at a lower resolution, or ask an administrator to raise the limit.': 'Tệp %1 có dung lượng %2 MB, vượt mức tối đa được đính kèm (%3 MB). Hãy quét lại với độ phân giải thấp hơn, hoặc đề nghị quản trị viên nâng mức này.',
    "The progress note, work item or decision to attach the file to is not task %1's.": 'Ghi nhận tiến độ, đầu điểm công việc hay quyết định được chọn để đính kèm tệp không thuộc việc số %1.',
    '%1 changed while it was being attached; nothing was stored. Attach it again once it is saved.': 'Tệp %1 đã thay đổi trong lúc đang đính kèm; không có gì được lưu. Hãy đính kèm lại khi tệp đã được lưu xong.',
    'The committee is not named yet: name it before setting the largest file to attach.': 'Chưa có tên cấp ủy: hãy đặt tên trước khi đặt dung lượng tệp đính kèm tối đa.',
    'Stopped before the end of %1.': 'Đã dừng trước khi đọc hết %1.',
    'Attached file %1 (“%2”, task %3) does not match the SHA-256 recorded when it was attached: its content was changed outside Dotpha. Restore the database from a backup.': 'Tệp đính kèm số %1 (“%2”, việc số %3) không khớp mã SHA-256 ghi lại khi đính kèm: nội dung tệp đã bị sửa ngoài Dotpha. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu.',
    '%1 cannot be written: %2': 'Không ghi được %1: %2',
    '%1 could not be written to the end (is the disk full?): %2; nothing was saved.': 'Không ghi được hết %1 (ổ đĩa đầy?): %2; không có gì được lưu.',
    '%1 was not saved.': 'Tệp %1 không được lưu.',
    '%1 could not be saved: %2': 'Không lưu được %1: %2',
    'The largest file one may attach must be between 1 and %1 MB.': 'Dung lượng tệp đính kèm tối đa phải từ 1 đến %1 MB.',
    'A file is attached to a task.': 'Tệp phải được đính kèm vào một việc.',
    'An attached file needs its name, without folders, of at most 255 characters.': 'Tệp đính kèm cần có tên, không kèm thư mục, dài tối đa 255 ký tự.',
    'An attached file cannot be smaller than nothing.': 'Dung lượng tệp đính kèm không thể âm.',
    'An attached file needs its SHA-256, 64 hexadecimal digits.': 'Tệp đính kèm cần mã SHA-256 gồm 64 chữ số thập lục phân.',
    'A file is attached to one progress note, work item or decision at most.': 'Mỗi tệp chỉ đính kèm vào nhiều nhất một ghi nhận tiến độ, đầu điểm công việc hoặc quyết định.',
    'set the largest file one may attach': 'đặt dung lượng tệp đính kèm tối đa',
    'attached file': 'tệp đính kèm',
    'part of an attached file': 'phần của tệp đính kèm',
    'Every record matches its seal, the data match the change log and every attached file its SHA-256: nothing was changed outside Dotpha.': 'Mọi bản ghi khớp dấu niêm phong, dữ liệu khớp nhật ký thay đổi và mọi tệp đính kèm khớp mã SHA-256: không có gì bị sửa ngoài Dotpha.',
    'check integrity, references, the seals of the change log, every record against it and every attached file against its SHA-256; --expect compares with a seal printed or exported earlier; exit 1 on a problem': 'kiểm tra tính toàn vẹn, các tham chiếu, dấu niêm phong của nhật ký thay đổi, đối chiếu mọi bản ghi với nhật ký và mọi tệp đính kèm với mã SHA-256; --expect so với dấu niêm phong đã in hoặc đã xuất trước đó; mã thoát 1 nếu có lỗi',
    'store FILE in the database as evidence of the task, or of one of its progress notes, work items or decisions, with its SHA-256': 'lưu FILE vào cơ sở dữ liệu làm minh chứng của việc, hoặc của một ghi nhận tiến độ, đầu điểm công việc hay quyết định của việc, kèm mã SHA-256',
    "list a task's attached files, removed ones marked": 'liệt kê các tệp đính kèm của một việc, đánh dấu các tệp đã gỡ',
    'write an attached file to FILE (- for standard output), once its bytes are proved against its SHA-256': 'ghi một tệp đính kèm ra FILE (- là đầu ra chuẩn), sau khi đối chiếu nội dung với mã SHA-256',
    'attach needs the file to store: attach --task ID FILE.': 'attach cần tệp để lưu: attach --task ID FILE.',
    'attach needs --task ID, the number of the task the file is evidence of.': 'attach cần --task ID, số của việc mà tệp là minh chứng.',
    '--%1 takes the number of a record of the task.': '--%1 nhận số của một bản ghi thuộc việc.',
    'attachments needs --task ID, the number of a task.': 'attachments cần --task ID, số của một việc.',
    'extract needs the number of an attached file and the file to write: extract ID FILE.': 'extract cần số của tệp đính kèm và tệp để ghi ra: extract ID FILE.',
    'progress note %1': 'ghi nhận tiến độ số %1',
    'work item %1': 'đầu điểm công việc số %1',
    'decision %1': 'quyết định số %1',
    'Attached %1 to task %2 as file %3.': 'Đã đính kèm %1 vào việc số %2, là tệp số %3.',
    'Task %1 has no attached files.': 'Việc số %1 chưa có tệp đính kèm.',
    '(removed)': '(đã gỡ)',
    'Wrote attached file %1 to %2; it matches its SHA-256.': 'Đã ghi tệp đính kèm số %1 ra %2; nội dung khớp mã SHA-256.',
    'Attached files': 'Tệp đính kèm',
    'Evidence files of the task: %1': 'Tệp minh chứng của việc: %1',
    'File': 'Tệp',
    'Size': 'Dung lượng',
    'Attached to': 'Đính kèm vào',
    'Added': 'Ngày đính kèm',
    'State': 'Tình trạng',
    '&Attach a file...': 'Đính &kèm tệp...',
    '&Open': '&Mở',
    '&Save a copy...': '&Lưu bản sao...',
    '&Remove': '&Gỡ',
    'kept': 'còn giữ',
    'removed, kept in the record': 'đã gỡ (còn trong hồ sơ)',
    'Drop files here to attach them. Removing a file keeps it in the record; %1 takes the removal back.': 'Kéo thả tệp vào đây để đính kèm. Tệp đã gỡ vẫn còn trong hồ sơ; %1 khôi phục lại.',
    'The database is open read-only: its files can be opened and saved, not changed.': 'Cơ sở dữ liệu đang mở chỉ đọc: có thể mở, lưu bản sao các tệp nhưng không thay đổi được.',
    'Attach a file': 'Đính kèm tệp',
    'Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;All files (*)': 'Bản quét, ảnh và tài liệu (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods);;Mọi tệp (*)',
    'Attaching %1...': 'Đang đính kèm %1...',
    'attach “%1”': 'đính kèm “%1”',
    'remove “%1”': 'gỡ “%1”',
    'Save a copy of the file': 'Lưu bản sao của tệp',
    'All files (*)': 'Mọi tệp (*)',
    'Saving %1...': 'Đang lưu %1...',
    'The temporary folder %1 cannot be written.': 'Không ghi được vào thư mục tạm %1.',
    'Opening %1...': 'Đang mở %1...',
    'No program on this computer opens %1. Save a copy and open it where it can be read.': 'Máy này không có chương trình mở được %1. Hãy lưu bản sao và mở ở nơi đọc được.',
    'Drop files here to attach them; Progress ▸ Attached files opens, saves and removes them.': 'Kéo thả tệp vào trang này để đính kèm; Tiến độ ▸ Tệp đính kèm để mở, lưu bản sao hoặc gỡ tệp.',
    '%n point(s)': '%n điểm',
    'not scored': 'chưa chấm điểm',
    'Attached file si&ze limit...': 'Dung lượng tệp đính kèm tối đ&a...',
    'Attached file size limit': 'Dung lượng tệp đính kèm tối đa',
    'The largest file one may attach, in MB (1 to %1):': 'Dung lượng lớn nhất của một tệp đính kèm, tính bằng MB (từ 1 đến %1):',
    'Attach &to:': 'Đính kèm &vào:',
    'progress note of %1: %2': 'ghi nhận tiến độ ngày %1: %2',
    'work item: %1': 'đầu điểm công việc: %1',
    'decision: %1 %2 of %3': 'quyết định: %1 %2 ngày %3',
    'Decided on': 'Ngày quyết định',
    'Number and symbol': 'Số, ký hiệu',
    "Reviewer's name": 'Tên người thẩm định',
    'Before': 'Trước khi quyết định',
    'After': 'Sau khi quyết định',
    'Recorded at': 'Thời điểm ghi',
    'Late amendment': 'Sửa đổi sau khi khóa năm',
    'Author': 'Người ghi',
    'Sample data': 'Dữ liệu mẫu',
    'Superior body': 'Cơ quan cấp trên',
    'Place name': 'Địa danh',
    "Issuer's symbol": 'Ký hiệu cơ quan ban hành',
    'Top margin (mm)': 'Lề trên (mm)',
    'Bottom margin (mm)': 'Lề dưới (mm)',
    'Left margin (mm)': 'Lề trái (mm)',
    'Right margin (mm)': 'Lề phải (mm)',
    'Attached file size limit (MB)': 'Dung lượng tối đa của tệp đính kèm (MB)',
    'Closed at': 'Thời điểm khóa năm',
    'Closed by': 'Người khóa năm',
    'File name': 'Tên tệp',
    'File type': 'Loại tệp',
    'Size (bytes)': 'Dung lượng (byte)',
    'Added by': 'Người đính kèm',
    'Removed at': 'Thời điểm gỡ bỏ',
    "Your role opens and saves a task's files; those who log progress attach and remove them.": 'Vai trò của bạn được mở và lưu bản sao tệp của việc; người ghi nhận tiến độ mới đính kèm và gỡ bỏ tệp.',
    '%1 points – %2': '%1 điểm – %2',
    'SHA-256 fingerprint': 'Mã băm SHA-256',
    'part of a file being attached': 'phần của tệp đang đính kèm',
    # The record under faults and attacks
    '%1 is not an ordinary file (it is a folder, a device or a pipe): a copy is written only to a file. To write it to standard output, give - instead.':
        '%1 không phải tệp thông thường (đó là thư mục, thiết bị hoặc đường ống): bản sao chỉ được ghi ra tệp. Muốn ghi ra đầu ra chuẩn, hãy dùng - thay cho tên tệp.',
    'Nothing was written to %1.': 'Chưa ghi gì ra %1.',
    'Standard output cannot be written: %1': 'Không ghi được ra đầu ra chuẩn: %1',
    'standard output': 'đầu ra chuẩn',
    'its table of shared texts needs more memory than one import may take (%1 MB), at shared text number %2; split the list into smaller workbooks':
        'bảng văn bản dùng chung của nó cần nhiều bộ nhớ hơn mức một lần nhập được phép (%1 MB), tại văn bản dùng chung số %2; hãy chia danh sách thành các bảng tính nhỏ hơn',
    'at row %1 it needs more memory than one import may take (%2 MB); split the list into smaller workbooks':
        'đến dòng %1, bảng tính cần nhiều bộ nhớ hơn mức một lần nhập được phép (%2 MB); hãy chia danh sách thành các bảng tính nhỏ hơn',
    'The file %1 is an Excel workbook, not a CSV file: rename it to end in .xlsx and import it again, or save it from Excel as "CSV UTF-8 (Comma delimited)".':
        'Tệp %1 là bảng tính Excel, không phải tệp CSV: hãy đổi tên cho đuôi là .xlsx rồi nhập lại, hoặc trong Excel lưu thành "CSV UTF-8 (Comma delimited)".',
    'The file %1 is not a text file: it holds bytes that no text has. A registration list is an Excel workbook (.xlsx) or a CSV file.':
        'Tệp %1 không phải tệp văn bản: trong đó có những byte mà văn bản không có. Danh sách đăng ký phải là bảng tính Excel (.xlsx) hoặc tệp CSV.',
    "%1, row %2: the row has more than 16,384 columns, more than Excel's sheets have. This is no registration list; check the file.":
        '%1, dòng %2: dòng có hơn 16.384 cột, nhiều hơn một trang tính Excel có. Đây không phải danh sách đăng ký; hãy kiểm tra lại tệp.',
    "%1, row %2: the file needs more memory than one import may take (%3 MB), or has more rows than Excel's 1,048,576. Split it into smaller files.":
        '%1, dòng %2: tệp cần nhiều bộ nhớ hơn mức một lần nhập được phép (%3 MB), hoặc có nhiều dòng hơn 1.048.576 dòng của Excel. Hãy chia thành các tệp nhỏ hơn.',
    'Damaged database': 'Cơ sở dữ liệu bị hỏng',
    'The file %1 is empty (0 bytes): it holds no Dotpha database. It may be a copy cut short or a file left by a failed start; open the database you meant, or make a new one in this file with dotpha-cli init.':
        'Tệp %1 trống (0 byte): không chứa cơ sở dữ liệu Dotpha nào. Có thể đó là bản sao bị cắt ngang hoặc tệp còn lại sau một lần khởi tạo không thành; hãy mở đúng cơ sở dữ liệu cần dùng, hoặc tạo cơ sở dữ liệu mới trong tệp này bằng dotpha-cli init.',
    'The file %1 already exists: a new database is made only where there is no file, or in an empty one.':
        'Tệp %1 đã có: cơ sở dữ liệu mới chỉ được tạo ở chỗ chưa có tệp, hoặc trong một tệp trống.',
    'Task %1 (“%2”, %3)': 'Việc số %1 (“%2”, năm %3)',
    '… and %1 more such problems among the tasks of %2.': '… và %1 lỗi như vậy nữa trong các việc của năm %2.',
    '%1 is recorded as “%2”, but no approval, assignment or supplement of it is on record.':
        '%1 được ghi là “%2”, nhưng không có quyết định phê duyệt, giao việc hay bổ sung nào cho việc này.',
    '%1 is recorded as “%2”, but its decisions do not say so.': '%1 được ghi là “%2”, nhưng các quyết định về việc này không cho kết quả đó.',
    '%1 is recorded as “%2”, but a decision on record made it “%3”.': '%1 được ghi là “%2”, nhưng một quyết định đã ghi nhận đưa việc về “%3”.',
    '%1 has a year-end rating that no rating decision of an approved task gave it.':
        '%1 có kết quả đánh giá cuối năm mà không có quyết định đánh giá nào (trên việc đã phê duyệt) đưa ra.',
    '%1 has a score without a rating.': '%1 có điểm nhưng không có mức đánh giá.',
    'Record %1 of the change log (%2, %3) changed task %4 of %5 after the year was closed, and not as a late amendment.':
        'Bản ghi %1 của nhật ký (%2, %3) đã thay đổi việc số %4 của năm %5 sau khi khóa sổ năm, mà không phải là sửa đổi sau khóa sổ.',
    'The disk holding %1 has %2 free, and this needs about %3. Nothing was stored; free some space and try again.':
        'Ổ đĩa chứa %1 chỉ còn trống %2, việc này cần khoảng %3. Chưa lưu gì; hãy giải phóng bớt dung lượng rồi thử lại.',
    'The connection to the office server was lost before it answered. Check the network, then try again.':
        'Mất kết nối với máy chủ của văn phòng trước khi máy chủ trả lời. Hãy kiểm tra mạng rồi thử lại.',
    'check BACKUP and put it in place of the database, which is kept beside it as a dated copy; an administrator of both signs in with --user; --expect refuses a backup without the seal printed on a report or an export. On the office server, a dump (backup) is restored into an empty database, then checked':
        'kiểm tra BẢN_SAO_LƯU rồi đặt vào chỗ cơ sở dữ liệu; tệp cũ được giữ lại bên cạnh, tên có ghi ngày giờ; quản trị viên của cả hai đăng nhập bằng --user; --expect từ chối bản sao lưu không có dấu niêm phong đã in trên báo cáo hoặc tệp xuất. Trên máy chủ của văn phòng, bản sao lưu (dump) được khôi phục vào một cơ sở dữ liệu trống rồi kiểm tra',
    'The backup %1 does not hold the seal %2 that was printed: %3 Nothing was replaced.':
        'Bản sao lưu %1 không có dấu niêm phong %2 đã in: %3 Chưa thay thế gì.',
    'A step of this change failed on the office server, so the server stopped the rest: nothing was saved. Try again.':
        'Một bước của thay đổi này bị lỗi trên máy chủ của văn phòng nên máy chủ dừng phần còn lại: chưa lưu gì. Hãy thử lại.',
    '"%1" is not a seal as Dotpha prints it; a seal reads like 1234:9f3a2c1b7d4e8a60.': '"%1" không phải dấu niêm phong do Dotpha in; dấu niêm phong có dạng 1234:9f3a2c1b7d4e8a60.',
    '&Seal printed on the latest report or export of this database (leave empty if none was printed):': '&Dấu niêm phong in trên báo cáo hoặc bản xuất gần nhất của cơ sở dữ liệu này (để trống nếu chưa in):',
    'A backup that does not hold this seal is older than the printed report, or was altered: it is refused and nothing is replaced.': 'Bản sao lưu không chứa dấu niêm phong này là bản cũ hơn báo cáo đã in, hoặc đã bị sửa: bản sao lưu đó bị từ chối và không có gì bị thay thế.',
    '&Restore': '&Khôi phục',
    "The import was cancelled with %1 of the file's rows left: the %2 tasks imported before stay. Importing the file again adds the rest and skips those.": 'Đã hủy việc nhập khi còn %1 dòng của tệp chưa nhập: %2 việc đã nhập trước đó được giữ lại. Nhập lại tệp sẽ thêm phần còn lại và bỏ qua các việc đó.',
    '%1\n\nThe %2 tasks of the rows before it were imported and stay. Importing the file again, corrected, adds the rest and skips those.': '%1\n\n%2 việc của các dòng trước đó đã được nhập và được giữ lại. Nhập lại tệp sau khi sửa sẽ thêm phần còn lại và bỏ qua các việc đó.',
    'Put back and save':
        'Khôi phục và lưu',
    '&Get it back to read first':
        'Khôi phục để x&em trước',
    'Throw it away':
        'Bỏ bản nháp',
    'What was typed here at %1 could not be saved then; it was kept.':
        'Nội dung nhập ở đây lúc %1 khi đó chưa lưu được và đã được giữ lại.',
    'What you typed is still here, and kept as a draft should this window be closed: save again when the cause is put right.':
        'Nội dung bạn đã nhập vẫn còn ở đây và được giữ làm bản nháp phòng khi cửa sổ này bị đóng: hãy lưu lại khi nguyên nhân đã được khắc phục.',
    'The office server %1 is not letting anyone in at the moment (it is starting, stopping or shut for maintenance). Wait a little and try again.':
        'Máy chủ của văn phòng %1 hiện không cho ai kết nối (đang khởi động, đang tắt hoặc đang bảo trì). Hãy đợi một lát rồi thử lại.',
    'Lost the connection to the office server — trying again…':
        'Mất kết nối với máy chủ — đang thử lại…',
    'What the window shows may be out of date, and nothing can be saved until it is back.':
        'Những gì cửa sổ đang hiện có thể đã cũ, và chưa lưu được gì cho đến khi kết nối trở lại.',
    'Tasks of the &year:':
        'Việc của nă&m:',
    'Falling due &within:':
        'Đến hạn t&rong:',
    ' days':
        ' ngày',
    'Every year not closed':
        'Mọi năm chưa khóa sổ',
    '%n due soon':
        '%n việc sắp đến hạn',
    'Office server backups (*.dump)':
        'Bản sao lưu máy chủ (*.dump)',
    'Connect with &another login...':
        'Kết nối bằng tên đăng nhập &khác...',
    'Only the owner of %1 on the office server makes its backups: the login %2 may not read every table, which a backup copies. Ask whoever looks after the server.':
        'Chỉ chủ sở hữu cơ sở dữ liệu %1 trên máy chủ của văn phòng mới sao lưu được: tên đăng nhập %2 không được đọc mọi bảng mà bản sao lưu phải chép. Hãy nhờ người quản lý máy chủ.',
    'The server refused the password for this login.':
        'Máy chủ không chấp nhận mật khẩu của tên đăng nhập này.',
    'The server asks for a password and none was given.':
        'Máy chủ yêu cầu mật khẩu nhưng chưa nhập mật khẩu.',
    'The server does not accept this login from this PC (its pg_hba.conf has no line for it).':
        'Máy chủ không cho tên đăng nhập này kết nối từ máy tính này (tệp pg_hba.conf của máy chủ không có dòng cho phép).',
    'The database is shut to connections for the moment (maintenance).':
        'Cơ sở dữ liệu đang tạm đóng kết nối (đang bảo trì).',
    'The server is starting.':
        'Máy chủ đang khởi động.',
    'The server is shutting down.':
        'Máy chủ đang tắt.',
    'The server is recovering after a stop.':
        'Máy chủ đang phục hồi sau khi bị dừng.',
    'Every connection the server allows is in use.':
        'Máy chủ đã dùng hết số kết nối cho phép.',
    'This login may not read or change this on the server.':
        'Tên đăng nhập này không được đọc hoặc thay đổi nội dung này trên máy chủ.',
    'Only the owner of the database may do this.':
        'Chỉ chủ sở hữu cơ sở dữ liệu mới làm được việc này.',
    'The server has no login of this name.':
        'Máy chủ không có tên đăng nhập này.',
    'The server has no database of this name.':
        'Máy chủ không có cơ sở dữ liệu tên này.',
    'What was asked for does not exist on the server.':
        'Nội dung được yêu cầu không có trên máy chủ.',
    'Nothing answers at this address and port: the server is not running there, or a firewall stops it.':
        'Không có gì trả lời ở địa chỉ và cổng này: máy chủ không chạy ở đó, hoặc tường lửa chặn kết nối.',
    "The server's name is not known on this network.":
        'Mạng này không biết tên máy chủ.',
    'This PC has no way to the server over the network.':
        'Máy tính này không có đường mạng tới máy chủ.',
    'The server did not answer in time.':
        'Máy chủ không trả lời kịp.',
    'The server closed the connection: it stopped, restarted or ended the session.':
        'Máy chủ đã đóng kết nối: máy chủ dừng, khởi động lại hoặc kết thúc phiên làm việc.',
    'The connection to the server was lost.':
        'Mất kết nối với máy chủ.',
    'The encrypted connection (SSL) to the server could not be set up.':
        'Không thiết lập được kết nối mã hóa (SSL) tới máy chủ.',
    "The server's disk is full.":
        'Ổ đĩa của máy chủ đã đầy.',
    'The server could not write to its disk.':
        'Máy chủ không ghi được vào ổ đĩa.',
    '%1 (outside Dotpha: %2)':
        '%1 (ngoài Dotpha: %2)',
    'Warning: %1':
        'Lưu ý: %1',
    '%n change(s) made outside Dotpha by %1 with %2, from %3 to %4: look at them in the change log.':
        '%n thay đổi được làm ngoài Dotpha bởi %1 bằng %2, từ %3 đến %4: hãy xem trong nhật ký thay đổi.',
    'an unnamed login':
        'một tên đăng nhập không rõ',
    'Every record matches its seal, the data match the change log and every attached file its SHA-256.':
        'Mọi bản ghi khớp với dấu niêm phong, dữ liệu khớp với nhật ký thay đổi và mọi tệp đính kèm khớp với mã SHA-256.',
    'Returned for revision (%1): %2':
        'Bị trả lại để chỉnh sửa (%1): %2',
    '%1 “%2” (%3, %4)':
        '%1 “%2” (%3, %4)',
    'Decided since you last looked: %1':
        'Các quyết định từ lần xem trước: %1',
    'and %n more':
        'và %n quyết định khác',
    'Seen':
        'Đã xem',
    'The task was saved since: read it before saving.':
        'Việc này đã được lưu lại sau đó: hãy đọc trước khi lưu.',
    'The connection to the office server was lost during the upload: nothing was kept. Try again.':
        'Mất kết nối với máy chủ của văn phòng trong khi tải lên: chưa có gì được giữ lại. Hãy thử lại.',
    'Work items are planned while a registration is prepared, and added once it is approved; not while it awaits a decision.':
        'Đầu việc được lập khi chuẩn bị đăng ký và được thêm khi việc đã phê duyệt; không thêm được khi đăng ký đang chờ quyết định.',
    "print the fingerprint of this committee's signing key, which a committee receiving its packages compares once when it registers the key":
        'in dấu vân tay khóa ký của cấp ủy này, để cấp ủy nhận gói của mình đối chiếu một lần khi đăng ký khóa',
    'exchange needs key.':
        'exchange cần key.',
    'The signing key of %1 has the fingerprint:':
        'Khóa ký của %1 có dấu vân tay:',
    'A committee that receives its packages compares it once, on the phone or on paper, when it registers the key.':
        'Cấp ủy nhận gói của cấp ủy này đối chiếu dấu vân tay một lần, qua điện thoại hoặc trên giấy, khi đăng ký khóa.',
    'its manifest.json is not as Dotpha writes it: %1':
        'tệp manifest.json của gói không đúng như Dotpha ghi: %1',
    'it is not JSON (%1 at byte %2)':
        'đó không phải JSON (%1 tại byte %2)',
    'it does not say it is a Dotpha exchange package':
        'tệp không cho biết đây là gói trao đổi của Dotpha',
    'it was written in exchange format %1, which this version of Dotpha (format %2) cannot read':
        'gói được ghi theo định dạng trao đổi %1, phiên bản Dotpha này (định dạng %2) không đọc được',
    'its kind "%1" is none Dotpha knows':
        'loại gói "%1" không phải loại Dotpha biết',
    'the field "%1" is missing or not as expected':
        'trường "%1" bị thiếu hoặc không đúng kiểu',
    'its time "createdAt" is not a time':
        'thời điểm "createdAt" không phải là thời điểm hợp lệ',
    'it lists no parts':
        'không liệt kê phần nào của gói',
    'it names a part "%1", which no package may hold':
        'có tên phần "%1", là tên không gói nào được chứa',
    'it lists the part "%1" twice':
        'liệt kê phần "%1" hai lần',
    'The package %1 does not exist or is not a file.':
        'Gói %1 không tồn tại hoặc không phải là tệp.',
    'it is not a ZIP archive, or it is incomplete (cut short while being copied or sent)':
        'đây không phải tệp ZIP, hoặc tệp không đầy đủ (bị cắt ngắn khi sao chép hoặc gửi)',
    'it holds %1 files, more than any package Dotpha writes':
        'gói chứa %1 tệp, nhiều hơn mọi gói Dotpha ghi',
    'its manifest.json or manifest.sig cannot be read whole':
        'không đọc được trọn vẹn manifest.json hoặc manifest.sig',
    'Update Dotpha to receive it.':
        'Hãy cập nhật Dotpha để nhận gói này.',
    'its signature does not match its manifest: it was changed after %1 signed it, or it was not signed with the key it names':
        'chữ ký không khớp với manifest: gói đã bị sửa sau khi %1 ký, hoặc không được ký bằng khóa ghi trong gói',
    'it holds "%1" twice':
        'gói chứa "%1" hai lần',
    'it holds "%1", which its manifest does not list':
        'gói chứa "%1", phần không có trong manifest',
    'the part "%1" is missing':
        'thiếu phần "%1"',
    'the part "%1" holds %2 bytes, more than Dotpha reads of it':
        'phần "%1" có %2 byte, nhiều hơn mức Dotpha đọc',
    'the part "%1" is larger than its manifest says':
        'phần "%1" lớn hơn kích thước ghi trong manifest',
    'the part "%1" fails the archive\'s own check (CRC): it was changed or damaged on the way':
        'phần "%1" không qua được kiểm tra CRC của tệp ZIP: phần này đã bị sửa hoặc hỏng trên đường gửi',
    'the part "%1" is not the one %2 signed: its SHA-256 differs':
        'phần "%1" không phải phần %2 đã ký: mã SHA-256 khác',
    'The package %1 cannot be received: %2. Nothing was written. %3':
        'Không nhận được gói %1: %2. Chưa ghi gì vào cơ sở dữ liệu. %3',
    'Ask the sender for the package again.':
        'Hãy đề nghị nơi gửi gửi lại gói.',
    'The package %1 could not be written: its folder cannot be written to.':
        'Không ghi được gói %1: không ghi được vào thư mục chứa gói.',
    '%1 exists and cannot be replaced; the package is kept as %2.':
        '%1 đã có và không thay thế được; gói được giữ tại %2.',
    'The package could not be put in place as %1; it is kept as %2.':
        'Không đặt được gói vào %1; gói được giữ tại %2.',
    'The package %1 could not be written: the disk may be full or the folder not writable. Nothing was sent.':
        'Không ghi được gói %1: ổ đĩa có thể đã đầy hoặc thư mục không ghi được. Chưa gửi gì.',
    "The committee's signing key could not be made or read.":
        'Không tạo hoặc đọc được khóa ký của cấp ủy.',
    "committee's signing key":
        'khóa ký của cấp ủy',
    "The committee's signing key in this database is not a pair: its private key does not give its public key. Nothing can be signed with it.":
        'Khóa ký của cấp ủy trong cơ sở dữ liệu này không thành cặp: khóa bí mật không sinh ra khóa công khai. Không thể ký bằng khóa này.',
    'This database has no signing key of its committee yet. Open it once with this version of Dotpha as its owner or administrator to make one.':
        'Cơ sở dữ liệu này chưa có khóa ký của cấp ủy. Hãy mở một lần bằng phiên bản Dotpha này với quyền chủ sở hữu hoặc quản trị để tạo khóa.',
    "(administrators) send the year's registrations, but drafts, with their progress, self-assessment and evidence files, to the superior committee, as a package signed with this committee's key":
        '(quản trị) gửi cấp ủy cấp trên các đăng ký trong năm (trừ bản nháp), kèm tiến độ, tự đánh giá và tệp minh chứng, thành một gói ký bằng khóa của cấp ủy này',
    '(reviewers) decide on a submitted registration; a return or a rejection needs its reason':
        '(người duyệt) quyết định về một đăng ký đã gửi; trả lại hoặc không phê duyệt cần nêu lý do',
    "(reviewers) change an approved task, with the decision's number, date and reason":
        '(người duyệt) điều chỉnh việc đã phê duyệt, kèm số, ngày và lý do của quyết định',
    '(reviewers) rate an approved task at year end':
        '(người duyệt) đánh giá việc đã phê duyệt vào cuối năm',
    'exchange needs key, or export.':
        'exchange cần key hoặc export.',
    'exchange export needs --year YEAR.':
        'exchange export cần --year NĂM.',
    'exchange export needs --to COMMITTEE, the superior committee the package is for.':
        'exchange export cần --to CẤP_ỦY, cấp ủy cấp trên nhận gói.',
    'exchange export needs --out FILE, the package to write.':
        'exchange export cần --out TỆP, tệp gói sẽ ghi.',
    'Wrote %1: package %2 to %3, %n registration(s) of %4 with %5 evidence file(s), signed with the key %6.':
        'Đã ghi %1: gói số %2 gửi %3, %n đăng ký năm %4 với %5 tệp minh chứng, ký bằng khóa %6.',
    'review needs approve, adjust, return, reject or rate.':
        'review cần approve, adjust, return, reject hoặc rate.',
    'review %1 needs --task ID, the number of the task decided on.':
        'review %1 cần --task SỐ, số của việc được quyết định.',
    '--date takes a date as YYYY-MM-DD.':
        '--date nhận ngày dạng NNNN-TT-NN.',
    'review rate needs --rating excellent, good, completed or not_completed.':
        'review rate cần --rating excellent, good, completed hoặc not_completed.',
    '--score takes a whole number from 0 to 100.':
        '--score nhận số nguyên từ 0 đến 100.',
    '--deadline takes a date as YYYY-MM-DD.':
        '--deadline nhận ngày dạng NNNN-TT-NN.',
    'Task #%1: the decision "%2" is recorded (the task is now at version %3).':
        'Việc số %1: đã ghi quyết định "%2" (việc nay ở phiên bản %3).',
    'Name the committee the package is for.':
        'Hãy nêu cấp ủy nhận gói.',
    "This database does not say which committee it is: set the committee's name in the committee settings before sending a package.":
        'Cơ sở dữ liệu này chưa ghi tên cấp ủy: hãy đặt tên cấp ủy trong phần thông tin cấp ủy trước khi gửi gói.',
    'The file "%1" of task #%2 no longer matches the SHA-256 recorded when it was attached, and is not sent. Run check to see what changed.':
        'Tệp "%1" của việc số %2 không còn khớp với mã SHA-256 ghi khi đính kèm, nên không được gửi. Hãy chạy check để xem điều gì đã thay đổi.',
    'its records.json is not as Dotpha writes it: %1':
        'tệp records.json của gói không đúng như Dotpha ghi: %1',
    'package sent':
        'gói đã gửi',
    'send or receive packages between committees':
        'gửi hoặc nhận gói giữa các cấp ủy',
    "(administrators) receive a subordinate committee's registrations: the package is proved, then its merge report printed (new, changed, withdrawn, and what was decided here, never overwritten) and, but with --dry-run, written in one transaction; a sender's new key is taken only with its fingerprint, a package after a gap only with --confirm-gap":
        '(quản trị) nhận các đăng ký của cấp ủy cấp dưới: gói được kiểm chứng, in báo cáo hợp nhất (mới, thay đổi, rút lại, và những gì đã quyết định ở đây, không bao giờ bị ghi đè) rồi, trừ khi có --dry-run, ghi trong một giao dịch; khóa mới của nơi gửi chỉ được nhận kèm dấu vân tay, gói đến sau một khoảng trống chỉ được nhận với --confirm-gap',
    'exchange import needs the package: import FILE.':
        'exchange import cần gói: import TỆP.',
    'exchange needs key, export or import.':
        'exchange cần key, export hoặc import.',
    'Package %1 from %2, registrations of %3, signed with the key %4.':
        'Gói số %1 của %2, đăng ký năm %3, ký bằng khóa %4.',
    'This package was received before: nothing changed.':
        'Gói này đã được nhận trước đây: không có gì thay đổi.',
    'The key is registered for %1 with this package.':
        'Khóa được đăng ký cho %1 cùng với gói này.',
    'Packages %1 to %2 never arrived; this one is taken as confirmed.':
        'Các gói số %1 đến %2 chưa đến; gói này được nhận theo xác nhận.',
    'New registrations: %1':
        'Đăng ký mới: %1',
    'Changed by the sender, taken: %1':
        'Nơi gửi đã thay đổi, được cập nhật: %1',
    'Withdrawn by the sender, removed: %1':
        'Nơi gửi đã rút lại, được gỡ bỏ: %1',
    'Decided here, left as decided: %1':
        'Đã quyết định ở đây, giữ nguyên quyết định: %1',
    'Unchanged: %1. Work items planned: %2.':
        'Không thay đổi: %1. Đầu việc được lập: %2.',
    "Indicators, progress notes and evidence files (%1) stay in the package: this version takes a registration's plan, not what was recorded of it since.":
        'Chỉ tiêu, ghi nhận tiến độ và tệp minh chứng (%1) vẫn nằm trong gói: phiên bản này nhận kế hoạch của đăng ký, chưa nhận những gì được ghi nhận sau đó.',
    'Received: written in one transaction, with the package named in the change log.':
        'Đã nhận: ghi trong một giao dịch, nhật ký thay đổi ghi rõ gói.',
    'Dry run: nothing was written.':
        'Chạy thử: chưa ghi gì.',
    'registered sender':
        'nơi gửi đã đăng ký',
    'package received':
        'gói đã nhận',
    'record received':
        'bản ghi đã nhận',
    'Receiving committee':
        'Cấp ủy nhận',
    'Package number':
        'Số gói',
    'Package fingerprint (SHA-256)':
        'Dấu vân tay của gói (SHA-256)',
    'Sent by':
        'Người gửi',
    'Sent at':
        'Thời điểm gửi',
    'Public key':
        'Khóa công khai',
    'Accepted by':
        'Người chấp nhận',
    'Accepted at':
        'Thời điểm chấp nhận',
    'Sending committee':
        'Cấp ủy gửi',
    'Received by':
        'Người nhận',
    'Received at':
        'Thời điểm nhận',
    'Record kind':
        'Loại bản ghi',
    "Sender's number":
        'Số ở nơi gửi',
    'Number here':
        'Số ở đây',
    "Sender's version":
        'Phiên bản ở nơi gửi',
    "“%1” (the sender's #%2)":
        '“%1” (số %2 ở nơi gửi)',
    "%1 is a package of decisions; only a superior committee's decisions on this committee's own registrations come as one, and this version of Dotpha does not receive them yet.":
        '%1 là gói quyết định; chỉ quyết định của cấp trên về đăng ký của chính cấp ủy này mới đến dưới dạng ấy, và phiên bản Dotpha này chưa nhận loại gói đó.',
    'This is package %1 from %2, and none before it was received here. Ask for the earlier ones, or confirm the gap to take it alone.':
        'Đây là gói số %1 của %2, nhưng chưa gói nào trước đó được nhận ở đây. Hãy đề nghị gửi các gói trước, hoặc xác nhận khoảng trống để nhận riêng gói này.',
    'The package %1 cannot be received: %2. Nothing was written.':
        'Không nhận được gói %1: %2. Chưa ghi gì.',
    "This database does not say which committee it is: set the committee's name in the committee settings before receiving a package.":
        'Cơ sở dữ liệu này chưa ghi tên cấp ủy: hãy đặt tên cấp ủy trong phần thông tin cấp ủy trước khi nhận gói.',
    "The package is addressed to %1, and this database is %2's. Nothing was written.":
        'Gói gửi cho %1, còn cơ sở dữ liệu này là của %2. Chưa ghi gì.',
    'The package says it is from %1, but it is signed with the key %2, not with the key registered for %1 (%3). Nothing was written. Call %1 to find out whether its key changed.':
        'Gói ghi là của %1, nhưng được ký bằng khóa %2, không phải khóa đã đăng ký cho %1 (%3). Chưa ghi gì. Hãy gọi điện cho %1 để biết khóa có thay đổi không.',
    "The package is signed with a key not registered here: %1, which says it is %2's. Compare this fingerprint with the one %2 reads from its own Dotpha (by phone, or on paper); if they are the same, an administrator accepts the key by giving its fingerprint. Nothing was written.":
        'Gói được ký bằng khóa chưa đăng ký ở đây: %1, ghi là của %2. Hãy đối chiếu dấu vân tay này với dấu vân tay %2 đọc từ Dotpha của mình (qua điện thoại hoặc trên giấy); nếu trùng khớp, người quản trị chấp nhận khóa bằng cách nhập dấu vân tay. Chưa ghi gì.',
    'This is package %1 from %2, older than package %3 received already. Nothing was written.':
        'Đây là gói số %1 của %2, cũ hơn gói số %3 đã nhận. Chưa ghi gì.',
    'This is package %1 from %2, but the last one received was %3: packages %4 to %5 never arrived. Ask for them, or confirm the gap to take this one. Nothing was written.':
        'Đây là gói số %1 của %2, nhưng gói nhận gần nhất là số %3: các gói số %4 đến %5 chưa đến. Hãy đề nghị gửi các gói đó, hoặc xác nhận khoảng trống để nhận gói này. Chưa ghi gì.',
    '%1 changed by the sender, decided here (%2): left as decided':
        '%1 được nơi gửi thay đổi, đã quyết định ở đây (%2): giữ nguyên',
    '%1 no longer sent by the sender, decided here (%2): kept':
        '%1 không còn được nơi gửi gửi, đã quyết định ở đây (%2): giữ lại',
    'This package was received meanwhile, on another PC.':
        'Gói này vừa được nhận trên một máy khác.',
    'Package %1 from %2 (key %3)':
        'Gói số %1 của %2 (khóa %3)',
    'The key would be registered for %1 with this package.':
        'Khóa sẽ được đăng ký cho %1 cùng với gói này.',
    'Packages %1 to %2 never arrived; this one was taken as confirmed.':
        'Các gói số %1 đến %2 chưa đến; gói này đã được nhận theo xác nhận.',
    'Packages %1 to %2 never arrived.':
        'Các gói số %1 đến %2 chưa đến.',
    '%1 changed by the sender, removed here: left removed':
        '%1 được nơi gửi thay đổi, đã gỡ bỏ ở đây: giữ nguyên đã gỡ bỏ',
    'This package, or another from %1, was received meanwhile, on another PC. Receive it again to see what it still brings.':
        'Gói này, hoặc một gói khác của %1, vừa được nhận trên một máy khác. Hãy nhận lại để xem gói còn mang đến những gì.',
    '%1 is registered here without a unit.':
        '%1 được đăng ký ở đây mà không có đơn vị.',
    "Package %1 was numbered and logged. %2 Send the file kept beside it under the package's name, or the receiver will miss number %1.":
        'Gói số %1 đã được đánh số và ghi sổ. %2 Hãy gửi tệp được giữ bên cạnh dưới tên của gói, nếu không nơi nhận sẽ thiếu gói số %1.',
    '%1 exists already: choose another name for the package.':
        '%1 đã có: hãy chọn tên khác cho gói.',
    'The file "%1" of task #%2 no longer matches the SHA-256 recorded when it was attached: nothing was sent. Run check to see what changed.':
        'Tệp "%1" của việc số %2 không còn khớp với mã SHA-256 ghi khi đính kèm: chưa gửi gì. Hãy chạy check để xem điều gì đã thay đổi.',
    '%n of its files cannot be read from the archive':
        '%n tệp trong gói không đọc được',
    'its manifest lists no records.json':
        'manifest của gói không có records.json',
    'the part "%1" is not of the size its manifest lists':
        'phần "%1" không đúng kích thước ghi trong manifest',
    'its parts would unpack to %1 bytes, far more than a package of %2 bytes holds':
        'các phần sẽ giải nén ra %1 byte, nhiều hơn hẳn mức một gói %2 byte có thể chứa',
    'Ask the sender to send the same file again.':
        'Hãy đề nghị nơi gửi gửi lại đúng tệp ấy.',
    'its records are of %1 and its manifest of %2':
        'dữ liệu của gói là năm %1 còn manifest là năm %2',
    'it sends the leader #%1 twice':
        'gói gửi người đứng đầu số %1 hai lần',
    'it sends the task #%1 twice':
        'gói gửi việc số %1 hai lần',
    'its task #%1 is of %2, not of %3':
        'việc số %1 của gói thuộc năm %2, không phải năm %3',
    'its task #%1 names the leader #%2, whom it does not send':
        'việc số %1 của gói ghi người đứng đầu số %2 mà gói không gửi',
    'The package says it is from %1, but it is signed with the key registered for %2. Nothing was written.':
        'Gói ghi là của %1, nhưng được ký bằng khóa đã đăng ký cho %2. Chưa ghi gì.',
    'This is package %1 from %2, but packages %3 to %4 never arrived here. Ask for them, or confirm the gap to take this one. Nothing was written.':
        'Đây là gói số %1 của %2, nhưng các gói số %3 đến %4 chưa đến đây. Hãy đề nghị gửi các gói đó, hoặc xác nhận khoảng trống để nhận gói này. Chưa ghi gì.',
    '(administrators) send a subordinate committee the decisions taken here on the registrations it sent':
        '(quản trị) gửi cấp ủy cấp dưới các quyết định đã đưa ra ở đây về các đăng ký cấp ấy đã gửi',
    'exchange export needs --to COMMITTEE, the superior committee the registrations go to, or --for COMMITTEE, the subordinate committee the decisions go to.':
        'exchange export cần --to CẤP_ỦY, cấp ủy cấp trên nhận các đăng ký, hoặc --for CẤP_ỦY, cấp ủy cấp dưới nhận các quyết định.',
    'Package %1 from %2, decisions of %3, signed with the key %4.':
        'Gói số %1 của %2, quyết định năm %3, ký bằng khóa %4.',
    'Decisions taken: %1':
        'Quyết định được nhận: %1',
    'Not taken, listed: %1':
        'Không nhận, liệt kê: %1',
    'Taken before: %1.':
        'Đã nhận trước đây: %1.',
    'Wrote %1: package %2 to %3, %n decision(s) of %4 on its registrations, signed with the key %5.':
        'Đã ghi %1: gói số %2 gửi %3, %n quyết định năm %4 về các đăng ký của cấp ấy, ký bằng khóa %5.',
    '“%1”: %2, %3, %4':
        '“%1”: %2, %3, %4',
    "its records are not of the manifest's year":
        'dữ liệu của gói không cùng năm với manifest',
    'a decision on task #%1, which is not here (removed?): not taken':
        'một quyết định về việc số %1, việc không có ở đây (đã gỡ bỏ?): không nhận',
    '%1: not taken, the task is %2 here':
        '%1: không nhận, việc ở đây đang là %2',
    'Decisions of %1, package %2 (key %3)':
        'Quyết định của %1, gói số %2 (khóa %3)',
    'its records.json is not JSON (%1 at byte %2)':
        'tệp records.json của gói không phải JSON (%1 tại byte %2)',
    'its records.json is not as Dotpha writes it: the field "%1" is missing or not as expected':
        'tệp records.json của gói không đúng như Dotpha ghi: trường "%1" bị thiếu hoặc không đúng kiểu',
    '%1 has sent no registrations here: there is no decision to send it.':
        '%1 chưa gửi đăng ký nào đến đây: không có quyết định nào để gửi.',
    'A superior committee\'s decision of the kind "%1" is not taken here yet.':
        'Quyết định loại "%1" của cấp ủy cấp trên chưa được nhận ở đây.',
    '%1 sends decisions, but this committee has sent it no registrations: decisions are taken only from the committee the registrations went to. Nothing was written.':
        '%1 gửi quyết định, nhưng cấp ủy này chưa gửi đăng ký nào cho cấp ủy đó: chỉ nhận quyết định của cấp ủy đã nhận các đăng ký. Chưa ghi gì.',
    'not a registration of %1 sent from here':
        'không phải đăng ký năm %1 được gửi từ đây',
    'a registration this committee received, not one it sent':
        'là đăng ký cấp ủy này đã nhận, không phải đăng ký cấp ủy này gửi',
    '%1 is closed here':
        'năm %1 đã khóa sổ ở đây',
    'the task is %1 here':
        'việc ở đây đang là %1',
    'it gives no reason':
        'quyết định không nêu lý do',
    'it rates without a level':
        'đánh giá mà không có mức xếp loại',
    'its last year is before its first':
        'năm kết thúc trước năm bắt đầu',
    '%1: made on a wording since changed here, not taken':
        '%1: đưa ra trên nội dung nay đã được sửa ở đây, không nhận',
    '%1: not taken, %2':
        '%1: không nhận, %2',
    'its records.json sends the decision #%1 twice':
        'tệp records.json của gói gửi quyết định số %1 hai lần',
}


def fill(path: pathlib.Path) -> int:
    tree = ET.parse(path)
    missing = 0
    for message in tree.iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        text = VI.get(source)
        if text is None:
            missing += 1
            translation.set('type', 'unfinished')
            continue
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            form = ET.SubElement(translation, 'numerusform')
            form.text = text
        else:
            translation.text = text
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


if __name__ == '__main__':
    ts = pathlib.Path(__file__).with_name('dotpha_vi.ts')
    left = fill(ts)
    print(f'{ts.name}: {left} source text(s) without a translation')
