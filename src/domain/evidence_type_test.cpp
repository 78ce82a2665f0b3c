#include "domain/evidence_type.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parindex {

namespace {

using namespace std::string_view_literals;

// The first bytes of real files; the NUL bytes need the sv suffix to stay in the view.
constexpr std::string_view k_pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"sv;
constexpr std::string_view k_png = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"sv;
constexpr std::string_view k_jpeg = "\xFF\xD8\xFF\xE0\0\x10JFIF\0"sv;
constexpr std::string_view k_zip = "PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0"sv;
constexpr std::string_view k_ole = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0"sv;

constexpr std::string_view k_docx_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr std::string_view k_xlsx_type =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr std::string_view k_odt_type = "application/vnd.oasis.opendocument.text";
constexpr std::string_view k_ods_type = "application/vnd.oasis.opendocument.spreadsheet";

struct SniffCase {
    std::string_view name;
    std::string_view bytes;
    std::string_view file_name;
    std::optional<std::string_view> expected;  // nothing: refused
};

void expect_sniffs(const std::vector<SniffCase>& cases) {
    for (const SniffCase& c : cases) {
        EXPECT_EQ(sniff_evidence_type(c.bytes, c.file_name), c.expected)
            << c.name << ", file '" << c.file_name << "'";
    }
}

TEST(SniffEvidenceType, KnowsPdfAndImagesByTheirBytesWhateverTheName) {
    expect_sniffs({
        {"pdf", k_pdf, "quyet-dinh.pdf", "application/pdf"},
        {"pdf named .png", k_pdf, "anh.png", "application/pdf"},
        {"pdf without a name", k_pdf, "", "application/pdf"},
        {"pdf named .exe", k_pdf, "setup.exe", "application/pdf"},
        {"png", k_png, "chup-man-hinh.png", "image/png"},
        {"png named .jpg", k_png, "anh.jpg", "image/png"},
        {"jpeg", k_jpeg, "anh.JPG", "image/jpeg"},
        {"jpeg named .jpeg", k_jpeg, "anh.jpeg", "image/jpeg"},
        {"jpeg without an extension", k_jpeg, "anh", "image/jpeg"},
    });
}

TEST(SniffEvidenceType, NeedsTheZipBytesAndTheExtensionForOpenOfficeFormats) {
    expect_sniffs({
        {"docx", k_zip, "bao-cao.docx", k_docx_type},
        {"docx in capitals with diacritics", k_zip, "BÁO CÁO.DOCX", k_docx_type},
        {"docx in mixed case", k_zip, "Bao cao.DocX", k_docx_type},
        {"xlsx", k_zip, "danh-sach.xlsx", k_xlsx_type},
        {"xlsx in capitals", k_zip, "DANH SÁCH.XLSX", k_xlsx_type},
        {"odt", k_zip, "van-ban.odt", k_odt_type},
        {"ods", k_zip, "bang-tinh.ods", k_ods_type},
        {"the last extension counts", k_zip, "bao.cao.quy.3.docx", k_docx_type},
        // Right extension, wrong bytes.
        {"text named .docx", "Báo cáo quý III"sv, "bao-cao.docx", std::nullopt},
        {"ole named .docx", k_ole, "bao-cao.docx", std::nullopt},
        {"truncated zip named .xlsx", "PK\x03"sv, "a.xlsx", std::nullopt},
        // Right bytes, wrong extension.
        {"zip named .zip", k_zip, "tai-lieu.zip", std::nullopt},
        {"zip named .exe", k_zip, "setup.exe", std::nullopt},
        {"zip named .jar", k_zip, "app.jar", std::nullopt},
        {"zip without an extension", k_zip, "docx", std::nullopt},
        {"zip without a name", k_zip, "", std::nullopt},
        {"zip named .docx.exe", k_zip, "bao-cao.docx.exe", std::nullopt},
        {"zip named .doc", k_zip, "bao-cao.doc", std::nullopt},
        {"zip ending in a dot", k_zip, "bao-cao.docx.", std::nullopt},
    });
}

TEST(SniffEvidenceType, NeedsTheOleBytesAndTheExtensionForOldOfficeFormats) {
    expect_sniffs({
        {"doc", k_ole, "cong-van.doc", "application/msword"},
        {"doc in capitals", k_ole, "CÔNG VĂN.DOC", "application/msword"},
        {"xls", k_ole, "so-lieu.xls", "application/vnd.ms-excel"},
        {"xls in capitals", k_ole, "SO LIEU.XLS", "application/vnd.ms-excel"},
        {"ole named .msi", k_ole, "setup.msi", std::nullopt},
        {"ole named .ppt", k_ole, "trinh-chieu.ppt", std::nullopt},
        {"ole without an extension", k_ole, "doc", std::nullopt},
        {"zip named .xls", k_zip, "so-lieu.xls", std::nullopt},
        {"truncated ole", "\xD0\xCF\x11\xE0\xA1\xB1\x1A"sv, "cong-van.doc", std::nullopt},
    });
}

TEST(SniffEvidenceType, RefusesEverythingElse) {
    expect_sniffs({
        {"empty file", ""sv, "bao-cao.pdf", std::nullopt},
        {"empty file without a name", ""sv, "", std::nullopt},
        {"plain text", "Báo cáo kết quả thực hiện"sv, "bao-cao.txt", std::nullopt},
        {"text named .pdf", "Báo cáo kết quả"sv, "bao-cao.pdf", std::nullopt},
        {"html", "<!DOCTYPE html><html>"sv, "trang.html", std::nullopt},
        {"windows program", "MZ\x90\0\x03\0\0\0"sv, "setup.exe", std::nullopt},
        {"windows program named .pdf", "MZ\x90\0\x03\0\0\0"sv, "quyet-dinh.pdf", std::nullopt},
        {"gif", "GIF89a\x01\0\x01\0"sv, "anh.gif", std::nullopt},
        {"truncated pdf header", "%PDF"sv, "a.pdf", std::nullopt},
        {"pdf header not at the start", " %PDF-1.7"sv, "a.pdf", std::nullopt},
        {"truncated png header", "\x89PNG\r\n"sv, "a.png", std::nullopt},
        {"truncated jpeg header", "\xFF\xD8"sv, "a.jpg", std::nullopt},
    });
}

TEST(SniffEvidenceType, TheSizeLimitIsTwentyMebibytes) {
    EXPECT_EQ(k_max_evidence_bytes, std::size_t{20971520});
}

}  // namespace

}  // namespace parindex
