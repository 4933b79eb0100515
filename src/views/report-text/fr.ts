import type { ReportText } from "./en";

/** French counts: 0 and 1 take the singular. */
const plural = (n: number, one: string, many: string): string => `${n} ${Math.abs(n) < 2 ? one : many}`;
const NB = "\u00a0";

export const fr: ReportText = {
  title: "Rapport Workplan Check",
  titleOf: (file) => `Rapport Workplan Check — ${file}`,
  titleAllPlans: "Rapport Workplan Check — tous les plans",
  asOf: (date) => `Au ${date}`,
  sections: {
    summary: "Résumé",
    issues: "Problèmes par feuille",
    budget: "Budget",
    funding: "Financement et exécution",
    timelines: "Calendrier de chaque plan",
    consolidated: "Tous les plans : le calendrier consolidé",
    coverage: "Couverture du plan d'action",
  },
  summary: {
    file: "Fichier", asOf: "Date", result: "Résultat", valid: "valide", hasErrors: "contient des erreurs", tables: "Tableaux",
    tablesFound: "Tableaux trouvés", sheet: "Feuille", kind: "Type", range: "Plage", rows: "Lignes",
  },
  issues: {
    none: (file) => `${file}${NB}: aucun problème.`,
    count: (n) => plural(n, "problème", "problèmes"),
    cell: "Cellule", severity: "Gravité", message: "Message", rule: "Règle",
    unlisted: (n) => `${plural(n, "autre constat est compté", "autres constats sont comptés")} mais non listé${n < 2 ? "" : "s"} (voir les résumés ci-dessus).`,
  },
  budget: {
    noTotalRow: "Pas de ligne Total à comparer.",
    matches: (total) => `✓ Concorde avec le total indiqué ${total}.`,
    differs: (stated, diff) => `✗ Le total indiqué ${stated} diffère de la somme des lignes de ${diff}.`,
    line: "Ligne", amount: (c) => `Montant (${c})`, share: "Part", cell: "Cellule", staff: "personnel", total: "Total",
    chart: (sheet) => `Budget par ligne, ${sheet}`,
    caption: (sheet) => `Lignes du budget de ${sheet}`,
    inKind: "Contributions en nature", notInTotal: `(hors total)${NB}:`,
    staffOther: (staff, other) => `Frais de personnel ${staff} · autres coûts ${other}`,
    fte: (n) => `${n} ETP`,
  },
  fields: {
    sheet: "feuille", table: "tableau", currency: "monnaie", budget: "budget", pledged: "annoncé", received: "reçu", outstanding: "à recevoir",
    gap: "déficit", pledgedGap: "non annoncé", fundedShare: "part financée", contributors: "contributeurs", byContributor: "Par contributeur",
    byMonth: "Par mois", budgetTable: "tableau du budget", unconverted: "Non comptés (pas de taux de change)", name: "nom", cell: "cellule",
    spent: "dépensé", remaining: "solde", executedShare: "taux d'exécution", asOf: "date", lines: "Lignes", unmatched: "Hors lignes du budget",
    burnPerMonth: "par mois", projectedYearEnd: "projection en fin d'année", monthsOfCash: "mois de trésorerie", year: "année", label: "ligne",
    share: "part", amount: "montant", funding: "Financement", execution: "Exécution",
  },
  timeline: {
    chart: (sheet) => `Diagramme de Gantt de ${sheet}`,
    summary: (a, o, u) => `${plural(a, "activité", "activités")} · ${o} en continu · ${plural(u, "non planifiée", "non planifiées")}`,
  },
  consolidated: {
    chart: "Diagramme de Gantt de tous les plans",
    perMonth: "Activités par mois, tous plans confondus",
    perMonthCaption: "Activités par mois (les activités en continu sont comptées à part)",
    byLead: "Activités par responsable",
    plan: "Plan", file: "Fichier", table: "Tableau", activities: "Activités", quarter: "Trimestre",
    summary: (a, p, o, u) => `${plural(a, "activité", "activités")} dans ${plural(p, "plan", "plans")} · ${o} en continu · ${plural(u, "non planifiée", "non planifiées")}`,
    busiest: `Mois les plus chargés${NB}:`,
    milestones: `Jalons${NB}:`,
    milestoneActivities: (n) => `cité par ${plural(n, "activité", "activités")}`,
  },
  coverage: {
    actions: (from, to) => `Actions ${from} à ${to}`,
    cited: (c, total, u) => `${c} actions sur ${total} citées par au moins une activité${NB}; ${plural(u, "non citée", "non citées")}.`,
    chart: (plan) => `Couverture du ${plan}`,
    caption: "Plein : citée par une activité · pointillé : non citée",
    notCited: `Non citées${NB}:`,
    actionsHead: "Actions",
    citing: "Activités qui les citent",
  },
  noLead: "(sans responsable)",
  lausanne: "Plan d'action de Lausanne",
  quarter: (year, q) => `T${q} ${year}`,
  charts: {
    initials: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
    activities: (n) => plural(n, "activité", "activités"),
    ongoing: "en continu",
    ongoingSince: (m) => `en continu depuis ${m}`,
    unscheduled: "non planifiée",
    noActivityText: "(activité sans texte)",
    actionCited: (a, n) => `Action ${a}${NB}: citée par ${plural(n, "activité", "activités")}`,
    actionNotCited: (a) => `Action ${a}${NB}: non citée`,
  },
};
