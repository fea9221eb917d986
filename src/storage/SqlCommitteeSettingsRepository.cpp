#include "SqlCommitteeSettingsRepository.h"

#include "Validator.h"

using namespace Qt::StringLiterals;

namespace dotpha {

namespace {

CommitteeSettings readSettings(const QSqlQuery &query)
{
    CommitteeSettings settings;
    settings.committeeName = query.value(0).toString();
    settings.superiorBody = query.value(1).toString();
    settings.placeName = query.value(2).toString();
    settings.issuerSymbol = query.value(3).toString();
    settings.marginTopMm = query.value(4).toDouble();
    settings.marginBottomMm = query.value(5).toDouble();
    settings.marginLeftMm = query.value(6).toDouble();
    settings.marginRightMm = query.value(7).toDouble();
    settings.isSample = query.value(8).toBool();
    settings.version = query.value(9).toInt();
    settings.scoreThresholds = {query.value(10).toInt(), query.value(11).toInt(), query.value(12).toInt()};
    settings.attachmentLimitMegabytes = query.value(13).toInt();
    return settings;
}

QVariantList writableValues(const CommitteeSettings &settings)
{
    return {settings.committeeName.trimmed(), settings.superiorBody.trimmed(), settings.placeName.trimmed(),
            settings.issuerSymbol.trimmed(), settings.marginTopMm, settings.marginBottomMm,
            settings.marginLeftMm, settings.marginRightMm, settings.isSample ? 1 : 0,
            settings.scoreThresholds.excellent, settings.scoreThresholds.good, settings.scoreThresholds.completed,
            settings.attachmentLimitMegabytes};
}

} // namespace

SqlCommitteeSettingsRepository::SqlCommitteeSettingsRepository(SqlConnection &database)
    : m_table(database, u"committee_settings"_s, tr("committee settings"))
{
}

Result<std::optional<CommitteeSettings>> SqlCommitteeSettingsRepository::load()
{
    Result<QList<CommitteeSettings>> found = m_table.select<CommitteeSettings>(
        u"SELECT committee_name, superior_body, place_name, issuer_symbol, margin_top_mm, margin_bottom_mm, "
        "margin_left_mm, margin_right_mm, is_sample, version, score_excellent, score_good, score_completed, "
        "attachment_limit_mb FROM committee_settings WHERE id = 1"_s,
        {}, readSettings);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<CommitteeSettings>() : std::optional(found->constFirst());
}

Result<int> SqlCommitteeSettingsRepository::save(const CommitteeSettings &settings)
{
    if (const Status valid = Validator::check(settings); !valid)
        return valid.error();
    if (settings.version == 0) {
        const Result<qint64> inserted = m_table.insert(
            u"INSERT INTO committee_settings (id, committee_name, superior_body, place_name, issuer_symbol, "
            "margin_top_mm, margin_bottom_mm, margin_left_mm, margin_right_mm, is_sample, score_excellent, "
            "score_good, score_completed, attachment_limit_mb) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, writableValues(settings));
        if (!inserted)
            return inserted.error();
        return 1;
    }
    return m_table.update(u"UPDATE committee_settings SET committee_name = ?, superior_body = ?, place_name = ?, "
                          "issuer_symbol = ?, margin_top_mm = ?, margin_bottom_mm = ?, margin_left_mm = ?, "
                          "margin_right_mm = ?, is_sample = ?, score_excellent = ?, score_good = ?, score_completed = ?, "
                          "attachment_limit_mb = ?, version = version + 1 "
                          "WHERE id = ? AND version = ?"_s,
                          writableValues(settings), 1, settings.version);
}

} // namespace dotpha
