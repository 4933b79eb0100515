import type { StaffingText } from "./en";

export const fr: StaffingText = {
  sheetName: "Personnel",
  title: "Structure du personnel",
  headers: { position: "Poste", fte: "ETP", cost: "Coût annuel (CHF)", notes: "Notes" },
  total: "Total",
  fteUnit: "ETP",
  fteTitle: "ETP",
  ftePrompt: "Part d'un temps plein : 100 % (ou 1) temps plein, 50 % (ou 0,5) mi-temps.",
  fteError: "Saisissez une part de 0 % à 100 %, p. ex. 50 %.",
  costTitle: "Coût annuel",
  costPrompt: "Un nombre en CHF, p. ex. 150000.",
  costError: "Saisissez le coût annuel en francs, en chiffres, p. ex. 150000.",
};
