/**
 * Points worker: reads an imported CSV of coordinates or GeoJSON and assigns its points to
 * districts off the main thread (points-job.ts), posting progress as it goes.
 */
import { isRecord } from "../core/guards";
import type { PointsResponse } from "./points-client";
import { runPointsJob } from "./points-job";

const post = (msg: PointsResponse, transfer: Transferable[] = []): void =>
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(
    msg,
    transfer,
  );

self.addEventListener("message", (event: MessageEvent) => {
  const d: unknown = event.data;
  if (!isRecord(d) || d.type !== "run" || typeof d.jobId !== "number") return;
  const jobId = d.jobId;
  const { file, fileName, topology, districtCount } = d;
  if (!(file instanceof Blob) || typeof fileName !== "string" || typeof districtCount !== "number")
    return;
  void file
    .arrayBuffer()
    .then((buf) => {
      const result = runPointsJob(
        new Uint8Array(buf),
        fileName,
        topology,
        districtCount,
        (stage, done, total) => post({ type: "progress", jobId, stage, done, total }),
      );
      post({ type: "done", jobId, result }, [
        result.row.buffer,
        result.lon.buffer,
        result.lat.buffer,
        result.district.buffer,
        result.status.buffer,
        ...result.categories.map((c) => c.codes.buffer),
      ]);
    })
    .catch((e: unknown) =>
      post({ type: "error", jobId, message: e instanceof Error ? e.message : String(e) }),
    );
});
