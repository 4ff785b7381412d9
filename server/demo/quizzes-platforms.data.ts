import { right, wrong } from "./quiz-choices.ts";
import type { DemoQuizBank } from "./quizzes.data.ts";

/** Certification quizzes for the services that build or move systems: Cloud migration, Data platform build, ERP rollout. */
export const PLATFORM_QUIZZES: DemoQuizBank[] = [
  {
    title: "Selling a cloud migration",
    description:
      "What a rep must know to sell a cloud migration honestly: what the client gets, how long it takes, what the client brings and what we never promise. Pass it to be certified to sell Cloud migration. Timed: 15 minutes.",
    service: "Cloud migration",
    questions: [
      {
        kind: "single",
        prompt: "What does a cloud migration include?",
        choices: [
          wrong("Rewriting the client's applications so they are built for the cloud"),
          right("A list of the client's applications with a route for each, a prepared cloud base, the moved applications, a rehearsed switch-over and two weeks of close support"),
          wrong("Running the client's cloud for them after the move, with no end date"),
          wrong("Moving the data only, while the applications stay in the old data centre"),
        ],
        explanation: "That is what the catalog lists. Rewriting applications is a separate engagement, and after the two weeks of hypercare (close support once the systems run in the cloud) the client's own operations team takes over.",
      },
      {
        kind: "single",
        prompt: "In the first meeting, the client asks when they will go live. Go-live is the day their systems start running in the cloud. What do you say?",
        choices: [
          right("\"We set the date after discovery (the first weeks, when we study your applications and how they depend on each other).\""),
          wrong("\"Six weeks after signing. That is our shortest project.\""),
          wrong("\"Pick the date that suits you. The team will make it work.\""),
        ],
        explanation: "The go-live date is set after discovery, never before. Six weeks is the shortest project, not a promise, and the start itself comes about four weeks after signing.",
      },
      {
        kind: "single",
        prompt: "Once work starts, how long does a cloud migration usually take?",
        choices: [
          wrong("One to two weeks"),
          right("6 to 16 weeks, depending on how many applications move and how"),
          wrong("Always exactly ten weeks"),
          wrong("One to two years"),
        ],
        explanation: "The catalog gives 6 to 16 weeks. Discovery (the study of the client's applications at the start) shows where in that range their migration falls.",
      },
      {
        kind: "single",
        prompt: "The client signs today. When can the migration start at the earliest?",
        choices: [
          wrong("Next Monday, if the client sends the server access in time"),
          wrong("As soon as the client likes, if they pay a higher rate"),
          right("In about four weeks: the time our project office needs to free up the right team"),
        ],
        explanation: "Cloud migration has a lead time (the wait between signing and the start) of four weeks. It is about freeing up people, so a higher price does not shorten it.",
      },
      {
        kind: "multiple",
        prompt: "What must the client provide for the migration to go well? (Pick all that apply.)",
        choices: [
          right("Access to their servers and to the cloud accounts"),
          right("An owner for each application who knows it and can test it after the move"),
          right("An operations team that takes over once the close support ends"),
          wrong("A finished design of their cloud set-up before we start"),
        ],
        explanation: "We cannot move what we cannot reach or test, and someone on their side must run the systems once we step back. Designing their cloud set-up is our work, done with them.",
      },
      {
        kind: "single",
        prompt: "What is a landing zone?",
        choices: [
          right("The base we set up in the cloud before anything moves: accounts, network, sign-in rights, logging and cost alerts"),
          wrong("The weekend when the client's users switch over to the cloud"),
          wrong("The list of applications that will be switched off"),
        ],
        explanation: "A landing zone is the safe, tidy place in the cloud that applications move into. It is built first, so every application lands in the same well-run set-up.",
      },
      {
        kind: "single",
        prompt: "Which of these may you promise a client?",
        choices: [
          wrong("No downtime at all while the systems switch over"),
          wrong("A lower cloud bill than their data centre costs, from the first month"),
          right("A rehearsed switch-over and two weeks of close support after it"),
          wrong("A date for the switch-over, fixed before we have studied the applications"),
        ],
        explanation: "The rehearsal and the two weeks of close support are part of the service. Downtime depends on what we learn about the applications, and the cloud bill on how the client uses the cloud.",
      },
      {
        kind: "single",
        prompt: "While studying the client's applications at the start, the team finds an old one that nobody uses any more. What is its likely route?",
        choices: [
          right("Retire it: switch it off instead of moving it"),
          wrong("Rewrite it for the cloud as part of this project"),
          wrong("Move it anyway, because every application has to move"),
        ],
        explanation: "Each application gets a route: rehost (move it as it is), replatform (move it with small changes) or retire. Retiring what nobody uses saves the client time and money.",
      },
      {
        kind: "multiple",
        prompt: "Which of these are common risks in a cloud migration? (Pick all that apply.)",
        choices: [
          right("Links between applications that nobody wrote down"),
          right("Far more data to move than the client expected"),
          right("Software licences that do not allow the software to run in the cloud"),
          wrong("Moving the applications in waves instead of all at once"),
        ],
        explanation: "The first weeks, spent studying the applications, are there to find hidden links, data volumes and licence limits early. Waves are how we lower the risk: each group of applications is tested before the next one moves.",
      },
    ],
  },
  {
    title: "Selling a data platform build",
    description:
      "What a rep must know to sell a data platform build: what the first release covers, the timeline, what the client brings and where to draw the line. Pass it to be certified to sell Data platform build.",
    service: "Data platform build",
    questions: [
      {
        kind: "single",
        prompt: "How many of the client's source systems (the systems the data comes from, such as the sales system or the finance system) does the first release connect?",
        choices: [
          wrong("Every system the client has"),
          right("Up to eight; further sources are priced as a follow-up release"),
          wrong("Exactly one, to keep the first release simple"),
          wrong("Up to twenty"),
        ],
        explanation: "The first release covers up to eight sources and two business areas. More is welcome, as a follow-up release with its own price.",
      },
      {
        kind: "single",
        prompt: "What does the client have at the end of the first release?",
        choices: [
          right("One platform that loads data from their sources, a tested data model for two business areas, and the first reports"),
          wrong("Every report the business has ever asked for"),
          wrong("A list of recommendations, but no working platform"),
        ],
        explanation: "The goal is that the client's analysts work from one trusted source for the areas the release covers. Further areas and reports come in later releases.",
      },
      {
        kind: "single",
        prompt: "Once work starts, how long does a data platform build usually take?",
        choices: [
          wrong("Two to four weeks"),
          right("10 to 24 weeks"),
          wrong("Always eight weeks"),
          wrong("One to two years"),
        ],
        explanation: "The catalog gives 10 to 24 weeks for the first release. The number of sources and how messy their data is decide where in the range it lands.",
      },
      {
        kind: "single",
        prompt: "The client signs on 1 March. When can the build start at the earliest?",
        choices: [
          wrong("On 2 March"),
          wrong("In mid-March, two weeks later"),
          right("In mid-April, about six weeks later"),
        ],
        explanation: "A data platform build starts about six weeks after signing: the time to free up the team, plan the work and set up access.",
      },
      {
        kind: "multiple",
        prompt: "What must the client provide? (Pick all that apply.)",
        choices: [
          right("Access to the source systems"),
          right("Data owners who can say what each figure means and who may see it"),
          right("Analysts who will use the reports and tell us what they need"),
          wrong("Clean, error-free data in every source before we start"),
        ],
        explanation: "We need access, people who know the data, and the people the reports are for. We do not ask for clean data up front: the quality checks we build find the errors.",
      },
      {
        kind: "single",
        prompt: "What is a data-quality check?",
        choices: [
          right("An automatic test that flags data that is missing, duplicated or out of range before it reaches the reports"),
          wrong("A one-off review of the client's spreadsheets by a consultant"),
          wrong("A check of the colours and layout of the reports"),
        ],
        explanation: "The checks run every time data is loaded, so bad data is caught before anyone makes a decision on it.",
      },
      {
        kind: "single",
        prompt: "Halfway through, the client asks the team to connect a ninth source \"while they are at it\". What is the right answer?",
        choices: [
          wrong("\"Yes. One more source makes little difference.\""),
          right("\"Good idea. Our project manager will show you the cost and the effect on dates, as a change request or in the next release.\""),
          wrong("\"No. The platform cannot take more than eight sources.\""),
        ],
        explanation: "Slipping a ninth source in without a price is scope creep: extra work that creeps in unpriced and delays the rest. A change request (a short form with the cost and the new dates) lets the client decide with the facts in front of them.",
      },
      {
        kind: "single",
        prompt: "Which of these may you promise?",
        choices: [
          wrong("Every number in every report will be right from the first day"),
          wrong("The platform will fix the errors in the client's source systems"),
          right("Quality checks, access control, monitoring and runbooks (step-by-step guides for running the platform) come with it"),
        ],
        explanation: "Those are part of the service. The checks flag bad data, but fixing it where it is entered stays the client's job.",
      },
      {
        kind: "single",
        prompt: "How does the team build the platform?",
        choices: [
          right("In sprints: fixed blocks of two weeks, each ending with working data and reports to look at"),
          wrong("All at once, with one big reveal at the end"),
          wrong("The client's staff build it and we review their work"),
        ],
        explanation: "Short blocks let the client see progress every two weeks and change the order of what comes next.",
      },
    ],
  },
  {
    title: "Selling an ERP rollout",
    description:
      "What a rep must know to sell an ERP rollout: the processes it covers, why we configure rather than customise, the timeline, and what the client's people must give. Pass it to be certified to sell ERP rollout.",
    service: "ERP rollout",
    questions: [
      {
        kind: "single",
        prompt: "An ERP is one system that runs a company's core business processes. Which processes does our ERP rollout cover?",
        choices: [
          right("Finance, purchasing and inventory"),
          wrong("HR and payroll"),
          wrong("Every process in the company"),
          wrong("Sales and marketing only"),
        ],
        explanation: "The service covers finance, purchasing and inventory. Other areas can follow, but they are not part of this service.",
      },
      {
        kind: "single",
        prompt: "We say an ERP rollout is \"configured rather than customised\". What does that mean for the client?",
        choices: [
          right("We set up the standard system for them, and adapt their way of working where the standard does the job, instead of writing new code"),
          wrong("We build them a new system from scratch, exactly as they work today"),
          wrong("They set the system up alone, and we answer questions"),
        ],
        explanation: "Standard set-ups are quicker to deliver, cheaper to run and easier to upgrade. New code is kept to the few agreed links to other systems.",
      },
      {
        kind: "single",
        prompt: "Once work starts, how long does an ERP rollout usually take?",
        choices: [
          wrong("6 to 10 weeks"),
          right("20 to 52 weeks"),
          wrong("Always exactly six months"),
          wrong("Three years or more"),
        ],
        explanation: "The catalog gives 20 to 52 weeks. The first workshops, which compare the client's processes with the standard, show where in that range they fall.",
      },
      {
        kind: "single",
        prompt: "How long after signing can an ERP rollout start?",
        choices: [
          wrong("The next week"),
          wrong("About two weeks"),
          right("About eight weeks: the longest wait of all our services"),
        ],
        explanation: "An ERP rollout needs a large team with rare skills, so our project office needs eight weeks to free them up.",
      },
      {
        kind: "single",
        prompt: "What is a fit-gap?",
        choices: [
          right("Workshops that compare the client's processes with the standard system and list where it fits and where it does not; the client signs the list off"),
          wrong("The test in which the client's users try the finished system"),
          wrong("The weekend when the old system is switched off"),
        ],
        explanation: "The fit-gap is the first step of the rollout. The signed list is what the design, the build and the price rest on.",
      },
      {
        kind: "single",
        prompt: "The client wants a screen the standard system does not have. What do you say?",
        choices: [
          wrong("\"No problem. Small extras like that are always included.\""),
          right("\"We'll first check whether the standard covers what you need. If new work is still needed, it goes through a change request with its own cost.\""),
          wrong("\"The system can't be changed at all.\""),
        ],
        explanation: "Custom work beyond the agreed links to other systems goes through a change request: a signed form with its cost and its effect on dates. Often the standard covers the need once the team shows how.",
      },
      {
        kind: "multiple",
        prompt: "What must the client provide? (Pick all that apply.)",
        choices: [
          right("Key users from finance, purchasing and the warehouse, with time for workshops and tests"),
          right("Their old data, and people who decide which of it is worth moving"),
          right("A sponsor: the senior person who signs off the list of fits and gaps and decides whether the switch goes ahead"),
          wrong("Their own developers to build the links to other systems"),
        ],
        explanation: "Decisions, tests and data have to come from the client's side. Building the agreed links is our work.",
      },
      {
        kind: "single",
        prompt: "Which of these may you promise?",
        choices: [
          wrong("The switch will cause no disruption to the business"),
          wrong("All of the client's old data will move to the new system"),
          right("Two rehearsals of the data move before the switch, and four weeks of support on site after it, including the first month-end close (closing the books for the month)"),
          wrong("A date for the switch, fixed at signing"),
        ],
        explanation: "The rehearsals and the support weeks are part of the service. What data moves is decided with the client, and a date set before the first workshops would be a guess.",
      },
      {
        kind: "single",
        prompt: "What most often delays an ERP rollout?",
        choices: [
          right("Key users with no time for workshops and tests, and old data in worse shape than expected"),
          wrong("Spending too long in the first workshops"),
          wrong("Rehearsing the data move twice"),
        ],
        explanation: "Raise both early: ask who the key users are and how much of their time is free, and ask what state the old data is in.",
      },
    ],
  },
];
