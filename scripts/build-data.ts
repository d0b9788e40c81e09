/**
 * npm run data: read the raw public sources and write the app's data into public/data/ (see
 * src/data/contract.ts). DATA_DIR = raw folder (default ../shared/data/raw from the repo root),
 * OUT_DIR = output folder (default public/data). Exit code 1 with a Spanish message on bad data.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildData, writeOutputs } from "./lib/build";
import { BuildError } from "./lib/errors";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rawDir = resolve(repoRoot, process.env.DATA_DIR ?? "../shared/data/raw");
const outDir = resolve(repoRoot, process.env.OUT_DIR ?? "public/data");

async function main(): Promise<void> {
  const start = performance.now();
  console.log(`Datos brutos: ${rawDir}\nSalida: ${outDir}`);
  const out = await buildData({
    rawDir,
    repoDataDir: resolve(repoRoot, "data"),
    cacheDir: resolve(repoRoot, "node_modules/.cache/mapa-data"),
  });
  for (const line of out.report) console.log(line);
  const sizes = writeOutputs(outDir, out);
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
  console.log("Archivos escritos (bytes / gzip):");
  for (const s of sizes)
    console.log(
      `  ${s.file.padEnd(22)} ${kb(s.bytes).padStart(10)} ${kb(s.gzipBytes).padStart(10)}`,
    );
  const total = sizes.reduce((a, s) => a + s.gzipBytes, 0);
  const totalRaw = sizes.reduce((a, s) => a + s.bytes, 0);
  console.log(`  ${"total".padEnd(22)} ${kb(totalRaw).padStart(10)} ${kb(total).padStart(10)}`);
  console.log(`Construcción de datos: ${Math.round(performance.now() - start)} ms`);
}

main().catch((e: unknown) => {
  if (e instanceof BuildError) console.error(`ERROR en los datos: ${e.message}`);
  else console.error(e);
  process.exit(1);
});
