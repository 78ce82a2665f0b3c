// The one-stop dossiers over HTTP (docs/api.md, "Hồ sơ TTHC"): the data's freshness, the
// indicators over any period, the plan targets they measure, the action lists (JSON, CSV,
// XLSX), apology letters (DOCX), uploads of dossier and procedure files, the mapping of the
// one-stop units to plan units, and the working-day calendar.

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>

#include "app/dossier_import.hpp"
#include "app/dossier_reports.hpp"
#include "core/csv_text.hpp"
#include "core/parse_number.hpp"
#include "core/text.hpp"
#include "domain/indicator_links.hpp"
#include "domain/permissions.hpp"
#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "importers/dossier_file_reader.hpp"
#include "importers/score_rules_reader.hpp"
#include "importers/shipped_calendar.hpp"
#include "report/apology_letter_docx.hpp"
#include "report/xlsx_writer.hpp"

namespace parindex {

namespace {

using nlohmann::json;

constexpr std::size_t k_max_letters = 200;
constexpr std::size_t k_rejects_shown = 200;
constexpr std::string_view k_csv_type = "text/csv; charset=utf-8";
constexpr std::string_view k_xlsx_type =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr std::string_view k_docx_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

tl::unexpected<Error> forbidden() {
    return fail(ErrorCode::forbidden, Label::error_forbidden);
}

tl::unexpected<Error> invalid_choice(const char* field) {
    return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                {field, std::string(label_text(Label::expect_code))}, Location{{}, 0, field});
}

json date_or_null(const std::optional<CivilDate>& date) {
    return date ? json(date->to_iso()) : json(nullptr);
}

// --- the period of a request -----------------------------------------------------------------

struct DatePeriod {
    CivilDate from;
    CivilDate to;
};

// From 1 January of the plan's year to today, or to 31 December once the year is over.
DatePeriod default_period(int year, const CivilDate& today) {
    const CivilDate first = CivilDate::last_day_of_month(year - 1, 12).plus_days(1);
    const CivilDate last = CivilDate::last_day_of_month(year, 12);
    CivilDate to = today < last ? today : last;
    if (to < first) {
        to = first;
    }
    return DatePeriod{first, to};
}

Result<std::optional<CivilDate>> query_date(const HttpRequest& request, const char* name) {
    const std::string text = query_value(request.query, name);
    if (text.empty()) {
        return std::optional<CivilDate>{};
    }
    const auto date = CivilDate::parse_iso(text);
    if (!date) {
        return fail(ErrorCode::invalid_input, Label::http_dossier_bad_date, {text},
                    Location{{}, 0, name});
    }
    return std::optional<CivilDate>{*date};
}

Result<DatePeriod> requested_period(const HttpRequest& request, const DatePeriod& fallback) {
    PARINDEX_TRY_ASSIGN(from, query_date(request, "from"));
    PARINDEX_TRY_ASSIGN(to, query_date(request, "to"));
    return DatePeriod{from.value_or(fallback.from), to.value_or(fallback.to)};
}

// The period and filters of an indicator or action-list request, with the overview for names.
struct DossierQuery {
    std::shared_ptr<const Overview> overview;
    std::shared_ptr<const DossierSnapshot> snapshot;
    IndicatorRequest request;
};

Result<DossierQuery> dossier_query(ApiContext& context, const HttpRequest& http_request) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(snapshot, context.dossiers.get());
    PARINDEX_TRY_ASSIGN(
        period, requested_period(http_request, default_period(overview->plan_view.plan.info.year,
                                                              context.clock.today())));
    IndicatorRequest request{period.from, period.to, Grouping::ward,
                             query_value(http_request.query, "unit"),
                             query_value(http_request.query, "procedure")};
    return DossierQuery{std::move(overview), std::move(snapshot), std::move(request)};
}

// --- JSON of the summary and the indicators ------------------------------------------------

json unit_json(const DossierUnit& unit, const Overview& overview) {
    return json{{"code", unit.code},
                {"plan_unit_key", unit.plan_unit_key},
                {"plan_unit_name", unit.plan_unit_key.empty()
                                       ? json(nullptr)
                                       : json(overview.unit_name(unit.plan_unit_key))}};
}

json import_json(const std::optional<DossierImportRecord>& record) {
    if (!record) {
        return nullptr;
    }
    return json{{"imported_at", record->imported_at},
                {"source", record->source},
                {"rows_read", record->rows_read},
                {"inserted", record->inserted},
                {"updated", record->updated},
                {"rejected", record->rejected},
                {"latest_day", date_or_null(record->latest_day)}};
}

json indicator_row_json(const IndicatorRow& row) {
    const auto percent = row.rate.percent();
    return json{{"group", row.key},
                {"name", row.name},
                {"from", row.from.to_iso()},
                {"to", row.to.to_iso()},
                {"indicator", indicator_id(row.indicator)},
                {"label", label_text(indicator_label(row.indicator))},
                {"numerator", row.rate.numerator},
                {"denominator", row.rate.denominator},
                {"rate", percent ? json(*percent) : json(nullptr)},
                {"rate_text", format_rate(row.rate)}};
}

// --- action lists ------------------------------------------------------------------------------

json action_item_json(const ActionItem& item) {
    return json{{"code", item.code},
                {"unit", item.unit_code},
                {"procedure", item.procedure_code},
                {"procedure_name", item.procedure_name},
                {"status", static_cast<int>(item.status)},
                {"status_label", label_text(dossier_status_label(item.status))},
                {"channel", static_cast<int>(item.channel)},
                {"channel_label", label_text(channel_label(item.channel))},
                {"received", item.received.to_iso()},
                {"due", item.due.to_iso()},
                {"ended", date_or_null(item.ended)},
                {"apologised", date_or_null(item.apologised)},
                {"days_late", item.days_late}};
}

std::vector<std::string> action_headers() {
    std::vector<std::string> headers;
    for (const Label label :
         {Label::http_dossier_column_code, Label::http_dossier_column_unit,
          Label::http_dossier_column_procedure, Label::http_dossier_column_procedure_name,
          Label::http_dossier_column_status, Label::http_dossier_column_channel,
          Label::http_dossier_column_received, Label::http_dossier_column_due,
          Label::http_dossier_column_ended, Label::http_dossier_column_apologised,
          Label::http_dossier_column_days_late}) {
        headers.emplace_back(label_text(label));
    }
    return headers;
}

std::string dmy_or_empty(const std::optional<CivilDate>& date) {
    return date ? date->to_dmy() : std::string();
}

// The cells of one item as people read them: labels for codes, dd/mm/yyyy dates.
std::vector<OfficeCell> action_cells(const ActionItem& item) {
    return {
        OfficeCell{item.code, std::nullopt},
        OfficeCell{item.unit_code, std::nullopt},
        OfficeCell{item.procedure_code, std::nullopt},
        OfficeCell{item.procedure_name, std::nullopt},
        OfficeCell{std::string(label_text(dossier_status_label(item.status))), std::nullopt},
        OfficeCell{std::string(label_text(channel_label(item.channel))), std::nullopt},
        OfficeCell{item.received.to_dmy(), std::nullopt},
        OfficeCell{item.due.to_dmy(), std::nullopt},
        OfficeCell{dmy_or_empty(item.ended), std::nullopt},
        OfficeCell{dmy_or_empty(item.apologised), std::nullopt},
        OfficeCell{std::to_string(item.days_late), static_cast<double>(item.days_late)},
    };
}

// A cell Excel would read as a formula (=, +, -, @ first) is written as text: imported codes and
// names are not trusted to be harmless.
std::string spreadsheet_safe(const std::string& cell) {
    const bool formula_like = !cell.empty() && (cell.front() == '=' || cell.front() == '+' ||
                                                cell.front() == '-' || cell.front() == '@');
    return formula_like ? "'" + cell : cell;
}

void append_csv_row(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        append_csv_field(out, spreadsheet_safe(cells[i]));
    }
    out += "\r\n";
}

// --- uploads -------------------------------------------------------------------------------

// A file in the temporary directory, removed when this goes out of scope.
class TemporaryFile {
  public:
    TemporaryFile() = default;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    TemporaryFile(TemporaryFile&&) = delete;
    TemporaryFile& operator=(TemporaryFile&&) = delete;
    ~TemporaryFile() {
        if (!m_path.empty()) {
            std::error_code ignored;
            std::filesystem::remove(m_path, ignored);
        }
    }

    // Created with mkstemps: a fresh name no one else can have taken, readable by this user
    // only (an upload holds citizens' dossiers), never following a planted link.
    Result<void> write(std::string_view bytes, std::string_view extension) {
        std::error_code error;
        const std::filesystem::path directory = std::filesystem::temp_directory_path(error);
        if (error) {
            return fail(ErrorCode::io, Label::http_dossier_upload_failed, {error.message()});
        }
        std::string name = (directory / "parindex-upload-XXXXXX").string() + std::string(extension);
        const int descriptor = ::mkstemps(name.data(), static_cast<int>(extension.size()));
        if (descriptor < 0) {
            return fail(ErrorCode::io, Label::http_dossier_upload_failed, {std::strerror(errno)});
        }
        m_path = name;
        std::size_t written = 0;
        while (written < bytes.size()) {
            const ssize_t count =
                ::write(descriptor, bytes.data() + written, bytes.size() - written);
            if (count <= 0) {
                ::close(descriptor);
                return fail(ErrorCode::io, Label::http_dossier_upload_failed,
                            {std::strerror(errno)});
            }
            written += static_cast<std::size_t>(count);
        }
        if (::close(descriptor) != 0) {
            return fail(ErrorCode::io, Label::http_dossier_upload_failed, {std::strerror(errno)});
        }
        return {};
    }

    [[nodiscard]] std::string path() const { return m_path.string(); }

  private:
    std::filesystem::path m_path;
};

std::string_view extension_of(TableFormat format) {
    switch (format) {
        case TableFormat::csv:
            return ".csv";
        case TableFormat::xlsx:
            return ".xlsx";
        case TableFormat::json_lines:
            return ".jsonl";
    }
    return ".csv";
}

// Messages name the file as the person sent it, never the temporary copy (the readers'
// own errors, an unreadable workbook say, carry the path they opened as an argument).
void rename_source(Diagnostic& diagnostic, const std::string& temporary, const std::string& name) {
    if (diagnostic.where.file == temporary) {
        diagnostic.where.file = name;
    }
    for (std::string& argument : diagnostic.args) {
        if (argument == temporary) {
            argument = name;
        }
    }
}

template <class Record>
Result<ImportSummary> run_import(
    ApiContext& context, const ImportRequest& import_request, const ReadOptions& options,
    Result<std::vector<Diagnostic>> (*read)(const ReadOptions&, const RowVisitor<Record>&),
    Result<ImportSummary> (*import)(WorkflowStore&, const Clock&, const ImportRequest&,
                                    const RowSource<Record>&)) {
    return import(context.store, context.clock, import_request,
                  [&](const SourceRowVisitor<Record>& visit) { return read(options, visit); });
}

// --- the calendar ----------------------------------------------------------------------------

Result<int> year_param(const RequestContext& request) {
    constexpr int k_first_year = 2000;
    constexpr int k_last_year = 2100;
    const auto year = parse_exact<int>(request.params.at(0));
    if (!year || *year < k_first_year || *year > k_last_year) {
        return fail(ErrorCode::not_found, Label::http_not_found);
    }
    return *year;
}

json calendar_json(int year, const std::vector<CalendarDay>& stored) {
    std::vector<CalendarDay> days;
    std::copy_if(stored.begin(), stored.end(), std::back_inserter(days),
                 [year](const CalendarDay& day) { return day.date.year() == year; });
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    json list = json::array();
    for (const CalendarDay& day : days) {
        list.push_back({{"date", day.date.to_iso()},
                        {"kind", calendar_day_kind_code(day.kind)},
                        {"name", day.name}});
    }
    return json{{"year", year}, {"days", std::move(list)}};
}

Result<std::vector<CalendarDay>> calendar_days_field(const json& body, int year) {
    const auto found = body.find("days");
    if (found == body.end() || !found->is_array()) {
        return invalid_choice("days");
    }
    std::vector<CalendarDay> days;
    std::set<int> seen;
    const Location where{{}, 0, "days"};
    for (const json& entry : *found) {
        if (!entry.is_object()) {
            return invalid_choice("days");
        }
        PARINDEX_TRY_ASSIGN(date, date_field(entry, "date"));
        PARINDEX_TRY_ASSIGN(kind_code, text_field(entry, "kind"));
        PARINDEX_TRY_ASSIGN(name, text_field(entry, "name"));
        const auto kind = calendar_day_kind_from_code(kind_code);
        if (!date || !kind) {
            return invalid_choice("days");
        }
        CalendarDay day{*date, *kind, collapse_whitespace(to_nfc(name))};
        if (auto checked = check_calendar_day(day, year); !checked) {
            Error error = std::move(checked).error();
            error.detail.where = where;
            return tl::unexpected(std::move(error));
        }
        if (!seen.insert(date->day_number()).second) {
            return fail(ErrorCode::invalid_input, Label::http_dossier_calendar_duplicate,
                        {date->to_dmy()}, where);
        }
        days.push_back(std::move(day));
    }
    return days;
}

// --- letters ---------------------------------------------------------------------------------

Result<std::vector<std::string>> codes_field(const json& body) {
    const auto found = body.find("codes");
    const auto too_many_or_few = [] {
        return fail(ErrorCode::invalid_input, Label::http_dossier_codes_count,
                    {std::to_string(k_max_letters)}, Location{{}, 0, "codes"});
    };
    if (found == body.end() || !found->is_array()) {
        return too_many_or_few();
    }
    std::vector<std::string> codes;
    for (const json& code : *found) {
        if (!code.is_string() || code.get<std::string>().empty()) {
            return invalid_choice("codes");
        }
        std::string text = code.get<std::string>();
        if (std::find(codes.begin(), codes.end(), text) == codes.end()) {
            codes.push_back(std::move(text));
        }
    }
    if (codes.empty() || codes.size() > k_max_letters) {
        return too_many_or_few();
    }
    return codes;
}

// "Bắc Kạn, ngày ... tháng 9 năm 2025" gives "Bắc Kạn"; no comma, nothing.
std::string place_of(const std::string& place_and_date) {
    const std::size_t comma = place_and_date.find(',');
    if (comma == std::string::npos) {
        return {};
    }
    return collapse_whitespace(place_and_date.substr(0, comma));
}

LetterIssuer letter_issuer(const PlanInfo& info) {
    LetterIssuer issuer;
    issuer.authority = info.issuing_body.empty()
                           ? std::string(label_text(Label::http_dossier_letter_authority))
                           : info.issuing_body;
    issuer.office = std::string(label_text(Label::http_dossier_letter_office));
    issuer.place = place_of(info.place_and_date);
    issuer.signer_title = std::string(label_text(Label::http_dossier_letter_signer));
    return issuer;
}

}  // namespace

Result<HttpResponse> handle_dossier_summary(ApiContext& context, RequestContext& request) {
    if (!can_view_dossiers(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(snapshot, context.dossiers.get());
    const DossierData& data = snapshot->data;
    json units = json::array();
    for (const DossierUnit& unit : data.units) {
        units.push_back(unit_json(unit, *overview));
    }
    const auto catalogue = std::count_if(data.procedures.begin(), data.procedures.end(),
                                         [](const Procedure& p) { return p.in_catalogue; });
    const DatePeriod period =
        default_period(overview->plan_view.plan.info.year, context.clock.today());
    return json_response(200, json{{"count", data.table.size()},
                                   {"latest_import", import_json(snapshot->latest_import)},
                                   {"units", std::move(units)},
                                   {"procedure_count", data.procedures.size()},
                                   {"catalogue_count", catalogue},
                                   {"from", period.from.to_iso()},
                                   {"to", period.to.to_iso()}});
}

Result<HttpResponse> handle_dossier_indicators(ApiContext& context, RequestContext& request) {
    if (!can_view_dossiers(request.actor())) {
        return forbidden();
    }
    const std::string by = query_value(request.request.query, "by");
    const auto grouping = grouping_from_code(by.empty() ? "ward" : by);
    if (!grouping) {
        return invalid_choice("by");
    }
    PARINDEX_TRY_ASSIGN(query, dossier_query(context, request.request));
    query.request.grouping = *grouping;
    const Overview& overview = *query.overview;
    PARINDEX_TRY_ASSIGN(
        rows, indicator_rows(*query.snapshot, query.request, [&overview](std::string_view key) {
            return overview.unit_name(key);
        }));
    json list = json::array();
    for (const IndicatorRow& row : rows) {
        list.push_back(indicator_row_json(row));
    }
    return json_response(200, json{{"from", query.request.from.to_iso()},
                                   {"to", query.request.to.to_iso()},
                                   {"by", grouping_code(*grouping)},
                                   {"rows", std::move(list)}});
}

Result<HttpResponse> handle_dossier_scores(ApiContext& context, RequestContext& request) {
    if (!can_view_dossiers(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(query, dossier_query(context, request.request));
    PARINDEX_TRY_ASSIGN(rules, shipped_score_rules());
    PARINDEX_TRY_ASSIGN(rows, score_rows(*query.snapshot, query.request, rules));
    json list = json::array();
    double total = 0;
    double total_max = 0;
    for (const ScoreRow& row : rows) {
        total += row.points.value_or(0);
        total_max += row.rule.max_points;
        const auto percent = row.rate.percent();
        list.push_back(json{{"group", row.rule.group},
                            {"indicator", indicator_id(row.rule.indicator)},
                            {"label", label_text(indicator_label(row.rule.indicator))},
                            {"numerator", row.rate.numerator},
                            {"denominator", row.rate.denominator},
                            {"rate", percent ? json(*percent) : json(nullptr)},
                            {"rate_text", format_rate(row.rate)},
                            {"max_points", row.rule.max_points},
                            {"threshold", row.rule.threshold_percent},
                            {"points", row.points ? json(*row.points) : json(nullptr)},
                            {"note", row.rule.note}});
    }
    return json_response(200, json{{"from", query.request.from.to_iso()},
                                   {"to", query.request.to.to_iso()},
                                   {"rows", std::move(list)},
                                   {"points", total},
                                   {"max_points", total_max}});
}

Result<HttpResponse> handle_dossier_links(ApiContext& context, RequestContext& request) {
    if (!can_view_dossiers(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    json list = json::array();
    for (const IndicatorLink& link : indicator_links()) {
        const TaskView* task = overview->find_task(link.task_code);
        const auto index = static_cast<std::size_t>(link.target_index);
        if (task == nullptr || link.target_index < 0 || index >= task->node->targets.size()) {
            continue;
        }
        const Target& target = task->node->targets[index];
        const TargetMeasure measure =
            index < task->status.measures.size() ? task->status.measures[index] : TargetMeasure{};
        list.push_back({{"task_code", link.task_code},
                        {"target_index", link.target_index},
                        {"indicator", indicator_id(link.indicator)},
                        {"label", target.label},
                        {"comparator", comparator_code(target.comparator)},
                        {"value", target.value ? json(*target.value) : json(nullptr)},
                        {"text", describe_target(target)},
                        {"measured", measure.measured ? json(*measure.measured) : json(nullptr)},
                        {"met", measure.met ? json(*measure.met) : json(nullptr)},
                        {"period", measure.period},
                        {"source", measure.source}});
    }
    return json_response(200, list);
}

Result<HttpResponse> handle_dossier_actions(ApiContext& context, RequestContext& request) {
    if (!can_view_dossiers(request.actor())) {
        return forbidden();
    }
    const std::string& code = request.params.at(0);
    const auto list = action_list_from_code(code);
    if (!list) {
        return fail(ErrorCode::not_found, Label::http_not_found);
    }
    std::string format = query_value(request.request.query, "format");
    if (format.empty()) {
        format = "json";
    }
    if (format != "json" && format != "csv" && format != "xlsx") {
        return invalid_choice("format");
    }
    PARINDEX_TRY_ASSIGN(query, dossier_query(context, request.request));
    PARINDEX_TRY_ASSIGN(items, action_items(*query.snapshot, *list, query.request));
    const std::string label(label_text(action_list_label(*list)));
    if (format == "json") {
        json list_json = json::array();
        for (const ActionItem& item : items) {
            list_json.push_back(action_item_json(item));
        }
        return json_response(200, json{{"list", code},
                                       {"label", label},
                                       {"from", query.request.from.to_iso()},
                                       {"to", query.request.to.to_iso()},
                                       {"count", items.size()},
                                       {"items", std::move(list_json)}});
    }
    const std::string base =
        code + "-" + query.request.from.to_iso() + "-" + query.request.to.to_iso();
    if (format == "csv") {
        std::string body = "\xEF\xBB\xBF";
        append_csv_row(body, action_headers());
        for (const ActionItem& item : items) {
            std::vector<std::string> cells;
            for (OfficeCell& cell : action_cells(item)) {
                cells.push_back(std::move(cell.text));
            }
            append_csv_row(body, cells);
        }
        return attachment(k_csv_type, std::move(body), base + ".csv");
    }
    OfficeSheet sheet;
    sheet.name = code;
    sheet.title = format_label(Label::http_dossier_list_title,
                               {label, query.request.from.to_dmy(), query.request.to.to_dmy()});
    sheet.headers = action_headers();
    for (const ActionItem& item : items) {
        sheet.rows.push_back(action_cells(item));
    }
    constexpr double k_narrow = 14;
    constexpr double k_wide = 48;
    sheet.column_widths = {22, 18, 12, k_wide, 22, 14, k_narrow, k_narrow, k_narrow, k_narrow, 10};
    PARINDEX_TRY_ASSIGN(bytes, write_xlsx({sheet}));
    return attachment(k_xlsx_type, std::move(bytes), base + ".xlsx");
}

Result<HttpResponse> handle_apology_letters(ApiContext& context, RequestContext& request) {
    if (!can_draft_apology_letters(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(codes, codes_field(body));
    PARINDEX_TRY_ASSIGN(reason_text, text_field(body, "reason"));
    const std::string reason = collapse_whitespace(to_nfc(reason_text));
    if (reason.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_field_required,
                    {std::string(label_text(Label::http_dossier_word_reason))},
                    Location{{}, 0, "reason"});
    }
    PARINDEX_TRY_ASSIGN(new_due, date_field(body, "new_due"));
    const CivilDate today = context.clock.today();
    if (!new_due) {
        return fail(ErrorCode::invalid_input, Label::error_field_required,
                    {std::string(label_text(Label::http_dossier_word_new_due))},
                    Location{{}, 0, "new_due"});
    }
    if (*new_due < today) {
        return fail(ErrorCode::invalid_input, Label::http_dossier_new_due_past,
                    {new_due->to_dmy(), today.to_dmy()}, Location{{}, 0, "new_due"});
    }
    PARINDEX_TRY_ASSIGN(applicant_text, text_field(body, "applicant"));
    const std::string applicant = collapse_whitespace(to_nfc(applicant_text));

    std::vector<DossierRecord> records;
    PARINDEX_TRY(context.store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, context.store.dossiers().find_dossiers(codes));
        records = std::move(found);
        return {};
    }));
    for (const std::string& code : codes) {
        const bool known = std::any_of(records.begin(), records.end(),
                                       [&](const DossierRecord& r) { return r.code == code; });
        if (!known) {
            return fail(ErrorCode::not_found, Label::http_dossier_not_found, {code},
                        Location{{}, 0, "codes"});
        }
    }
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(snapshot, context.dossiers.get());
    const DossierData& data = snapshot->data;
    std::vector<ApologyLetter> letters;
    for (const std::string& code : codes) {
        const DossierRecord& record = *std::find_if(
            records.begin(), records.end(), [&](const DossierRecord& r) { return r.code == code; });
        std::string procedure_name = record.procedure_name;
        if (const auto procedure = snapshot->find_procedure(record.procedure_code);
            procedure && procedure_name.empty()) {
            procedure_name = data.procedures[*procedure].name;
        }
        std::string unit_name = record.unit_code;
        if (const auto unit = snapshot->find_unit(record.unit_code);
            unit && !data.units[*unit].plan_unit_key.empty()) {
            unit_name = overview->unit_name(data.units[*unit].plan_unit_key);
        }
        letters.push_back(ApologyLetter{record.code, procedure_name, unit_name, applicant,
                                        record.received, record.due.value_or(record.received),
                                        *new_due, reason, today});
    }
    PARINDEX_TRY_ASSIGN(
        bytes, render_apology_letters(letter_issuer(overview->plan_view.plan.info), letters));
    return attachment(k_docx_type, std::move(bytes),
                      "phieu-xin-loi-" + std::to_string(letters.size()) + ".docx");
}

Result<HttpResponse> handle_dossier_import(ApiContext& context, RequestContext& request) {
    if (!can_import_dossiers(request.actor())) {
        return forbidden();
    }
    const std::string& query = request.request.query;
    std::string kind = query_value(query, "kind");
    if (kind.empty()) {
        kind = "dossiers";
    }
    if (kind != "dossiers" && kind != "procedures") {
        return invalid_choice("kind");
    }
    const std::string name = query_value(query, "name");
    const std::string format_code = query_value(query, "format");
    const auto format =
        format_code.empty() ? table_format_of(name) : table_format_from_code(format_code);
    if (!format) {
        return invalid_choice("format");
    }
    const std::string strict_text = query_value(query, "strict");
    if (!strict_text.empty() && strict_text != "0" && strict_text != "1" && strict_text != "true" &&
        strict_text != "false") {
        return invalid_choice("strict");
    }
    const bool strict = strict_text == "1" || strict_text == "true";
    const std::string source = name.empty() ? kind + std::string(extension_of(*format)) : name;

    TemporaryFile file;
    PARINDEX_TRY(file.write(request.request.body, extension_of(*format)));
    PARINDEX_TRY(ensure_default_calendar(context.store));
    const ImportRequest import_request{source, strict, request.actor().username};
    const ReadOptions options{file.path(), *format, {}, source};
    auto summary = kind == "dossiers"
                       ? run_import<DossierRecord>(context, import_request, options,
                                                   &read_dossier_file, &import_dossiers)
                       : run_import<Procedure>(context, import_request, options,
                                               &read_procedure_file, &import_procedures);
    context.dossiers.invalidate();
    context.overview.invalidate();
    if (!summary) {
        Error error = std::move(summary).error();
        rename_source(error.detail, file.path(), source);
        return tl::unexpected(std::move(error));
    }
    json rejected = json::array();
    for (std::size_t i = 0; i < summary->rejected.size() && i < k_rejects_shown; ++i) {
        const RejectedRow& row = summary->rejected[i];
        rejected.push_back({{"line", row.line},
                            {"column", row.column},
                            {"message", row.message},
                            {"raw", row.raw}});
    }
    json warnings = json::array();
    for (Diagnostic warning : summary->warnings) {
        rename_source(warning, file.path(), source);
        warnings.push_back(describe(warning));
    }
    return json_response(200, json{{"kind", kind},
                                   {"rows_read", summary->rows_read},
                                   {"inserted", summary->inserted},
                                   {"updated", summary->updated},
                                   {"rejected_count", summary->rejected.size()},
                                   {"rejected", std::move(rejected)},
                                   {"warnings", std::move(warnings)},
                                   {"latest_day", date_or_null(summary->latest_day)}});
}

Result<HttpResponse> handle_map_dossier_unit(ApiContext& context, RequestContext& request) {
    if (!can_map_dossier_units(request.actor())) {
        return forbidden();
    }
    const std::string& code = request.params.at(0);
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(key, text_field(body, "plan_unit_key"));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    if (!key.empty()) {
        const Unit* unit = overview->find_unit(key);
        if (unit == nullptr || unit->kind != UnitKind::unit) {
            return fail(ErrorCode::invalid_input, Label::http_dossier_plan_unit_unknown, {key},
                        Location{{}, 0, "plan_unit_key"});
        }
    }
    const DossierUnit unit{code, key};
    PARINDEX_TRY(context.store.transaction(
        [&]() -> Result<void> { return context.store.dossiers().map_dossier_unit(unit); }));
    context.dossiers.invalidate();
    return json_response(200, unit_json(unit, *overview));
}

Result<HttpResponse> handle_get_calendar(ApiContext& context, RequestContext& request) {
    if (!can_view_dossiers(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(year, year_param(request));
    std::vector<CalendarDay> days;
    PARINDEX_TRY(context.store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(stored, context.store.dossiers().list_calendar_days());
        days = std::move(stored);
        return {};
    }));
    return json_response(200, calendar_json(year, days));
}

Result<HttpResponse> handle_put_calendar(ApiContext& context, RequestContext& request) {
    if (!can_edit_calendar(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(year, year_param(request));
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    if (const auto stated = body.find("year"); stated != body.end() && !stated->is_null()) {
        if (!stated->is_number_integer() || stated->get<int>() != year) {
            return fail(ErrorCode::invalid_input, Label::http_dossier_calendar_year,
                        {stated->dump(), std::to_string(year)}, Location{{}, 0, "year"});
        }
    }
    PARINDEX_TRY_ASSIGN(days, calendar_days_field(body, year));
    PARINDEX_TRY(replace_calendar_year(context.store, year, days));
    context.dossiers.invalidate();
    return json_response(200, calendar_json(year, days));
}

}  // namespace parindex
