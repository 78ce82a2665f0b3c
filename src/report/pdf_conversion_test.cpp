#include "report/pdf_conversion.hpp"

#include <gtest/gtest.h>
#include <signal.h>  // kill
#include <stdio.h>   // popen
#include <stdlib.h>  // mkdtemp, setenv

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <thread>

#include "report/docx_document.hpp"
#include "report/xlsx_writer.hpp"

namespace parindex {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_vietnamese = "Kết quả cải cách hành chính phường Bắc Kạn: đạt 86,4%";

// Each test gets a temporary directory of its own (TMPDIR points into it, so that what the
// conversion leaves behind shows) and a place for fake LibreOffice programs.
class PdfConversion : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "parindex-pdf-test-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
        fs::create_directories(m_root / "tmp");
        fs::create_directories(m_root / "bin");
        if (const char* previous = std::getenv("TMPDIR"); previous != nullptr) {
            m_previous_tmpdir = previous;
        }
        setenv("TMPDIR", (m_root / "tmp").c_str(), 1);
    }

    void TearDown() override {
        if (m_previous_tmpdir) {
            setenv("TMPDIR", m_previous_tmpdir->c_str(), 1);
        } else {
            unsetenv("TMPDIR");
        }
        std::error_code ignored;
        fs::remove_all(m_root, ignored);
    }

    // A shell script standing in for soffice.
    [[nodiscard]] std::string fake_soffice(const std::string& body) const {
        const fs::path path = m_root / "bin" / "soffice";
        std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
        fs::permissions(path, fs::perms::owner_all);
        return path.string();
    }

    [[nodiscard]] bool is_temporary_directory_empty() const { return fs::is_empty(m_root / "tmp"); }

    // The text pdftotext reads out of a PDF.
    [[nodiscard]] std::string pdf_text(const std::string& pdf) const {
        const fs::path path = m_root / "read.pdf";
        std::ofstream(path, std::ios::binary) << pdf;
        const std::string command = "pdftotext '" + path.string() + "' -";
        FILE* pipe = popen(command.c_str(), "r");
        if (pipe == nullptr) {
            return {};
        }
        std::string text;
        char buffer[4096];
        for (std::size_t read = 0; (read = fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
            text.append(buffer, read);
        }
        pclose(pipe);
        return text;
    }

    fs::path m_root;
    std::optional<std::string> m_previous_tmpdir;
};

std::string vietnamese_docx() {
    DocxDocument document("Báo cáo");
    document.add_paragraph({DocxRun{std::string(k_vietnamese), true}});
    document.add_paragraph({DocxRun{"Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân"}});
    return document.to_docx_bytes().value();
}

TEST_F(PdfConversion, ConvertsADocxAndKeepsItsVietnameseText) {
    const Result<std::string> pdf = convert_to_pdf(PdfConverter{}, vietnamese_docx(), "docx");
    ASSERT_TRUE(pdf.has_value()) << describe(pdf.error());
    EXPECT_TRUE(pdf->starts_with("%PDF"));
    const std::string text = pdf_text(*pdf);
    EXPECT_NE(text.find(k_vietnamese), std::string::npos) << text;
    EXPECT_NE(text.find("Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân"), std::string::npos) << text;
    EXPECT_TRUE(is_temporary_directory_empty());
}

TEST_F(PdfConversion, ConvertsAnXlsx) {
    OfficeSheet sheet;
    sheet.name = "Tiến độ";
    sheet.headers = {"Mã", "Nhiệm vụ", "Kết quả"};
    sheet.rows = {
        {OfficeCell{"2.1", {}}, OfficeCell{"Giải quyết hồ sơ đúng hạn", {}}, OfficeCell{"", 86.4}}};
    const Result<std::string> workbook = write_xlsx({sheet});
    ASSERT_TRUE(workbook.has_value());
    const Result<std::string> pdf = convert_to_pdf(PdfConverter{}, *workbook, "xlsx");
    ASSERT_TRUE(pdf.has_value()) << describe(pdf.error());
    EXPECT_TRUE(pdf->starts_with("%PDF"));
    const std::string text = pdf_text(*pdf);
    EXPECT_NE(text.find("Giải quyết hồ sơ đúng hạn"), std::string::npos) << text;
    EXPECT_NE(text.find("86.4"), std::string::npos) << text;
}

TEST_F(PdfConversion, SaysLibreOfficeIsNeededWhenTheProgramIsMissing) {
    PdfConverter converter;
    converter.soffice = "/nonexistent/soffice";
    const Result<std::string> pdf = convert_to_pdf(converter, vietnamese_docx(), "docx");
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().code, ErrorCode::internal);
    EXPECT_EQ(pdf.error().detail.message, Label::error_pdf_no_libreoffice);
    EXPECT_EQ(pdf.error().detail.args, std::vector<std::string>{"/nonexistent/soffice"});
    EXPECT_NE(describe(pdf.error()).find("LibreOffice"), std::string::npos);
    EXPECT_TRUE(is_temporary_directory_empty());
}

TEST_F(PdfConversion, ReportsTheEndOfTheLogWhenLibreOfficeFails) {
    PdfConverter converter;
    converter.soffice = fake_soffice(
        "echo 'javaldx: starting'\necho 'Error: source file could not be loaded' >&2\n"
        "exit 3");
    const Result<std::string> pdf = convert_to_pdf(converter, "not a document", "docx");
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().detail.message, Label::error_pdf_failed);
    EXPECT_EQ(pdf.error().detail.args,
              (std::vector<std::string>{
                  "mã thoát 3", "javaldx: starting | Error: source file could not be loaded"}));
    EXPECT_TRUE(is_temporary_directory_empty());
}

TEST_F(PdfConversion, TreatsASuccessWithoutAPdfAsAnError) {
    PdfConverter converter;
    converter.soffice = fake_soffice("echo 'convert document.docx -> document.pdf'\nexit 0");
    const Result<std::string> pdf = convert_to_pdf(converter, vietnamese_docx(), "docx");
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().detail.message, Label::error_pdf_no_output);
    EXPECT_EQ(pdf.error().detail.args,
              std::vector<std::string>{"convert document.docx -> document.pdf"});
}

TEST_F(PdfConversion, PassesTheProfileOutputDirectoryAndInput) {
    const fs::path arguments = m_root / "arguments.txt";
    PdfConverter converter;
    converter.soffice =
        fake_soffice("for a in \"$@\"; do echo \"$a\"; done > '" + arguments.string() +
                     "'\nfor a in \"$@\"; do out=\"$a\"; done\n"
                     "mkdir -p \"$(dirname \"$out\")/out\"\nprintf '%%PDF-1.7' > "
                     "\"$(dirname \"$out\")/out/document.pdf\"");
    const Result<std::string> pdf = convert_to_pdf(converter, "bytes", "xlsx");
    ASSERT_TRUE(pdf.has_value()) << describe(pdf.error());
    EXPECT_EQ(*pdf, "%PDF-1.7");
    std::ifstream stream(arguments);
    const std::string written((std::istreambuf_iterator<char>(stream)),
                              std::istreambuf_iterator<char>());
    const std::string directory = (m_root / "tmp").string() + "/parindex-pdf-";
    EXPECT_NE(written.find("-env:UserInstallation=file://" + directory), std::string::npos)
        << written;
    EXPECT_NE(written.find("/profile\n--headless\n--norestore\n--convert-to\npdf\n--outdir\n"),
              std::string::npos)
        << written;
    EXPECT_NE(written.find("/out\n" + directory), std::string::npos) << written;
    EXPECT_NE(written.find("/document.xlsx\n"), std::string::npos) << written;
    EXPECT_TRUE(is_temporary_directory_empty());
}

TEST_F(PdfConversion, StopsLibreOfficeAndItsHelpersAfterTheTimeLimit) {
    const fs::path helper = m_root / "helper.pid";
    PdfConverter converter;
    converter.soffice = fake_soffice("sleep 30 &\necho $! > '" + helper.string() + "'\nwait");
    converter.time_limit = std::chrono::seconds(1);
    const auto started = std::chrono::steady_clock::now();
    const Result<std::string> pdf = convert_to_pdf(converter, vietnamese_docx(), "docx");
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().detail.message, Label::error_pdf_timeout);
    EXPECT_EQ(pdf.error().detail.args, std::vector<std::string>{"1"});
    EXPECT_TRUE(is_temporary_directory_empty());

    // The helper was killed with the group: gone, or a zombie until init reaps it.
    pid_t pid = 0;
    std::ifstream(helper) >> pid;
    ASSERT_GT(pid, 0);
    auto is_running = [pid] {
        if (kill(pid, 0) != 0) {
            return false;
        }
        std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
        std::string skip;
        std::string state;
        stat >> skip >> skip >> state;
        return state != "Z";
    };
    for (int attempt = 0; attempt < 40 && is_running(); ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_FALSE(is_running());
}

TEST_F(PdfConversion, RefusesOtherFormats) {
    const Result<std::string> pdf = convert_to_pdf(PdfConverter{}, "x", "exe");
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().code, ErrorCode::unsupported);
    EXPECT_EQ(pdf.error().detail.message, Label::error_pdf_format);
}

}  // namespace

}  // namespace parindex
