import type { OutreachText } from "./en";

export const fr: OutreachText = {
  sheetName: "Suivi des contacts",
  title: "Suivi des contacts de promotion",
  headers: { state: "État", date: "Date", stage: "Étape", lead: "Responsable", notes: "Notes" },
  stages: { Contacted: "Contacté", "Meeting held": "Réunion tenue", "Next step agreed": "Prochaine étape convenue" },
  dateTitle: "Date",
  datePrompt: "Date du contact ou de la réunion, p. ex. 20 janv. 2026 (pas dans le futur).",
  dateError: "Saisissez une date, p. ex. 20 janv. 2026.",
  stageTitle: "Étape",
  stagePrompt: "Contacté, puis Réunion tenue, puis Prochaine étape convenue.",
  stageError: (choices) => `Choisissez parmi : ${choices}.`,
};
