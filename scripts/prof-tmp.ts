import { chromium } from "playwright-core";
import { preview } from "vite";
const server = await preview({ root: "/work/main", logLevel: "error", preview: { host: "127.0.0.1", port: 0 } });
const url = server.resolvedUrls!.local[0]!;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--enable-unsafe-swiftshader", "--disable-background-networking"] });
const ctx = await b.newContext({ viewport: { width: 1400, height: 900 } });
const p = await ctx.newPage();
await p.goto(url);
await p.waitForFunction(() => document.documentElement.dataset.state === "ready", undefined, { timeout: 90000 });
const r = await p.evaluate(async () => {
  const m = (window as any).__map;
  const out: Record<string, number> = {};
  const idle = () => new Promise((r) => m.once("idle", r));
  // 1. plain repaint
  let t = performance.now(); m.triggerRepaint(); await idle(); out.repaint = performance.now() - t;
  // 2. hide everything but fill
  const ids = m.getStyle().layers.map((l: any) => l.id);
  const data = m.getSource("districts")._data;
  t = performance.now(); m.getSource("districts").setData(data); await idle(); out.setDataAll = performance.now() - t;
  for (const id of ids) if (id !== "district-fill" && id !== "background") m.setLayoutProperty(id, "visibility", "none");
  t = performance.now(); m.getSource("districts").setData(data); await idle(); out.setDataFillOnly = performance.now() - t;
  m.setLayoutProperty("district-fill", "visibility", "none");
  t = performance.now(); m.triggerRepaint(); await idle(); out.nothingVisible = performance.now() - t;
  return out;
});
console.log(r);
await b.close(); await server.close();
