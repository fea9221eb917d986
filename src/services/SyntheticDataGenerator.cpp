#include "SyntheticDataGenerator.h"

#include "CommitteeSettingsRepository.h"
#include "DecisionRepository.h"
#include "FieldRepository.h"
#include "PersonRepository.h"
#include "TaskRepository.h"
#include "TransactionRunner.h"
#include "UnitRepository.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

const QStringList Syllables = {
    u"An"_s,   u"Bình"_s,  u"Cường"_s, u"Đạo"_s,  u"Đông"_s,  u"Hòa"_s,   u"Hưng"_s,  u"Kim"_s,
    u"Lạc"_s,  u"Long"_s,  u"Minh"_s,  u"Mỹ"_s,   u"Nhữ"_s,   u"Phú"_s,   u"Phúc"_s,  u"Quý"_s,
    u"Sơn"_s,  u"Tân"_s,   u"Thái"_s,  u"Thắng"_s, u"Thượng"_s, u"Tiến"_s, u"Trung"_s, u"Tứ"_s,
    u"Viện"_s, u"Vinh"_s,  u"Xuân"_s,  u"Yên"_s,  u"Bằng"_s,  u"Khánh"_s, u"Lực"_s,   u"Hành"_s,
    u"Quang"_s, u"Thịnh"_s, u"Chiêu"_s, u"Kiến"_s, u"Nhân"_s,  u"Đức"_s,   u"Lang"_s,  u"Quán"_s};
const QStringList FamilyNames = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s,  u"Phạm"_s, u"Hoàng"_s, u"Vũ"_s,
                                 u"Đỗ"_s,     u"Bùi"_s,  u"Đặng"_s, u"Ngô"_s, u"Hà"_s,    u"Ma"_s,
                                 u"Lương"_s,  u"Triệu"_s, u"Nông"_s, u"Quan"_s};
const QStringList MiddleNames = {u"Văn"_s, u"Thị"_s,  u"Minh"_s, u"Đức"_s,  u"Thanh"_s, u"Quang"_s,
                                 u"Hữu"_s, u"Ngọc"_s, u"Xuân"_s, u"Kiên"_s, u"Thu"_s,   u"Mạnh"_s};
const QStringList GivenNames = {u"An"_s,   u"Bình"_s, u"Cảnh"_s, u"Cương"_s, u"Dũng"_s, u"Giang"_s, u"Hà"_s,
                                u"Hải"_s,  u"Hạnh"_s, u"Hùng"_s, u"Lan"_s,   u"Linh"_s, u"Long"_s,  u"Mai"_s,
                                u"Nam"_s,  u"Phong"_s, u"Quân"_s, u"Sơn"_s,  u"Thảo"_s, u"Trang"_s, u"Tuấn"_s,
                                u"Việt"_s, u"Yến"_s,  u"Thủy"_s};
const QStringList AgencyNames = {u"Phòng Kinh tế - Hạ tầng"_s, u"Phòng Nông nghiệp và Phát triển nông thôn"_s,
                                 u"Phòng Tài nguyên và Môi trường"_s, u"Phòng Tài chính - Kế hoạch"_s,
                                 u"Phòng Nội vụ"_s, u"Phòng Giáo dục và Đào tạo"_s, u"Phòng Văn hóa và Thông tin"_s,
                                 u"Ban Tổ chức Huyện ủy"_s, u"Ban Tuyên giáo Huyện ủy"_s, u"Ủy ban Kiểm tra Huyện ủy"_s,
                                 u"Văn phòng HĐND và UBND"_s, u"Trung tâm Y tế"_s};
const QStringList Fields = {u"Quy hoạch đô thị"_s, u"Đất đai, khoáng sản"_s, u"Giải phóng mặt bằng"_s,
                            u"Kinh tế vùng đồng bào dân tộc thiểu số"_s, u"Xây dựng Đảng"_s, u"Cải cách hành chính"_s,
                            u"Chuyển đổi số"_s, u"Nông thôn mới"_s, u"Giảm nghèo bền vững"_s, u"Thu ngân sách"_s};
const QStringList Verbs = {u"Lãnh đạo, chỉ đạo"_s, u"Tập trung chỉ đạo"_s, u"Đổi mới phương thức thực hiện"_s,
                           u"Nâng cao chất lượng"_s, u"Đẩy mạnh"_s, u"Giải quyết dứt điểm tồn tại trong"_s,
                           u"Tổ chức thực hiện hiệu quả"_s};
const QStringList Quarters = {u"I"_s, u"II"_s, u"III"_s, u"IV"_s};
const QStringList Objects = {u"công tác giải phóng mặt bằng các dự án trọng điểm"_s,
                             u"chuyển đổi số trong cơ quan, đơn vị"_s, u"xây dựng nông thôn mới nâng cao"_s,
                             u"quản lý nhà nước về đất đai, khoáng sản"_s,
                             u"phát triển kinh tế vùng đồng bào dân tộc thiểu số"_s,
                             u"cải cách hành chính, nâng cao chỉ số hài lòng của người dân"_s,
                             u"thu ngân sách nhà nước trên địa bàn"_s,
                             u"xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh"_s, u"phát triển đảng viên mới"_s,
                             u"giảm nghèo bền vững"_s, u"quy hoạch và phát triển đô thị"_s,
                             u"bảo vệ môi trường, thu gom và xử lý rác thải"_s,
                             u"phát triển du lịch cộng đồng"_s, u"trồng rừng và phát triển kinh tế lâm nghiệp"_s};
const QStringList Positions = {u"Bí thư Đảng ủy"_s, u"Chủ tịch UBND"_s, u"Phó Bí thư Thường trực Đảng ủy"_s,
                               u"Chủ tịch HĐND"_s};

class Generator
{
public:
    Generator(Repositories &repositories, quint32 seed) : r(repositories), random(seed) {}

    Status run(int taskCount, const SyntheticDataGenerator::Progress &progress);

private:
    const QString &pick(const QStringList &list) { return list.at(random.bounded(int(list.size()))); }
    int percent() { return random.bounded(100); }
    QString placeName() { return pick(Syllables) + QLatin1Char(' ') + pick(Syllables); }

    Status ensureSettings();
    Status addFields();
    Status addUnits(int count);
    Status addLeaders();
    Task makeTask(int index, int taskCount);
    Status addDecisions(const QList<Task> &tasks, const QList<qint64> &ids);
    Status addDecision(qint64 taskId, DecisionKind kind, const QDate &on);
    Unit makeUnit();

    Repositories &r;
    QRandomGenerator random;
    QList<qint64> fieldIds;
    QList<Unit> units;
    QList<QList<Person>> leadersOfUnit;   // parallel to units
    QSet<QString> titlesTaken;   // a unit registers a title once a year, as the importer expects
};

Status Generator::run(int taskCount, const SyntheticDataGenerator::Progress &progress)
{
    if (const Status done = ensureSettings(); !done)
        return done;
    if (const Status done = addFields(); !done)
        return done;
    // About eight tasks a unit over five years, as in a district that registers a hundred a year.
    if (const Status done = addUnits(std::max(3, taskCount / 8)); !done)
        return done;
    if (const Status done = addLeaders(); !done)
        return done;
    // Stored a batch at a time, each batch by one statement (TaskRepository::addMany).
    constexpr int Batch = 5000;
    QList<Task> batch;
    batch.reserve(Batch);
    for (int i = 0; i < taskCount; ++i) {
        batch << makeTask(i, taskCount);
        if (batch.size() == Batch || i + 1 == taskCount) {
            const Result<QList<qint64>> added = r.tasks.addMany(batch);
            if (!added)
                return added.error();
            if (const Status decided = addDecisions(batch, *added); !decided)
                return decided;
            batch.clear();
            if (progress)
                progress(i + 1, taskCount);
        }
    }
    if (progress)
        progress(taskCount, taskCount);
    return {};
}

// The decisions behind each decided task, so that its state follows from them as check proves
// (RecordMeaning): the approval (an assignment or a supplement for those), the return or the
// rejection, and the rating.
Status Generator::addDecisions(const QList<Task> &tasks, const QList<qint64> &ids)
{
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &task = tasks.at(i);
        std::optional<DecisionKind> kind;
        switch (task.status) {
        case TaskStatus::Approved:
            kind = task.origin == TaskOrigin::Assigned       ? DecisionKind::Assign
                   : task.origin == TaskOrigin::Supplemented ? DecisionKind::Supplement
                                                             : DecisionKind::Approve;
            break;
        case TaskStatus::Returned:
            kind = DecisionKind::Return;
            break;
        case TaskStatus::Rejected:
            kind = DecisionKind::Reject;
            break;
        case TaskStatus::Draft:
        case TaskStatus::Submitted:
            break;
        }
        if (!kind)
            continue;
        if (const Status added = addDecision(ids.at(i), *kind, QDate(task.year, 3, 31)); !added)
            return added;
        if (task.rating) {
            if (const Status added = addDecision(ids.at(i), DecisionKind::Rate, QDate(task.lastYear(), 12, 20)); !added)
                return added;
        }
    }
    return {};
}

Status Generator::addDecision(qint64 taskId, DecisionKind kind, const QDate &on)
{
    Decision decision;
    decision.taskId = taskId;
    decision.kind = kind;
    decision.decidedOn = on;
    decision.reviewerName = u"Ban Thường vụ"_s;
    if (kind == DecisionKind::Return || kind == DecisionKind::Reject)
        decision.reason = u"Chưa rõ việc, rõ người, rõ tiến độ."_s;
    const Result<qint64> added = r.decisions.add(decision);
    return added ? Status() : Status(added.error());
}

Status Generator::ensureSettings()
{
    const Result<std::optional<CommitteeSettings>> existing = r.settings.load();
    if (!existing)
        return existing.error();
    if (existing.value())
        return {};
    CommitteeSettings settings;
    settings.placeName = placeName();
    settings.committeeName = u"Huyện ủy "_s + settings.placeName;
    settings.superiorBody = u"Đảng bộ tỉnh "_s + placeName();
    settings.issuerSymbol = u"HU"_s;
    const Result<int> saved = r.settings.save(settings);
    return saved ? Status() : Status(saved.error());
}

Status Generator::addFields()
{
    for (const QString &name : Fields) {
        const Result<std::optional<Field>> existing = r.fields.findByName(name);
        if (!existing)
            return existing.error();
        const Result<qint64> id = existing.value() ? Result<qint64>(existing.value()->id) : r.fields.add(Field{0, name, 0});
        if (!id)
            return id.error();
        fieldIds << *id;
    }
    return {};
}

Unit Generator::makeUnit()
{
    Unit unit;
    const int roll = percent();
    if (roll < 30) {
        unit.kind = UnitKind::Agency;
        unit.name = pick(AgencyNames) + u" huyện "_s + placeName();
    } else if (roll < 80) {
        unit.kind = UnitKind::Commune;
        unit.name = u"xã "_s + placeName();
    } else if (roll < 88) {
        unit.kind = UnitKind::Township;
        unit.name = u"thị trấn "_s + placeName();
    } else if (roll < 95) {
        unit.kind = UnitKind::Ward;
        unit.name = u"phường "_s + placeName();
    } else {
        unit.kind = UnitKind::PartyOrganisation;
        unit.name = u"Đảng bộ "_s + pick(AgencyNames);
    }
    return unit;
}

Status Generator::addUnits(int count)
{
    for (int i = 0; i < count; ++i)
        units << makeUnit();
    const Result<QList<qint64>> ids = r.units.addMany(units);
    if (!ids)
        return ids.error();
    for (qsizetype i = 0; i < units.size(); ++i) {
        units[i].id = ids->at(i);
        units[i].version = 1;
    }
    return {};
}

Status Generator::addLeaders()
{
    for (const Unit &unit : std::as_const(units)) {
        QList<Person> leaders;
        const int count = unit.kind == UnitKind::Agency ? 1 : 2;
        for (int i = 0; i < count; ++i) {
            const QString position = unit.kind == UnitKind::Agency ? QString(u"Thủ trưởng "_s + unit.name)
                                                                   : QString(Positions.at(i) + QLatin1Char(' ') + unit.name);
            leaders << Person{0, pick(FamilyNames) + QLatin1Char(' ') + pick(MiddleNames) + QLatin1Char(' ') + pick(GivenNames),
                              position, unit.id, 1};
        }
        leadersOfUnit << leaders;
    }
    QList<Person> everyone;
    for (const QList<Person> &leaders : std::as_const(leadersOfUnit))
        everyone << leaders;
    const Result<QList<qint64>> ids = r.people.addMany(everyone);
    if (!ids)
        return ids.error();
    qsizetype next = 0;
    for (QList<Person> &leaders : leadersOfUnit) {
        for (Person &person : leaders)
            person.id = ids->at(next++);
    }
    return {};
}

Task Generator::makeTask(int index, int taskCount)
{
    Task task;
    task.year = SyntheticDataGenerator::FirstYear + int(qint64(index) * SyntheticDataGenerator::Years / taskCount);
    const int unitIndex = random.bounded(int(units.size()));
    const Unit &unit = units.at(unitIndex);
    const bool individual = percent() < 60;
    const QList<Person> &leaders = leadersOfUnit.at(unitIndex);
    task.kind = individual ? TaskKind::Individual : TaskKind::Collective;
    task.takeOwnerSnapshot(unit, individual ? &leaders.at(random.bounded(int(leaders.size()))) : nullptr);
    if (percent() < 5)
        task.endYear = task.year + 1 + random.bounded(3);

    // Each registration in its own words, as offices write them: the unit and the quarter make
    // the title, and a count the expected result, differ from task to task.
    task.title = pick(Verbs) + QLatin1Char(' ') + pick(Objects) + u" tại "_s + unit.name + u", hoàn thành trong quý "_s
                 + pick(Quarters);
    const QString plainTitle = task.title;
    for (int phase = 2; titlesTaken.contains(u"%1|%2|%3"_s.arg(task.year).arg(unit.id).arg(task.title)); ++phase)
        task.title = plainTitle + u" (đợt %1)"_s.arg(phase);
    titlesTaken.insert(u"%1|%2|%3"_s.arg(task.year).arg(unit.id).arg(task.title));
    task.content = u"Cụ thể hóa thành kế hoạch, phân công rõ việc, rõ người, rõ tiến độ; "_s + pick(Objects) + u"."_s;
    task.objective = u"Hoàn thành "_s + QString::number(80 + random.bounded(21)) + u"% kế hoạch năm"_s;
    task.expectedResult = u"Có kết quả cụ thể, đo đếm được về "_s + pick(Objects) + u": "_s
                          + QString::number(2 + random.bounded(59)) + u" đầu việc hoàn thành tại "_s + unit.name;
    task.deadline = QDate(task.lastYear(), 6 + random.bounded(7), 1).addMonths(1).addDays(-1);
    task.nature = allValues<TaskNature>().at(random.bounded(4));
    task.fieldId = fieldIds.at(random.bounded(int(fieldIds.size())));
    task.origin = !individual && unit.kind == UnitKind::Agency && percent() < 70 ? TaskOrigin::Assigned
                  : percent() < 3                                              ? TaskOrigin::Supplemented
                                                                               : TaskOrigin::Registered;
    const int statusRoll = percent();
    task.status = statusRoll < 75 ? TaskStatus::Approved
                  : statusRoll < 85 ? TaskStatus::Submitted
                  : statusRoll < 91 ? TaskStatus::Draft
                  : statusRoll < 95 ? TaskStatus::Returned
                                    : TaskStatus::Rejected;
    const bool pastYear = task.lastYear() < SyntheticDataGenerator::FirstYear + SyntheticDataGenerator::Years - 1;
    if (task.status == TaskStatus::Approved) {
        task.progressPercent = pastYear ? 100 - random.bounded(3) * 15 : random.bounded(101);
        if (pastYear) {
            const int ratingRoll = percent();
            task.rating = ratingRoll < 20 ? Rating::Excellent
                          : ratingRoll < 65 ? Rating::Good
                          : ratingRoll < 90 ? Rating::Completed
                                            : Rating::NotCompleted;
            task.assessment = u"Đã thực hiện theo kế hoạch."_s;
        }
    }
    return task;
}

} // namespace

Status SyntheticDataGenerator::generate(int taskCount, quint32 seed, const Progress &progress)
{
    if (taskCount <= 0)
        return Error::validation(tr("The number of tasks to generate must be positive."));
    return m_repositories.transactions.inTransaction(
        [&] { return Generator(m_repositories, seed).run(taskCount, progress); });
}

} // namespace dotpha
