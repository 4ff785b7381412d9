import type { GettingStartedStep } from "#shared/contracts/onboarding.ts";

/** What each step says; the server says whether it is done, who takes it and where. */
export const STEP_TEXT: Record<GettingStartedStep["key"], { title: string; why: string; action: string }> = {
  invite_people: {
    title: "Invite people with their roles",
    why: "PMO leads and project managers write what reps read; sales managers, reps and sales engineers read it and learn from it.",
    action: "Invite people",
  },
  define_service: {
    title: "Define a first service",
    why: "The catalog is what the PMO can deliver: scope, duration, estimation template and rates. Cheat sheets and training hang off it.",
    action: "Add a service",
  },
  explain_terms: {
    title: "Explain your terms in the glossary",
    why: "Each term is said once, in plain words; every cheat sheet that uses it links to it and the clarity check knows it.",
    action: "Open the glossary",
  },
  publish_cheat_sheet: {
    title: "Write and publish a first cheat sheet",
    why: "One page in plain language that a rep can say to a client. A second writer reviews it before reps see it.",
    action: "Write a cheat sheet",
  },
  build_training: {
    title: "Publish a first quiz",
    why: "A quiz per service certifies who may sell it; the readiness matrix then shows who is ready for what.",
    action: "Build a quiz",
  },
};
