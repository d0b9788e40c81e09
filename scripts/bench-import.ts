/**
 * Benchmark of the CSV import: streaming aggregation (the app's worker path: 1 MiB chunks →
 * decode → PapaParse on whole records → incremental aggregator) versus a plain baseline
 * (read whole file → Papa.parse(text, { header: true }) → group-by in a Map).
 *
 * Input: a RANDOM file in the official SIDPOL layout (benchmark input only, never shipped) written
 * to .bench/. Districts and names come from the raw ubigeo list; counts and modalities are random.
 *
 *   npx tsx scripts/bench-import.ts            370,000 rows (~ the size of the official file)
 *   npx tsx scripts/bench-import.ts --big      1,000,000 rows (58 MB with these names)
 *   npx tsx scripts/bench-import.ts --rows=1700000   about 100 MB
 *   DATA_DIR=/path/to/raw npx tsx scripts/bench-import.ts   (default: ../shared/data/raw from the repo root)
 *
 * Each method runs in its own child process so peak memory is not shared.
 */
import { spawnSync } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { createAggregator, createCsvStream } from "../src/core/import-aggregate";
import { createJoinTargetFromCodes } from "../src/core/import-join";
import { shippedSidpolSpec as sidpolSpec } from "../src/config/sidpol-families";
import { papaRecordParser } from "../src/workers/import-client";

// The raw folder next to the repository, as scripts/build-data.ts reads it (DATA_DIR overrides).
const RAW_DIR = resolve(import.meta.dirname, "..", process.env.DATA_DIR ?? "../shared/data/raw");
const UBIGEO_FILE = join(RAW_DIR, "ubigeo-peru-aumentado/ubigeo_distrito.csv");
const MODALITIES = [
  "HURTO",
  "HURTO AGRAVADO",
  "ROBO",
  "ROBO AGRAVADO",
  "LESIONES",
  "HOMICIDIO",
  "FEMINICIDIO",
  "SICARIATO",
  "VIOLACIÓN SEXUAL",
  "ACTOS CONTRA EL PUDOR",
  "VIOLENCIA FAMILIAR",
  "VIOLENCIA CONTRA LA MUJER E INTEGRANTES DEL GRUPO FAMILIAR",
  "EXTORSIÓN",
  "ESTAFA",
  "MICROCOMERCIALIZACIÓN DE DROGAS",
  "TENENCIA ILEGAL DE ARMAS",
  "APROPIACIÓN ILÍCITA",
  "USURPACIÓN",
  "DAÑOS",
  "OMISIÓN DE ASISTENCIA FAMILIAR",
];

interface District {
  ubigeo: string;
  dep: string;
  prov: string;
  dist: string;
}

function loadDistricts(): District[] {
  const parsed = Papa.parse<string[]>(readFileSync(UBIGEO_FILE, "utf8"), { skipEmptyLines: true });
  return parsed.data
    .slice(1)
    .filter((r) => /^\d{6}$/.test(r[0] ?? ""))
    .map((r) => ({ ubigeo: r[0] ?? "", dep: r[2] ?? "", prov: r[3] ?? "", dist: r[4] ?? "" }));
}

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(path: string, rows: number, districts: District[]): void {
  const rand = rng(42);
  const parts: string[] = [
    "ANIO,MES,DPTO_HECHO_NEW,PROV_HECHO,DIST_HECHO,UBIGEO_HECHO,P_MODALIDADES,cantidad",
  ];
  // Like the official file, each (district, year, month, modality) appears at most once.
  const seen = new Set<string>();
  while (seen.size < rows) {
    const d = districts[Math.floor(rand() ** 2 * districts.length)] ?? districts[0];
    if (!d) throw new Error("no districts");
    const year = 2018 + Math.floor(rand() * 8);
    const month = year === 2025 ? 1 + Math.floor(rand() * 6) : 1 + Math.floor(rand() * 12);
    const modality = MODALITIES[Math.floor(rand() * MODALITIES.length)] ?? "HURTO";
    const key = `${d.ubigeo}|${year}|${month}|${modality}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = 1 + Math.floor(-Math.log(1 - rand()) * 8);
    // Official quirk: the leading zero of UBIGEO_HECHO is lost.
    parts.push(
      `${year},${month},${d.dep},${d.prov},${d.dist},${Number(d.ubigeo)},${modality},${count}`,
    );
  }
  writeFileSync(path, `${parts.join("\n")}\n`);
}

interface Measure {
  mode: string;
  seconds: number;
  rows: number;
  peakRssMb: number;
  peakHeapMb: number;
  total: number;
}

function makeSampler(): { sample(): void; peaks(): { rss: number; heap: number } } {
  let rss = 0;
  let heap = 0;
  return {
    sample() {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heap = Math.max(heap, m.heapUsed);
    },
    peaks: () => ({ rss: rss / 2 ** 20, heap: heap / 2 ** 20 }),
  };
}

async function runStream(path: string, districts: District[]): Promise<Measure> {
  const sampler = makeSampler();
  const timer = setInterval(() => sampler.sample(), 20);
  const t0 = performance.now();
  const spec = sidpolSpec();
  const target = createJoinTargetFromCodes(
    new Map(districts.map((d, i) => [d.ubigeo, i])),
    districts.length,
  );
  const agg = createAggregator(spec, target);
  const stream = createCsvStream(agg, spec, "bench.csv", papaRecordParser);
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    if (chunk instanceof Uint8Array) stream.push(chunk);
    sampler.sample();
  }
  stream.end();
  const { report, result } = agg.finish();
  sampler.sample();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  let total = 0;
  for (const c of result?.columns ?? []) for (const v of c.values) total += v ?? 0;
  const p = sampler.peaks();
  return {
    mode: "streaming",
    seconds,
    rows: report.rowsRead,
    peakRssMb: p.rss,
    peakHeapMb: p.heap,
    total,
  };
}

function runBaseline(path: string): Measure {
  const sampler = makeSampler();
  const t0 = performance.now();
  const text = new TextDecoder("utf-8").decode(readFileSync(path));
  sampler.sample();
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  sampler.sample();
  const sums = new Map<string, number>();
  for (const row of parsed.data) {
    const key = `${(row.UBIGEO_HECHO ?? "").padStart(6, "0")}|${row.ANIO ?? ""}|${row.P_MODALIDADES ?? ""}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(row.cantidad));
  }
  sampler.sample();
  const seconds = (performance.now() - t0) / 1000;
  let total = 0;
  for (const v of sums.values()) total += v;
  const p = sampler.peaks();
  return {
    mode: "baseline (Papa header:true + group-by)",
    seconds,
    rows: parsed.data.length,
    peakRssMb: p.rss,
    peakHeapMb: p.heap,
    total,
  };
}

async function child(mode: string, path: string): Promise<void> {
  const m = mode === "stream" ? await runStream(path, loadDistricts()) : runBaseline(path);
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

function isMeasure(v: unknown): v is Measure {
  return (
    typeof v === "object" &&
    v !== null &&
    "mode" in v &&
    "seconds" in v &&
    typeof v.seconds === "number" &&
    "rows" in v &&
    typeof v.rows === "number"
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childArg = args.find((a) => a.startsWith("--child="));
  if (childArg) return child(childArg.slice("--child=".length), args[args.length - 1] ?? "");
  const rowsArg = args.find((a) => a.startsWith("--rows="));
  const rows = rowsArg ? Number(rowsArg.slice(7)) : args.includes("--big") ? 1_000_000 : 370_000;
  const dir = join(process.cwd(), ".bench");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `sidpol-bench-${rows}.csv`);
  if (!existsSync(path)) {
    const t = performance.now();
    generate(path, rows, loadDistricts());
    console.log(`Generated ${path} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const sizeMb = statSync(path).size / 2 ** 20;
  console.log(
    `Input: ${rows.toLocaleString("en")} rows, ${sizeMb.toFixed(1)} MB (random, official layout)`,
  );
  const self = fileURLToPath(import.meta.url);
  const results: Measure[] = [];
  for (const mode of ["stream", "baseline"]) {
    const r = spawnSync(process.execPath, [...process.execArgv, self, `--child=${mode}`, path], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const line = r.stdout.trim().split("\n").pop() ?? "";
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = null;
    }
    if (!isMeasure(parsed)) {
      console.error(`${mode} failed (status ${r.status ?? "?"}):\n${r.stderr.slice(-2000)}`);
      process.exitCode = 1;
      return;
    }
    results.push(parsed);
  }
  for (const m of results) {
    console.log(
      `${m.mode.padEnd(40)} ${m.seconds.toFixed(2).padStart(6)} s  ${Math.round(m.rows / m.seconds)
        .toLocaleString("en")
        .padStart(
          9,
        )} rows/s  peak RSS ${m.peakRssMb.toFixed(0).padStart(5)} MB  peak heap ${m.peakHeapMb
        .toFixed(0)
        .padStart(5)} MB  total ${m.total.toLocaleString("en")}`,
    );
  }
  const [s, b] = results;
  if (s && b) {
    console.log(
      `streaming / baseline: time ×${(s.seconds / b.seconds).toFixed(2)}, peak RSS ×${(s.peakRssMb / b.peakRssMb).toFixed(2)}, peak heap ×${(s.peakHeapMb / b.peakHeapMb).toFixed(2)}`,
    );
  }
}

await main();
