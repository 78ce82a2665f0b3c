#!/usr/bin/env bash
# Operating a deployment with the real binary (docs/operations.md): a SQLite ward is backed up,
# restored into a new file, transferred into a PostgreSQL province and backed up from there, and
# every copy shows the same plan, indicators, scores, accounts and document settings. Refusals
# (an existing backup, a ward with data, a bad ward code) change nothing.
# Usage: ops_test.sh PARINDEX_BINARY SEED_PLAN, with PARINDEX_TEST_POSTGRES the admin URL of a
# PostgreSQL server (ctest's postgres fixture sets it).
set -euo pipefail
binary=$1
seed=$2
admin=${PARINDEX_TEST_POSTGRES:?PARINDEX_TEST_POSTGRES is not set: run under ctest, whose postgres fixture starts a server}
work=$(mktemp -d)
database=parindex_ops_$$
url=${admin%/*}/$database
cleanup() {
  psql "$admin" -qX -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql "$admin" -qX -v ON_ERROR_STOP=1 \
  -c "CREATE DATABASE $database TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'" >/dev/null

passed=0
check() {
  if ! eval "$1"; then
    echo "FAILED: $2" >&2
    exit 1
  fi
  passed=$((passed + 1))
}
# Runs the binary, keeping its exit code in $status, its output in $work/out and $work/err.
run() {
  status=0
  "$binary" "$@" >"$work/out" 2>"$work/err" || status=$?
}
# What a person sees of a ward (the database options in "$@"), one file per view, in folder $1.
snapshot() {
  local folder=$1
  shift
  mkdir -p "$folder"
  "$binary" "$@" plan show --json >"$folder/plan.json"
  "$binary" "$@" units list --json >"$folder/units.json"
  "$binary" "$@" kpi --from 2025-01-01 --to 2025-12-31 --format json >"$folder/kpi.json"
  "$binary" "$@" kpi --from 2025-01-01 --to 2025-12-31 --by unit --format csv >"$folder/kpi-units.csv"
  "$binary" "$@" score --today 2025-10-01 --format json >"$folder/score.json"
  "$binary" "$@" user list >"$folder/users.txt"
  "$binary" "$@" document-settings >"$folder/document-settings.txt"
}
# Whether the ward shows what the reference showed; the differences go to stderr.
same_as_reference() {
  rm -rf "$work/view"
  snapshot "$work/view" "$@"
  diff -r "$work/reference" "$work/view" >&2
}

# --- A SQLite ward with a plan, accounts, results, document settings, dossiers and evidence ----
ward=$work/ward/parindex.db
"$binary" --db "$ward" plan import "$seed" >/dev/null 2>&1
"$binary" --db "$ward" user add quan.tri --name "Nguyễn Văn Quản" --role admin \
  --password matkhau-quan-tri-2025 >/dev/null
"$binary" --db "$ward" user add xem --name "Trần Thị Xem" --role viewer \
  --password matkhau-xem-2025 >/dev/null
results=$(dirname "$seed")/ket-qua-2024.csv
"$binary" --db "$ward" results import "$results" >/dev/null
"$binary" --db "$ward" document-settings --set ward_name="Phường Bắc Kạn" \
  --set signer_name="Nguyễn Văn A" --recipient "Như trên;" --recipient "Lưu: VT." >/dev/null
"$binary" gen dossiers --count 800 --seed 7 --out "$work/dossiers.csv" \
  --catalogue "$work/procedures.csv"
"$binary" --db "$ward" procedures import "$work/procedures.csv" >/dev/null
"$binary" --db "$ward" dossiers import "$work/dossiers.csv" >/dev/null 2>&1
# An evidence file where the ward keeps them: beside its SQLite file, named by content digest.
digest=5f2b51ca2fdc5baa31ec02e002f031e94e8d9dc49bd0a4a8a9f4c9d2a1e7c3b0
mkdir -p "$work/ward/evidence/5f"
printf 'Biên bản niêm yết thủ tục hành chính\n' >"$work/ward/evidence/5f/$digest"
snapshot "$work/reference" --db "$ward"
check '[ "$(grep -c "\"code\":" "$work/reference/plan.json")" -eq 75 ]' "the reference ward has the plan"
check 'grep -q "quan.tri" "$work/reference/users.txt"' "the reference ward has its accounts"
check 'grep -q "\"denominator\": [1-9]" "$work/reference/kpi.json"' "the reference ward has its dossiers"
check 'grep -q "Nguyễn Văn A" "$work/reference/document-settings.txt"' "the reference ward has its document settings"

run --db "$ward" migrate
check '[ "$status" -eq 0 ] && grep -Eq "^tệp .*parindex.db: phiên bản [0-9]+ \(mới nhất\)$" "$work/out"' \
  "migrate prints the SQLite file's schema version"
run --db "$ward" ward list
check '[ "$status" -eq 0 ] && grep -q "^default	" "$work/out"' "ward list shows the file's one ward"
run --db "$ward" ward add bac-kan --name "Phường Bắc Kạn"
check '[ "$status" -eq 3 ] && grep -q "chỉ chứa một phường" "$work/err"' \
  "ward add on a SQLite file is refused"

# --- Backup of the SQLite ward, restored into a new file --------------------------------------
run --db "$ward" backup -o "$work/backups/bac-kan.db"
check '[ "$status" -eq 0 ] && grep -q "Đã sao lưu" "$work/out"' "backup of the SQLite ward succeeds"
check '[ -f "$work/backups/bac-kan.db" ] && [ ! -e "$work/backups/bac-kan.db.part" ]' \
  "the backup is written under its name, no .part left"
check 'cmp -s "$work/ward/evidence/5f/$digest" "$work/backups/bac-kan-evidence/5f/$digest"' \
  "the evidence folder is copied beside the backup"
check 'same_as_reference --db "$work/backups/bac-kan.db"' "the backup opens as a ward with the same data"
before=$(cksum <"$work/backups/bac-kan.db")
run --db "$ward" backup -o "$work/backups/bac-kan.db"
check '[ "$status" -eq 5 ] && grep -q "bac-kan.db đã có" "$work/err"' "backup refuses to overwrite a file"
check '[ "$(cksum <"$work/backups/bac-kan.db")" = "$before" ]' "the refused backup left the file as it was"
run --db "$work/missing.db" backup -o "$work/backups/missing.db"
check '[ "$status" -eq 4 ] && [ ! -e "$work/missing.db" ] && [ ! -e "$work/backups/missing.db" ]' \
  "backup of a missing SQLite file is refused and creates nothing"

restored=$work/restored/parindex.db
run --db "$restored" restore "$work/backups/bac-kan.db"
check '[ "$status" -eq 0 ] && grep -q "Đã khôi phục" "$work/out" && grep -q "dossiers *800" "$work/out"' \
  "restore into a new SQLite file prints the rows copied"
check 'same_as_reference --db "$restored"' "the restored SQLite ward shows the same data"
check 'cmp -s "$work/ward/evidence/5f/$digest" "$work/restored/evidence/5f/$digest"' \
  "restore copies the evidence beside the restored file"
"$binary" --db "$restored" user add moi --name "Lê Văn Mới" --role viewer --password matkhau-moi-2025 >/dev/null
run --db "$restored" restore "$work/backups/bac-kan.db"
check '[ "$status" -eq 5 ] && grep -q "restored/parindex.db đã có dữ liệu" "$work/err" && grep -q -- "--replace" "$work/err"' \
  "restore into a ward with data is refused, naming it"
check '"$binary" --db "$restored" user list | grep -q "^moi"' "the refused restore changed nothing"
run --db "$restored" restore --replace "$work/backups/bac-kan.db"
check '[ "$status" -eq 0 ] && same_as_reference --db "$restored"' "restore --replace gives back the backup's data"
run --db "$restored" restore "$seed"
check '[ "$status" -eq 3 ] && grep -q "không phải cơ sở dữ liệu parindex" "$work/err"' \
  "restore of a file that is not a backup is refused"

# --- Transfer into a PostgreSQL province -------------------------------------------------------
pg_evidence=$work/pg-evidence
run --db "$url" ward list
check '[ "$status" -eq 0 ] && [ ! -s "$work/out" ]' "a new PostgreSQL database has no wards"
run transfer --from "$ward" --ward bac-kan --name "Phường Bắc Kạn" --db "$url" --evidence-dir "$pg_evidence"
check '[ "$status" -eq 0 ] && grep -q "Đã chuyển" "$work/out" && grep -q "dossiers *800" "$work/out" && grep -q "plan_nodes *75" "$work/out"' \
  "transfer prints the rows copied per table"
check 'cmp -s "$work/ward/evidence/5f/$digest" "$pg_evidence/bac-kan/5f/$digest"' \
  "transfer copies the evidence into the PostgreSQL ward's folder"
check 'same_as_reference --db "$url" --ward bac-kan' "the PostgreSQL ward shows the same data"
run --db "$url" ward list
check '[ "$status" -eq 0 ] && [ "$(cat "$work/out")" = "bac-kan	Phường Bắc Kạn" ]' "ward list shows the transferred ward"
run --db "$url" migrate
check '[ "$status" -eq 0 ] && grep -Eq "^cấp tỉnh: phiên bản [0-9]+" "$work/out" && grep -Eq "^phường “bac-kan”: phiên bản [0-9]+ \(mới nhất\)$" "$work/out"' \
  "migrate prints the province's and each ward's schema version"

run transfer --from "$ward" --ward bac-kan --db "$url"
check '[ "$status" -eq 5 ] && grep -q "phường “bac-kan”.*đã có dữ liệu" "$work/err"' \
  "transfer into a ward with data is refused, naming the ward"
run --db "$url" --ward bac-kan restore "$work/backups/bac-kan.db"
check '[ "$status" -eq 5 ] && grep -q "phường “bac-kan”.*đã có dữ liệu" "$work/err"' \
  "restore into a PostgreSQL ward with data is refused"
check 'same_as_reference --db "$url" --ward bac-kan' "the refused copies changed nothing"

run --db "$url" ward add "Bac Kan" --name "Phường Bắc Kạn"
check '[ "$status" -eq 3 ] && grep -q "Mã phường “Bac Kan” không hợp lệ" "$work/err"' "a bad ward code is refused"
run transfer --from "$ward" --ward "bac_kan!" --name "Phường" --db "$url"
check '[ "$status" -eq 3 ] && grep -q "không hợp lệ" "$work/err"' "transfer refuses a bad ward code"
run --db "$url" --ward khong-co plan show
check '[ "$status" -eq 4 ] && grep -q "khong-co" "$work/err"' "an unknown ward is refused"
run --db "$url" ward list
check '[ "$(wc -l <"$work/out")" -eq 1 ]' "the refused codes registered nothing"

# restore --create registers a second ward; ids go on after the copied ones.
run --db "$url" --ward lang-son restore --create --name "Phường Lạng Sơn" "$work/backups/bac-kan.db"
check '[ "$status" -eq 0 ]' "restore --create registers and fills a new ward"
check 'same_as_reference --db "$url" --ward lang-son' "the restored PostgreSQL ward shows the same data"
run --db "$url" --ward lang-son user add moi --name "Lê Văn Mới" --role viewer --password matkhau-moi-2025
check '[ "$status" -eq 0 ]' "a new account after the copy takes a free id"
run --db "$url" backup -o "$work/which.db"
check '[ "$status" -eq 3 ] && grep -q "bac-kan, lang-son" "$work/err"' "backup asks which ward when there are several"

# --- Backup of a PostgreSQL ward: a SQLite file with the same data -------------------------------
run --db "$url" --ward bac-kan --evidence-dir "$pg_evidence" backup -o "$work/pg-backups/bac-kan.db"
check '[ "$status" -eq 0 ] && grep -q "dossiers *800" "$work/out"' "backup of the PostgreSQL ward succeeds"
check 'same_as_reference --db "$work/pg-backups/bac-kan.db"' "the PostgreSQL ward's backup opens with the same data"
check 'cmp -s "$work/ward/evidence/5f/$digest" "$work/pg-backups/bac-kan-evidence/5f/$digest"' \
  "the PostgreSQL ward's evidence is copied beside its backup"
run --db "$url" --evidence-dir "$pg_evidence" backup --all -o "$work/all"
check '[ "$status" -eq 0 ] && [ -f "$work/all/bac-kan.db" ] && [ -f "$work/all/lang-son.db" ] && [ -f "$work/all/province.db" ]' \
  "backup --all writes one file per ward and one for the province"
check '[ "$(grep -c "^Đã sao lưu .*dòng, [0-9]* tệp minh chứng)$" "$work/out")" -eq 3 ]' \
  "backup --all prints one line per ward and the province"
check '"$binary" --db "$work/all/lang-son.db" user list | grep -q "^moi"' "backup --all holds each ward's own data"
run --db "$url" --evidence-dir "$pg_evidence" backup --all -o "$work/all"
check '[ "$status" -eq 5 ]' "backup --all refuses to overwrite"

echo "ops test: $passed passed, 0 failed"
