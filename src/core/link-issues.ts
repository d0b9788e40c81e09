import type { MissingDataset } from "./link-datasets";
import type { ScenarioProblem } from "./scenarios";
/**
 * What a link (location.hash, a saved view's link) asked for that was not applied as written: one
 * code with the values it concerns. Decoders return these; src/i18n/link-copy.ts (`linkIssue`) words
 * them in the UI language (a new code: add it here and a case in both languages there). Pure types.
 */

/** What a parameter's value should have been (the phrase after «key» («value»)). */
export type LinkExpected =
  | "oneOf" // options: the accepted values
  | "layer"
  | "year"
  | "department"
  | "departments"
  | "ubigeo"
  | "camera"
  | "cameraOutside"
  | "slide"
  | "report"
  | "indicator"
  | "weight"
  | "proportion"
  | "classCount"
  | "breaks" // n: number of breaks expected
  | "window"
  | "integer" // n: minimum
  | "soles"
  | "conditions"
  | "tiers"
  | "scenarioPair"
  | "dataset"; // "ds": fingerprint:kind:file (store/dataset-url.ts)

export type LinkIssue =
  /** `v=` is not this app's version: the known parts were applied. */
  | { code: "otherVersion"; value: string; expected: number }
  /** A key nobody reads. */
  | { code: "unknownKey"; key: string }
  /** A key given more than once: the first value is used, the others are not. */
  | { code: "repeatedKey"; key: string; values: string[] }
  /** A value of the wrong form: the parameter was ignored (its current/default value stays). */
  | {
      code: "badValue";
      key: string;
      value: string;
      expected: LinkExpected;
      options?: string[];
      n?: number;
    }
  /** A number outside its range: ignored. `what` says which part ("zoom") when the value has several. */
  | {
      code: "outOfRange";
      key: string;
      value: string;
      min: string;
      max: string;
      what?: "zoom" | "slide";
    }
  /** Codes that are not places of the loaded data: those codes were left out, the rest applied. */
  | { code: "unknownPlaces"; key: string; kind: "ubigeo" | "department"; values: string[] }
  /** Methodology keys in a link while this build has no index methodology. */
  | { code: "methodologyUnsupported" }
  /** Scenario `index` (1-based) of "fs": dropped (`kept` false) or kept with a remark. */
  | {
      code: "scenario";
      index: number;
      name: string | null;
      kept: boolean;
      problem: ScenarioProblem;
    }
  /** "ds": an imported dataset the link was made with is not in this browser (store/dataset-url.ts). */
  | ({ code: "missingDataset" } & MissingDataset)
  /** An issue found while playing the saved view `title`. */
  | { code: "inView"; title: string; issue: LinkIssue };
