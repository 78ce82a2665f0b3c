"""The plan regenerated as DOCX, XLSX and PDF, read back by python-docx, openpyxl and poppler: the
Phụ lục table keeps the seed's columns (with the merged "Phân công nhiệm vụ" header), one row per
area and per task of the seed, in landscape after the portrait body. Expected codes come from the
seed text read here, not from parindex's parser."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require(modules=["docx", "openpyxl"], tools=["soffice", "pdftotext", "pdftoppm", "pdfinfo"])

import docx  # noqa: E402
import openpyxl  # noqa: E402

TOP_HEADER = ["STT", "Lĩnh vực, tiêu chí", "Yêu cầu năm 2025", "Thời gian hoàn thành",
              "Phân công nhiệm vụ"]
SUB_HEADER = ["Cơ quan chủ trì", "Cơ quan phối hợp"]

scratch = None
plan = {}


def setUpModule():
    global scratch
    scratch = support.module_scratch("plan")
    database = scratch.path("ward", "parindex.db")
    support.import_seed_plan(database)
    paths = {}
    for form in ("docx", "xlsx", "pdf"):
        paths[form] = scratch.path("ke-hoach-2025." + form)
        support.run(database, "plan", "export", "--format", form, "-o", paths[form])
    plan.update(paths=paths, json=support.plan_json(database),
                document=docx.Document(paths["docx"]),
                workbook=openpyxl.load_workbook(paths["xlsx"]))


def seed_requirements():
    return {code: requirement for code, _, requirement in support.seed_plan_rows() if requirement}


class PlanDocx(unittest.TestCase):

    def table(self):
        return support.appendix_table(plan["document"])

    def body_rows(self):
        table = self.table()
        return [support.row_cells(table, row) for row in table.rows[2:]]

    def test_body_is_a4_portrait_and_the_appendix_landscape(self):
        document = plan["document"]
        first = document.sections[0]
        self.assertAlmostEqual(first.page_width.mm, 210, delta=1)
        self.assertAlmostEqual(first.page_height.mm, 297, delta=1)
        self.assertAlmostEqual(first.top_margin.mm, 20, delta=0.5)
        self.assertAlmostEqual(first.bottom_margin.mm, 20, delta=0.5)
        self.assertAlmostEqual(first.left_margin.mm, 30, delta=0.5)
        self.assertAlmostEqual(first.right_margin.mm, 15, delta=0.5)
        section = document.sections[support.section_of(document, self.table())]
        self.assertGreater(section.page_width, section.page_height)
        self.assertAlmostEqual(section.page_width.mm, 297, delta=1)
        text_mm = section.page_width.mm - section.left_margin.mm - section.right_margin.mm
        self.assertLessEqual(support.mm_from_twips(support.grid_width_twips(self.table())),
                             text_mm + 0.5)

    def test_two_header_rows_repeat_with_the_assignment_columns_merged(self):
        table = self.table()
        top = support.row_cells(table, table.rows[0])
        self.assertEqual([text for text, _, _ in top], TOP_HEADER)
        self.assertEqual([span for _, span, _ in top], [1, 1, 1, 1, 2])
        self.assertEqual([merge for _, _, merge in top[:4]], ["restart"] * 4)
        below = support.row_cells(table, table.rows[1])
        self.assertEqual([text for text, _, _ in below[4:]], SUB_HEADER)
        self.assertEqual([merge for _, _, merge in below[:4]], ["continue"] * 4)
        self.assertTrue(support.is_repeated_header(table.rows[0]))
        self.assertTrue(support.is_repeated_header(table.rows[1]))

    def test_area_rows_span_the_table(self):
        areas = [cells for cells in self.body_rows() if len(cells) == 2]
        self.assertEqual([cells[0][0].rstrip(".") for cells in areas], support.seed_area_codes())
        self.assertTrue(all(cells[1][1] == 5 for cells in areas))
        self.assertEqual(areas[0][1][0], "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")

    def test_a_row_per_seed_task_with_its_requirement_and_units(self):
        tasks = support.tasks_by_code(plan["json"])
        names = support.unit_names(plan["json"])
        rows = [[text for text, _, _ in cells] for cells in self.body_rows() if len(cells) == 6]
        with_requirement = [row[0] for row in rows if row[2]]
        self.assertEqual(len(with_requirement), 50)
        self.assertEqual(with_requirement, support.seed_task_codes())
        for code, title, requirement, deadline, lead, coordinating in rows:
            if code not in tasks:
                continue
            task = tasks[code]
            self.assertEqual(title, task["title"])
            self.assertEqual(requirement, task["requirement"])
            self.assertEqual(deadline, task["deadline"]["text"])
            self.assertEqual(lead, ", ".join(names[k] for k in task["lead_units"]), code)
            self.assertEqual(coordinating,
                             ", ".join(names[k] for k in task["coordinating_units"]), code)

    def test_requirements_keep_the_seed_wording(self):
        rows = {cells[0][0]: cells[2][0] for cells in self.body_rows() if len(cells) == 6}
        # 1.1 and 3.2.1 are printed in the seed on one line each, without page-break repairs
        for code in ("1.1", "3.2.1"):
            self.assertEqual(rows[code], seed_requirements()[code])

    def test_every_text_is_nfc(self):
        self.assertTrue(support.is_nfc(
            support.docx_part_text(plan["paths"]["docx"], "word/document.xml")))


class PlanXlsx(unittest.TestCase):

    def sheet(self):
        return plan["workbook"]["Phụ lục"]

    def test_one_landscape_sheet_with_two_frozen_filtered_header_rows(self):
        self.assertEqual(plan["workbook"].sheetnames, ["Phụ lục"])
        sheet = self.sheet()
        self.assertEqual(sheet.cell(row=1, column=1).value, "PHỤ LỤC")
        self.assertEqual([sheet.cell(row=5, column=c).value for c in range(1, 6)], TOP_HEADER)
        self.assertEqual([sheet.cell(row=6, column=c).value for c in (5, 6)], SUB_HEADER)
        merged = {r.coord for r in sheet.merged_cells.ranges}
        self.assertTrue({"E5:F5", "A5:A6", "B5:B6", "C5:C6", "D5:D6"} <= merged, merged)
        self.assertEqual(sheet.freeze_panes, "A7")
        self.assertTrue(sheet.auto_filter.ref.startswith("A6:"), sheet.auto_filter.ref)
        self.assertEqual(sheet.page_setup.orientation, "landscape")
        self.assertEqual(sheet.print_title_rows, "$5:$6")

    def test_area_rows_are_merged_across_the_table(self):
        sheet = self.sheet()
        merged = {r.coord for r in sheet.merged_cells.ranges}
        areas = [row for row in sheet.iter_rows(min_row=7) if row[0].value in
                 support.seed_area_codes()]
        self.assertEqual([row[0].value for row in areas], support.seed_area_codes())
        for row in areas:
            self.assertIn("B%d:F%d" % (row[0].row, row[0].row), merged)

    def test_a_row_per_seed_task_in_exact_vietnamese(self):
        tasks = support.tasks_by_code(plan["json"])
        names = support.unit_names(plan["json"])
        rows = [[cell.value for cell in row] for row in self.sheet().iter_rows(min_row=7)]
        with_requirement = [row[0] for row in rows if row[2]]
        self.assertEqual(with_requirement, support.seed_task_codes())
        for code, title, requirement, deadline, lead, coordinating in rows:
            if code not in tasks:
                continue
            task = tasks[code]
            self.assertEqual((title, requirement, deadline),
                             (task["title"], task["requirement"], task["deadline"]["text"]))
            self.assertTrue(support.is_nfc(title + requirement))
            self.assertEqual(lead, ", ".join(names[k] for k in task["lead_units"]))
            self.assertEqual(coordinating or "",
                             ", ".join(names[k] for k in task["coordinating_units"]))
            for cell in (title, requirement, deadline):
                self.assertIsInstance(cell, str)


class PlanPdf(unittest.TestCase):

    def test_portrait_body_landscape_appendix_and_every_task_code(self):
        path = plan["paths"]["pdf"]
        sizes = support.pdf_page_sizes(path)
        self.assertGreaterEqual(len(sizes), 2)
        self.assertLess(sizes[0][0], sizes[0][1])
        self.assertGreater(sizes[-1][0], sizes[-1][1])
        text = support.collapse(support.pdf_text(path))
        self.assertIn("PHỤ LỤC", text)
        self.assertIn("Về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par "
                      "Index) phường Bắc Kạn năm 2025", text)
        words = set(text.split())
        for code in support.seed_task_codes():
            self.assertIn(code, words)
        rendered = support.render_pages(path, "plan-2025")
        self.assertEqual(len(rendered), len(sizes))


if __name__ == "__main__":
    unittest.main(verbosity=2)
