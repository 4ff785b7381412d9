/**
 * Cheat-sheet prose for the search benchmark: plain-language explanations of
 * project-management concepts for sales reps, from a fixed vocabulary and a
 * seeded random generator, so every run searches the same text. Some concepts
 * are much more common than others, as in a real library.
 */
export const CONCEPTS = [
  "change request", "fixed price", "risk register", "scope creep", "steering committee", "critical path",
  "acceptance criteria", "status report", "budget overrun", "rate card", "payment terms", "kickoff meeting",
  "lessons learned", "go live", "discovery workshop", "statement of work", "time and materials", "milestone payment",
  "resource plan", "stakeholder map", "work breakdown structure", "burn rate", "earned value", "sprint review",
  "product backlog", "definition of done", "service level agreement", "change freeze", "escalation path",
  "project charter", "business case", "proof of concept", "hypercare", "cutover plan", "warranty period",
  "quality gate", "capacity plan", "release plan", "issue log", "decision log", "contingency reserve",
  "baseline schedule", "purchase order", "invoice schedule", "executive sponsor", "dependency map",
  "delivery manager", "daily standup", "user acceptance testing", "handover checklist",
] as const;

const ANGLES = [
  "{c} explained", "{c}: what to tell the client", "How {c} works", "{c} for sales reps", "When the client asks about {c}",
  "{c} versus {d}", "Pricing {c} honestly", "{c} in fixed bids", "Selling {c} to procurement", "{c} checklist",
  "Common mistakes with {c}", "{c} in the first month", "Why {c} protects the deal", "{c} and {d} together",
];

const SUBJECTS = ["the client", "the sponsor", "procurement", "the project team", "our delivery lead", "the buyer", "finance", "the PMO"];
const VERBS = ["agrees", "reviews", "signs off", "tracks", "questions", "approves", "plans", "escalates", "budgets", "reports"];
const OBJECTS = [
  "the scope", "the timeline", "every estimate", "the invoices", "the open risks", "each deliverable", "the weekly numbers",
  "the contract", "the assumptions", "the margin", "the test plan", "the team's capacity",
];
const REASONS = [
  "before work starts", "so nobody is surprised", "when plans change", "at every milestone", "because money is involved",
  "to keep trust", "when dates slip", "early in the sales cycle", "once the contract is signed", "during the handover",
];
const SECTIONS = ["What it is", "Why the client cares", "Say this", "Never promise this", "Questions clients ask"];

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CheatSheetText {
  title: string;
  body: string;
  tags: string[];
}

export function cheatSheetWriter(seed: number): () => CheatSheetText {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // A gentle Zipf curve: the most common concept is the subject of about 8 %
  // of the sheets, the rarest of about 1 %.
  const weights = CONCEPTS.map((_, i) => 1 / Math.sqrt(i + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const concept = () => {
    let left = random() * total;
    for (const [i, weight] of weights.entries()) {
      left -= weight;
      if (left <= 0) return CONCEPTS[i]!;
    }
    return CONCEPTS[0];
  };
  // Each sheet explains one concept and relates it to one other.
  const sentence = (main: string, other: string) => {
    const forms = [
      () => `${capitalize(main)} is how ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(REASONS)}.`,
      () => `Tell the client that ${main} means ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`,
      () => `${capitalize(pick(SUBJECTS))} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(REASONS)}.`,
      () => `Never promise that ${main} removes the need for a ${other}.`,
      () => `Ask how ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(REASONS)}.`,
    ];
    return pick(forms)();
  };
  return () => {
    const main = concept();
    let other = concept();
    if (other === main) other = pick(CONCEPTS);
    const title = capitalize(pick(ANGLES).replace("{c}", main).replace("{d}", other));
    const body = SECTIONS.map((section) => {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 2) }, () => sentence(main, other));
      return `## ${section}\n\n${sentences.join(" ")}`;
    }).join("\n\n");
    const tags = [...new Set([main.split(" ")[0]!, other.split(" ")[0]!, pick(["pricing", "delivery", "contracts", "governance"])])];
    return { title, body, tags };
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
