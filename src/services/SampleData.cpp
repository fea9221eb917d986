#include "SampleData.h"

#include "CommitteeSettingsRepository.h"
#include "DecisionRepository.h"
#include "FieldRepository.h"
#include "IndicatorRepository.h"
#include "PersonRepository.h"
#include "ProgressNoteRepository.h"
#include "TaskRepository.h"
#include "TaskSnapshot.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"
#include "WorkItemRepository.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

// Inside one transaction every step either succeeds or ends the load; this keeps the steps flat.
#define DOTPHA_TRY_ASSIGN(target, expression)   \
    auto target##Result = (expression);         \
    if (!target##Result)                        \
        return target##Result.error();          \
    const auto target = *target##Result

class SampleLoader
{
public:
    explicit SampleLoader(Repositories &repositories) : r(repositories) {}

    Status load();

private:
    Status loadSettings();
    Result<qint64> field(const QString &name);
    Result<Unit> unit(const QString &name, UnitKind kind);
    Result<Person> person(const QString &name, const QString &position, const Unit &unit);
    Result<qint64> task(Task task, const Unit &unit, const Person *person);
    Status approve(qint64 taskId);

    Status loadEconomyAndInfrastructure();
    Status loadMyBang();
    Status loadDaoVien();
    Status loadStandingDeputySecretary();

    Repositories &r;
};

Status SampleLoader::load()
{
    for (auto step : {&SampleLoader::loadSettings, &SampleLoader::loadEconomyAndInfrastructure,
                      &SampleLoader::loadMyBang, &SampleLoader::loadDaoVien,
                      &SampleLoader::loadStandingDeputySecretary}) {
        if (const Status done = (this->*step)(); !done)
            return done;
    }
    return {};
}

Status SampleLoader::loadSettings()
{
    CommitteeSettings settings;
    settings.committeeName = u"Huyện ủy Yên Sơn"_s;
    settings.superiorBody = u"Đảng bộ tỉnh Tuyên Quang"_s;
    settings.placeName = u"Yên Sơn"_s;
    settings.issuerSymbol = u"HU"_s;
    settings.isSample = true;
    const Result<std::optional<CommitteeSettings>> existing = r.settings.load();
    if (!existing)
        return existing.error();
    if (existing.value())
        settings.version = existing.value()->version;
    const Result<int> saved = r.settings.save(settings);
    return saved ? Status() : Status(saved.error());
}

Result<qint64> SampleLoader::field(const QString &name)
{
    const Result<std::optional<Field>> existing = r.fields.findByName(name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return existing.value()->id;
    return r.fields.add(Field{0, name, 0});
}

Result<Unit> SampleLoader::unit(const QString &name, UnitKind kind)
{
    Unit unit;
    unit.name = name;
    unit.kind = kind;
    const Result<qint64> id = r.units.add(unit);
    if (!id)
        return id.error();
    unit.id = *id;
    unit.version = 1;
    return unit;
}

Result<Person> SampleLoader::person(const QString &name, const QString &position, const Unit &unit)
{
    Person person{0, name, position, unit.id, 0};
    const Result<qint64> id = r.people.add(person);
    if (!id)
        return id.error();
    person.id = *id;
    person.version = 1;
    return person;
}

Result<qint64> SampleLoader::task(Task task, const Unit &unit, const Person *person)
{
    task.year = SampleData::Year;
    task.kind = person ? TaskKind::Individual : TaskKind::Collective;
    task.takeOwnerSnapshot(unit, person);
    task.deadline = QDate(SampleData::Year, 12, 31);
    task.status = TaskStatus::Approved;
    task.isSample = true;
    const Result<qint64> id = r.tasks.add(task);
    if (!id)
        return id;
    task.id = *id;
    if (const Status approved = approve(task.id); !approved)
        return approved.error();
    return id;
}

// The article says the Standing Committee approved, adjusted and supplemented the tasks, but not
// when or under which decision number: the sample records the approval without them.
Status SampleLoader::approve(qint64 taskId)
{
    const Result<Task> task = r.tasks.find(taskId);
    if (!task)
        return task.error();
    Decision decision;
    decision.taskId = taskId;
    decision.kind = task->origin == TaskOrigin::Assigned ? DecisionKind::Assign : DecisionKind::Approve;
    decision.decidedOn = QDate(SampleData::Year, 3, 31);
    decision.reviewerName = u"Ban Thường vụ Huyện ủy Yên Sơn"_s;
    decision.reason = u"Dữ liệu mẫu: ngày và số quyết định không có trong bài báo."_s;
    decision.after = TaskSnapshot::toJson(*task);
    const Result<qint64> added = r.decisions.add(decision);
    return added ? Status() : Status(added.error());
}

Status SampleLoader::loadEconomyAndInfrastructure()
{
    DOTPHA_TRY_ASSIGN(planning, field(u"Quy hoạch đô thị"_s));
    DOTPHA_TRY_ASSIGN(division, unit(u"Phòng Kinh tế - Hạ tầng huyện Yên Sơn"_s, UnitKind::Agency));
    DOTPHA_TRY_ASSIGN(head, person(u"Đỗ Xuân Hải"_s, u"Trưởng phòng Kinh tế - Hạ tầng"_s, division));
    Q_UNUSED(head);   // the article names him, but the task is the division's

    Task collective;
    collective.title = u"Tham mưu cho UBND huyện trình UBND tỉnh cho chủ trương, triển khai lập quy hoạch chung "
                       "xây dựng xã Mỹ Bằng theo tiêu chí đô thị loại V. Lập, thẩm định, trình phê duyệt quy "
                       "hoạch chi tiết xây dựng khu trung tâm xã Mỹ Bằng theo tiêu chí đô thị loại V"_s;
    collective.objective = u"Quy hoạch chung xây dựng xã Mỹ Bằng theo tiêu chí đô thị loại V được lập, thẩm "
                           "định và trình phê duyệt"_s;
    collective.nature = TaskNature::New;
    collective.fieldId = planning;
    collective.origin = TaskOrigin::Assigned;
    collective.progressPercent = 100;
    DOTPHA_TRY_ASSIGN(taskId, task(collective, division, nullptr));

    ProgressNote note;
    note.taskId = taskId;
    note.notedOn = QDate(2020, 12, 31);
    note.text = u"Cuối năm 2020, Đảng ủy, UBND xã Mỹ Bằng lấy ý kiến nhân dân toàn xã về quy hoạch chung xây "
                "dựng khu trung tâm xã theo tiêu chí đô thị loại V; đại đa số nhân dân đồng tình."_s;
    const Result<qint64> added = r.progressNotes.add(note);
    return added ? Status() : Status(added.error());
}

Status SampleLoader::loadMyBang()
{
    DOTPHA_TRY_ASSIGN(planning, field(u"Quy hoạch đô thị"_s));
    DOTPHA_TRY_ASSIGN(commune, unit(u"xã Mỹ Bằng"_s, UnitKind::Commune));
    DOTPHA_TRY_ASSIGN(secretary, person(u"Hoàng Minh Cảnh"_s, u"Bí thư Đảng ủy xã Mỹ Bằng"_s, commune));

    Task collective;
    collective.title = u"Xây dựng xã Mỹ Bằng theo tiêu chí đô thị loại V"_s;
    collective.content = u"Tuyên truyền chủ trương xây dựng đô thị loại V trong nhân dân; vận động nhân dân "
                         "chuyển đổi cơ cấu, phát triển kinh tế, nâng cao tiêu chí thu nhập."_s;
    collective.nature = TaskNature::Difficult;
    collective.fieldId = planning;
    DOTPHA_TRY_ASSIGN(collectiveId, task(collective, commune, nullptr));
    Q_UNUSED(collectiveId);

    Task individual;
    individual.title = u"Chỉ đạo, thực hiện các tiêu chí xây dựng đô thị loại V xã Mỹ Bằng"_s;
    individual.content = collective.content;
    individual.nature = TaskNature::New;
    individual.fieldId = planning;
    DOTPHA_TRY_ASSIGN(individualId, task(individual, commune, &secretary));

    Indicator income{0, individualId, u"Thu nhập bình quân đầu người"_s, u"triệu đồng/người/năm"_s, 46.0,
                     std::nullopt, 0};
    DOTPHA_TRY_ASSIGN(incomeId, r.indicators.add(income));
    const Result<qint64> value = r.indicators.addValue(
        IndicatorValue{0, incomeId, QDate(2021, 12, 31), 47.0,
                       u"Tăng 1 triệu đồng so với đầu năm 2021 (số liệu nêu trong bài báo)."_s});
    return value ? Status() : Status(value.error());
}

Status SampleLoader::loadDaoVien()
{
    DOTPHA_TRY_ASSIGN(land, field(u"Đất đai, khoáng sản"_s));
    DOTPHA_TRY_ASSIGN(economy, field(u"Kinh tế vùng đồng bào dân tộc thiểu số"_s));
    DOTPHA_TRY_ASSIGN(commune, unit(u"xã Đạo Viện"_s, UnitKind::Commune));
    DOTPHA_TRY_ASSIGN(chair, person(u"Trần Văn Cương"_s, u"Chủ tịch UBND xã Đạo Viện"_s, commune));

    Task economyTask;
    economyTask.title = u"Phát triển kinh tế vùng đồng bào dân tộc thiểu số"_s;
    economyTask.content = u"Vận động hộ gia đình mở rộng mô hình kinh tế thành trang trại."_s;
    economyTask.nature = TaskNature::Breakthrough;
    economyTask.fieldId = economy;
    DOTPHA_TRY_ASSIGN(economyId, task(economyTask, commune, nullptr));
    Q_UNUSED(economyId);

    Task mining;
    mining.title = u"Chấm dứt tình trạng khai thác khoáng sản trái phép trên địa bàn xã"_s;
    mining.content = u"Chỉ đạo lực lượng Công an chính quy xã làm nòng cốt, phối hợp với dân quân địa phương "
                     "nắm chắc tình hình, kiên quyết xử lý các trường hợp vi phạm."_s;
    mining.nature = TaskNature::Shortcoming;
    mining.fieldId = land;
    mining.progressPercent = 100;
    DOTPHA_TRY_ASSIGN(miningId, task(mining, commune, nullptr));
    ProgressNote miningNote{0, miningId, QDate(2021, 12, 31), 100,
                            u"Năm qua không còn tình trạng khai thác khoáng sản trái phép trên địa bàn; các lực "
                            "lượng đã phát hiện, xử lý 1 đối tượng đang có hành vi thăm dò."_s,
                            std::nullopt, 0};
    DOTPHA_TRY_ASSIGN(miningNoteId, r.progressNotes.add(miningNote));
    Q_UNUSED(miningNoteId);

    Task landTask;
    landTask.title = u"Quản lý nhà nước về lĩnh vực đất đai, khoáng sản; xử lý, giải quyết dứt điểm tồn tại, hạn "
                     "chế đất công ích 5%"_s;
    landTask.content = u"Rà soát tới từng hộ dân về thực trạng sử dụng đất công ích 5%; dự kiến các phương án "
                       "tham mưu cấp trên giải quyết đúng pháp luật, bảo đảm quyền lợi của người dân."_s;
    landTask.nature = TaskNature::Shortcoming;
    landTask.fieldId = land;
    DOTPHA_TRY_ASSIGN(landId, task(landTask, commune, &chair));
    const Result<qint64> indicator =
        r.indicators.add(Indicator{0, landId, u"Quỹ đất công ích 5% theo số liệu báo cáo UBND huyện"_s, u"m²"_s,
                                   44000.0, 44000.0, 0});
    return indicator ? Status() : Status(indicator.error());
}

Status SampleLoader::loadStandingDeputySecretary()
{
    DOTPHA_TRY_ASSIGN(economy, field(u"Phát triển kinh tế - xã hội"_s));
    DOTPHA_TRY_ASSIGN(committee, unit(u"Huyện ủy Yên Sơn"_s, UnitKind::PartyOrganisation));
    DOTPHA_TRY_ASSIGN(deputy, person(u"Phạm Kiên Cường"_s,
                                     u"Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện"_s, committee));

    Task individual;
    individual.title = u"Tập trung lãnh đạo, chỉ đạo toàn diện phát triển kinh tế, xã hội sát với điều kiện "
                       "thực tiễn của địa phương"_s;
    individual.content = u"Trên 30 đầu điểm công việc; trọng tâm là lãnh đạo, chỉ đạo công tác kiểm tra, giám "
                         "sát bảo đảm tiến độ giải phóng mặt bằng thực hiện các dự án, công trình trên địa bàn "
                         "huyện."_s;
    individual.nature = TaskNature::Difficult;
    individual.fieldId = economy;
    DOTPHA_TRY_ASSIGN(taskId, task(individual, committee, &deputy));

    // The five work items the article names, of the more than thirty it counts.
    const QStringList items = {
        u"Lãnh đạo, chỉ đạo công tác kiểm tra, giám sát bảo đảm tiến độ giải phóng mặt bằng thực hiện các dự "
        "án, công trình trên địa bàn huyện"_s,
        u"Chỉ đạo xây dựng và triển khai thực hiện các chương trình, đề án, kế hoạch thực hiện Nghị quyết Đại "
        "hội đại biểu Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020-2025"_s,
        u"Giám sát việc tổ chức thực hiện 2 khâu đột phá, 5 nhiệm vụ trọng tâm, các mục tiêu, chỉ tiêu chủ yếu "
        "của Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIII"_s,
        u"Chương trình xây dựng nông thôn mới"_s,
        u"Làm nhà cho hộ nghèo"_s,
    };
    for (int i = 0; i < items.size(); ++i) {
        const Result<qint64> added = r.workItems.add(WorkItem{0, taskId, i + 1, items.at(i), {}, {}, 0});
        if (!added)
            return added.error();
    }
    const Result<qint64> count = r.indicators.add(
        Indicator{0, taskId, u"Số đầu điểm công việc"_s, u"đầu điểm"_s, std::nullopt, 30.0, 0});
    if (!count)
        return count.error();
    const Result<qint64> note = r.progressNotes.add(
        ProgressNote{0, taskId, QDate(2021, 12, 31), std::nullopt,
                     u"Tiến độ thực hiện đầu điểm công việc cơ bản hoàn thành so với kế hoạch năm, giai đoạn. "
                     "Khó khăn, vướng mắc nhất là công tác đền bù, giải phóng mặt bằng các công trình, dự án."_s,
                     std::nullopt, 0});
    return note ? Status() : Status(note.error());
}

#undef DOTPHA_TRY_ASSIGN

} // namespace

Status SampleData::load(Repositories &repositories)
{
    const Result<int> existing = repositories.tasks.count(TaskQuery{});
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(Error::Kind::Refused,
                     tr("The sample data can only be loaded into a database without tasks; this one has %n "
                        "task(s).", nullptr, *existing));
    return repositories.transactions.inTransaction([&] { return SampleLoader(repositories).load(); });
}

} // namespace dotpha
