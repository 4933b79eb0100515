/**
 * The French and Spanish example workbooks: the templates in each language, filled with the English
 * example's content translated (the seed documents are published in English only). The ISU budget keeps
 * the published figures (CHF 514'753); the outreach log, contributions, rates and ledger are illustrative,
 * as in the English example, and say so.
 */
import type { Lang } from "../src/core/i18n";
import type { DateCell, RawCell } from "../src/core/snapshot";
import { activitiesTemplate } from "../src/core/templates/activities";
import type { ActivityInput } from "../src/core/templates/activities";
import { budgetTemplate } from "../src/core/templates/budget";
import { contributionsTemplate } from "../src/core/templates/contributions";
import { expenditureTemplate } from "../src/core/templates/expenditure";
import { outreachTemplate } from "../src/core/templates/outreach";
import { ratesTemplate } from "../src/core/templates/rates";
import { staffingTemplate } from "../src/core/templates/staffing";
import type { TemplateSheet } from "../src/core/templates";
import { BUDGET_TEXT } from "../src/core/templates/text";
import { CONTRIBUTIONS_2026, EXPENDITURE_2026, ILLUSTRATIVE_RATES, ISU_BUDGET, OUTREACH_LOG } from "../src/seeds/example-workbook";

/** What differs between the French and the Spanish example: every text a coordinator or finance officer writes. */
interface ExampleText {
  readonly file: string;
  readonly sheets: { readonly budget: string; readonly staffing: string; readonly plan: string; readonly outreach: string; readonly contributions: string; readonly ledger: string; readonly rates: string };
  readonly budgetTitle: string;
  /** Notes of the five published lines, in order: salaries, social charges, communication, travel, other. */
  readonly budgetNotes: readonly [string, string, string, string, string];
  readonly inKind: readonly [label: string, text: string, notes: string];
  readonly staffingTitle: string;
  readonly positions: readonly [string, string, string];
  readonly staffingNote: string;
  readonly planTitle: string;
  readonly lead: string;
  readonly plan: readonly (readonly [activity: string, timeline: string, partners?: string, deliverable?: string])[];
  readonly outreachTitle: string;
  readonly state: (letter: string) => string;
  readonly countries: Readonly<Record<string, string>>;
  readonly contributionsTitle: string;
  readonly contributor: (letter: string) => string;
  readonly contributionNotes: Readonly<Record<string, string>>;
  readonly ratesTitle: string;
  readonly rateSource: string;
  readonly ledgerTitle: string;
  /** The ledger's budget lines as a clerk types them, by the English example's ("travel costs" is a near miss). */
  readonly ledgerLines: Readonly<Record<string, string>>;
  readonly descriptions: Readonly<Record<string, string>>;
}

const FR: ExampleText = {
  file: "workplan-check-exemples-fr.xlsx",
  sheets: {
    budget: "Budget ISU 2026", staffing: "Personnel ISU 2026", plan: "Plan universalisation 2025-2026", outreach: "Suivi des contacts (illustr.)",
    contributions: "Contributions 2026 (illustr.)", ledger: "Dépenses 2026 (illustr.)", rates: "Taux 2026 (illustr.)",
  },
  budgetTitle: "Budget 2026 de l'Unité d'appui à l'application (ISU)",
  budgetNotes: [
    "Le directeur (100 %), la spécialiste de l'appui à l'application (100 %), l'assistant d'appui à l'application (50 %).",
    "Estimées à 20 % des salaires, selon l'âge et le statut du personnel et les tarifs en vigueur des prestataires. Les charges comprennent les assurances accidents et voyages obligatoires.",
    "Maintenance du site web, publications, matériel promotionnel, contenus multimédias et consultants (p. ex. conseiller en communication stratégique)",
    "Déplacements du personnel pour participer aux réunions et aux missions d'appui dans les pays, selon les besoins.",
    "Ateliers thématiques, location de salles, restauration, expertise externe, frais de fonctionnement, etc.",
  ],
  inKind: ["Frais administratifs", "GICHD, contribution en nature", "Bureaux, système de contrôle interne, administration du programme de parrainage, gestion des ressources humaines, informatique et appui logistique, etc."],
  staffingTitle: "Structure du personnel de l'ISU",
  positions: ["Directeur", "Spécialiste de l'appui à l'application", "Assistant d'appui à l'application"],
  staffingNote: "Le budget suppose au minimum le maintien de la structure actuelle du personnel de l'ISU",
  planTitle: "Plan de travail sur l'universalisation de la Convention sur les armes à sous-munitions (CCM) 2025-2026",
  lead: "Coordonnateurs pour l'universalisation (Norvège et Costa Rica)",
  plan: [
    ["Actions de sensibilisation bilatérales et conjointes auprès des États prioritaires.", "Activités en continu", "ISU", "Au moins 10 rencontres documentées sur l'universalisation avec les États ciblés ;"],
    ["Appui aux efforts continus de la présidence en matière d'universalisation.", "Activités en continu", "Présidence de la troisième Conférence d'examen et troïka"],
    ["Aider à faciliter des ateliers régionaux pour promouvoir la ratification de la CCM ou l'adhésion à celle-ci.", "Activités en continu", "ISU", "1-2 engagements régionaux liés à de réelles voies d'adhésion."],
    ["Contribuer aux sections sur l'universalisation des documents de la Conférence d'examen.", "Activités en continu", "ISU", "Langage sur l'universalisation repris dans les résultats des réunions préparatoires et dans les messages de la troisième Conférence d'examen."],
    ["Échanges bilatéraux avec les missions permanentes à Genève des États qui n'ont pas encore ratifié la CCM ou n'y ont pas adhéré.", "Activités en continu", undefined, "au moins 10 réunions bilatérales de sensibilisation documentées pendant le cycle de la troisième Conférence d'examen (à Genève et/ou dans les capitales)"],
    ["Collaborer avec la CMC et le CICR à leurs efforts d'universalisation", "Activités en continu", "CICR ; CMC"],
    ["Première réunion du groupe de travail informel sur l'universalisation.", "février 2026", "Groupe informel sur l'universalisation"],
    ["Deuxième réunion du groupe de travail informel sur l'universalisation", "mars 2026", "Groupe informel sur l'universalisation"],
    ["Finaliser le dossier d'appui à l'universalisation.", "mars 2026", "CICR", "Dossier d'appui à l'universalisation, court, approuvé pour le troisième cycle d'examen."],
    ["Finaliser une liste des 15 pays prioritaires.", "mars 2026", "ISU"],
    ["Troisième et quatrième réunions du groupe de travail informel sur l'universalisation.", "avril-juin 2026", "Groupe informel sur l'universalisation"],
    ["Document de travail sur les obstacles présenté en juin ou en juillet", "juin-août 2026", "ISU", "Document de travail actualisé sur les obstacles et carte interne des obstacles d'une page, avec des messages recommandés pour chaque obstacle."],
    ["Suivi pendant la Conférence d'examen", "septembre 2026", "ISU"],
  ],
  outreachTitle: "Suivi des contacts ILLUSTRATIF (données fictives) : étapes du plan de travail sur l'universalisation 2025-2026 — Contacté ; Réunion tenue ; Prochaine étape convenue.",
  state: (l) => `État ${l}`,
  countries: { Norway: "Norvège", "Costa Rica": "Costa Rica" },
  contributionsTitle: "Contributions ILLUSTRATIVES au budget 2026 de l'ISU : chiffres inventés et contributeurs fictifs, pas des données réelles.",
  contributor: (l) => `État partie ${l}`,
  contributionNotes: {
    "Earmarked for in-country support missions.": "Affecté aux missions d'appui dans les pays.",
    "Pledge announced; payment expected in the fourth quarter.": "Contribution annoncée ; versement attendu au quatrième trimestre.",
    "Part payment; the balance follows.": "Versement partiel ; le solde suivra.",
  },
  ratesTitle: "Taux de change ILLUSTRATIFS (inventés) : valeur d'une unité en CHF.",
  rateSource: "Illustratif, 2026-01-31",
  ledgerTitle: "Registre des dépenses ILLUSTRATIF pour le budget 2026 de l'ISU : chiffres inventés, pas des données réelles.",
  ledgerLines: {
    Communication: "Communication", Travel: "Voyages", Salaries: "Salaires", "Social charges": "Charges sociales",
    "Other implementation support costs": "Autres frais d'appui à la mise en œuvre", "travel costs": "voyage", "Other implementation support cost": "Autre frais d'appui à la mise en œuvre",
  },
  descriptions: {
    "Web site maintenance": "Maintenance du site web", "In-country support mission": "Mission d'appui dans un pays", "Salaries, first quarter": "Salaires, premier trimestre",
    "Social charges, first quarter": "Charges sociales, premier trimestre", "Thematic workshop: room rental": "Atelier thématique : location de salle",
    "Printing of publications": "Impression de publications", "Flights, intersessional meetings": "Vols, réunions intersessions", "Salaries, second quarter": "Salaires, deuxième trimestre",
    "Social charges, second quarter": "Charges sociales, deuxième trimestre", "External expertise": "Expertise externe", "Third Review Conference, Vientiane": "Troisième Conférence d'examen, Vientiane",
    "Salaries, third quarter": "Salaires, troisième trimestre", "Social charges, third quarter": "Charges sociales, troisième trimestre",
  },
};

const ES: ExampleText = {
  file: "workplan-check-ejemplos-es.xlsx",
  sheets: {
    budget: "Presupuesto ISU 2026", staffing: "Personal ISU 2026", plan: "Plan universalización 2025-2026", outreach: "Contactos (ilustrativo)",
    contributions: "Contribuciones 2026 (ilustr.)", ledger: "Gastos 2026 (ilustr.)", rates: "Tipos de cambio 2026 (ilustr.)",
  },
  budgetTitle: "Presupuesto 2026 de la Unidad de Apoyo a la Aplicación (ISU)",
  budgetNotes: [
    "El Director (100 %), la Especialista en Apoyo a la Aplicación (100 %), el Asistente de Apoyo a la Aplicación (50 %).",
    "Estimadas en un 20 % de los sueldos, según la edad y la situación del personal y las tarifas vigentes de los proveedores. Incluyen los seguros obligatorios de accidentes y de viaje.",
    "Mantenimiento del sitio web, publicaciones, material promocional, contenido multimedia y consultorías (p. ej., asesor de comunicación estratégica)",
    "Viajes del personal para participar en reuniones y en misiones de apoyo en los países, según sea necesario.",
    "Talleres temáticos, alquiler de salas, servicio de comidas, expertos externos y gastos operativos, etc.",
  ],
  inKind: ["Gastos administrativos", "GICHD, contribución en especie", "Oficinas, sistema de control interno, administración del programa de patrocinio, gestión de recursos humanos, informática y apoyo logístico, etc."],
  staffingTitle: "Estructura de personal de la ISU",
  positions: ["Director", "Especialista en Apoyo a la Aplicación", "Asistente de Apoyo a la Aplicación"],
  staffingNote: "El presupuesto supone, como mínimo, la continuidad de la estructura de personal actual de la ISU",
  planTitle: "Plan de trabajo sobre la universalización de la Convención sobre Municiones en Racimo (CMR) 2025-2026",
  lead: "Coordinadores de universalización (Noruega y Costa Rica)",
  plan: [
    ["Actividades bilaterales y conjuntas de divulgación ante los Estados priorizados.", "Actividades en curso", "ISU", "Al menos 10 reuniones documentadas de universalización con los Estados destinatarios;"],
    ["Apoyo a los esfuerzos continuos de universalización de la Presidencia.", "Actividades en curso", "Presidencia de la Tercera Conferencia de Examen y troika"],
    ["Ayudar a facilitar talleres regionales para promover la ratificación de la CMR o la adhesión a ella.", "Actividades en curso", "ISU", "1-2 actividades regionales vinculadas a vías reales de adhesión."],
    ["Contribuir a las secciones sobre universalización de los documentos de la Conferencia de Examen.", "Actividades en curso", "ISU", "Lenguaje sobre universalización incluido en los resultados de las reuniones preparatorias y en los mensajes de la Tercera Conferencia de Examen."],
    ["Intercambios bilaterales con las Misiones Permanentes en Ginebra de los Estados que aún no han ratificado la CMR ni se han adherido a ella.", "Actividades en curso", undefined, "al menos 10 reuniones bilaterales de divulgación documentadas durante el ciclo de la Tercera Conferencia de Examen (en Ginebra y/o en las capitales)"],
    ["Colaborar con la CMC y el CICR en sus esfuerzos de universalización", "Actividades en curso", "CICR; CMC"],
    ["Primera reunión del Grupo de Trabajo Informal sobre Universalización.", "febrero de 2026", "Grupo Informal sobre Universalización"],
    ["Segunda reunión del Grupo de Trabajo Informal sobre Universalización", "marzo de 2026", "Grupo Informal sobre Universalización"],
    ["Finalizar el paquete de apoyo a la universalización.", "marzo de 2026", "CICR", "Paquete breve de apoyo a la universalización aprobado para el tercer ciclo de examen."],
    ["Finalizar una lista de los 15 países priorizados.", "marzo de 2026", "ISU"],
    ["Tercera y cuarta reuniones del Grupo de Trabajo Informal sobre Universalización.", "abril-junio de 2026", "Grupo Informal sobre Universalización"],
    ["Documento de trabajo sobre los obstáculos presentado en junio o julio", "junio-agosto de 2026", "ISU", "Documento de trabajo actualizado sobre los obstáculos y un mapa interno de obstáculos de una página, con mensajes recomendados para cada obstáculo."],
    ["Seguimiento durante la Conferencia de Examen", "septiembre de 2026", "ISU"],
  ],
  outreachTitle: "Seguimiento de contactos ILUSTRATIVO (datos ficticios): etapas del plan de trabajo sobre universalización 2025-2026 — Contactado; Reunión celebrada; Próximo paso acordado.",
  state: (l) => `Estado ${l}`,
  countries: { Norway: "Noruega", "Costa Rica": "Costa Rica" },
  contributionsTitle: "Contribuciones ILUSTRATIVAS al presupuesto 2026 de la ISU: cifras inventadas y contribuyentes ficticios, no son datos reales.",
  contributor: (l) => `Estado Parte ${l}`,
  contributionNotes: {
    "Earmarked for in-country support missions.": "Asignado a misiones de apoyo en los países.",
    "Pledge announced; payment expected in the fourth quarter.": "Promesa anunciada; pago previsto en el cuarto trimestre.",
    "Part payment; the balance follows.": "Pago parcial; el saldo se abonará más adelante.",
  },
  ratesTitle: "Tipos de cambio ILUSTRATIVOS (inventados): valor de una unidad en CHF.",
  rateSource: "Ilustrativo, 2026-01-31",
  ledgerTitle: "Registro de gastos ILUSTRATIVO del presupuesto 2026 de la ISU: cifras inventadas, no son datos reales.",
  ledgerLines: {
    Communication: "Comunicación", Travel: "Viajes", Salaries: "Sueldos", "Social charges": "Cargas sociales",
    "Other implementation support costs": "Otros gastos de apoyo a la aplicación", "travel costs": "viaje", "Other implementation support cost": "Otros gastos de apoyo a aplicación",
  },
  descriptions: {
    "Web site maintenance": "Mantenimiento del sitio web", "In-country support mission": "Misión de apoyo en un país", "Salaries, first quarter": "Sueldos, primer trimestre",
    "Social charges, first quarter": "Cargas sociales, primer trimestre", "Thematic workshop: room rental": "Taller temático: alquiler de sala",
    "Printing of publications": "Impresión de publicaciones", "Flights, intersessional meetings": "Vuelos, reuniones entre períodos de sesiones", "Salaries, second quarter": "Sueldos, segundo trimestre",
    "Social charges, second quarter": "Cargas sociales, segundo trimestre", "External expertise": "Expertos externos", "Third Review Conference, Vientiane": "Tercera Conferencia de Examen, Vientián",
    "Salaries, third quarter": "Sueldos, tercer trimestre", "Social charges, third quarter": "Cargas sociales, tercer trimestre",
  },
};

export const LOCALIZED_TEXT: Readonly<Record<Exclude<Lang, "en">, ExampleText>> = { fr: FR, es: ES };

const translated = (map: Readonly<Record<string, string>>, v: RawCell): RawCell => {
  if (typeof v !== "string" || v === "") return v;
  const t = map[v];
  if (t === undefined) throw new Error(`localized examples: no translation of '${v}'`);
  return t;
};
/** The seed's data rows below the header row that starts with `first`, up to the first blank row. */
function rowsBelow(rows: readonly (readonly RawCell[])[], first: string): RawCell[][] {
  const header = rows.findIndex((r) => r[0] === first);
  const out: RawCell[][] = [];
  for (const r of rows.slice(header + 1)) {
    if (r.length === 0 || r.every((v) => v === null)) break;
    out.push([...r]);
  }
  return out;
}
const letter = (placeholder: RawCell): string => String(placeholder).slice(-1);

/** The published 2026 budget lines (labels in the language, amounts as published). */
function budgetLines(lang: Exclude<Lang, "en">) {
  const tx = BUDGET_TEXT[lang].lines, notes = LOCALIZED_TEXT[lang].budgetNotes;
  const amount = (label: string) => ISU_BUDGET.rows.find((r) => r[0] === label)![1] as number;
  return [
    { label: tx.salaries, amount: amount("Salaries"), notes: notes[0] },
    { label: tx.socialCharges, rateOf: tx.salaries, notes: notes[1] },
    { label: tx.communication, amount: amount("Communication"), notes: notes[2] },
    { label: tx.travel, amount: amount("Travel"), notes: notes[3] },
    { label: tx.other, amount: amount("Other implementation support costs"), notes: notes[4] },
  ];
}

/** Every sheet of the language's example workbook, as templates. */
export function localizedExample(lang: Exclude<Lang, "en">): TemplateSheet[] {
  const x = LOCALIZED_TEXT[lang];
  const [inKindLabel, inKindText, inKindNotes] = x.inKind;
  const budget = budgetTemplate({ sheetName: x.sheets.budget, title: x.budgetTitle, lines: budgetLines(lang), inKind: [{ label: inKindLabel, text: inKindText, notes: inKindNotes }], lang });
  const staffing = staffingTemplate({
    sheetName: x.sheets.staffing, title: x.staffingTitle, blankRows: 0, lang,
    positions: [{ position: x.positions[0], fte: 1, notes: x.staffingNote }, { position: x.positions[1], fte: 1 }, { position: x.positions[2], fte: 0.5 }],
  });
  const activities: ActivityInput[] = x.plan.map(([activity, timeline, partners, deliverable]) => ({ activity, lead: x.lead, timeline, partners, deliverable }));
  const plan = activitiesTemplate({ sheetName: x.sheets.plan, title: x.planTitle, window: { start: "2025-01", end: "2026-12" }, activities, blankRows: 0, lang });
  const contacts = rowsBelow(OUTREACH_LOG.rows, "State").map(([state, date, stage, lead]) => ({
    state: x.state(letter(state)), date: date as DateCell, stage: String(stage), lead: String(translated(x.countries, lead)),
  }));
  const outreach = outreachTemplate({ sheetName: x.sheets.outreach, title: x.outreachTitle, contacts, blankRows: 0, lang });
  const contributions = contributionsTemplate({
    sheetName: x.sheets.contributions, title: x.contributionsTitle, blankRows: 0, lang,
    rows: rowsBelow(CONTRIBUTIONS_2026.rows, "Contributor").map(([who, pledged, received, date, currency, earmarked, year, notes]) =>
      [x.contributor(letter(who)), pledged, received, date, currency, translated(x.ledgerLines, earmarked), year, translated(x.contributionNotes, notes)]),
  });
  const rates = ratesTemplate({
    sheetName: x.sheets.rates, title: x.ratesTitle, blankRows: 0, lang,
    rows: Object.entries(ILLUSTRATIVE_RATES).map(([currency, rate]) => [currency, Number(rate), x.rateSource]),
  });
  const ledger = expenditureTemplate({
    sheetName: x.sheets.ledger, title: x.ledgerTitle, blankRows: 0, lang, budgetLines: budgetLines(lang).map((l) => l.label),
    rows: rowsBelow(EXPENDITURE_2026.rows, "Date").map(([date, line, amount, currency, description, reference]) =>
      [date, translated(x.ledgerLines, line), amount, currency, translated(x.descriptions, description), reference]),
  });
  return [budget, staffing, plan, outreach, contributions, rates, ledger];
}
