import type { ActivitiesText } from "./en";

export const fr: ActivitiesText = {
  sheetName: "Activités",
  title: (years) => `Plan de travail ${years}`,
  headers: {
    activity: "Activité", lead: "Responsable", partners: "Partenaires", reference: "Référence du plan d'action", timeline: "Calendrier", start: "Début", end: "Fin",
    deliverable: "Livrable", target: "Cible", achieved: "Réalisé", status: "Statut",
  },
  statuses: { planned: "Non commencé", inProgress: "En cours", done: "Terminé", postponed: "Reporté", cancelled: "Annulé" },
  referenceTitle: "Référence du plan d'action",
  referencePrompt: "Choisissez une action (1–50), ou saisissez-en plusieurs : « Actions 38 à 42 ».",
  startTitle: "Date de début",
  startPrompt: "Premier jour, p. ex. 1 mars 2026. Son mois doit correspondre au calendrier.",
  endTitle: "Date de fin",
  endPrompt: "Dernier jour, p. ex. 30 juin 2026. Son mois doit correspondre au calendrier.",
  dateError: "Saisissez une date, p. ex. 1 mars 2026.",
  statusTitle: "Statut",
  statusPrompt: "Les activités terminées ou annulées ne sont jamais signalées en retard.",
  statusError: (choices) => `Choisissez parmi : ${choices}.`,
};
