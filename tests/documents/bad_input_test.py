"""Bad input is refused with a message and changes nothing: damaged Word and Excel files given to
`plan import`, an unknown report period, a malformed document-settings value."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require()

scratch = None
ward = {}

DOCUMENT_XML = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
                'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>')


def setUpModule():
    global scratch
    scratch = support.module_scratch("bad-input")
    database = scratch.path("ward", "parindex.db")
    support.import_seed_plan(database)
    for form in ("docx", "xlsx"):
        path = scratch.path("ke-hoach." + form)
        support.run(database, "plan", "export", "--format", form, "-o", path)
        with open(path, "rb") as exported:
            ward[form] = exported.read()
    ward["database"] = database


def write(name, data):
    path = scratch.path(name)
    with open(path, "wb") as damaged:
        damaged.write(data)
    return path


class DamagedPlanFiles(unittest.TestCase):

    def assert_refused_unchanged(self, path):
        database = ward["database"]
        before = support.run(database, "plan", "show", "--json").stdout
        refused = support.run(database, "plan", "import", path, check=False)
        self.assertNotEqual(refused.returncode, 0, refused.stdout)
        self.assertIn(os.path.basename(path), refused.stderr, "the error names the file")
        self.assertNotIn("Đã nhập", refused.stdout)
        self.assertEqual(support.run(database, "plan", "show", "--json").stdout, before,
                         "the stored plan changed")

    def test_zip_without_document_xml(self):
        self.assert_refused_unchanged(support.zip_with(scratch.path("thieu-noi-dung.docx"), {
            "[Content_Types].xml": "<Types/>", "word/styles.xml": "<w:styles/>"}))

    def test_truncated_docx(self):
        data = ward["docx"]
        self.assert_refused_unchanged(write("cat-ngang.docx", data[:len(data) // 2]))

    def test_docx_with_broken_document_xml(self):
        self.assert_refused_unchanged(support.zip_with(scratch.path("xml-hong.docx"), {
            "[Content_Types].xml": "<Types/>", "word/document.xml": DOCUMENT_XML}))

    def test_truncated_xlsx(self):
        data = ward["xlsx"]
        self.assert_refused_unchanged(write("cat-ngang.xlsx", data[:len(data) // 2]))

    def test_empty_docx(self):
        self.assert_refused_unchanged(write("rong.docx", b""))


class BadReportRequests(unittest.TestCase):

    def test_unknown_period_is_refused_and_writes_nothing(self):
        path = scratch.path("bao-cao-Q9.docx")
        refused = support.run(ward["database"], "report", "--period", "2025-Q9", "-o", path,
                              "--today", support.TODAY, check=False)
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn("2025-Q9", refused.stderr)
        self.assertFalse(os.path.exists(path))

    def test_period_not_begun_is_refused(self):
        path = scratch.path("bao-cao-2026.docx")
        refused = support.run(ward["database"], "report", "--period", "2026-Q1", "-o", path,
                              "--today", support.TODAY, check=False)
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn("2026", refused.stderr)
        self.assertFalse(os.path.exists(path))


class BadDocumentSettings(unittest.TestCase):

    def assert_refused_unchanged(self, args, named):
        database = ward["database"]
        before = support.run(database, "document-settings").stdout
        refused = support.run(database, "document-settings", *args, check=False)
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn(named, refused.stderr)
        self.assertEqual(support.run(database, "document-settings").stdout, before)

    def test_lower_case_report_symbol_with_a_space(self):
        self.assert_refused_unchanged(["--set", "report_symbol=bc ubnd"], "report_symbol")

    def test_good_field_beside_a_bad_one_is_not_stored_either(self):
        self.assert_refused_unchanged(["--set", "signer_name=Nguyễn Văn B",
                                       "--set", "report_symbol=bc ubnd"], "report_symbol")

    def test_unknown_field(self):
        self.assert_refused_unchanged(["--set", "chu_ky=1"], "chu_ky")


if __name__ == "__main__":
    unittest.main(verbosity=2)
