import { marksOf } from "../i18n/number-style";
import type { Format } from "../i18n/format";
import type { Params } from "../issues";
import type { ImportCatalog, MessageCatalog } from "./catalog";
import { count, date, money, moneyAbs, month, num as n, share, str as s } from "./params";
import { reasonsFr } from "./reasons-fr";
import { fr as outreachText } from "../templates/text/outreach/fr";
import { issueName } from "./issue-names";
import { translateReason } from "./reasons";

/**
 * Les messages en français, un par code, écrits comme les écrit un responsable financier ou un
 * coordinateur. Le texte des cellules est cité entre « » (avec espaces insécables), les montants, les
 * pourcentages et les décomptes suivent le format du lecteur, les dates s'écrivent « 31 mars 2026 ».
 */
const NB = "\u00a0";
/** Cell text, quoted: « Salaires ». */
const q = (text: string) => `«${NB}${text}${NB}»`;
const qp = (p: Params, k: string) => q(s(p, k));
/** A label, or what the sentence says without one. */
const labelOr = (p: Params, k: string, fallback: string) => (s(p, k) ? qp(p, k) : fallback);
const reason = (p: Params) => translateReason(s(p, "reason"), reasonsFr);
/** "Dans la colonne « Budget 2025 » : le total…" when a budget has several amount columns (the param is blank otherwise). */
const inColumn = (p: Params, sentence: string) => (s(p, "column") ? `Dans la colonne ${qp(p, "column")}${NB}: ${lowerFirst(sentence)}` : sentence);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** "de mai 2026", "d'avril 2026", "d'août 2026": French elides "de" before a vowel. */
const de = (text: string) => (/^[aeiouyàâéèêîôh]/i.test(text) ? `d'${text}` : `de ${text}`);
const plural = (k: number, one: string, many: string) => (k === 1 ? one : many);
/** A decimal example in the reader's decimal mark: 0.9412 or 0,9412 (both read back). */
const decimal = (f: Format, whole: string, frac: string) => `${whole}${marksOf(f.grouping).decimal}${frac}`;

/** The kinds of amount columns (budget structure roles), as a French budget heads them. */
const ROLE: Readonly<Record<string, string>> = { budget: "budget", actuals: "dépenses réelles", difference: "écart", percentage: "pourcentage" };
/** "Budget 2025 (budget), Variance (difference)" → « Budget 2025 » (budget), « Variance » (écart). */
const columnsWithRoles = (text: string) =>
  text.replace(/([^,]+?) \((budget|actuals|difference|percentage)\)(?=, |$)/g, (_, header: string, role: string) => `${header.match(/^\s*/)![0]}${q(header.trim())} (${ROLE[role]})`);

/** The follow-up stages in the outreach template's words (which the reader accepts: tests/core/messages/examples-parse.test.ts). */
const STAGE: Readonly<Record<string, string>> = outreachText.stages;
const stages = (text: string) => text.split(", ").map((x) => STAGE[x] ?? x).join(", ");

/** Where the plan period came from: "settings", "title 'Workplan 2025-2026'"… */
function source(text: string): string {
  if (text === "settings") return "les paramètres";
  const m = /^(title|sheet name|file name) '(.*?)'?(…?)$/s.exec(text);
  if (!m) return q(text);
  const what = m[1] === "title" ? "le titre" : m[1] === "sheet name" ? "le nom de la feuille" : "le nom du fichier";
  return `${what} ${q(m[2] + m[3])}`;
}

/** A suggested total formula as French Excel writes it: =SOMME(B2:B6), arguments separated by ";". */
const sumFormula = (text: string) => text.replace(/^=SUM\((.*)\)$/s, (_, args: string) => `=SOMME(${args.replace(/,/g, ";")})`);

function notRead(p: Params, f: Format): string {
  const limit = s(p, "limit"), max = count(f, p, "max");
  if (limit === "rows") return `Les lignes à partir d'ici n'ont pas été lues${NB}: une feuille est lue jusqu'à ${max} lignes`;
  if (limit === "cells") return `Les lignes à partir d'ici n'ont pas été lues${NB}: un classeur est lu jusqu'à ${max} cellules`;
  if (limit === "text") return `Les lignes à partir d'ici n'ont pas été lues${NB}: un classeur est lu jusqu'à ${max} caractères de texte`;
  if (limit === "columns")
    return `${p.count !== undefined ? `${count(f, p, "count")} cellules` : "Les cellules"} à partir de cette colonne n'ont pas été lues${NB}: une feuille est lue jusqu'à ${max} colonnes${n(p, "others") ? ` (${plural(n(p, "others"), "1 autre ligne est aussi large", `${count(f, p, "others")} autres lignes sont aussi larges`)})` : ""}`;
  return `La feuille n'a pas été lue à partir d'ici${NB}: elle dépasse la limite ${limit}${max ? ` de ${max}` : ""}`;
}

/** "trop élevé de CHF 1'000" / "trop bas de CHF 1'000". */
const offBy = (f: Format, p: Params) => `${n(p, "difference") > 0 ? "trop élevé" : "trop bas"} de ${moneyAbs(f, p, "difference")}`;

export const fr: MessageCatalog = {
  "cell.error-value": (p) => `La cellule affiche l'erreur ${s(p, "value")}. Corrigez la formule ou la référence vers laquelle elle pointe.`,
  "cell.formula-not-calculated": (p) =>
    `La formule ${s(p, "formula")} n'a pas de valeur calculée (le fichier a été enregistré par un programme qui ne calcule pas)${NB}: cette cellule ne peut être ni vérifiée ni additionnée. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis relancez la vérification.`,
  "cell.required-blank": (p) => `La colonne ${qp(p, "field")} est vide sur cette ligne.`,
  "cell.not-a-number": (p, f) =>
    `${qp(p, "field")}${NB}: ${qp(p, "text")} ne peut pas être lu comme un montant (${reason(p)}). Saisissez un nombre, par exemple ${f.money(1_250_000)}.`,
  "cell.number-as-text": (p, f) =>
    `Le montant ${qp(p, "text")} est enregistré comme texte (lu comme ${money(f, p, "minor")}). Les formules SOMME ignorent le texte${NB}: saisissez-le comme un nombre.`,
  "cell.merged": (p) => `Les cellules ${s(p, "range")} sont fusionnées à l'intérieur du tableau et seule la première garde sa valeur. Annulez la fusion et remplissez chaque ligne.`,
  "table.blank-row": () => "Ligne vide à l'intérieur du tableau. Supprimez-la ou remplissez-la.",
  "table.duplicate-row": (p) => `Cette ligne répète exactement la ligne ${s(p, "firstRow")}.`,
  "table.extra-cells": (p) =>
    `La valeur ${qp(p, "text")} se trouve dans une colonne sans en-tête${NB}: elle n'est pas vérifiée. Donnez un en-tête à la colonne ou déplacez la valeur.`,
  "budget.total-mismatch": (p, f) => {
    const subs = n(p, "subtotals") || 0, all = n(p, "lines"), lines = all - subs;
    const what = subs > 0
      ? `${plural(subs, "le sous-total", `les ${subs} sous-totaux`)} et ${plural(lines, "la ligne", `les ${lines} lignes`)} qu'il devrait additionner (${s(p, "rows")}) font`
      : plural(all, "la ligne au-dessus fait", `les ${all} lignes au-dessus font`);
    return inColumn(p, `Le total indiqué est de ${money(f, p, "stated")}, mais ${what} ${money(f, p, "sum")} (le total est ${offBy(f, p)}).`);
  },
  "budget.total-double-counted": (p, f) =>
    inColumn(p, `Le total général de ${money(f, p, "stated")} compte les sous-totaux (${qp(p, "subtotals")}) et les lignes qu'ils regroupent, donc chaque ligne deux fois. Additionnez seulement les sous-totaux (${money(f, p, "sum")}) ou seulement les lignes.`),
  "budget.subtotal-mismatch": (p, f) => {
    const d = n(p, "difference");
    return inColumn(p, `${qp(p, "label")} est de ${money(f, p, "stated")}, mais la somme de ${s(p, "rows")} (${qp(p, "section")}) est de ${money(f, p, "sum")} (le sous-total est ${d > 0 ? "trop élevé" : "trop bas"} de ${moneyAbs(f, p, "difference")}).`);
  },
  "budget.total-typed": (p) => `Le total est saisi comme un nombre. Saisissez plutôt ${sumFormula(s(p, "sum"))} pour qu'il suive les lignes quand l'une d'elles change.`,
  "budget.sum-circular": (p) =>
    `La formule ${s(p, "formula")} de ${labelOr(p, "label", "cette cellule")} inclut sa propre cellule ${s(p, "cell")}${NB}: c'est une référence circulaire, sa valeur n'est donc pas fiable. N'additionnez que les lignes au-dessus.`,
  "budget.sum-other-sheet": (p) =>
    `La formule ${s(p, "formula")} de ${labelOr(p, "label", "cette cellule")} additionne des cellules de la feuille ${qp(p, "sheet")}${NB}: elle ne peut pas être comparée aux lignes de ce tableau. Additionnez les lignes de ce tableau, ou ramenez les lignes sur cette feuille.`,
  "budget.variance-mismatch": (p, f) =>
    `${labelOr(p, "label", "Cette ligne")}${NB}: ${qp(p, "column")} indique ${money(f, p, "stated")}, mais ${qp(p, "minuend")} moins ${qp(p, "subtrahend")} donne ${money(f, p, "expected")}.`,
  "budget.percentage-column-mismatch": (p, f) =>
    `${labelOr(p, "label", "Cette ligne")}${NB}: ${qp(p, "column")} indique ${share(f, p, "stated")}, mais ${qp(p, "numerator")} divisé par ${qp(p, "denominator")} donne ${share(f, p, "expected")}.`,
  "budget.column-no-neighbours": (p) =>
    `La colonne ${s(p, "role") === "variance" ? "d'écart" : "de pourcentage"} ${qp(p, "column")} n'a pas à sa gauche deux colonnes de budget ou de dépenses réelles à comparer${NB}: elle ne peut pas être vérifiée. Placez-la après les colonnes qu'elle compare, ou écrivez-la comme une formule (=C5-B5).`,
  "budget.duplicate-column": (p) =>
    `Deux colonnes de montants ont pour en-tête ${qp(p, "column")} (aussi ${qp(p, "first")} en ${s(p, "firstCell")}). Nommez chacune d'après son contenu (Budget approuvé 2026, Budget révisé 2026).`,
  "budget.merged-header-mixed": (p) =>
    `L'en-tête fusionné ${s(p, "range")} couvre des colonnes de natures différentes (${columnsWithRoles(s(p, "columns"))})${NB}: séparez-le pour que l'en-tête de chaque colonne dise ce qu'elle contient.`,
  "budget.subtotal-empty": (p) => `${qp(p, "label")} est un sous-total sans ligne de coût au-dessus à additionner. Placez-le sous ses lignes ou supprimez-le.`,
  "budget.percentage-mismatch": (p, f) =>
    inColumn(p, `${qp(p, "label")} est de ${money(f, p, "stated")}, mais ${share(f, p, "rate")} de ${qp(p, "base")} (${money(f, p, "baseAmount")}) font ${money(f, p, "expected")} (écart de ${money(f, p, "difference")}).`),
  "budget.negative-amount": (p, f) => inColumn(p, `${qp(p, "label")} est négatif (${money(f, p, "amount")}).`),
  "budget.amount-not-numeric": (p) =>
    inColumn(p, `Le montant de ${labelOr(p, "label", "cette ligne")} ne peut pas être lu comme un nombre (${qp(p, "text")}${NB}: ${reason(p)}). Seules les contributions en nature peuvent ne pas avoir de montant.`),
  "budget.duplicate-label": (p) => `${qp(p, "label")} figure deux fois (aussi à la ligne ${s(p, "firstRow")}).`,
  "budget.no-total": () => "Ce budget n'a pas de ligne Total. Le total calculé figure dans les synthèses.",
  "budget.line-after-total": (p, f) => `${qp(p, "label")} (${money(f, p, "amount")}) se trouve sous la ligne Total${NB}: ce montant n'est pas compris dans le total.`,
  "period.unreadable": (p) =>
    `Le calendrier ${qp(p, "text")} ne peut pas être lu (${reason(p)}). Écrivez par exemple ${q("mai – juin 2026")}, ${q("T1 2026")} ou ${q("En cours")}.`,
  "period.unscheduled": (p) => `L'activité ${qp(p, "activity")} n'a pas encore de calendrier. Elle est comptée comme non planifiée.`,
  "period.end-before-start": (p, f) =>
    `Le calendrier ${qp(p, "text")} se termine (${month(f, p, "end")}) avant de commencer (${month(f, p, "start")}). Vérifiez les mois ou ajoutez l'année.`,
  "period.dates-disagree": (p, f) =>
    `Le calendrier ${qp(p, "text")} va ${de(month(f, p, "expectedStart"))} à ${month(f, p, "expectedEnd")}, mais les dates de début et de fin indiquent ${de(month(f, p, "start") || "?")} à ${month(f, p, "end") || "?"}.`,
  "period.outside-window": (p, f) =>
    `Le calendrier ${qp(p, "text")} sort de la période du plan, ${de(month(f, p, "windowStart"))} à ${month(f, p, "windowEnd")} (d'après ${source(s(p, "source"))}).`,
  "reference.out-of-range": (p) =>
    s(p, "reversed")
      ? `La référence ${qp(p, "text")} va à rebours (${s(p, "reversed").replace(" to ", " à ")}).`
      : `La référence ${qp(p, "text")} renvoie hors des actions ${s(p, "from")} à ${s(p, "to")} du plan d'action (${s(p, "numbers")}).`,
  "reference.unreadable": (p) => `La référence au plan d'action ${qp(p, "text")} ne peut pas être lue (${reason(p)}). Écrivez-la par exemple ${q("Actions 38 à 42")}.`,
  "activities.overdue": (p, f) =>
    `L'activité ${qp(p, "activity")} s'est terminée le ${date(f, p, "end")}, mais son statut ${s(p, "status") ? `est ${qp(p, "status")}` : "est vide"} (au ${date(f, p, "asOf")}).`,
  "outreach.unknown-stage": (p) => `${qp(p, "text")} n'est pas une étape du suivi. Utilisez l'une de celles-ci${NB}: ${stages(s(p, "stages"))}.`,
  "sheet.too-large": (p, f) =>
    `La feuille ${qp(p, "sheet")} n'a pas été vérifiée${NB}: elle compte ${count(f, p, "cells")} cellules, plus que les ${count(f, p, "limit")} ${s(p, "scope") === "workbook" ? "encore disponibles dans la limite fixée pour tout le classeur" : "autorisées pour une feuille"}. Supprimez les lignes et les colonnes inutilisées, ou scindez la feuille.`,
  "outreach.future-date": (p, f) => `Le contact est daté du ${date(f, p, "date")}, donc après aujourd'hui (${date(f, p, "asOf")}).`,
  "date.unreadable": (p) => `La date ${qp(p, "text")} ne peut pas être lue (${reason(p)}).`,
  "staffing.fte-invalid": (p) => `Le taux d'occupation (ETP) ${qp(p, "text")} n'est pas valide (${reason(p)}). Écrivez-le par exemple 100${NB}% ou 50${NB}%.`,
  "rate.invalid": (p, f) =>
    `Le taux de change ${s(p, "currency") ? `de la devise ${s(p, "currency")}` : "de cette devise"} ${s(p, "text") ? `${qp(p, "text")} ` : ""}n'est pas utilisable (${reason(p)}). Saisissez un nombre positif, par exemple ${decimal(f, "0", "9412")} (la valeur d'une unité dans la devise du budget).`,
  "currency.no-rate": (p, f) =>
    `${qp(p, "field")}${NB}: ${money(f, p, "amount")} est en ${s(p, "currency")}, devise sans taux de change vers ${s(p, "base")}, et n'est donc pas compté dans les totaux. Ajoutez ${s(p, "currency")} à une table des taux de change ou indiquez --rate ${s(p, "currency")}=…`,
  "amount.negative-not-refund": (p, f) =>
    `${qp(p, "field")}${NB}: le montant est négatif (${money(f, p, "amount")}), mais la ligne n'indique pas qu'il s'agit d'un remboursement ou d'une contre-passation.`,
  "contribution.received-over-pledged": (p, f) => `${qp(p, "contributor")} a versé ${money(f, p, "received")}, plus que les ${money(f, p, "pledged")} annoncés.`,
  "contribution.future-date": (p, f) =>
    `La contribution de ${labelOr(p, "contributor", "cette ligne")} est datée du ${date(f, p, "date")}, donc après aujourd'hui (${date(f, p, "asOf")}).`,
  "contribution.duplicate-contributor": (p) =>
    `${qp(p, "contributor")} figure de nouveau${s(p, "year") ? ` pour ${s(p, "year")}` : ""} (d'abord à la ligne ${s(p, "firstRow")}). ${
      s(p, "reading") === "instalments"
        ? `Les notes évoquent deux versements d'une même contribution annoncée${NB}: vérifiez qu'ils ne sont pas comptés deux fois.`
        : `Rien dans les notes n'indique un versement échelonné${NB}: cela ressemble à un doublon qui compte la contribution deux fois.`
    }`,
  "expenditure.unknown-line": (p) =>
    `${qp(p, "line")} n'est pas une ligne du budget (${qp(p, "budget")}).${s(p, "nearest") ? ` La ligne la plus proche est ${qp(p, "nearest")}.` : ""} La dépense est comptée dans le total dépensé, mais sur aucune ligne.`,
  "expenditure.line-overspent": (p, f) =>
    `La ligne ${qp(p, "line")} est dépassée${NB}: ${money(f, p, "spent")} dépensés pour un budget de ${money(f, p, "budget")} (${share(f, p, "share")}). Ce paiement lui a fait dépasser ${f.share(1)}.`,
  "expenditure.line-near-budget": (p, f) =>
    `La ligne ${qp(p, "line")} est consommée à ${share(f, p, "share")} (${money(f, p, "spent")} sur ${money(f, p, "budget")}). Ce paiement lui a fait dépasser ${f.share(0.9)}.`,
  "expenditure.outside-year": (p, f) =>
    `Ce paiement est daté du ${date(f, p, "date")}, hors de l'exercice budgétaire ${s(p, "year")}. Il est tout de même imputé sur ce budget.`,
  "table.unrecognised": (p) =>
    `Aucun tableau d'activités, de budget, de personnel ou de suivi des contacts n'a été reconnu ${s(p, "table") ? `dans le tableau ${qp(p, "table")}` : "sur cette feuille"}. Un tableau a besoin d'une ligne d'en-têtes comme Activité | Responsable | Calendrier ou Coût | Montant en CHF.`,
  "sheet.empty": () => "La feuille est vide.",
  "sheet.not-read": (p, f) => `${notRead(p, f)}. Les contrôles, les totaux et les décomptes n'en tiennent pas compte.`,
  "cell.text-cut": (p, f) =>
    `Le texte de cette cellule compte ${count(f, p, "count")} caractères${NB}: seuls les ${count(f, p, "max")} premiers sont lus${n(p, "others") ? ` (${plural(n(p, "others"), "1 autre cellule de cette feuille est coupée", `${count(f, p, "others")} autres cellules de cette feuille sont coupées`)} de la même façon)` : ""}.`,
  "table.more-issues": (p, f) => {
    const more = plural(n(p, "more"), "1 autre cellule de ce tableau présente", `${count(f, p, "more")} autres cellules de ce tableau présentent`);
    const listed = plural(n(p, "listed"), "la première est listée", `les ${count(f, p, "listed")} premières sont listées`);
    return `${more} le problème ${q(issueName(s(p, "code"), "fr"))} (${s(p, "code")}, ${count(f, p, "total")} en tout, ${listed}).`;
  },
};

/** Les messages de l'import d'un plan de travail (src/core/import). */
export const importFr: ImportCatalog = {
  "import.empty": () => `Le document est vide${NB}: il n'y a aucun texte à importer.`,
  "import.table-only": (p) =>
    `Le document ne contient ${n(p, "tables") === 1 ? "qu'un tableau" : `que ${s(p, "tables")} tableaux`} et aucun texte. Importez le document du plan de travail lui-même, ou vérifiez un tableur avec ${q("workplan-check FICHIER")}.`,
  "import.no-timeline": () =>
    `Aucune section de calendrier n'a été trouvée${NB}: le document doit avoir une section ${q("Calendrier")}, ou des périodes comme ${q("février 2026")} suivies de leurs activités.`,
  "import.empty-period": (p) => `La période ${qp(p, "period")} n'a aucune activité en dessous${NB}: elle a été ignorée.`,
  "import.no-period": (p) => `${qp(p, "text")} précède toute période du calendrier${NB}: l'activité a été importée avec un calendrier vide.`,
  "import.deliverable-unattached": (p) => `Le livrable ${qp(p, "text")} ne suit aucune activité${NB}: il figure seulement dans la liste des livrables.`,
  "import.table-skipped": (p, f) => `Un tableau (${plural(n(p, "rows"), "1 ligne", `${count(f, p, "rows")} lignes`)}) dans la section du calendrier n'a pas été importé comme activités.`,
  "import.no-lead": () => `Aucune section ${q("Acteurs stratégiques")} ne nomme de responsable${NB}: la colonne Responsable est vide.`,
  "import.amount-unreadable": (p) =>
    `Le montant de ${qp(p, "label")} (${qp(p, "text")}) ne peut pas être lu (${reason(p)})${NB}: la ligne a été importée sans montant.`,
  "import.total-differs": (p, f) => `Le total du document (${f.units(n(p, "stated"))}) n'est pas la somme de ses lignes (${f.units(n(p, "sum"))}).`,
  "import.docx-unreadable": (p) => `${qp(p, "file")} ne peut pas être lu comme un document Word (${reason(p)}).`,
  "import.paste-too-long": (p, f) =>
    `Le texte collé compte ${count(f, p, "length")} caractères. Collez seulement la section du calendrier (au plus ${count(f, p, "max")} caractères).`,
  "import.docx-protected": (p) =>
    `${qp(p, "file")} est protégé par un mot de passe ou chiffré. Ouvrez-le dans Word, retirez le mot de passe (Fichier > Informations > Protéger le document), enregistrez, puis importez-le de nouveau.`,
};
