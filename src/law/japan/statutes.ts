// Dated law as data: each instrument's days in force, reach, supported forces and excluded services,
// kept in data/japan/statutes.yaml with a source per value and compiled into
// statutes.generated.ts (no I/O while judging). This file checks the data's shape and reads it.
import { z } from "zod";
import { JAPAN_DATA } from "./statutes.generated.js";

const Sourced = <T extends z.ZodType>(v: T) => z.object({ value: v, source: z.string().min(1) }).strict();
const Day = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, "a day YYYY-MM-DD, or a year alone where the day is not known");

export const SUPPORT_SCOPES = ["us-only", "us-and-others", "none"] as const;
export const COMBAT_LIMITS = ["rear-area", "non-combat-area", "combat-scene", "none"] as const;

export const StatuteDataSchema = z
  .object({
    from: Sourced(Day),
    certainFrom: Sourced(Day).optional(),
    to: Sourced(Day).optional(),
    operationalFrom: Sourced(Day).optional(),
    coreTasksFrom: Sourced(Day).optional(),
    area: Sourced(z.object({ reaches: z.union([z.literal("anywhere"), z.array(z.string()).min(1)]) }).strict()).optional(),
    supports: Sourced(z.enum(SUPPORT_SCOPES)).optional(),
    excludes: Sourced(z.array(z.string())).optional(),
    allows: Sourced(z.array(z.string())).optional(),
    combatLimit: Sourced(z.enum(COMBAT_LIMITS)).optional(),
    // Transport of nationals: the first day each means of transport is allowed, and the day the
    // later safety test replaced the first.
    means: Sourced(z.record(z.string(), Day)).optional(),
    safetyTestFrom: Sourced(Day).optional(),
  })
  .strict();

export const JapanDataSchema = z
  .object({
    regions: z.record(z.string(), z.object({ name: z.string(), ja: z.string() }).strict()),
    statutes: z.record(z.string(), StatuteDataSchema),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (const [id, s] of Object.entries(d.statutes)) {
      const reaches = s.area?.value.reaches;
      if (Array.isArray(reaches))
        for (const r of reaches) if (!(r in d.regions)) ctx.addIssue({ code: "custom", path: ["statutes", id, "area", "value", "reaches"], message: `unknown region "${r}" (regions: ${Object.keys(d.regions).join(", ")})` });
    }
  });

export type StatuteData = z.output<typeof StatuteDataSchema>;
export type JapanData = z.output<typeof JapanDataSchema>;

const DATA = JAPAN_DATA as unknown as JapanData;

export const REGIONS: Readonly<Record<string, { name: string; ja: string }>> = DATA.regions;

/** The dated data of one instrument (throws for an id the data file lacks: a programming error). */
export function statuteData(id: string): StatuteData {
  const s = DATA.statutes[id];
  if (!s) throw new Error(`data/japan/statutes.yaml has no statute "${id}"`);
  return s;
}

/** The dates of an instrument, as the Instrument record spells them. */
export function datesOf(id: string): { from: string; to?: string; certainFrom?: string } {
  const s = statuteData(id);
  const out: { from: string; to?: string; certainFrom?: string } = { from: s.from.value };
  if (s.to) out.to = s.to.value;
  if (s.certainFrom) out.certainFrom = s.certainFrom.value;
  return out;
}

export const statuteIds = (): string[] => Object.keys(DATA.statutes);
