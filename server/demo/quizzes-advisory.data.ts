import { right, wrong } from "./quiz-choices.ts";
import type { DemoQuizBank } from "./quizzes.data.ts";

/** Certification quizzes for the services that coach, review or set up: Agile transformation coaching, Security assessment, PMO setup. */
export const ADVISORY_QUIZZES: DemoQuizBank[] = [
  {
    title: "Selling agile transformation coaching",
    description:
      "Agile is a way of working in short cycles that each end with something that works. What a rep must know to sell our coaching in it: where we start, how success is measured, what the client's leaders must do and what we never promise. Pass it to be certified to sell Agile transformation coaching.",
    service: "Agile transformation coaching",
    questions: [
      {
        kind: "single",
        prompt: "Where does our coaching start in a client's organisation?",
        choices: [
          wrong("With the whole organisation at once, so nobody is left behind"),
          right("With two or three pilot teams"),
          wrong("With a training course for everyone, and no coaching in the teams"),
        ],
        explanation: "Pilot teams show what works in this client's setting before it spreads. Changing everyone at once spreads the coaches thin and the mistakes wide.",
      },
      {
        kind: "single",
        prompt: "How is the success of the coaching measured?",
        choices: [
          right("With the client's own delivery figures, agreed at the start"),
          wrong("By how many people earned a certificate in the new way of working"),
          wrong("By our coaches' opinion at the end"),
        ],
        explanation: "Figures agreed up front, such as how long work takes from idea to release, let the client judge the result for themselves.",
      },
      {
        kind: "single",
        prompt: "How long does the coaching usually run?",
        choices: [
          wrong("Two to four weeks"),
          right("12 to 26 weeks"),
          wrong("Two years or more"),
        ],
        explanation: "The catalog gives 12 to 26 weeks: an assessment, the pilot teams, more teams, and finally the client's own coaches taking over.",
      },
      {
        kind: "single",
        prompt: "How long after signing can the coaching start?",
        choices: [
          right("About three weeks"),
          wrong("The next day"),
          wrong("About eight weeks"),
        ],
        explanation: "Coaching starts about three weeks after signing: our project office needs that long to free up experienced coaches.",
      },
      {
        kind: "single",
        prompt: "What is a retrospective?",
        choices: [
          right("A short meeting at the end of each cycle where the team looks at what went well and what to change next"),
          wrong("A report to management on which team members are slow"),
          wrong("The first plan of the project, written before any work starts"),
        ],
        explanation: "Retrospectives are how a team keeps improving its own way of working. They are a safe place to talk, not a performance review.",
      },
      {
        kind: "single",
        prompt: "The client asks: \"Will you make our teams twice as fast?\" What do you say?",
        choices: [
          wrong("\"Yes, that is what most clients see.\""),
          right("\"We can't promise a number. We agree on the figures to watch at the start, and review them together at the end.\""),
          wrong("\"Yes, if you book the full 26 weeks.\""),
        ],
        explanation: "Results depend on the client's teams and leaders as much as on us. Promising a number we do not control sets up a dispute.",
      },
      {
        kind: "multiple",
        prompt: "What must the client provide? (Pick all that apply.)",
        choices: [
          right("Leaders who take part and agree to the plan"),
          right("Product owners: people on their side with time to set the teams' priorities"),
          right("People who will become the internal coaches after we leave"),
          wrong("A finished list of every feature for the coming year"),
        ],
        explanation: "The change lasts only if leaders back it and the client's own people carry it on. Teams that work in short cycles keep their list of work moving, so it never needs to be finished up front.",
      },
      {
        kind: "single",
        prompt: "What does the client have at the end of the engagement?",
        choices: [
          right("Internal coaches who carry on without us, and a review of the figures against where they started"),
          wrong("Our coaches, who stay on permanently"),
          wrong("A new organisation chart, with no change in how the teams work"),
        ],
        explanation: "At the end, the client's own coaches take over, and the agreed figures show what changed since the start.",
      },
      {
        kind: "single",
        prompt: "Which of these is the biggest risk to the change?",
        choices: [
          right("Managers who keep deciding the old way, so the teams cannot change how they work"),
          wrong("Teams meeting at the end of every cycle to look back on it"),
          wrong("Starting with too few pilot teams"),
        ],
        explanation: "Teams cannot work in a new way if every decision still goes through the old route. That is why we coach managers as well as teams.",
      },
    ],
  },
  {
    title: "Selling a security assessment",
    description:
      "What a rep must know to sell a security assessment: what we test, what the client receives, what they must agree to, and the one promise we never make. Pass it to be certified to sell Security assessment.",
    service: "Security assessment",
    questions: [
      {
        kind: "single",
        prompt: "The client asks: \"Will you tell us our system is secure?\" What is the honest answer?",
        choices: [
          wrong("\"Yes. When we are done, we confirm your system is secure.\""),
          right("\"We report exactly what we tested and what we found, with every finding rated by risk and how to fix it.\""),
          wrong("\"Yes, if nothing critical turns up.\""),
        ],
        explanation: "No test can prove a system is secure: it can only show the weaknesses it found. We never promise \"secure\"; we promise a clear account of what we tested.",
      },
      {
        kind: "single",
        prompt: "What is a penetration test?",
        choices: [
          right("Attacking the system the way a real attacker would, with the client's written permission, to find weaknesses first"),
          wrong("Checking that the client's servers are switched on and reachable"),
          wrong("Reading the client's security policy and commenting on it"),
        ],
        explanation: "A penetration tester tries to break in, within agreed limits. It shows what an attacker could really do, not just what a checklist says.",
      },
      {
        kind: "single",
        prompt: "How long does a security assessment usually take?",
        choices: [
          right("3 to 6 weeks"),
          wrong("One day"),
          wrong("6 to 12 months"),
        ],
        explanation: "The catalog gives 3 to 6 weeks: scoping, the assessment itself, and the report.",
      },
      {
        kind: "single",
        prompt: "How long after signing can an assessment start?",
        choices: [
          wrong("The same day"),
          right("About two weeks: the shortest wait of all our services"),
          wrong("About eight weeks"),
        ],
        explanation: "Two weeks is enough to free up the testers and agree on what to test and when.",
      },
      {
        kind: "single",
        prompt: "What are the \"rules of engagement\" of an assessment?",
        choices: [
          right("The written agreement on what we may test, when and how, and whom to call if something goes wrong"),
          wrong("The price list for each kind of test"),
          wrong("The layout the final report follows"),
        ],
        explanation: "Testing a system without clear, signed limits could break it or break the law. The rules are agreed at the very start, before any test.",
      },
      {
        kind: "multiple",
        prompt: "What does the client receive? (Pick all that apply.)",
        choices: [
          right("A report with every finding rated by risk, and how to fix it"),
          right("A one-page summary for management"),
          right("A retest of the critical findings within three months"),
          wrong("Fixes for every finding, made by our testers"),
        ],
        explanation: "Those are the three things the client receives. Fixing the findings is the client's work, or a separate engagement.",
      },
      {
        kind: "multiple",
        prompt: "What must the client provide before testing starts? (Pick all that apply.)",
        choices: [
          right("A clear list of the systems to test, and written permission to test them"),
          right("Test windows, and a contact who can be reached while we test"),
          wrong("A list of the weaknesses they know of, so we test only those"),
        ],
        explanation: "Permission and a reachable contact keep testing safe and legal. Known weaknesses are useful to hear about, but we test everything agreed, not just those.",
      },
      {
        kind: "single",
        prompt: "The client asks: \"Can you check our whole company?\" What do you say?",
        choices: [
          wrong("\"Yes, for the same price.\""),
          right("\"One assessment covers one system or environment. We can plan the others as further assessments.\""),
          wrong("\"No, we only test websites.\""),
        ],
        explanation: "A small, clear target gives a deep test and a useful report. A whole company at once would give a shallow one.",
      },
      {
        kind: "single",
        prompt: "We assess systems against CIS and OWASP ASVS. What are they?",
        choices: [
          right("Published checklists of good security settings and practices that we measure the system against"),
          wrong("Laws the client must comply with"),
          wrong("Our own in-house testing tools"),
        ],
        explanation: "They are recognised baselines: the client can see exactly what \"good\" was measured against. They are not laws, and meeting them is not a legal certificate.",
      },
    ],
  },
  {
    title: "Selling a PMO setup",
    description:
      "A PMO is a small team that helps leaders choose which projects go ahead and keeps every project reported the same way. What a rep must know to sell a PMO setup: what we set up, how long it takes and why we keep it light. Pass it to be certified to sell PMO setup.",
    service: "PMO setup",
    questions: [
      {
        kind: "single",
        prompt: "What is a PMO?",
        choices: [
          right("A project management office: a small team that decides with leaders which projects go ahead, and keeps every project reported the same way"),
          wrong("A piece of software for drawing project plans"),
          wrong("The project manager of the biggest project"),
        ],
        explanation: "A PMO is the team that gives leaders one honest picture of all their projects, so they can choose where money and people go.",
      },
      {
        kind: "multiple",
        prompt: "What does a PMO setup include? (Pick all that apply.)",
        choices: [
          right("A way to propose new projects and rank them against each other"),
          right("Short templates for the documents every project uses, from its first plan to its weekly report"),
          right("Coaching for the PMO staff during their first reporting cycles"),
          wrong("Running the client's projects for them"),
        ],
        explanation: "We set up the process, the templates and the people, then step back. Managing the projects themselves stays with the client's project managers.",
      },
      {
        kind: "single",
        prompt: "How long does a PMO setup usually take?",
        choices: [
          wrong("One week"),
          right("8 to 16 weeks"),
          wrong("One to two years"),
        ],
        explanation: "The catalog gives 8 to 16 weeks: assessment, design, roll-out, and two reporting cycles together.",
      },
      {
        kind: "single",
        prompt: "How long after signing can a PMO setup start?",
        choices: [
          wrong("The next day"),
          right("About four weeks"),
          wrong("About eight weeks"),
        ],
        explanation: "A PMO setup starts about four weeks after signing: the time our project office needs to free up the right consultants.",
      },
      {
        kind: "single",
        prompt: "What is a portfolio dashboard?",
        choices: [
          right("One view of all the client's projects, with status, cost and risks, so leaders can compare them and decide"),
          wrong("The plan of a single project, task by task"),
          wrong("A list of the PMO's staff and their holidays"),
        ],
        explanation: "The portfolio is all the projects together. The dashboard shows them side by side, which is what leaders need to set priorities.",
      },
      {
        kind: "single",
        prompt: "The client wants the heaviest process possible, with every template there is. What do you say?",
        choices: [
          wrong("\"Great. More templates mean more control.\""),
          right("\"We build a PMO that fits your size, with light templates. More can be added once the basics work.\""),
          wrong("\"We only ever deliver one standard set of templates.\""),
        ],
        explanation: "A heavy process that project managers skip gives leaders no picture at all. A light one that everyone follows does.",
      },
      {
        kind: "single",
        prompt: "Which of these may you promise?",
        choices: [
          wrong("Every project will finish on time once the PMO is in place"),
          wrong("Our consultants will staff the client's PMO permanently"),
          right("We run the first two reporting cycles together with the client's PMO staff, then step back"),
        ],
        explanation: "Coaching through the first cycles is part of the service. A PMO makes problems visible early; it cannot promise that every project is on time.",
      },
      {
        kind: "multiple",
        prompt: "What must the client provide? (Pick all that apply.)",
        choices: [
          right("Sponsors (the senior people who pay for and back projects) who take part in interviews and agree on who decides what"),
          right("People who will staff the PMO after we leave"),
          wrong("A finished, ranked list of all their projects"),
        ],
        explanation: "Without sponsors' backing and the client's own staff, the PMO ends when we leave. Ranking the projects is part of what we set up together.",
      },
      {
        kind: "single",
        prompt: "What is the most common reason a new PMO fails?",
        choices: [
          right("Leaders skip the new process for their own projects, so the picture is never complete"),
          wrong("The templates are too short"),
          wrong("The dashboard is updated too often"),
        ],
        explanation: "A PMO works only if everyone uses it, leaders first. That is why the senior people who back projects are interviewed and agree on the rules from the start.",
      },
    ],
  },
];
