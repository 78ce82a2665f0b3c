"""The periodic report as DOCX, read back by python-docx (the Decree 30/2020 layout: page, margins,
fonts, the header block, headings, the appendix table, the signature block) and by LibreOffice
(it opens the file and exports it to PDF and to text)."""
import os
import re
import sys
import unittest
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require(modules=["docx"], tools=["soffice", "pdfinfo"])

import docx  # noqa: E402

APPENDIX_COLUMNS = ["STT", "Lĩnh vực, nhiệm vụ", "Chỉ tiêu", "Kết quả", "Tình trạng",
                    "Cơ quan chủ trì"]

scratch = None
ward = {}


def setUpModule():
    global scratch
    scratch = support.module_scratch("report-docx")
    database = scratch.path("ward", "parindex.db")
    support.seed_demo_ward(database)
    report = scratch.path("bao-cao-2025-Q3.docx")
    support.run(database, "report", "--period", support.PERIOD, "--format", "docx", "-o", report,
                "--today", support.TODAY)
    ward.update(
        database=database,
        path=report,
        document=docx.Document(report),
        plan=support.plan_json(database),
        settings=support.document_settings(database),
        kpi=support.kpi_by_indicator(database, "2025-01-01", support.PERIOD_END),
    )


def signature_table(document):
    [table] = [t for t in document.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:")]
    return table


def appendix_rows_by_code(document):
    table = support.appendix_table(document)
    rows = {}
    for row in table.rows[1:]:
        cells = support.row_cells(table, row)
        if len(cells) == len(APPENDIX_COLUMNS):
            rows.setdefault(cells[0][0], []).append([text for text, _, _ in cells])
    return rows


class ReportDocxLayout(unittest.TestCase):
    """Page, margins and fonts of Decree 30/2020 (Appendix I)."""

    def test_first_section_is_a4_portrait_with_decree_30_margins(self):
        section = ward["document"].sections[0]
        self.assertAlmostEqual(section.page_width.mm, 210, delta=1)
        self.assertAlmostEqual(section.page_height.mm, 297, delta=1)
        self.assertLess(section.page_width, section.page_height)
        self.assertAlmostEqual(section.top_margin.mm, 20, delta=0.5)
        self.assertAlmostEqual(section.bottom_margin.mm, 20, delta=0.5)
        self.assertAlmostEqual(section.left_margin.mm, 30, delta=0.5)
        self.assertAlmostEqual(section.right_margin.mm, 15, delta=0.5)

    def test_appendix_table_sits_in_a_later_landscape_a4_section(self):
        document = ward["document"]
        index = support.section_of(document, support.appendix_table(document))
        self.assertGreater(index, 0, "the appendix shares the report's portrait section")
        section = document.sections[index]
        self.assertGreater(section.page_width, section.page_height)
        self.assertAlmostEqual(section.page_width.mm, 297, delta=1)
        self.assertAlmostEqual(section.page_height.mm, 210, delta=1)
        self.assertEqual(support.section_of(document, document.tables[0]), 0)

    def test_every_table_fits_between_the_margins_of_its_section(self):
        document = ward["document"]
        for number, table in enumerate(document.tables):
            section = document.sections[support.section_of(document, table)]
            text_mm = (section.page_width.mm - section.left_margin.mm
                       - section.right_margin.mm)
            grid_mm = support.mm_from_twips(support.grid_width_twips(table))
            self.assertLessEqual(grid_mm, text_mm + 0.5, "table %d is %.1f mm wide, text area "
                                 "%.1f mm" % (number, grid_mm, text_mm))

    def test_times_new_roman_by_default_and_in_every_run_that_names_a_font(self):
        styles = ward["document"].styles.element
        fonts = styles.find(support.w("docDefaults")).find(support.w("rPrDefault")).find(
            support.w("rPr")).find(support.w("rFonts"))
        self.assertIsNotNone(fonts, "no default font in styles.xml")
        for attribute in ("ascii", "hAnsi", "cs"):
            # hAnsi is the font Word uses for the Vietnamese letters with diacritics
            self.assertEqual(fonts.get(support.w(attribute)), "Times New Roman", attribute)
        for element in (styles, ward["document"].element):
            for named in element.iter(support.w("rFonts")):
                for attribute in ("ascii", "hAnsi", "cs"):
                    value = named.get(support.w(attribute))
                    self.assertIn(value, (None, "Times New Roman"), attribute)

    def test_body_text_is_13_or_14_point(self):
        size = ward["document"].styles.element.find(support.w("docDefaults")).find(
            support.w("rPrDefault")).find(support.w("rPr")).find(support.w("sz"))
        self.assertIn(int(size.get(support.w("val"))), (26, 28), "half-points")


class ReportDocxContent(unittest.TestCase):
    """The header block, headings, appendix and signature block, in exact Vietnamese."""

    def test_header_table_holds_issuer_number_national_title_and_motto(self):
        header = ward["document"].tables[0]
        issuer, national = [text for text, _, _ in support.row_cells(header, header.rows[0])]
        number, place_and_date = [text for text, _, _ in support.row_cells(header, header.rows[1])]
        self.assertEqual([line for line in issuer.split("\n") if line],
                         ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC KẠN"])
        self.assertEqual([line for line in national.split("\n") if line], [support.NATIONAL_TITLE,
                                                                           support.MOTTO])
        self.assertRegex(number, r"^Số:\s+/BC-UBND$")
        self.assertTrue(place_and_date.startswith("Bắc Kạn, ngày"))

    def test_issuer_and_motto_are_bold_and_underlined_by_a_rule(self):
        header = ward["document"].tables[0]
        for cell in header.rows[0].cells[:1] + header.rows[0].cells[-1:]:
            texts = [p for p in cell.paragraphs if p.text.strip()]
            self.assertTrue(all(support.all_runs(p, support.run_is_bold) for p in texts),
                            [p.text for p in texts])
            rules = [p for p in cell.paragraphs if not p.text.strip()
                     and p._p.pPr is not None and p._p.pPr.find(support.w("pBdr")) is not None]
            self.assertEqual(len(rules), 1, "one short rule under " + texts[-1].text)

    def test_place_and_date_is_italic_with_the_report_day(self):
        header = ward["document"].tables[0]
        cell = header.rows[1].cells[-1]
        dated = [p for p in cell.paragraphs if p.text.strip()]
        self.assertEqual([p.text for p in dated], ["Bắc Kạn, ngày 20 tháng 11 năm 2025"])
        self.assertTrue(support.all_runs(dated[0], support.run_is_italic))

    def test_dates_below_ten_take_a_leading_zero(self):
        # Decree 30: days below 10 and the months January and February are written with a 0
        path = scratch.path("bao-cao-2025-Q1.docx")
        support.run(ward["database"], "report", "--period", "2025-Q1", "-o", path,
                    "--today", "2025-02-05")
        document = docx.Document(path)
        self.assertEqual(document.tables[0].rows[1].cells[-1].text,
                         "Bắc Kạn, ngày 05 tháng 02 năm 2025")

    def test_title_block_names_the_report_and_its_period(self):
        paragraphs = [p for p in ward["document"].paragraphs if p.text.strip()]
        self.assertEqual(paragraphs[0].text, "BÁO CÁO")
        self.assertTrue(support.all_runs(paragraphs[0], support.run_is_bold))
        self.assertEqual(paragraphs[1].text,
                         "Kết quả thực hiện Kế hoạch duy trì, cải thiện và nâng cao Chỉ số cải "
                         "cách hành chính (PAR Index) phường Bắc Kạn quý III/2025")

    def test_section_headings_in_order_and_bold(self):
        paragraphs = ward["document"].paragraphs
        texts = [p.text for p in paragraphs]
        positions = []
        for heading in support.REPORT_HEADINGS:
            self.assertIn(heading, texts)
            paragraph = paragraphs[texts.index(heading)]
            self.assertTrue(support.all_runs(paragraph, support.run_is_bold), heading)
            positions.append(texts.index(heading))
        self.assertEqual(positions, sorted(positions))

    def test_area_paragraphs_name_every_task_with_its_title(self):
        texts = [p.text for p in ward["document"].paragraphs]
        for code, task in support.tasks_by_code(ward["plan"]).items():
            # a title's own full stop gives way to the colon
            prefix = code + ". " + task["title"].rstrip(". ") + ":"
            self.assertTrue(any(t.startswith(prefix) for t in texts), prefix)

    def test_one_stop_figures_match_the_kpi_command(self):
        on_time = ward["kpi"]["on_time_rate"]
        line = "- Tỷ lệ hồ sơ giải quyết đúng hạn: %s%% (%s/%s hồ sơ)." % (
            support.vietnamese_number(on_time["rate"]),
            support.vietnamese_number(on_time["numerator"], 0),
            support.vietnamese_number(on_time["denominator"], 0))
        self.assertIn(line, [p.text for p in ward["document"].paragraphs])

    def test_appendix_header_row_repeats_and_names_the_columns(self):
        table = support.appendix_table(ward["document"])
        self.assertTrue(support.is_repeated_header(table.rows[0]),
                        "first appendix row lacks w:tblHeader in w:trPr")
        self.assertEqual([text for text, _, _ in support.row_cells(table, table.rows[0])],
                         APPENDIX_COLUMNS)
        self.assertFalse(any(support.is_repeated_header(row) for row in table.rows[1:]))

    def test_appendix_has_a_row_per_area_and_per_task(self):
        table = support.appendix_table(ward["document"])
        areas = [support.row_cells(table, row)[0][0] for row in table.rows[1:]
                 if len(support.row_cells(table, row)) == 2]
        self.assertEqual(areas, support.seed_area_codes())
        self.assertEqual(sorted(appendix_rows_by_code(ward["document"])),
                         sorted(support.tasks_by_code(ward["plan"])))

    def test_done_task_carries_its_target_result_and_status(self):
        # 3.1.1 was reported done with 100% and accepted by the coordinator in the demo
        task = support.tasks_by_code(ward["plan"])["3.1.1"]
        [row] = appendix_rows_by_code(ward["document"])["3.1.1"]
        self.assertEqual(row[1], task["title"])
        self.assertEqual(row[2], task["targets"][0]["text"])
        self.assertEqual(row[2], "≥ 100%")
        self.assertIn("đạt 100% (đạt chỉ tiêu)", row[3])
        self.assertIn("Đã công khai đầy đủ 100% TTHC thuộc thẩm quyền trên Trang thông tin điện "
                      "tử phường.", row[3])
        self.assertEqual(row[4], "Hoàn thành đúng hạn")
        self.assertEqual(row[5], support.unit_names(ward["plan"])[task["lead_units"][0]])

    def test_measured_task_carries_the_one_stop_rate_and_open_status(self):
        task = support.tasks_by_code(ward["plan"])["3.2.1"]
        [row] = appendix_rows_by_code(ward["document"])["3.2.1"]
        self.assertEqual(row[1], "Tỷ lệ hồ sơ đúng hạn do UBND phường tiếp nhận, giải quyết")
        self.assertEqual(row[2], task["targets"][0]["text"])
        self.assertEqual(row[2], "> 90%")
        rate = support.vietnamese_number(ward["kpi"]["on_time_rate"]["rate"])
        self.assertIn("đạt %s%% (số liệu từ hệ thống một cửa)" % rate, row[3])
        self.assertEqual(row[4], "Chưa hoàn thành, còn trong hạn")

    def test_signature_block_lists_recipients_and_signer_from_the_settings(self):
        fields, recipients = ward["settings"]
        signature = signature_table(ward["document"])
        left, right = [text for text, _, _ in support.row_cells(signature, signature.rows[0])]
        lines = left.split("\n")
        self.assertEqual(lines[0], "Nơi nhận:")
        self.assertTrue(support.all_runs(signature.rows[0].cells[0].paragraphs[0],
                                         support.run_is_bold))
        # Decree 30: one "- " line per recipient, each ending with ";" and the last with "."
        expected = ["- " + r.rstrip(";.,") + ";" for r in recipients]
        expected[-1] = expected[-1][:-1] + "."
        self.assertEqual(lines[1:], expected)
        signer = [line for line in right.split("\n") if line]
        expected_signer = [fields["signer_authority"]] if fields["signer_authority"] else []
        self.assertEqual(signer, expected_signer + [fields["signer_title"], fields["signer_name"]])

    def test_every_text_is_nfc(self):
        xml = support.docx_part_text(ward["path"], "word/document.xml")
        self.assertTrue(support.is_nfc(xml))
        self.assertNotIn("\ufffd", xml)


class ReportDocxSettings(unittest.TestCase):
    """What document-settings stores is what the report prints, normalised to NFC."""

    def test_number_signer_and_recipients_come_from_the_settings(self):
        database = scratch.path("settings", "parindex.db")
        support.import_seed_plan(database)
        name = unicodedata.normalize("NFD", "Nguyễn Thị Hằng")
        support.run(database, "document-settings", "--set", "report_number=125",
                    "--set", "signer_authority=KT. CHỦ TỊCH", "--set", "signer_title=PHÓ CHỦ TỊCH",
                    "--set", "signer_name=" + name, "--recipient", "Như trên;",
                    "--recipient", "Lưu: VT, VHXH.")
        path = scratch.path("settings", "bao-cao.docx")
        support.run(database, "report", "--period", support.PERIOD, "-o", path,
                    "--today", support.TODAY)
        document = docx.Document(path)
        self.assertEqual(document.tables[0].rows[1].cells[0].text, "Số: 125/BC-UBND")
        signature = signature_table(document)
        left, right = [text for text, _, _ in support.row_cells(signature, signature.rows[0])]
        self.assertEqual(left.split("\n"), ["Nơi nhận:", "- Như trên;", "- Lưu: VT, VHXH."])
        self.assertEqual([line for line in right.split("\n") if line],
                         ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hằng"])
        self.assertTrue(support.is_nfc(right))
        appendix_note = [p.text for p in document.paragraphs if p.text.startswith("(Kèm theo")]
        self.assertEqual(appendix_note, ["(Kèm theo Báo cáo số 125/BC-UBND ngày 20/11/2025 của "
                                         "Ủy ban nhân dân phường Bắc Kạn)"])


class ReportDocxInLibreOffice(unittest.TestCase):
    """An independent word processor opens the file: it converts to PDF and to plain text."""

    def test_converts_to_pdf(self):
        out = scratch.path("lo-pdf")
        support.soffice_convert(ward["path"], "pdf", out, scratch.path("lo-profile-pdf"))
        pdf = os.path.join(out, "bao-cao-2025-Q3.pdf")
        self.assertTrue(os.path.getsize(pdf) > 0)
        sizes = support.pdf_page_sizes(pdf)
        self.assertGreaterEqual(len(sizes), 2)
        self.assertLess(sizes[0][0], sizes[0][1], "first page portrait")
        self.assertGreater(sizes[-1][0], sizes[-1][1], "last page landscape")

    def test_text_export_keeps_the_headings_and_tasks(self):
        out = scratch.path("lo-txt")
        support.soffice_convert(ward["path"], "txt:Text", out, scratch.path("lo-profile-txt"))
        with open(os.path.join(out, "bao-cao-2025-Q3.txt"), encoding="utf-8-sig") as exported:
            text = exported.read()
        lines = [line.strip() for line in text.splitlines()]
        for heading in support.REPORT_HEADINGS + ["BÁO CÁO", "Nơi nhận:", "PHỤ LỤC",
                                                  support.NATIONAL_TITLE, support.MOTTO]:
            self.assertIn(heading, lines)
        self.assertIn("Bắc Kạn, ngày 20 tháng 11 năm 2025", lines)
        for code, task in support.tasks_by_code(ward["plan"]).items():
            self.assertIn(code + ". " + task["title"].rstrip(". ") + ":", text)
        self.assertTrue(re.search(r"^Số:\s+/BC-UBND$", text, re.M))


if __name__ == "__main__":
    unittest.main(verbosity=2)
