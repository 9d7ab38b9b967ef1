// Three-valued (Kleene) logic: an unknown fact makes a condition unknown, never false.
export type Tri = "yes" | "no" | "unknown";

export const and = (values: Iterable<Tri>): Tri => {
  let unknown = false;
  for (const v of values) {
    if (v === "no") return "no";
    if (v === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "yes";
};

export const or = (values: Iterable<Tri>): Tri => {
  let unknown = false;
  for (const v of values) {
    if (v === "yes") return "yes";
    if (v === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "no";
};

export const not = (v: Tri): Tri => (v === "yes" ? "no" : v === "no" ? "yes" : "unknown");

export const fromBool = (b: boolean): Tri => (b ? "yes" : "no");
