import type { LedgersText } from "./en";

export const fr: LedgersText = {
  contributions: {
    sheetName: "Contributions",
    title: "Contributions",
    headers: {
      contributor: "Contributeur", pledged: "Annoncé", received: "Reçu", outstanding: "Solde à recevoir", date: "Date de réception",
      currency: "Devise", earmarked: "Affecté à", year: "Année", notes: "Notes",
    },
    pledgedPrompt: "Le montant annoncé, dans la devise de la ligne.",
    receivedPrompt: "Le montant reçu à ce jour, dans la devise de la ligne.",
    datePrompt: "Date d'arrivée du versement (pas dans le futur).",
    currencyOf: "de la contribution annoncée et du versement",
  },
  expenditure: {
    sheetName: "Dépenses",
    title: "Registre des dépenses",
    headers: { date: "Date", line: "Ligne budgétaire", amount: "Montant", currency: "Devise", description: "Libellé", reference: "Référence" },
    datePrompt: "La date du paiement, dans l'année budgétaire.",
    linePrompt: "La ligne budgétaire à laquelle ce paiement est imputé.",
    amountPrompt: "Le montant payé, dans la devise de la ligne ; un remboursement est négatif et le libellé le dit.",
    currencyOf: "du paiement",
  },
  rates: {
    sheetName: "Taux",
    title: "Taux de change (valeur d'une unité en CHF)",
    headers: { currency: "Devise", rate: "Taux en CHF", source: "Date ou source" },
    currencyPrompt: "La devise que ce taux convertit en CHF.",
    ratePrompt: "La valeur d'une unité en CHF, p. ex. 0.9412 pour l'EUR.",
    rateError: "Saisissez un taux positif, p. ex. 0.9412.",
  },
  currencyTitle: "Devise",
  currencyPrompt: (of) => `La devise ${of} ; vide signifie CHF. Un autre code peut être saisi : donnez-lui un taux dans une table de taux.`,
  dateError: "Saisissez une date, p. ex. 16 févr. 2026.",
  amountError: "Saisissez le montant en chiffres, p. ex. 50000 (pas un texte comme « EUR 50'000 »).",
};
