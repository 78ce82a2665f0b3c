"""Shared helpers for the document tests: where the binary and the sources are, a scratch ward in
a temporary folder, runs of the parindex command line, and the independent readers (python-docx,
openpyxl, LibreOffice, poppler) with the few conversions the tests share.

The tests read parindex's official documents back with tools that share no code with parindex,
never compare bytes, and never depend on the wall clock: every document is made with --today.

Paths come from the environment that tests/CMakeLists.txt sets:
  PARINDEX_BINARY      the parindex executable
  PARINDEX_SOURCE_DIR  the source tree (for data/demo)
  PARINDEX_PAGES_DIR   where rendered PDF pages are kept for a person to look at (build tree)
Run one by hand with:
  PARINDEX_BINARY=build/dev/parindex /usr/bin/python3 tests/documents/report_docx_test.py -v
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
import unittest
import zipfile

SKIP = 77  # ctest's SKIP_RETURN_CODE: a missing reader is reported as skipped, with the reason

SOURCE_DIR = os.path.abspath(os.environ.get(
    "PARINDEX_SOURCE_DIR",
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
BINARY = os.path.abspath(
    os.environ.get("PARINDEX_BINARY", os.path.join(SOURCE_DIR, "build", "dev", "parindex")))
PAGES_DIR = os.path.abspath(os.environ.get(
    "PARINDEX_PAGES_DIR", os.path.join(os.path.dirname(BINARY), "document-pages")))
SEED_PLAN = os.path.join(SOURCE_DIR, "data", "demo", "ke-hoach-par-index-2025.txt")

TODAY = "2025-11-20"
PERIOD = "2025-Q3"
PERIOD_END = "2025-09-30"

REPORT_HEADINGS = [
    "I. KẾT QUẢ CHUNG",
    "II. KẾT QUẢ THỰC HIỆN THEO TỪNG LĨNH VỰC",
    "III. CÁC CHỈ TIÊU CHƯA ĐẠT VÀ NGUYÊN NHÂN",
    "IV. KHÓ KHĂN, VƯỚNG MẮC",
    "V. ĐỀ XUẤT, KIẾN NGHỊ",
]
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

CLI_TIMEOUT = 180
OFFICE_TIMEOUT = 240


def require(modules=(), tools=()):
    """Exits with SKIP naming what is missing, so ctest says why instead of failing obscurely."""
    missing = []
    for module in modules:
        try:
            __import__(module)
        except ImportError:
            missing.append("Python module " + module + " (Debian package python3-" + module + ")")
    for tool in tools:
        if shutil.which(tool) is None:
            missing.append("program " + tool)
    if not os.access(BINARY, os.X_OK):
        sys.exit("no parindex binary at " + BINARY + " (set PARINDEX_BINARY)")
    if missing:
        print("SKIPPED, missing: " + "; ".join(missing) + " (interpreter " + sys.executable + ")")
        sys.exit(SKIP)


def mm_from_twips(twips):
    return int(twips) * 25.4 / 1440


def collapse(text):
    """Whitespace collapsed to single spaces: PDF and cell line breaks are layout, not text."""
    return " ".join(text.split())


def is_nfc(text):
    return unicodedata.is_normalized("NFC", text)


def vietnamese_number(value, decimals=2):
    """93.74 -> "93,74", 20458 -> "20.458", 68.0 -> "68": the way the documents print numbers."""
    text = ("%." + str(decimals) + "f") % value
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + fraction if fraction else "")


def seed_plan_rows():
    """The appendix rows of the seed text read independently of parindex: (code, title, requirement)
    for every row whose first column is a numbered code. The text is Word's tab-separated export;
    rows continued after a page break have an empty code and are skipped here."""
    rows = []
    with open(SEED_PLAN, encoding="utf-8") as seed:
        for line in seed:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3:
                continue
            code = fields[0].strip().rstrip(".")
            if re.fullmatch(r"\d+(\.\d+)+|[IVX]+", code):
                rows.append((code, fields[1].strip(), fields[2].strip()))
    return rows


def seed_task_codes():
    """Task codes of the seed: the numbered rows that carry a requirement."""
    return [code for code, _, requirement in seed_plan_rows()
            if requirement and not re.fullmatch(r"[IVX]+", code)]


def seed_area_codes():
    return [code for code, _, _ in seed_plan_rows() if re.fullmatch(r"[IVX]+", code)]


class Scratch:
    """A temporary folder with databases in it; removed by close()."""

    def __init__(self, prefix):
        self.root = tempfile.mkdtemp(prefix="parindex-documents-" + prefix + "-")

    def path(self, *names):
        return os.path.join(self.root, *names)

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


def module_scratch(prefix):
    """A Scratch removed when the test module ends, even when setUpModule fails half-way."""
    folder = Scratch(prefix)
    unittest.addModuleCleanup(folder.close)
    return folder


def run(database, *args, check=True, cwd=None):
    """Runs `parindex --db DATABASE ARGS...` and returns the CompletedProcess (text, UTF-8)."""
    command = [BINARY, "--db", database, *args]
    done = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace",
                          timeout=CLI_TIMEOUT, cwd=cwd or os.path.dirname(database))
    if check and done.returncode != 0:
        raise AssertionError("parindex %s failed (exit %d):\n%s%s" % (
            " ".join(args), done.returncode, done.stdout, done.stderr))
    return done


def import_seed_plan(database):
    os.makedirs(os.path.dirname(database), exist_ok=True)
    return run(database, "plan", "import", SEED_PLAN)


def seed_demo_ward(database):
    """The demo ward as `serve --demo` seeds it on first start: the seed plan, progress reports
    (3.1.1 done, 3.2.1 in progress, ...), last year's results and a year of one-stop dossiers.
    The server is stopped as soon as it listens, which is after the seeding."""
    os.makedirs(os.path.dirname(database), exist_ok=True)
    log_path = database + ".serve.log"
    with open(log_path, "w", encoding="utf-8") as log:
        server = subprocess.Popen(
            [BINARY, "--db", database, "serve", "--demo", "--port", "0", "--today", TODAY],
            stdout=log, stderr=subprocess.STDOUT, cwd=os.path.dirname(database))
    try:
        deadline = time.monotonic() + CLI_TIMEOUT
        while time.monotonic() < deadline:
            with open(log_path, encoding="utf-8", errors="replace") as log:
                if "http://" in log.read():
                    break
            if server.poll() is not None:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("serve --demo did not start within %d s" % CLI_TIMEOUT)
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=60)
    with open(log_path, encoding="utf-8", errors="replace") as log:
        output = log.read()
    if status != 0 or "http://" not in output:
        raise AssertionError("serve --demo failed (exit %d):\n%s" % (status, output))


def plan_json(database):
    return json.loads(run(database, "plan", "show", "--json").stdout)


def tasks_by_code(plan):
    return {node["code"]: node for node in plan["nodes"] if node["kind"] == "task"}


def unit_names(plan):
    return {unit["key"]: unit["name"] for unit in plan["units"]}


def document_settings(database):
    """`document-settings` output as (fields, recipients)."""
    fields, recipients = {}, []
    for line in run(database, "document-settings").stdout.splitlines():
        name, separator, value = line.partition(": ")
        if not separator or not re.fullmatch(r"[a-z_]+", name):
            continue
        if name == "recipient":
            recipients.append(value)
        else:
            fields[name] = value
    return fields, recipients


def kpi_by_indicator(database, first_day, last_day):
    listed = json.loads(run(database, "kpi", "--from", first_day, "--to", last_day,
                            "--format", "json").stdout)
    return {row["indicator"]: row for row in listed}


# ---- LibreOffice and poppler ------------------------------------------------------------------

def soffice_convert(source, target, out_dir, profile_dir):
    """`soffice --headless --convert-to TARGET` with a private profile, so tests run in parallel.
    Returns the completed process; raises with LibreOffice's output when it fails."""
    os.makedirs(out_dir, exist_ok=True)
    command = ["soffice", "-env:UserInstallation=file://" + os.path.abspath(profile_dir),
               "--headless", "--norestore", "--convert-to", target, "--outdir", out_dir, source]
    done = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace",
                          timeout=OFFICE_TIMEOUT)
    if done.returncode != 0:
        raise AssertionError("soffice --convert-to %s %s failed (exit %d):\n%s%s" % (
            target, source, done.returncode, done.stdout, done.stderr))
    return done


def pdf_text(pdf, page=None, layout=False):
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    command += [pdf, "-"]
    return subprocess.run(command, capture_output=True, encoding="utf-8", check=True,
                          timeout=OFFICE_TIMEOUT).stdout


def pdf_page_sizes(pdf):
    """[(width_pt, height_pt)] for every page, from pdfinfo."""
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, encoding="utf-8",
                          check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(pages), pdf], capture_output=True,
                          encoding="utf-8", check=True).stdout
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    return [(float(width), float(height)) for width, height in sizes]


def pdf_fonts(pdf):
    """[(name without subset prefix, embedded)] from pdffonts."""
    listed = subprocess.run(["pdffonts", pdf], capture_output=True, encoding="utf-8",
                            check=True).stdout.splitlines()[2:]
    fonts = []
    for line in listed:
        parts = line.split()
        if not parts:
            continue
        name = parts[0].split("+", 1)[-1]
        # columns from the right: emb sub uni object-number generation
        fonts.append((name, parts[-5] == "yes"))
    return fonts


def render_pages(pdf, name):
    """Renders every page at 80 dpi into PAGES_DIR/NAME-N.png for a person to look at; returns the
    file names. Earlier renderings of the same name are removed first."""
    os.makedirs(PAGES_DIR, exist_ok=True)
    for old in os.listdir(PAGES_DIR):
        if re.fullmatch(re.escape(name) + r"-\d+\.png", old):
            os.remove(os.path.join(PAGES_DIR, old))
    subprocess.run(["pdftoppm", "-r", "80", "-png", pdf, os.path.join(PAGES_DIR, name)],
                   check=True, timeout=OFFICE_TIMEOUT)
    rendered = sorted(f for f in os.listdir(PAGES_DIR)
                      if re.fullmatch(re.escape(name) + r"-\d+\.png", f))
    print("\nPages of %s rendered for review: %s/%s-*.png (%d files)" % (
        os.path.basename(pdf), PAGES_DIR, name, len(rendered)))
    return rendered


def zip_with(path, members):
    """Writes a zip archive with the given {name: text} members (to build damaged documents)."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


# ---- Word documents (python-docx) -------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag):
    return "{%s}%s" % (W_NS, tag)


def body_blocks(document):
    """[(section index, block)] for the paragraphs and tables of the body, in order. A section ends
    with the paragraph whose properties hold a w:sectPr; the body's last w:sectPr is the last
    section's."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    blocks, section = [], 0
    for element in document.element.body.iterchildren():
        if element.tag == w("p"):
            blocks.append((section, Paragraph(element, document)))
            properties = element.find(w("pPr"))
            if properties is not None and properties.find(w("sectPr")) is not None:
                section += 1
        elif element.tag == w("tbl"):
            blocks.append((section, Table(element, document)))
    return blocks


def section_of(document, table):
    for section, block in body_blocks(document):
        if getattr(block, "_tbl", None) is table._tbl:
            return section
    raise AssertionError("table not in the body")


def row_cells(table, row):
    """[(text, grid span, vertical merge)] for the real cells (w:tc) of a row; python-docx's
    row.cells repeats a spanned cell once per grid column, which is not what the reader sees."""
    from docx.table import _Cell
    cells = []
    for tc in row._tr.iterchildren(w("tc")):
        properties = tc.find(w("tcPr"))
        span, merge = 1, None
        if properties is not None:
            if properties.find(w("gridSpan")) is not None:
                span = int(properties.find(w("gridSpan")).get(w("val")))
            if properties.find(w("vMerge")) is not None:
                merge = properties.find(w("vMerge")).get(w("val"), "continue")
        cells.append((_Cell(tc, table).text, span, merge))
    return cells


def is_repeated_header(row):
    properties = row._tr.find(w("trPr"))
    return properties is not None and properties.find(w("tblHeader")) is not None


def appendix_table(document):
    """The bordered appendix table: the one whose first cell says STT."""
    tables = [t for t in document.tables if t.rows and row_cells(t, t.rows[0])[0][0] == "STT"]
    if len(tables) != 1:
        raise AssertionError("expected one appendix table starting with STT, found %d"
                             % len(tables))
    return tables[0]


def grid_width_twips(table):
    return sum(int(column.get(w("w"))) for column in table._tbl.tblGrid.iterchildren(w("gridCol")))


def run_is_italic(run, paragraph):
    if run.italic is not None:
        return run.italic
    if run.style is not None and run.style.font.italic is not None:
        return run.style.font.italic
    return bool(paragraph.style is not None and paragraph.style.font.italic)


def run_is_bold(run, paragraph):
    if run.bold is not None:
        return run.bold
    if run.style is not None and run.style.font.bold is not None:
        return run.style.font.bold
    return bool(paragraph.style is not None and paragraph.style.font.bold)


def all_runs(paragraph, predicate):
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(predicate(run, paragraph) for run in runs)


def docx_part_text(path, part):
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")
