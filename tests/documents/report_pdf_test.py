"""The periodic report as PDF (parindex converts its DOCX with LibreOffice), read back by poppler:
the text comes back exact in Vietnamese, the pages are A4 portrait then landscape for the appendix
whose header row repeats on every page, the fonts are embedded Times-metric serif. Every page is
rendered to PNG in the build tree for a person to look at."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require(tools=["soffice", "pdftotext", "pdftoppm", "pdfinfo", "pdffonts"])

A4_SHORT, A4_LONG = 595.3, 841.9  # points
APPENDIX_HEADER = "STT Lĩnh vực, nhiệm vụ Chỉ tiêu Kết quả Tình trạng Cơ quan chủ trì"
# Liberation Serif is metric-compatible with Times New Roman, which the DOCX asks for
SERIF_FONTS = ("LiberationSerif", "TimesNewRoman", "Times-", "Tinos")

scratch = None
ward = {}


def setUpModule():
    global scratch
    scratch = support.module_scratch("report-pdf")
    database = scratch.path("ward", "parindex.db")
    support.seed_demo_ward(database)
    pdf = scratch.path("bao-cao-2025-Q3.pdf")
    support.run(database, "report", "--period", support.PERIOD, "--format", "pdf", "-o", pdf,
                "--today", support.TODAY)
    ward.update(path=pdf, plan=support.plan_json(database), sizes=support.pdf_page_sizes(pdf),
                text=support.collapse(support.pdf_text(pdf)))


def is_portrait_a4(size):
    return abs(size[0] - A4_SHORT) < 3 and abs(size[1] - A4_LONG) < 3


def is_landscape_a4(size):
    return abs(size[0] - A4_LONG) < 3 and abs(size[1] - A4_SHORT) < 3


class ReportPdf(unittest.TestCase):

    def test_pages_are_a4_portrait_then_landscape_for_the_appendix(self):
        sizes = ward["sizes"]
        self.assertGreaterEqual(len(sizes), 2)
        self.assertTrue(is_portrait_a4(sizes[0]), sizes[0])
        self.assertTrue(is_landscape_a4(sizes[-1]), sizes[-1])
        first_landscape = next(i for i, size in enumerate(sizes) if is_landscape_a4(size))
        self.assertTrue(all(is_portrait_a4(size) for size in sizes[:first_landscape]))
        self.assertTrue(all(is_landscape_a4(size) for size in sizes[first_landscape:]))

    def test_headings_come_back_exact(self):
        for text in support.REPORT_HEADINGS + [
                "ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC KẠN", support.NATIONAL_TITLE, support.MOTTO,
                "Bắc Kạn, ngày 20 tháng 11 năm 2025", "BÁO CÁO", "Nơi nhận:", "PHỤ LỤC",
                "Kết quả thực hiện Kế hoạch duy trì, cải thiện và nâng cao Chỉ số cải cách hành "
                "chính (PAR Index) phường Bắc Kạn quý III/2025"]:
            self.assertIn(text, ward["text"])

    def test_every_task_title_comes_back_exact(self):
        self.assertTrue(support.is_nfc(ward["text"]))
        for code, task in support.tasks_by_code(ward["plan"]).items():
            self.assertIn(support.collapse(code + ". " + task["title"].rstrip(". ")), ward["text"])

    def test_appendix_header_row_repeats_on_every_landscape_page(self):
        for number, size in enumerate(ward["sizes"], start=1):
            if not is_landscape_a4(size):
                continue
            page = support.collapse(support.pdf_text(ward["path"], page=number, layout=True))
            self.assertIn(APPENDIX_HEADER, page, "page %d" % number)

    def test_fonts_are_embedded_times_metric_serif(self):
        fonts = support.pdf_fonts(ward["path"])
        self.assertTrue(fonts)
        for name, embedded in fonts:
            self.assertTrue(name.startswith(SERIF_FONTS), name)
            self.assertTrue(embedded, name + " is not embedded")

    def test_pages_are_rendered_for_review(self):
        rendered = support.render_pages(ward["path"], "report-" + support.PERIOD)
        self.assertEqual(len(rendered), len(ward["sizes"]))
        for name in rendered:
            self.assertGreater(os.path.getsize(os.path.join(support.PAGES_DIR, name)), 1000)


if __name__ == "__main__":
    unittest.main(verbosity=2)
