#include "ClosedYearRepository.h"
#include "FieldRepository.h"
#include "PersonRepository.h"
#include "ReferenceDataService.h"
#include "ServiceFixture.h"
#include "TaskRepository.h"
#include "UnitRepository.h"

using namespace Qt::StringLiterals;
using namespace dotpha;
using namespace dotpha::test;

class ReferenceDataServiceTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        referenceData = std::make_unique<ReferenceDataService>(workspace->repositories());
        field = Field{*workspace->repositories().fields.add(Field{0, u"Quy hoạch đô thị"_s, 0}), u"Quy hoạch đô thị"_s, 1};
        Task withField = *tasks->find(task.id);
        withField.fieldId = field.id;
        ASSERT_TRUE(tasks->update(withField).ok());
    }

    std::unique_ptr<ReferenceDataService> referenceData;
    Field field;
};

TEST_F(ReferenceDataServiceTest, OnlyClerksAndAdministratorsChangeThem)
{
    referenceData->setActor(reviewer);
    const Result<qint64> added = referenceData->add(Unit{0, u"xã Mới"_s, UnitKind::Commune, {}, {}, {}, {}, 0});
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind(), Error::Kind::Refused);
    referenceData->setActor(clerk);
    EXPECT_TRUE(referenceData->add(Unit{0, u"xã Mới"_s, UnitKind::Commune, {}, {}, {}, {}, 0}).ok());
}

TEST_F(ReferenceDataServiceTest, WhatIsInUseIsNotDeletedAndNothingLosesItsLink)
{
    const Status unitRemoved = referenceData->remove(unit);
    ASSERT_FALSE(unitRemoved.ok());
    EXPECT_EQ(unitRemoved.error().kind(), Error::Kind::Refused);
    EXPECT_TRUE(unitRemoved.error().message().contains(u"xã Mỹ Bằng"_s));
    EXPECT_FALSE(referenceData->remove(field).ok());
    EXPECT_EQ(tasks->find(task.id)->fieldId, field.id);   // not silently nulled
    EXPECT_TRUE(workspace->repositories().units.find(unit.id).ok());
}

TEST_F(ReferenceDataServiceTest, AClosedYearsFieldKeepsItsName)
{
    approveTask();
    ASSERT_TRUE(closing->close(administrator, 2021).ok());
    Field renamed = field;
    renamed.name = u"Quy hoạch và phát triển đô thị"_s;
    const Result<int> saved = referenceData->update(renamed);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message().contains(u"2021"_s));
    EXPECT_EQ(workspace->repositories().fields.find(field.id)->name, u"Quy hoạch đô thị"_s);
}

TEST_F(ReferenceDataServiceTest, ARemovalUndoneComesBackUnderItsOwnId)
{
    const Unit unused{*referenceData->add(Unit{0, u"phường Tân Hà"_s, UnitKind::Ward, {}, {}, {}, {}, 0}),
                      u"phường Tân Hà"_s, UnitKind::Ward, {}, {}, {}, {}, 1};
    ASSERT_TRUE(referenceData->remove(unused).ok());
    ASSERT_TRUE(referenceData->restore(unused).ok());
    const Result<Unit> back = workspace->repositories().units.find(unused.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->name, u"phường Tân Hà"_s);
}
