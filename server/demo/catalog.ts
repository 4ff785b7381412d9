import type { CreateServiceInput } from "#shared/contracts/services.ts";

/** A demo service as the PMO would enter it; the seeder picks the owner. */
export type DemoService = Omit<CreateServiceInput, "ownerId">;

/** Daily rates in EUR cents (120000 = €1,200 a day), shared by the demo services. */
const RATES = {
  "Project manager": 110000,
  "Solution architect": 140000,
  Engineer: 95000,
  "Data engineer": 105000,
  "Business analyst": 90000,
  "Functional consultant": 115000,
  "Test lead": 90000,
  "Change manager": 100000,
  "Agile coach": 120000,
  "Security consultant": 130000,
  "Penetration tester": 125000,
  "PMO consultant": 105000,
} as const;

type Role = keyof typeof RATES;

const rateCard = (...roles: Role[]) => roles.map((role) => ({ role, dailyRate: RATES[role] }));
const effort = (role: Role, minDays: number, maxDays: number) => ({ role, minDays, maxDays });

export const DEMO_SERVICES: DemoService[] = [
  {
    name: "Cloud migration",
    summary: "Move a client's applications and data from their own data centre to a public cloud, with a tested cutover.",
    description: [
      "We move workloads from on-premises servers to AWS, Azure or Google Cloud, one wave at a time.",
      "",
      "## What the client gets",
      "- An inventory of applications with a migration route for each (rehost, replatform, retire)",
      "- A landing zone: accounts, network, identity, logging and cost alerts",
      "- Migrated workloads, a rehearsed cutover and two weeks of hypercare",
      "",
      "## What it is not",
      "Rewriting applications for the cloud is a separate engagement. The go-live date is set after the",
      "discovery phase, never before.",
    ].join("\n"),
    durationMinWeeks: 6,
    durationMaxWeeks: 16,
    leadTimeWeeks: 4,
    currency: "EUR",
    estimationTemplate: {
      phases: [
        {
          name: "Discovery",
          description: "Inventory the applications, their dependencies and data volumes; agree on the waves.",
          efforts: [effort("Project manager", 3, 5), effort("Solution architect", 5, 10), effort("Engineer", 3, 8)],
        },
        {
          name: "Design",
          description: "Design the landing zone and a migration route per application; sign off with the client.",
          efforts: [effort("Project manager", 2, 4), effort("Solution architect", 5, 10), effort("Engineer", 5, 10)],
        },
        {
          name: "Migrate",
          description: "Build the landing zone and move the workloads wave by wave, testing each one.",
          efforts: [effort("Project manager", 5, 15), effort("Solution architect", 3, 10), effort("Engineer", 20, 60)],
        },
        {
          name: "Cutover",
          description: "Rehearse, freeze, switch traffic and decommission the old servers' access.",
          efforts: [effort("Project manager", 2, 4), effort("Solution architect", 1, 3), effort("Engineer", 4, 10)],
        },
        {
          name: "Hypercare",
          description: "Two weeks of close support after go-live, then handover to the client's operations team.",
          efforts: [effort("Project manager", 1, 3), effort("Engineer", 5, 10)],
        },
      ],
    },
    rateCard: rateCard("Project manager", "Solution architect", "Engineer"),
  },
  {
    name: "Data platform build",
    summary: "A cloud data platform that brings the client's sources together for reporting and analytics.",
    description: [
      "We build a data platform (warehouse or lakehouse) with ingestion pipelines, a tested data model",
      "and the first reports, so the client's analysts work from one trusted source.",
      "",
      "## Scope",
      "- Up to 8 source systems in the first release",
      "- Data model for two business domains, with data-quality checks",
      "- Access control, monitoring and runbooks",
      "",
      "Further sources and domains are priced as follow-up releases.",
    ].join("\n"),
    durationMinWeeks: 10,
    durationMaxWeeks: 24,
    leadTimeWeeks: 6,
    currency: "EUR",
    estimationTemplate: {
      phases: [
        {
          name: "Discovery",
          description: "Map the sources, the reports people need and the data owners.",
          efforts: [effort("Project manager", 3, 5), effort("Solution architect", 4, 8), effort("Business analyst", 5, 10)],
        },
        {
          name: "Architecture",
          description: "Choose the platform, design the layers, the security model and the naming rules.",
          efforts: [effort("Project manager", 2, 4), effort("Solution architect", 8, 15), effort("Data engineer", 3, 6)],
        },
        {
          name: "Build",
          description: "Ingestion pipelines, data model, quality checks and the first reports, in two-week sprints.",
          efforts: [
            effort("Project manager", 10, 20),
            effort("Solution architect", 5, 10),
            effort("Data engineer", 40, 90),
            effort("Business analyst", 10, 20),
          ],
        },
        {
          name: "Hypercare",
          description: "Support the first month of use, tune the pipelines and hand over the runbooks.",
          efforts: [effort("Project manager", 2, 4), effort("Data engineer", 5, 10)],
        },
      ],
    },
    rateCard: rateCard("Project manager", "Solution architect", "Data engineer", "Business analyst"),
  },
  {
    name: "ERP rollout",
    summary: "Implement a standard ERP for finance, purchasing and inventory, from fit-gap to go-live.",
    description: [
      "We roll out a standard ERP system, configured rather than customised, for the client's finance,",
      "purchasing and inventory processes.",
      "",
      "## Approach",
      "1. **Fit-gap**: the client's processes against the standard",
      "2. **Design and build**: configuration, data migration, the few interfaces that are needed",
      "3. **Test and cutover**: integration tests, user acceptance, a rehearsed go-live",
      "",
      "Custom development beyond the agreed interfaces goes through a change request.",
    ].join("\n"),
    durationMinWeeks: 20,
    durationMaxWeeks: 52,
    leadTimeWeeks: 8,
    currency: "EUR",
    estimationTemplate: {
      phases: [
        {
          name: "Discovery and fit-gap",
          description: "Workshops per process area; a fit-gap list the client signs off.",
          efforts: [effort("Project manager", 5, 10), effort("Functional consultant", 15, 30), effort("Solution architect", 3, 6)],
        },
        {
          name: "Design",
          description: "Configuration design, data migration plan, interface specifications.",
          efforts: [
            effort("Project manager", 5, 10),
            effort("Functional consultant", 20, 40),
            effort("Solution architect", 5, 10),
            effort("Engineer", 5, 15),
          ],
        },
        {
          name: "Build and configure",
          description: "Configure the system, build interfaces and migration scripts, train key users.",
          efforts: [
            effort("Project manager", 15, 30),
            effort("Functional consultant", 40, 90),
            effort("Engineer", 30, 70),
            effort("Change manager", 5, 15),
          ],
        },
        {
          name: "Test and cutover",
          description: "Integration and acceptance tests, two migration rehearsals, go-live weekend.",
          efforts: [
            effort("Project manager", 10, 20),
            effort("Functional consultant", 15, 30),
            effort("Engineer", 10, 20),
            effort("Test lead", 10, 25),
          ],
        },
        {
          name: "Hypercare",
          description: "Four weeks of on-site support and the first month-end close together.",
          efforts: [effort("Project manager", 3, 6), effort("Functional consultant", 10, 20), effort("Engineer", 3, 8)],
        },
      ],
    },
    rateCard: rateCard("Project manager", "Functional consultant", "Solution architect", "Engineer", "Change manager", "Test lead"),
  },
  {
    name: "Agile transformation coaching",
    summary: "Coach pilot teams and their managers into a working agile delivery model, then scale it.",
    description: [
      "Experienced agile coaches work inside the client's teams: they set up the rhythm (planning,",
      "reviews, retrospectives), coach product owners and managers, and leave the client able to",
      "carry on alone.",
      "",
      "## Good to know",
      "- We start with two or three pilot teams, not the whole organisation",
      "- Success is measured with the client's own delivery figures, agreed at the start",
    ].join("\n"),
    durationMinWeeks: 12,
    durationMaxWeeks: 26,
    leadTimeWeeks: 3,
    currency: "EUR",
    estimationTemplate: {
      phases: [
        {
          name: "Assessment",
          description: "Interviews, team observations and delivery figures; a plan the leadership agrees to.",
          efforts: [effort("Agile coach", 5, 10), effort("Change manager", 2, 5)],
        },
        {
          name: "Pilot teams",
          description: "Coach two or three teams through their first releases in the new way of working.",
          efforts: [effort("Agile coach", 20, 40), effort("Change manager", 3, 8), effort("Project manager", 2, 5)],
        },
        {
          name: "Scale",
          description: "Extend to further teams, set up cross-team planning, train internal coaches.",
          efforts: [effort("Agile coach", 20, 50), effort("Change manager", 5, 12), effort("Project manager", 3, 6)],
        },
        {
          name: "Handover",
          description: "Internal coaches take over; a review of the figures against the starting point.",
          efforts: [effort("Agile coach", 3, 6), effort("Project manager", 1, 2)],
        },
      ],
    },
    rateCard: rateCard("Agile coach", "Change manager", "Project manager"),
  },
  {
    name: "Security assessment",
    summary: "An independent review of a system's security: configuration, code hot spots and a penetration test.",
    description: [
      "We assess one system or environment against recognised baselines (CIS, OWASP ASVS) and test it",
      "the way an attacker would.",
      "",
      "## Deliverables",
      "- A report with every finding rated by risk, and how to fix it",
      "- A one-page summary for management",
      "- A retest of the critical findings within three months",
      "",
      "We never promise that a system is \"secure\"; we report what we tested and what we found.",
    ].join("\n"),
    durationMinWeeks: 3,
    durationMaxWeeks: 6,
    leadTimeWeeks: 2,
    currency: "EUR",
    estimationTemplate: {
      phases: [
        {
          name: "Scoping",
          description: "Agree on targets, test windows, rules of engagement and contacts.",
          efforts: [effort("Project manager", 1, 2), effort("Security consultant", 1, 3)],
        },
        {
          name: "Assessment",
          description: "Configuration review, architecture review and penetration test.",
          efforts: [effort("Security consultant", 5, 12), effort("Penetration tester", 5, 15)],
        },
        {
          name: "Reporting",
          description: "Write and present the report; plan the retest.",
          efforts: [effort("Project manager", 1, 2), effort("Security consultant", 2, 4), effort("Penetration tester", 1, 3)],
        },
      ],
    },
    rateCard: rateCard("Project manager", "Security consultant", "Penetration tester"),
  },
  {
    name: "PMO setup",
    summary: "Set up or renew a project management office: portfolio process, templates, reporting and people.",
    description: [
      "We help the client build a PMO that fits their size: how projects are proposed, approved,",
      "reported and closed, with lightweight templates and a portfolio dashboard.",
      "",
      "## Includes",
      "- Portfolio intake and prioritisation process",
      "- Templates for charters, status reports, risks and change requests",
      "- Coaching for the PMO staff during the first reporting cycles",
    ].join("\n"),
    durationMinWeeks: 8,
    durationMaxWeeks: 16,
    leadTimeWeeks: 4,
    currency: "EUR",
    estimationTemplate: {
      phases: [
        {
          name: "Assessment",
          description: "Review the current portfolio, governance and reporting; interview sponsors.",
          efforts: [effort("PMO consultant", 5, 8), effort("Project manager", 2, 4)],
        },
        {
          name: "Design",
          description: "Design the governance, the processes and the templates with the client's leads.",
          efforts: [effort("PMO consultant", 8, 15), effort("Business analyst", 3, 6)],
        },
        {
          name: "Implement",
          description: "Roll out the processes and the dashboard; train project managers.",
          efforts: [effort("PMO consultant", 10, 20), effort("Change manager", 3, 8), effort("Business analyst", 3, 8)],
        },
        {
          name: "Coach and hand over",
          description: "Run the first two reporting cycles together, then step back.",
          efforts: [effort("PMO consultant", 4, 10)],
        },
      ],
    },
    rateCard: rateCard("PMO consultant", "Project manager", "Business analyst", "Change manager"),
  },
];
