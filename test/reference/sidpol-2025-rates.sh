#!/usr/bin/env bash
# Independent reference for the 2025 SIDPOL crime-report rates per district and crime family.
# Uses only bash + awk (mawk-compatible: no regex intervals, no gawk extensions) and sort;
# it does NOT use any of the app's code. See README.md in this folder.
#
# Usage: test/reference/sidpol-2025-rates.sh
#   DATA_DIR  raw data folder (default: <repo>/../shared/data/raw, resolved from this script's location)
#   OUT_DIR   where to write the CSVs (default: this script's folder)
# Writes $OUT_DIR/sidpol-2025-rates.csv and $OUT_DIR/sidpol-top-2025.csv; prints sanity figures on stdout.
set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)
DATA_DIR=${DATA_DIR:-"$REPO_DIR/../shared/data/raw"}
OUT_DIR=${OUT_DIR:-"$SCRIPT_DIR"}

SIDPOL="$DATA_DIR/sidpol/DATASET_Denuncias_Policiales_Ene_2018_a_Feb_2026.csv"
POP="$DATA_DIR/inei-poblacion-proyectada-2018-2022/poblacion_distrital_2018_2022.csv"
YEAR=2025
POP_COL=pob_2022   # last INEI projection year = year nearest to 2025

for f in "$SIDPOL" "$POP"; do
  [[ -r "$f" ]] || { echo "ERROR: cannot read $f (set DATA_DIR)" >&2; exit 1; }
done

# Fixed list of districts (ubigeo). 050505 Chungui (Ayacucho, La Mar) is the small rural district
# (population 2022: 4,320; it has 2025 rows).
DISTRICTS="150132 150110 150101 150122 070101 130101 040101 200101 140101 080101 160101 120101
010101 250101 230101 210101 050101 170101 050505"

RATES_OUT="$OUT_DIR/sidpol-2025-rates.csv"
TOP_OUT="$OUT_DIR/sidpol-top-2025.csv"
TMP=$(mktemp)
trap 'rm -f "$TMP"' EXIT

awk -F';' -v year="$YEAR" -v popcol="$POP_COL" -v districts="$DISTRICTS" \
    -v rates_out="$RATES_OUT" -v top_tmp="$TMP" '
function die(msg) { print "ERROR: " msg > "/dev/stderr"; failed = 1; exit 1 }
function isint(s) { return s ~ /^[0-9]+$/ }
function rate(c, p) { return c / p * 10000 }
BEGIN {
  # exact P_MODALIDADES spellings of this release -> family id
  fam["Hurto"] = "theft"; fam["Robo"] = "robbery"; fam["Estafa"] = "fraud"
  fam["Extorsi\303\263n"] = "extortion"        # "Extorsión" in UTF-8
  fam["Homicidio"] = "homicide"
  fam["Violencia contra la mujer e integrantes"] = "family"
  fam["Otros"] = "other"
  nf = split("theft robbery fraud extortion homicide family other", order, " ")
  nd = split(districts, dlist, /[ \t\n]+/)
}
# ---------- population file: comma-separated, CRLF, unquoted ----------
FILENAME == ARGV[1] {
  sub(/\r$/, "")
  n = split($0, f, ",")
  if (FNR == 1) {
    if (f[1] != "ubigeo" || f[2] != "distrito") die("unexpected population header: " $0)
    pc = 0; for (i = 1; i <= n; i++) if (f[i] == popcol) pc = i
    if (!pc) die("population column " popcol " not found")
    ncols = n; next
  }
  if (n != ncols) die("population line " FNR " has " n " fields")
  if (!isint(f[1]) || length(f[1]) != 6) die("bad population ubigeo at line " FNR ": " f[1])
  if (f[1] in pop) die("duplicate population ubigeo " f[1])
  pname[f[1]] = f[2]
  if (f[pc] == "") { nopop++; next }
  if (!isint(f[pc])) die("bad population value at line " FNR ": " f[pc])
  pop[f[1]] = f[pc] + 0
  next
}
# ---------- SIDPOL file: ;-separated, CRLF ----------
{
  sub(/\r$/, "")
  if (FNR == 1) {
    if ($0 != "ANIO;MES;DPTO_HECHO_NEW;PROV_HECHO;DIST_HECHO;UBIGEO_HECHO;P_MODALIDADES;cantidad")
      die("unexpected SIDPOL header: " $0)
    next
  }
  if (NF != 8) die("SIDPOL line " FNR " has " NF " fields")
  if (!isint($1) || !isint($2) || !isint($8)) die("non-integer ANIO/MES/cantidad at SIDPOL line " FNR)
  if (!isint($6) || (length($6) != 5 && length($6) != 6)) die("bad UBIGEO_HECHO at SIDPOL line " FNR ": " $6)
  u = (length($6) == 5) ? "0" $6 : $6
  if (!($7 in fam)) die("unknown P_MODALIDADES group at SIDPOL line " FNR ": [" $7 "]")
  fm = fam[$7]; c = $8 + 0
  rows++
  anyrow[u] = 1
  dep[u] = $3; prov[u] = $4; sname[u] = $5
  nat_all[fm] += c; nat_all_tot += c
  k = $1 SUBSEP $2 SUBSEP u SUBSEP $7
  if (k in seen) dup++; seen[k] = 1
  if ($1 == year) {
    rows_y++
    nat_y[fm] += c; nat_y_tot += c
    cnt[u, fm] += c; cnt_tot[u] += c
    anyrow_y[u] = 1
  }
}
END {
  if (failed) exit 1
  # ---- per-district, per-family reference rows ----
  print "ubigeo,family,count_" year ",population_2022,rate_per_10k" > rates_out
  for (i = 1; i <= nd; i++) {
    u = dlist[i]; if (u == "") continue
    if (!(u in pop)) die("listed district " u " has no " popcol " population")
    if (!(u in anyrow_y)) die("listed district " u " has no " year " rows")
    t = 0
    for (j = 1; j <= nf; j++) {
      c = ((u, order[j]) in cnt) ? cnt[u, order[j]] : 0
      t += c
      printf "%s,%s,%.0f,%.0f,%.4f\n", u, order[j], c, pop[u], rate(c, pop[u]) > rates_out
    }
    if (t != cnt_tot[u]) die("family sum mismatch for " u)
    printf "%s,total,%.0f,%.0f,%.4f\n", u, t, pop[u], rate(t, pop[u]) > rates_out
    ndist_listed++
  }
  close(rates_out)
  # ---- all districts with population: total count + rate (sorted later) ----
  for (u in pop) {
    c = (u in cnt_tot) ? cnt_tot[u] : 0
    nm = (u in sname) ? sname[u] : pname[u]
    printf "%.12f,%s,%s,%s,%s,%.0f,%.0f,%.4f\n", rate(c, pop[u]), u, nm, dep[u], prov[u], pop[u], c, rate(c, pop[u]) > top_tmp
    ntop++
  }
  close(top_tmp)
  # ---- sanity figures ----
  for (u in anyrow) { nany++; if (!(u in pname)) notinpop = notinpop " " u }
  for (u in anyrow_y) { nany_y++; if (!(u in pop)) skipped = skipped " " u }
  print "SIDPOL data rows: " rows " (" rows_y " in " year "); duplicate ANIO/MES/ubigeo/modality keys: " dup + 0
  print "distinct districts with any row, all years: " nany
  print "distinct districts with any row in " year ": " nany_y
  print "SIDPOL ubigeos absent from the population file:" (notinpop == "" ? " none" : notinpop)
  print year " districts skipped in the top file (no " popcol "):" (skipped == "" ? " none" : skipped)
  print "population rows without " popcol ": " nopop + 0 "; districts in top file: " ntop
  print ""
  printf "%-10s %12s %14s\n", "family", "reports_" year, "reports_all_yrs"
  for (j = 1; j <= nf; j++) printf "%-10s %12.0f %14.0f\n", order[j], nat_y[order[j]], nat_all[order[j]]
  printf "%-10s %12.0f %14.0f\n", "total", nat_y_tot, nat_all_tot
  print ""
  print "listed districts written to " rates_out ": " ndist_listed " (" ndist_listed * (nf + 1) " rows)"
}
' "$POP" "$SIDPOL"

{
  echo "rank,ubigeo,district,department,province,population_2022,count_2025,rate_per_10k"
  # sort by full-precision rate desc, then count desc, then ubigeo asc; drop the sort key, add rank
  sort -t, -k1,1gr -k7,7nr -k2,2 "$TMP" | cut -d, -f2- | awk '{ print NR "," $0 }'
} > "$TOP_OUT"
echo "top file written to $TOP_OUT: $(($(wc -l < "$TOP_OUT") - 1)) districts"
