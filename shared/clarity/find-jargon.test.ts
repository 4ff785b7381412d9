import { describe, expect, it } from "vitest";
import { checkClarity, type ClarityGlossaryEntry } from "./clarity.ts";
import { nameKey } from "./find-jargon.ts";
import { STARTER_JARGON } from "./jargon.ts";

const glossaryEntry = (term: string, synonyms: string[] = [], linked = false): ClarityGlossaryEntry => ({
  term,
  synonyms,
  linked,
});

/** term → the texts as written, for the unexplained jargon of a sheet. */
const flagged = (text: string, glossary: ClarityGlossaryEntry[] = []) =>
  Object.fromEntries(
    checkClarity(text, { glossary }).jargon.map((entry) => [entry.term, entry.occurrences.map((o) => o.text)]),
  );

describe("finding jargon", () => {
  it("reports each term once with every position, pointing into the source", () => {
    const source = "# Baseline\n\nWe keep the **baseline** tidy.\nThen the [baseline](/g/1) moves.";
    const report = checkClarity(source);
    const baseline = report.jargon.find((entry) => entry.term === "baseline");
    expect(baseline?.source).toBe("starter");
    expect(baseline?.occurrences).toHaveLength(3);
    for (const occurrence of baseline?.occurrences ?? []) {
      expect(source.slice(occurrence.start, occurrence.end)).toBe(occurrence.text);
      expect(occurrence.text.toLowerCase()).toBe("baseline");
    }
    expect(report.findings.filter((finding) => finding.code === "unexplained_jargon")).toEqual([
      {
        code: "unexplained_jargon",
        severity: "warning",
        term: "baseline",
        message: '"baseline" is jargon: explain it on the sheet or link a glossary term for it.',
      },
    ]);
  });

  it("matches regardless of case, on word boundaries only", () => {
    expect(flagged("The Critical Path slipped. critical PATH again.")).toEqual({
      "critical path": ["Critical Path", "critical PATH"],
    });
    expect(flagged("Sprinters milestoned the baselined plan.")).toEqual({});
  });

  it("matches multi-word terms across emphasis, line wraps and hyphens", () => {
    expect(flagged("A **change** request,\nthen a change\nrequest and a time-and-materials deal.")).toEqual({
      "change request": ["change** request", "change\nrequest"],
      "time and materials": ["time-and-materials"],
    });
    expect(flagged("We go live in May.")).toEqual({ "go-live": ["go live"] });
  });

  it("does not join words across a full stop or a comma", () => {
    expect(flagged("We asked for a change. Request it later, change, request.")).toEqual({});
  });

  it("matches simple plurals of the last word", () => {
    expect(flagged("Two baselines, three change requests, many dependencies and KPIs.")).toEqual({
      baseline: ["baselines"],
      "change request": ["change requests"],
      dependency: ["dependencies"],
      KPI: ["KPIs"],
    });
    expect(flagged("Changes request nothing.")).toEqual({});
  });

  it("matches short acronyms only when written in capitals", () => {
    expect(flagged("We sow seeds; a raci horse; the Uat team; an sla.")).toEqual({});
    expect(flagged("Sign the SOW, fill the RACI, pass UAT, meet the SLA.")).toEqual({
      SOW: ["SOW"],
      RACI: ["RACI"],
      UAT: ["UAT"],
      SLA: ["SLA"],
    });
  });

  it("prefers the longest term where terms overlap", () => {
    const glossary = [glossaryEntry("change"), glossaryEntry("request")];
    expect(flagged("Send a change request now, or one change.", glossary)).toEqual({
      "change request": ["change request"],
      change: ["change"],
    });
  });

  it("counts synonyms, from the glossary and the starter list, as the term", () => {
    const glossary = [glossaryEntry("Fixed bid", ["fixed-price", "lump sum"])];
    expect(flagged("We sold a fixed bid, a lump sum and a fixed price.", glossary)).toEqual({
      "Fixed bid": ["fixed bid", "lump sum", "fixed price"],
    });
    expect(flagged("The WBS is short for the work breakdown structures we draw.").WBS).toBeUndefined();
    expect(flagged("The statement of work and the SOW.")).toEqual({ SOW: ["statement of work", "SOW"] });
  });

  it("reports glossary terms as such, and lets them take over a starter term they share a name with", () => {
    const report = checkClarity("Agree the SOW, then the statement of work.", {
      glossary: [glossaryEntry("Statement of work")],
    });
    expect(report.jargon).toMatchObject([
      { term: "Statement of work", source: "glossary", occurrences: [{ text: "SOW" }, { text: "statement of work" }] },
    ]);
    expect(report.findings[0]?.message).toBe(
      '"Statement of work" is jargon: explain it on the sheet or link the glossary term.',
    );
  });

  it("treats a glossary term linked to the sheet as explained, synonyms included", () => {
    const glossary = [glossaryEntry("Baseline", ["agreed plan"], true), glossaryEntry("Hypercare")];
    expect(flagged("The baseline is fixed. The agreed plan holds. Then hypercare.", glossary)).toEqual({
      Hypercare: ["hypercare"],
    });
  });

  it("finds nothing in text without jargon", () => {
    expect(checkClarity("We build your shop and you sell more.").jargon).toEqual([]);
  });
});

describe("the starter list", () => {
  it("has at least 80 distinct terms, no name listed twice", () => {
    const terms = new Set(STARTER_JARGON.map((entry) => nameKey(entry.term)));
    expect(terms.size).toBe(STARTER_JARGON.length);
    expect(terms.size).toBeGreaterThanOrEqual(80);
    const names = STARTER_JARGON.flatMap((entry) => [entry.term, ...(entry.synonyms ?? [])]).map(nameKey);
    expect(new Set(names).size).toBe(names.length);
  });

  it("flags every starter term and synonym as written in the list", () => {
    for (const entry of STARTER_JARGON) {
      for (const name of [entry.term, ...(entry.synonyms ?? [])]) {
        const report = checkClarity(`We talk about ${name} today.`);
        expect(report.jargon.map((found) => found.term), name).toEqual([entry.term]);
      }
    }
  });
});
