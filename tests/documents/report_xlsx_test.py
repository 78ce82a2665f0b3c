"""The periodic report as an XLSX workbook, read back by openpyxl (sheets, header cells, numbers
stored as numbers, frozen header rows, autofilters, figures that agree with each other and with the
kpi command, exact Vietnamese) and by LibreOffice Calc (it converts every sheet to CSV, and to PDF).
"""
import csv
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require(modules=["openpyxl"], tools=["soffice", "pdfinfo"])

import openpyxl  # noqa: E402

SHEETS = ["Tổng hợp", "Kế hoạch", "Tiến độ", "Chỉ số hồ sơ", "Điểm"]
# sheet: (header row, header cells)
HEADERS = {
    # title, plan, as-of date, how the index is computed, a blank line, then the header
    "Tổng hợp": (6, ["Nội dung", "Số liệu"]),
    "Kế hoạch": (1, ["Lĩnh vực", "STT", "Nhiệm vụ", "Yêu cầu", "Thời gian hoàn thành",
                     "Cơ quan chủ trì", "Cơ quan phối hợp"]),
    "Tiến độ": (1, ["STT", "Nhiệm vụ", "Chỉ tiêu", "Kết quả đạt được", "Đánh giá", "Tình trạng",
                    "Cơ quan chủ trì", "Nguyên nhân"]),
    "Chỉ số hồ sơ": (1, ["Chỉ số", "Tỷ lệ", "Tử số", "Mẫu số", "Khoảng thời gian"]),
    "Điểm": (1, ["Mã", "Lĩnh vực, tiêu chí", "Tối đa", "Hiện tại", "Dự báo", "Năm trước"]),
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")

scratch = None
ward = {}


def setUpModule():
    global scratch
    scratch = support.module_scratch("report-xlsx")
    database = scratch.path("ward", "parindex.db")
    support.seed_demo_ward(database)
    path = scratch.path("bao-cao-2025-Q3.xlsx")
    support.run(database, "report", "--period", support.PERIOD, "--format", "xlsx", "-o", path,
                "--today", support.TODAY)
    ward.update(
        path=path,
        workbook=openpyxl.load_workbook(path),
        plan=support.plan_json(database),
        kpi=support.kpi_by_indicator(database, "2025-01-01", support.PERIOD_END),
    )


def data_rows(name):
    """Rows below the header, as lists of cells, up to the last non-empty row."""
    sheet = ward["workbook"][name]
    header_row, _ = HEADERS[name]
    rows = [list(row) for row in sheet.iter_rows(min_row=header_row + 1)]
    while rows and all(cell.value is None for cell in rows[-1]):
        rows.pop()
    return rows


def summary():
    return {row[0].value: row[1].value for row in data_rows("Tổng hợp")}


def assert_number(test, cell):
    test.assertEqual(cell.data_type, "n", cell.coordinate)
    test.assertIsInstance(cell.value, (int, float), cell.coordinate)
    test.assertNotIsInstance(cell.value, bool, cell.coordinate)


class ReportXlsx(unittest.TestCase):

    def test_sheet_names(self):
        self.assertEqual(ward["workbook"].sheetnames, SHEETS)

    def test_header_cells(self):
        for name, (row, titles) in HEADERS.items():
            sheet = ward["workbook"][name]
            cells = [sheet.cell(row=row, column=c + 1).value for c in range(len(titles))]
            self.assertEqual(cells, titles, name)

    def test_header_rows_are_frozen_and_filtered(self):
        for name, (row, titles) in HEADERS.items():
            sheet = ward["workbook"][name]
            self.assertEqual(sheet.freeze_panes, "A%d" % (row + 1), name)
            reference = sheet.auto_filter.ref
            self.assertTrue(reference, name + " has no autofilter")
            first, _, last = reference.partition(":")
            self.assertEqual(first, "A%d" % row, name)
            last_row = row + len(data_rows(name))
            self.assertGreaterEqual(int("".join(c for c in last if c.isdigit())), last_row, name)

    def test_summary_figures_are_number_cells(self):
        figures = data_rows("Tổng hợp")
        self.assertEqual(figures[0][0].value, "Tổng số nhiệm vụ")
        for row in figures:
            if row[0].value != "Phương pháp chấm điểm":
                assert_number(self, row[1])
        self.assertEqual(summary()["Tổng số nhiệm vụ"], 50)

    def test_indicator_columns_are_number_cells_matching_the_kpi_command(self):
        names = {"Tỷ lệ hồ sơ giải quyết đúng hạn": "on_time_rate",
                 "Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi": "apology_rate",
                 "Tỷ lệ hồ sơ trực tuyến toàn trình": "full_online_rate"}
        seen = set()
        for row in data_rows("Chỉ số hồ sơ"):
            for cell in row[1:4]:
                assert_number(self, cell)
            self.assertEqual(row[4].value, "01/01/2025 - 30/09/2025")
            if row[0].value in names:
                kpi = ward["kpi"][names[row[0].value]]
                self.assertAlmostEqual(row[1].value, kpi["rate"] / 100, places=4)
                self.assertIn("%", row[1].number_format, "a rate shows as a percentage")
                self.assertEqual((row[2].value, row[3].value),
                                 (kpi["numerator"], kpi["denominator"]))
                seen.add(row[0].value)
        self.assertEqual(seen, set(names))

    def test_score_columns_are_number_cells_that_roll_up(self):
        rows = data_rows("Điểm")
        self.assertEqual(rows[0][1].value, "Chỉ số CCHC")
        for row in rows:
            for cell in row[2:6]:
                assert_number(self, cell)
        areas = [row for row in rows if row[0].value in ROMAN]
        self.assertEqual([row[0].value for row in areas], list(ROMAN))
        self.assertAlmostEqual(sum(row[2].value for row in areas), 100, places=6)
        for column in (4, 5):  # forecast and last year add up; the current value is rescaled
            self.assertAlmostEqual(sum(row[column].value for row in areas), rows[0][column].value,
                                   delta=0.01 * len(areas))

    def test_progress_sheet_has_a_row_per_target_and_agrees_with_the_summary(self):
        rows = data_rows("Tiến độ")
        figures = summary()
        self.assertEqual(len(rows), figures["Tổng số chỉ tiêu"])
        verdicts = [row[4].value for row in rows]
        self.assertEqual(verdicts.count("Đạt"), figures["Chỉ tiêu đạt"])
        self.assertEqual(verdicts.count("Chưa đạt"), figures["Chỉ tiêu chưa đạt"])
        for row in rows:
            if row[3].value is not None:
                assert_number(self, row[3])
        statuses = {}
        for row in rows:
            statuses[row[0].value] = row[5].value
        self.assertEqual(sorted(statuses), sorted(support.tasks_by_code(ward["plan"])))
        done = [code for code, status in statuses.items() if status == "Hoàn thành đúng hạn"]
        self.assertEqual(len(done), figures["Hoàn thành đúng hạn"])
        self.assertIn("3.1.1", done)

    def test_measured_task_row(self):
        [row] = [r for r in data_rows("Tiến độ") if r[0].value == "3.2.1"]
        self.assertEqual([c.value for c in row[1:3]],
                         ["Tỷ lệ hồ sơ đúng hạn do UBND phường tiếp nhận, giải quyết", "> 90%"])
        self.assertAlmostEqual(row[3].value, ward["kpi"]["on_time_rate"]["rate"], places=2)
        self.assertEqual(row[4].value, "Đạt")
        self.assertEqual(row[5].value, "Chưa hoàn thành, còn trong hạn")

    def test_plan_sheet_has_every_task_in_exact_vietnamese(self):
        tasks = support.tasks_by_code(ward["plan"])
        names = support.unit_names(ward["plan"])
        rows = data_rows("Kế hoạch")
        self.assertEqual(sorted(row[1].value for row in rows), sorted(tasks))
        for row in rows:
            task = tasks[row[1].value]
            self.assertEqual(row[2].value, task["title"])
            self.assertEqual(row[3].value, task["requirement"])
            self.assertEqual(row[4].value, task["deadline"]["text"])
            self.assertEqual(row[5].value, ", ".join(names[k] for k in task["lead_units"]))
        self.assertEqual(rows[0][0].value, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")

    def test_every_text_is_nfc(self):
        for sheet in ward["workbook"].worksheets:
            self.assertTrue(support.is_nfc(sheet.title))
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        self.assertTrue(support.is_nfc(cell.value), cell.coordinate)


class ReportXlsxInLibreOffice(unittest.TestCase):
    """An independent spreadsheet opens the workbook."""

    def test_every_sheet_converts_to_utf8_csv(self):
        out = scratch.path("lo-csv")
        # Text CSV options: comma, double quote, UTF-8 (76), from line 1, ..., -1 = every sheet
        support.soffice_convert(
            ward["path"], "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
            "false,-1", out, scratch.path("lo-profile-csv"))
        for name in SHEETS:
            path = os.path.join(out, "bao-cao-2025-Q3-%s.csv" % name)
            self.assertTrue(os.path.exists(path), path)
        summary_path = os.path.join(out, "bao-cao-2025-Q3-Tổng hợp.csv")
        with open(summary_path, encoding="utf-8") as summary_csv:
            rows = list(csv.reader(summary_csv))
        self.assertIn(["Tổng số nhiệm vụ", "50"], rows)
        with open(os.path.join(out, "bao-cao-2025-Q3-Tiến độ.csv"), encoding="utf-8") as progress:
            rows = {row[0]: row for row in csv.reader(progress) if row}
        rate = ward["kpi"]["on_time_rate"]["rate"]
        self.assertEqual(float(rows["3.2.1"][3]), rate, "Calc reads the result as the number")

    def test_converts_to_pdf(self):
        out = scratch.path("lo-pdf")
        support.soffice_convert(ward["path"], "pdf", out, scratch.path("lo-profile-pdf"))
        pdf = os.path.join(out, "bao-cao-2025-Q3.pdf")
        self.assertGreaterEqual(len(support.pdf_page_sizes(pdf)), 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
