"""The plan through files on disk and the command line: the seed text imported into one database,
exported as DOCX and as XLSX, each file imported into a fresh database; `plan show --json` then
gives the same 50 tasks with the same fields. (tests/plan_round_trip_test.cpp does this in-process;
this one goes through the binary and the files a user would carry between machines.)"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import support  # noqa: E402

support.require(modules=["docx"])

import docx  # noqa: E402

TASK_FIELDS = ("code", "kind", "parent", "title", "requirement", "deadline", "lead_units",
               "coordinating_units", "responsible_units", "targets")

scratch = None
trip = {}


def setUpModule():
    global scratch
    scratch = support.module_scratch("round-trip")
    original = scratch.path("original", "parindex.db")
    support.import_seed_plan(original)
    trip["original"] = support.plan_json(original)
    for form in ("docx", "xlsx"):
        exported = scratch.path("ke-hoach-2025." + form)
        support.run(original, "plan", "export", "--format", form, "-o", exported)
        database = scratch.path("from-" + form, "parindex.db")
        os.makedirs(os.path.dirname(database))
        support.run(database, "plan", "import", exported)
        trip[form] = support.plan_json(database)
        trip[form + "-path"] = exported
        trip[form + "-database"] = database


def tasks(plan):
    return {code: {field: node.get(field) for field in TASK_FIELDS}
            for code, node in support.tasks_by_code(plan).items()}


def outline(plan):
    return [(node["code"], node["kind"], node["parent"], node["title"]) for node in plan["nodes"]
            if node["kind"] != "task"]


class PlanRoundTrip(unittest.TestCase):

    def assert_same_tasks(self, form):
        before, after = tasks(trip["original"]), tasks(trip[form])
        self.assertEqual(len(before), 50)
        self.assertEqual(sorted(after), sorted(before))
        for code in before:
            self.assertEqual(after[code], before[code], "task %s after %s" % (code, form))

    def test_docx_keeps_every_task_with_its_fields(self):
        self.assert_same_tasks("docx")

    def test_xlsx_keeps_every_task_with_its_fields(self):
        self.assert_same_tasks("xlsx")

    def test_areas_groups_counts_and_units_survive_both_forms(self):
        for form in ("docx", "xlsx"):
            self.assertEqual(trip[form]["counts"], {"areas": 9, "groups": 16, "tasks": 50}, form)
            self.assertEqual(outline(trip[form]), outline(trip["original"]), form)
            self.assertEqual(trip[form]["units"], trip["original"]["units"], form)

    def test_docx_keeps_the_plan_header(self):
        self.assertEqual(trip["docx"]["plan"], trip["original"]["plan"])

    def test_exporting_the_imported_docx_gives_the_same_appendix(self):
        again = scratch.path("ke-hoach-2025-lan-2.docx")
        support.run(trip["docx-database"], "plan", "export", "--format", "docx", "-o", again)

        def appendix(path):
            table = support.appendix_table(docx.Document(path))
            return [support.row_cells(table, row) for row in table.rows]

        self.assertEqual(appendix(again), appendix(trip["docx-path"]))


if __name__ == "__main__":
    unittest.main(verbosity=2)
