/**
 * A workbook as a francophone coordinator and finance officer fill it (French headers, French budget lines),
 * and the same in Spanish, each with a few findings: a stated total off by one franc, a blank lead, a
 * timeline that cannot be read, an activity past its end with no status.
 */
import type { ExampleSheet } from "../../../examples/example-workbook";

export const FRENCH_SHEETS: readonly ExampleSheet[] = [
  {
    name: "Budget UAA 2026",
    source: "illustrative",
    widths: [40, 18, 80],
    rows: [
      ["Budget 2026 de l'Unité d'appui à l'application"],
      [],
      ["COÛT", "Montant en CHF", "NOTES"],
      ["Salaires", 378961, "Directrice (100 %), spécialiste de l'appui à l'application (100 %), assistant (50 %)."],
      ["Charges sociales", 75792, "Estimées à 20 % des salaires, selon l'âge, le statut du personnel et les taux en vigueur."],
      ["Communication", 20000, "Site web, publications, matériel promotionnel."],
      ["Voyages", 20000, "Déplacements du personnel pour les réunions et les missions d'appui."],
      ["Autres frais d'appui à l'application", 20000, "Ateliers thématiques, location de salles, expertise externe."],
      ["Total", 514754, null],
      ["Frais administratifs", "GICHD, contribution en nature", "Bureaux, contrôle interne, gestion des ressources humaines, informatique."],
    ],
  },
  {
    name: "Plan de travail 2025-2026",
    source: "illustrative",
    widths: [60, 30, 24, 40, 14],
    rows: [
      ["Groupe de travail sur l'universalisation — Plan de travail 2025-2026"],
      ["Activité", "Responsable", "Calendrier", "Livrable", "Statut"],
      ["Atelier régional sur l'adhésion à la Convention", "Coordinateur Afrique de l'Ouest", "mars – mai 2025", "Rapport de l'atelier", null],
      ["Démarches bilatérales auprès des États non parties", null, "janvier à juin 2026", "10 réunions documentées", "En cours"],
      ["Note d'information pour l'Assemblée des États parties", "Unité d'appui à l'application", "bientôt", "Note d'information", "Non commencé"],
      ["Rapport sur le Plan d'action de Lausanne", "Unité d'appui à l'application", "septembre 2026", "Rapport", "Non commencé"],
    ],
  },
];

export const SPANISH_SHEETS: readonly ExampleSheet[] = [
  {
    name: "Presupuesto UAA 2026",
    source: "illustrative",
    widths: [40, 18, 80],
    rows: [
      ["Presupuesto 2026 de la Unidad de Apoyo a la Implementación"],
      [],
      ["COSTO", "Importe en CHF", "NOTAS"],
      ["Salarios", 378961, "Directora (100 %), especialista de apoyo (100 %), asistente (50 %)."],
      ["Cargas sociales", 75792, "Estimadas en el 20 % de los salarios."],
      ["Comunicación", 20000, "Sitio web, publicaciones, material promocional."],
      ["Viajes", 20000, "Viajes del personal a reuniones y misiones de apoyo."],
      ["Otros gastos de apoyo a la implementación", 20000, "Talleres temáticos, alquiler de salas, expertos externos."],
      ["Total", 514754, null],
      ["Gastos administrativos", "GICHD, contribución en especie", "Oficinas, control interno, recursos humanos, informática."],
    ],
  },
  {
    name: "Plan de trabajo 2025-2026",
    source: "illustrative",
    widths: [60, 30, 24, 40, 14],
    rows: [
      ["Grupo de trabajo sobre universalización — Plan de trabajo 2025-2026"],
      ["Actividad", "Responsable", "Calendario", "Entregable", "Estado"],
      ["Taller regional sobre la adhesión a la Convención", "Coordinador para América Latina", "mars – mai 2025", "Informe del taller", null],
      ["Gestiones bilaterales ante los Estados no partes", null, "enero a junio de 2026", "10 reuniones documentadas", "En curso"],
      ["Nota informativa para la Reunión de los Estados Partes", "Unidad de Apoyo a la Implementación", "pronto", "Nota informativa", "No iniciado"],
      ["Informe sobre el Plan de Acción de Lausana", "Unidad de Apoyo a la Implementación", "septiembre de 2026", "Informe", "No iniciado"],
    ],
  },
];
