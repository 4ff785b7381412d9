/**
 * The demo workspace's quizzes: one certification quiz per service in
 * catalog.ts, on what a rep must know to sell it honestly (what it includes,
 * how long it takes, what the client brings, what never to promise, the
 * risks), and one stand-alone quiz on working with the PMO. Every fact
 * agrees with the catalog and the cheat sheets.
 *
 * Each bank holds more questions than an attempt draws, so a second attempt
 * is not the first one again. The banks live in two files by kind of
 * service; the settings, the same for every quiz, are here.
 */

import { right, wrong, type DemoChoice } from "./quiz-choices.ts";
import { ADVISORY_QUIZZES } from "./quizzes-advisory.data.ts";
import { PLATFORM_QUIZZES } from "./quizzes-platforms.data.ts";

export interface DemoQuestion {
  /** Single choice: exactly one choice is correct. Multiple choice: at least one. */
  kind: "single" | "multiple";
  prompt: string;
  choices: DemoChoice[];
  /** Shown with the result, one or two sentences: why the right answer is right. */
  explanation: string;
}

/** A quiz's content; the settings are added below. */
export interface DemoQuizBank {
  title: string;
  description: string;
  /** The exact name of the service in catalog.ts it certifies; null for a stand-alone quiz. */
  service: string | null;
  questions: DemoQuestion[];
}

export interface DemoQuiz extends DemoQuizBank {
  passMark: number;
  questionsPerAttempt: number;
  maxAttempts: number;
  cooldownMinutes: number;
  timeLimitMinutes: number | null;
}

/** Six of a bank of eight or more: a rep needs five right to pass, and three tries an hour apart. */
const SETTINGS = { passMark: 80, questionsPerAttempt: 6, maxAttempts: 3, cooldownMinutes: 60, timeLimitMinutes: null };

const WORKING_WITH_THE_PMO: DemoQuizBank = {
  title: "Working with the PMO",
  description:
    "The PMO is our project management office: the team that plans who works on which project, and when. How sales and the PMO work together: who confirms a start date, which limits every proposal respects, and what passes to the project manager when a deal is won. For every rep and sales engineer; it certifies no service.",
  service: null,
  questions: [
    {
      kind: "single",
      prompt: "A client wants to know when their project can start. Who confirms the start date?",
      choices: [
        right("The PMO, once it has checked which people are free"),
        wrong("The rep, when the contract is signed"),
        wrong("The client, by writing the date into the contract"),
      ],
      explanation: "Only the PMO knows who is free and when. A date the PMO has not confirmed is a date the team may not be able to keep.",
    },
    {
      kind: "single",
      prompt: "A client asks to start sooner than the service's usual lead time (the weeks between signing and the start). What do you do?",
      choices: [
        right("Ask the PMO early whether the right people can be freed, and make no promise until it answers"),
        wrong("Promise the date and tell the PMO after the contract is signed"),
        wrong("Offer a higher price in exchange for a quicker start"),
        wrong("Tell the client a quicker start is never possible"),
      ],
      explanation: "Sometimes an earlier start works, and asking early gives the PMO time to check. A higher price does not free up people, so it cannot buy a shorter wait.",
    },
    {
      kind: "single",
      prompt: "What is a promise rule?",
      choices: [
        right("A limit set by the PMO that every proposal must respect, such as a minimum duration, a maximum discount or words we never use, like \"guarantee\""),
        wrong("A bonus a rep earns for each deal that is won"),
        wrong("A list of what the client promises to pay and when"),
      ],
      explanation: "Promise rules keep proposals to what delivery can really do. Tandem checks every proposal against them before it goes to review.",
    },
    {
      kind: "single",
      prompt: "A deal is won. What happens at the handoff?",
      choices: [
        right("The rep passes the approved proposal, every promise made, the contacts, the notes on the client's needs and the risks to the project manager, who accepts it or sends it back with reasons"),
        wrong("The rep stays the client's main contact and passes on the project manager's questions"),
        wrong("The project manager starts again from scratch with the client, so nothing is missed"),
      ],
      explanation: "The handoff is the moment a won deal passes from sales to delivery, with everything learned and promised in writing, so the client never has to repeat themselves. The project starts once the project manager accepts it.",
    },
    {
      kind: "multiple",
      prompt: "Which of these belong in the handoff (what you pass to the project manager when a deal is won)? (Pick all that apply.)",
      choices: [
        right("Every promise you made to the client, including ones made on a call"),
        right("The open questions and the risks you know of"),
        right("The names of the client's contacts and what each of them decides"),
        wrong("Your own commission on the deal"),
      ],
      explanation: "If a promise is not in the handoff, the team will not plan for it. Questions, risks and contacts let the project manager start where you left off; your commission is not the team's business.",
    },
    {
      kind: "single",
      prompt: "Why do our estimates come as a range, such as 40 to 60 person-days (days of one person's work)?",
      choices: [
        right("Early on we do not know everything; the range narrows as the first weeks of work answer the open questions"),
        wrong("To leave room to charge the top of the range later"),
        wrong("Because the PMO has not had time to work out an exact number"),
      ],
      explanation: "A single number this early would be a guess dressed up as a fact. The range tells the client honestly how sure we are, and it narrows as we learn more.",
    },
    {
      kind: "single",
      prompt: "A client asks for a consultant by name, someone they liked on an earlier project. What do you say?",
      choices: [
        right("\"I'll pass your wish on to our project office. People are assigned once the project is confirmed.\""),
        wrong("\"Of course, I'll make sure she is on your project.\""),
        wrong("\"We never take wishes about people into account.\""),
      ],
      explanation: "The PMO assigns people when the project is confirmed, and the consultant may be busy elsewhere by then. Passing the wish on is fine; promising it is not.",
    },
  ],
};

/** In the order the demo lists them. */
export const DEMO_QUIZZES: DemoQuiz[] = [
  ...[...PLATFORM_QUIZZES, ...ADVISORY_QUIZZES].map((bank) => ({
    ...SETTINGS,
    ...bank,
    // One timed quiz, so the demo shows the countdown a timed attempt runs against.
    timeLimitMinutes: bank.service === "Cloud migration" ? 15 : SETTINGS.timeLimitMinutes,
  })),
  { ...SETTINGS, ...WORKING_WITH_THE_PMO, questionsPerAttempt: 5 },
];
