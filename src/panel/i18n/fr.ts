/**
 * The panel's words in French. Typed with PanelText: a key missing here does not compile.
 * French plural: 0 and 1 take the singular ("0 erreur", "1 erreur", "2 erreurs"); a no-break space before ":".
 */
import type { PanelText } from "./en";

const n = (count: number, one: string, many: string): string => `${count} ${count < 2 ? one : many}`;
/** The severity words as a count takes them; TERMS has the singular. */
const SEVERITY_COUNT = { error: ["erreur", "erreurs"], warning: ["avertissement", "avertissements"], info: ["info", "infos"] } as const;

function protectedNote(sheets: readonly string[]): string {
  if (sheets.length === 0) return "";
  const names = sheets.map((s) => `« ${s} »`).join(", ");
  const which = sheets.length === 1 ? `La feuille ${names} est protégée` : `Les feuilles ${names} sont protégées`;
  return ` ${which} contre la mise en forme des cellules\u00a0: ${sheets.length === 1 ? "laissée" : "laissées"} telle${sheets.length === 1 ? "" : "s"} quelle${sheets.length === 1 ? "" : "s"}. Ôtez la protection (Révision › Ôter la protection de la feuille) ou autorisez « Format de cellule », puis réessayez.`;
}

export const fr: PanelText = {
  severityCount: (count, severity) => (severity === "info" ? `${count} info` : n(count, SEVERITY_COUNT[severity][0], SEVERITY_COUNT[severity][1])),
  listJoin: ", ",

  header: { sheetActions: "Actions sur les feuilles" },
  actions: { validate: "Valider", highlight: "Surligner les problèmes", clear: "Effacer le surlignage", rollups: "Écrire les synthèses" },
  sections: { issues: "Problèmes", timeline: "Calendrier et livrables", funding: "Financement et exécution", allPlans: "Tous les plans", coverage: "Couverture des plans d'action", compare: "Comparer deux feuilles", share: "Rapport à partager" },

  busy: { validate: "Validation en cours…", highlight: "Surlignage des problèmes…", clear: "Effacement du surlignage…", rollups: "Écriture des synthèses…", save: "Enregistrement des paramètres…", insert: "Insertion du modèle…" },
  steps: { readWorkbook: "Lecture du classeur", readSpreadsheet: "Lecture de la feuille de calcul…", readSheet: (sheet) => `Lecture de « ${sheet} »`, check: "Vérification des tableaux", done: "Terminé" },
  progressOf: (label, done, total) => `${label} (${done} sur ${total})`,
  dismissError: "Fermer le message d'erreur",

  operation: { validate: "La validation", highlight: "Le surlignage des problèmes", clear: "L'effacement du surlignage", rollups: "L'écriture des synthèses", save: "L'enregistrement des paramètres", insert: "L'insertion du modèle", load: "Le chargement des paramètres", select: "La sélection de la cellule", language: "L'enregistrement de la langue" },
  failed: (operation, detail) => `${operation} a échoué\u00a0: ${detail}`,
  notStarted: (operation) => `${operation} n'a pas démarré\u00a0: corrigez d'abord les paramètres.`,
  unreadableReport: (path) => `l'application hôte a renvoyé un rapport que le panneau ne sait pas lire (${path}).`,
  noDetails: "Une erreur s'est produite (sans autre précision).",

  status: {
    validated: (tables, counts) => `${n(tables, "tableau vérifié", "tableaux vérifiés")}\u00a0: ${counts}.`,
    highlighted: (cells, protectedSheets) => `${n(cells, "cellule surlignée", "cellules surlignées")}.${protectedNote(protectedSheets)}`,
    cleared: (cells, protectedSheets) =>
      (cells === 0 ? "Aucun surlignage à effacer." : `Surlignage effacé sur ${n(cells, "cellule", "cellules")}.`) + protectedNote(protectedSheets),
    rollups: (sheet) => `Synthèses écrites dans la feuille « ${sheet} ».`,
    saved: "Paramètres enregistrés.",
    inserted: (sheet) => `Modèle inséré dans la nouvelle feuille « ${sheet} ». Remplissez-le, puis cliquez sur Valider.`,
    imported: (sheet, rows) => `${n(rows, "activité importée", "activités importées")} dans la nouvelle feuille « ${sheet} ». Cliquez sur Valider pour les vérifier.`,
    language: (name) => `Langue du panneau\u00a0: ${name}.`,
  },

  summary: {
    chips: "Afficher les problèmes par gravité",
    notChecked: "Pas encore vérifié",
    pressValidate: "Cliquez sur Valider pour vérifier les tableaux de plan de travail et de budget de ce classeur.",
    noIssues: "Aucun problème trouvé",
    checked: (tables, asOf, unlisted) =>
      `${n(tables, "tableau vérifié", "tableaux vérifiés")} à la date du ${asOf}${unlisted > 0 ? `. ${unlisted} autres non listés` : ""}`,
  },

  issues: {
    inCell: (severity) => `${severity} en `,
    goTo: (where) => `Aller à ${where}`,
    showMore: (count) => `Afficher ${count} de plus`,
    outsideTable: "hors de tout tableau",
    sectionTitle: (title, count) => `${title} (${count})`,
    noTables: "Aucun tableau de plan de travail, de budget, de personnel ou de suivi des contacts n'a été reconnu.",
    allPassed: "Tous les tableaux ont passé les vérifications.",
    allFiltered: "Toutes les gravités sont masquées. Utilisez les filtres ci-dessus pour les afficher.",
  },

  budget: {
    spokenTitle: "Budget\u00a0: ",
    noTotalRow: "Pas de ligne Total à laquelle comparer.",
    matches: (total) => `Conforme au total indiqué de ${total}`,
    differs: (stated, diff, more) => `Le total indiqué de ${stated} diffère de ${diff} (la somme des lignes est ${more ? "supérieure" : "inférieure"})`,
    staffTag: "personnel",
    staff: "Frais de personnel",
    other: "Autres",
    staffing: "Effectif",
    fte: (fte) => `${fte} ETP`,
    inKind: "Contributions en nature (hors total)",
    role: { budget: "budget", actuals: "réalisé", difference: "écart", percentage: "pourcentage" },
    figuresFrom: "Montants tirés de la colonne ",
    sections: "Rubriques",
    sectionsList: "Rubriques du budget",
    lines: "Lignes",
    linesList: "Lignes du budget",
    otherColumns: "Autres colonnes",
    otherColumnsList: "Autres colonnes de montants",
  },

  funding: {
    spokenTitle: "Financement\u00a0: ",
    received: (amount) => `Reçu ${amount}`,
    outstanding: (amount) => `Annoncé, non reçu ${amount}`,
    unpledged: (amount) => `Non annoncé ${amount}`,
    noBudget: "Aucun tableau de budget dans ce classeur\u00a0: les contributions annoncées et reçues sont présentées sans écart de financement.",
    receivedOf: (budget, share) => ` reçus sur ${budget} (${share})`,
    gap: (gap) => `Déficit de financement ${gap}\u00a0: budget pas encore reçu`,
    fullyReceived: "Budget entièrement reçu",
    pledgedFact: "Annoncé",
    receivedFact: "Reçu",
    contributors: "Contributeurs",
    contributorLine: (pledged) => `reçus sur ${pledged} annoncés`,
  },

  execution: {
    spokenTitle: "Grand livre\u00a0: ",
    overspent: "dépassement",
    near: "90\u00a0%+",
    over: (budget, over) => `sur un budget de ${budget} · ${over} de dépassement`,
    left: (budget, left) => `sur un budget de ${budget} · ${left} disponibles`,
    remaining: "Solde",
    perMonth: "Dépenses par mois",
    projected: (year) => `Projection au 31 déc.${year ? " " + year : ""}`,
    monthsOfCash: "Mois de trésorerie",
    sub: (range, asOf) => `· ${range} · au ${asOf}`,
    spentOf: (budget, share) => ` dépensés sur ${budget}${share !== null ? ` (${share})` : ""}`,
    noBudget: "Aucun tableau de budget dans ce classeur\u00a0: les dépenses ne sont pas comparées à un budget.",
    byLine: "Dépenses par ligne budgétaire",
    unmatched: (list) => `Hors ligne budgétaire\u00a0: ${list}`,
  },

  unconverted: (list) => `Non pris en compte, sans taux de change\u00a0: ${list}`,

  timeline: {
    spokenTitle: "Calendrier\u00a0: ",
    title: "Calendrier",
    activities: (count) => (count < 2 ? "activité" : "activités"),
    ongoing: "en cours",
    unscheduled: "non planifiées",
    perQuarter: "Activités par trimestre",
    quarter: (year, q) => `T${q} ${year}`,
    corner: "Activité",
    milestone: (names) => `jalon ${names}`,
    noActivityText: "(activité sans texte)",
    milestones: "Jalons",
    milestoneActivities: (count) => ` · cité par ${n(count, "activité", "activités")}`,
    deliverables: "Livrables\u00a0: cible et réalisé",
    fromOutreachLog: "Compté à partir du suivi des contacts",
    moreDeliverables: (count) => `Et ${n(count, "autre livrable", "autres livrables")}\u00a0: Écrire les synthèses les liste tous.`,
    noDates: "aucune activité datée",
    nothingToChart: "Aucune activité n'a de période lisible à représenter.",
    caption: (sheet, span) => `Activités de ${sheet} par mois, ${span}`,
    scrolls: (sheet) => `Diagramme de Gantt de ${sheet}, défilement horizontal`,
    notSent: (count) => `Et ${n(count, "autre activité non transmise", "autres activités non transmises")} au panneau\u00a0: Écrire les synthèses les représente toutes.`,
    showRows: (count, all) => (all ? `Afficher les ${count} lignes` : `Afficher ${count} lignes`),
    firstRows: (shown, total) => `${shown} premières activités sur ${total}. `,
    initials: "JFMAMJJASOND",
    ongoingSince: (month) => `en cours depuis ${month}`,
    upTo: (max) => `jusqu'à ${max}`,
    notTracked: (target) => `Cible ${target} (non suivie)`,
  },

  allPlans: {
    none: "Aucun tableau d'activités à placer sur un calendrier.",
    gantt: "Diagramme de Gantt de tous les plans",
    perMonth: "Activités par mois, tous plans confondus",
    byLeadChart: "Activités par responsable",
    calendar: (from, to) => `Calendrier ${from} – ${to}`,
    calendarEmpty: "Calendrier",
    sub: (plans, activities, ongoing, unscheduled) =>
      `${n(plans, "plan", "plans")} · ${n(activities, "activité", "activités")} · ${ongoing} en cours · ${unscheduled} non planifiée${unscheduled < 2 ? "" : "s"}`,
    busiest: (list) => `Mois les plus chargés\u00a0: ${list}`,
    perMonthScroll: "Activités par mois, défilement horizontal",
    plans: "Plans",
    ganttScroll: "Diagramme de Gantt de tous les plans, défilement horizontal",
    firstRows: (shown, total, unsent) =>
      `${shown} premières activités sur ${total}\u00a0; ${unsent ? "la feuille de synthèse les contient" : "la feuille de synthèse et le rapport exporté les contiennent"} toutes.`,
    byLead: "Par responsable",
    noLead: "(sans responsable)",
  },

  coverage: {
    chart: (plan) => `Couverture du ${plan}`,
    action: (action) => `Action ${action}`,
    cited: (count, sheets) => `${n(count, "activité", "activités")} · ${sheets}`,
    sub: (cited, total, notCited) => `${cited} action${cited < 2 ? " citée" : "s citées"} sur ${total} · ${notCited} non citée${notCited < 2 ? "" : "s"}`,
    notCited: (list) => `Non citées\u00a0: ${list}`,
    allCited: "Toutes les actions sont citées.",
    perAction: "Activités par action",
    lausanne: "Plan d'action de Lausanne",
  },

  compare: {
    change: { added: "Ajouté", removed: "Supprimé", changed: "Modifié" },
    field: { period: "calendrier", lead: "responsable", status: "statut", activity: "activité" },
    total: (old, now, diff) => `Total\u00a0: ${old} → ${now} (${diff})`,
    blank: "(vide)",
    noActivityText: "(activité sans texte)",
    none: "Aucune différence dans les lignes budgétaires ni dans les activités.",
    earlierSheet: "Feuille antérieure",
    revisedSheet: "Feuille révisée",
    compare: "Comparer",
    pickTwo: "Choisissez deux feuilles différentes.",
    intro: "Lignes budgétaires et activités mises en correspondance par leur texte, non par leur ligne.",
    earlier: "Antérieure",
    revised: "Révisée",
    needsTwo: "Il faut deux feuilles contenant un budget ou un tableau d'activités.",
  },

  share: {
    download: "Exporter le rapport",
    window: "Ouvrir dans une nouvelle fenêtre",
    intro: "Une page HTML à diffuser ou à imprimer en PDF\u00a0: synthèse, problèmes, budget, calendriers, tous les plans et couverture.",
    reportTitle: (file) => `Rapport Workplan Check${file ? ` — ${file}` : ""}`,
    generator: (host) => `Workplan Check pour ${host}`,
    fileName: (asOf) => `Rapport Workplan Check ${asOf}.html`,
  },

  insert: {
    summary: "Insérer un modèle…",
    table: "Tableau",
    fillWith: "Remplir avec",
    none: "Rien (tableau vide)",
    newSheetOnly: "Ajouté dans une nouvelle feuille\u00a0; aucune feuille existante n'est modifiée.",
    insert: "Insérer",
  },

  importText: {
    summary: "Importer depuis un texte…",
    hint: "Des périodes sur leur propre ligne (« février 2026 », « premier trimestre 2026 ») suivies des activités, ou des lignes qui commencent par une période.",
    label: "Calendrier d'un plan de travail",
    preview: "Aperçu",
    insert: "Insérer dans une nouvelle feuille",
    columns: { timeline: "Calendrier", activity: "Activité", lead: "Responsable" },
    moreRows: (count) => `… et ${n(count, "autre ligne", "autres lignes")}.`,
    toInsert: (count) => `${n(count, "ligne à insérer", "lignes à insérer")} dans une nouvelle feuille d'activités\u00a0:`,
    changed: "Le texte a changé\u00a0: affichez de nouveau l'aperçu.",
    note: "Ajouté dans une nouvelle feuille\u00a0; aucune feuille existante n'est modifiée. Les périodes que les vérifications ne savent pas lire sont gardées telles quelles et signalées.",
  },

  settings: {
    summary: "Paramètres",
    language: "Langue",
    automatic: (name) => `Automatique (${name})`,
    languageHint: "Pour vous seul\u00a0: chaque utilisateur du classeur choisit la sienne. Les messages suivent dès la prochaine validation.",
    grouping: "Séparateur des milliers",
    groupingHint: "Écriture des montants dans le panneau, les messages et les synthèses de ce classeur.",
    asOf: "Date de référence",
    asOfHint: "« Aujourd'hui » pour les échéances dépassées et les dates futures. Vide\u00a0: aujourd'hui.",
    datePlaceholder: "AAAA-MM-JJ",
    monthPlaceholder: "AAAA-MM",
    window: "Période du plan",
    start: "Début",
    end: "Fin",
    windowHint: "Vide\u00a0: lue dans le titre du tableau ou le nom de la feuille (« 2025-2026 »).",
    actions: "Références au plan d'action",
    fromAction: "De l'action",
    toAction: "À l'action",
    milestones: "Jalons",
    milestonesPlaceholder: "NOM=AAAA-MM",
    milestonesHint: (builtIn) => `Un par ligne, NOM=AAAA-MM. Prédéfinis\u00a0: ${builtIn}.`,
    plans: "Autres plans d'action (couverture)",
    plansPlaceholder: "Plan d'action de Vientiane (PAV)=1-40",
    plansHint: "Un par ligne, NOM (ABRÉVIATION)=DE-À. Le Plan d'action de Lausanne (LAP, 1–50) est toujours affiché\u00a0; les références qui nomment un autre plan comptent pour celui-ci.",
    rates: "Taux de change",
    ratesHint: "Un par ligne, CODE=TAUX\u00a0: la valeur d'une unité dans la devise du budget (EUR=0.9412). Prime sur un tableau de taux.",
    save: "Enregistrer les paramètres",
  },

  form: {
    asOf: (text) => `La date de référence « ${text} » n'est pas une date (AAAA-MM-JJ).`,
    windowBoth: "La période du plan demande un mois de début et un mois de fin (ou aucun des deux).",
    windowFormat: "Les mois de la période du plan s'écrivent AAAA-MM.",
    windowOrder: (start, end) => `La période du plan commence (${start}) après sa fin (${end}).`,
    rangeBoth: "Les références demandent un premier et un dernier numéro d'action (ou aucun des deux).",
    rangeWhole: "Les numéros d'action doivent être des nombres entiers.",
    rangeOrder: (from, to) => `Les références commencent (${from}) après leur fin (${to}).`,
    milestone: (name, reason) => `Jalon ${name}\u00a0: ${reason}.`,
    milestoneLine: (line, text, reason) => `Jalon, ligne ${line} « ${text} »\u00a0: ${reason}.`,
    milestoneTwice: (name) => `Le jalon ${name} figure deux fois.`,
    lineNumber: (line) => `ligne ${line}`,
    plan: (line, text, reason) => `Plan d'action, ligne ${line} « ${text} »\u00a0: ${reason}.`,
    rateLine: (line, text) => `Taux, ligne ${line} « ${text} »\u00a0: écrivez CODE=TAUX, par exemple EUR=0.9412.`,
    rateValue: (code, text) => `Taux ${code}\u00a0: « ${text} » n'est pas un nombre décimal positif (par exemple 0.9412).`,
    rateTwice: (code) => `Le taux ${code} figure deux fois.`,
  },

  host: {
    what: { read: "lire le classeur", highlight: "colorer les cellules à problème", clear: "rétablir le remplissage des cellules", rollups: "écrire la feuille de synthèse", template: "ajouter la feuille du modèle", select: "sélectionner la cellule" },
    cellEdit: (what) => `Excel attend la fin de la saisie dans une cellule\u00a0: Workplan Check n'a pas pu ${what}. Appuyez sur Entrée (ou Échap) pour quitter la cellule, puis réessayez.`,
    structureProtected: (what) => `Excel a refusé de ${what}\u00a0: la structure du classeur est protégée (Révision › Protéger le classeur) ou le classeur est en lecture seule. Ôtez la protection ou enregistrez une copie modifiable, puis réessayez.`,
    sheetProtected: (what) => `Excel a refusé de ${what}\u00a0: une feuille est protégée (Révision › Ôter la protection de la feuille) ou le classeur est en lecture seule.`,
    tooLarge: (what) => `Excel a refusé une requête de plus de 5 Mo alors que Workplan Check tentait de ${what}. Merci de signaler ce problème en indiquant la taille du classeur (feuilles, lignes, colonnes).`,
    notExcel: "Workplan Check fonctionne dans Excel. Ouvrez ce complément depuis l'onglet Accueil d'Excel.",
    missingFunction: (name) => `Le projet Apps Script n'a pas de fonction ${name}\u00a0; publiez la dernière version (npm run push).`,
    settingsRefused: (detail) => `Paramètres non enregistrés\u00a0: ${detail}`,
    rollupSheetTaken: (sheet) => `Une feuille nommée «\u00a0${sheet}\u00a0» existe déjà mais n'a pas été créée par Workplan Check. Renommez-la, puis écrivez à nouveau les synthèses.`,
    rollupSheetTakenCase: (existing, sheet) =>
      `Une feuille nommée «\u00a0${existing}\u00a0» existe déjà et n'a pas été écrite par Workplan Check (Excel ne distingue pas les majuscules dans les noms de feuille\u00a0: elle occupe la place de «\u00a0${sheet}\u00a0»). Renommez-la ou supprimez-la, puis écrivez à nouveau les synthèses.`,
  },

  sheetsMenu: {
    open: "Ouvrir le panneau",
    insertTemplate: "Insérer un modèle…",
    counts: (counts, tables) => `${counts} dans ${n(tables, "tableau", "tableaux")}.`,
    budget: (sheet, total) => ` Budget ${sheet}\u00a0: ${total}.`,
    highlighted: (cells) => `${n(cells, "cellule surlignée", "cellules surlignées")}.`,
    restored: (cells) => `Remplissage rétabli sur ${n(cells, "cellule", "cellules")}.`,
    rollups: (sheet) => `Synthèses écrites dans « ${sheet} ».`,
  },
};
