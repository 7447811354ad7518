/**
 * Common laboratory analytes of Italian primary care in plain words, in Italian (the other languages
 * are modules of their own, `glossary.analytes` in `@percorso/model/locales/en`…), keyed by
 * LOINC code: what the test measures, in one sentence — no diagnosis, no advice. Written here from
 * the public pages cited in each entry (MedlinePlus "Lab Tests", U.S. National Library of
 * Medicine; Lab Tests Online Italia, SIBioC); `reviewed` stays false until a clinician has read it.
 * Several LOINC codes of the same test (e.g. eGFR by MDRD and by CKD-EPI) share one entry.
 */
import type { GlossaryEntry, GlossarySource } from './types.js';

const LTO: GlossarySource = { name: 'Lab Tests Online Italia (SIBioC) — guida agli esami di laboratorio', url: 'https://labtestsonline.it/' };
const mp = (title: string, slug: string): GlossarySource => ({ name: `MedlinePlus Lab Tests — ${title}`, url: `https://medlineplus.gov/lab-tests/${slug}/` });
/** MedlinePlus has no "Lab Tests" page for some analytes; its Medical Encyclopedia (A.D.A.M.) has one. */
const ency = (title: string, article: string): GlossarySource => ({ name: `MedlinePlus Medical Encyclopedia — ${title}`, url: `https://medlineplus.gov/ency/article/${article}.htm` });

type Text = [string, string];
/** codes, [it name, it text], MedlinePlus page */
const rows: [string[], Text, GlossarySource][] = [
  [['2345-7', '1558-6'], ['Glucosio (glicemia)', 'Misura la quantità di zucchero (glucosio) nel sangue, la principale fonte di energia del corpo.'], mp('Blood Glucose Test', 'blood-glucose-test')],
  [['4548-4', '59261-8'], ['Emoglobina glicata (HbA1c)', 'Indica la media della glicemia negli ultimi due-tre mesi, misurando quanta emoglobina ha legato zucchero.'], mp('Hemoglobin A1C (HbA1c) Test', 'hemoglobin-a1c-hba1c-test')],
  [['2160-0', '38483-4'], ['Creatinina', 'Misura una sostanza di scarto dei muscoli che i reni eliminano: serve a valutare come lavorano i reni.'], mp('Creatinine Test', 'creatinine-test')],
  [['33914-3', '62238-1', '48642-3', '48643-1'], ['Filtrato glomerulare stimato (eGFR)', 'Stima quanto sangue i reni filtrano ogni minuto, calcolata dalla creatinina, dall’età e dal sesso.'], mp('Glomerular Filtration Rate (GFR) Test', 'glomerular-filtration-rate-gfr-test')],
  [['3094-0', '3091-6', '22664-7'], ['Azotemia (urea)', 'Misura l’urea, una sostanza di scarto delle proteine che i reni eliminano.'], mp('BUN (Blood Urea Nitrogen)', 'bun-blood-urea-nitrogen')],
  [['3084-1'], ['Acido urico', 'Misura l’acido urico, una sostanza prodotta quando il corpo scompone alcune molecole presenti nelle cellule e negli alimenti.'], mp('Uric Acid Test', 'uric-acid-test')],
  [['2093-3'], ['Colesterolo totale', 'Misura tutto il colesterolo nel sangue, un grasso che il corpo usa per costruire le cellule.'], mp('Cholesterol Levels', 'cholesterol-levels')],
  [['2085-9'], ['Colesterolo HDL', 'Misura il colesterolo trasportato dalle lipoproteine HDL, quelle che lo riportano al fegato.'], mp('HDL: The "Good" Cholesterol', 'cholesterol-levels')],
  [['13457-7', '2089-1', '18262-6'], ['Colesterolo LDL', 'Misura il colesterolo trasportato dalle lipoproteine LDL, quelle che lo portano ai tessuti e alle pareti delle arterie.'], mp('Cholesterol Levels', 'cholesterol-levels')],
  [['2571-8'], ['Trigliceridi', 'Misura i trigliceridi, i grassi più comuni nel sangue, che vengono anche dal cibo.'], mp('Triglycerides Test', 'triglycerides-test')],
  [['2823-3', '6298-4'], ['Potassio', 'Misura il potassio nel sangue, un sale minerale che serve al lavoro dei muscoli e del cuore.'], mp('Potassium Blood Test', 'potassium-blood-test')],
  [['2951-2', '2947-0'], ['Sodio', 'Misura il sodio nel sangue, un sale minerale che regola l’acqua nel corpo.'], mp('Sodium Blood Test', 'sodium-blood-test')],
  [['2075-0'], ['Cloro', 'Misura il cloro nel sangue, un sale minerale che lavora con il sodio per l’equilibrio dei liquidi.'], mp('Chloride Blood Test', 'chloride-blood-test')],
  [['17861-6', '49765-1'], ['Calcio', 'Misura il calcio nel sangue, un minerale che serve a ossa, muscoli, nervi e cuore.'], mp('Calcium Blood Test', 'calcium-blood-test')],
  [['19123-9', '2601-3'], ['Magnesio', 'Misura il magnesio nel sangue, un minerale che serve a muscoli, nervi e ossa.'], mp('Magnesium Blood Test', 'magnesium-blood-test')],
  [['2777-1'], ['Fosforo', 'Misura il fosfato nel sangue, un minerale che con il calcio forma ossa e denti.'], mp('Phosphate in Blood', 'phosphate-in-blood')],
  [['1742-6', '1743-4'], ['ALT (alanina aminotransferasi, GPT)', 'Misura un enzima che si trova soprattutto nel fegato.'], mp('ALT Blood Test', 'alt-blood-test')],
  [['1920-8'], ['AST (aspartato aminotransferasi, GOT)', 'Misura un enzima presente nel fegato, nel cuore e nei muscoli.'], mp('AST Test', 'ast-test')],
  [['2324-2'], ['Gamma GT (GGT)', 'Misura un enzima presente soprattutto nel fegato e nelle vie biliari.'], mp('Gamma-glutamyl Transferase (GGT) Test', 'gamma-glutamyl-transferase-ggt-test')],
  [['6768-6'], ['Fosfatasi alcalina', 'Misura un enzima presente soprattutto nel fegato e nelle ossa.'], mp('Alkaline Phosphatase', 'alkaline-phosphatase')],
  [['1975-2'], ['Bilirubina totale', 'Misura la bilirubina, una sostanza gialla prodotta quando si rinnovano i globuli rossi ed eliminata dal fegato.'], mp('Bilirubin Blood Test', 'bilirubin-blood-test')],
  [['1968-7'], ['Bilirubina diretta', 'Misura la parte di bilirubina già trasformata dal fegato.'], mp('Bilirubin Blood Test', 'bilirubin-blood-test')],
  [['2885-2'], ['Proteine totali', 'Misura la quantità complessiva di proteine nel sangue, soprattutto albumina e globuline.'], mp('Total Protein and Albumin/Globulin (A/G) Ratio', 'total-protein-and-albumin-globulin-a-g-ratio')],
  [['1751-7'], ['Albumina', 'Misura l’albumina, la proteina più abbondante del sangue, prodotta dal fegato.'], mp('Albumin Blood Test', 'albumin-blood-test')],
  [['718-7'], ['Emoglobina', 'Misura l’emoglobina, la proteina dei globuli rossi che trasporta l’ossigeno.'], mp('Hemoglobin Test', 'hemoglobin-test')],
  [['4544-3', '20570-8'], ['Ematocrito', 'Indica quanta parte del volume del sangue è fatta di globuli rossi.'], mp('Hematocrit Test', 'hematocrit-test')],
  [['789-8', '26453-1'], ['Globuli rossi (eritrociti)', 'Conta i globuli rossi, le cellule che portano l’ossigeno in tutto il corpo.'], mp('Red Blood Cell (RBC) Count', 'red-blood-cell-rbc-count')],
  [['6690-2', '26464-8'], ['Globuli bianchi (leucociti)', 'Conta i globuli bianchi, le cellule che difendono il corpo dalle infezioni.'], mp('White Blood Count (WBC)', 'white-blood-count-wbc')],
  [['777-3', '26515-7'], ['Piastrine', 'Conta le piastrine, le cellule del sangue che aiutano a fermare i sanguinamenti.'], mp('Platelet Tests', 'platelet-tests')],
  [['787-2', '30428-7'], ['Volume corpuscolare medio (MCV)', 'Misura la grandezza media dei globuli rossi.'], mp('RBC Indices', 'rbc-indices')],
  [['785-6'], ['Emoglobina corpuscolare media (MCH)', 'Misura la quantità media di emoglobina contenuta in un globulo rosso.'], mp('RBC Indices', 'rbc-indices')],
  [['786-4'], ['Concentrazione emoglobinica media (MCHC)', 'Misura quanto è concentrata l’emoglobina all’interno dei globuli rossi.'], mp('RBC Indices', 'rbc-indices')],
  [['788-0'], ['Ampiezza di distribuzione dei globuli rossi (RDW)', 'Indica quanto i globuli rossi sono diversi tra loro per grandezza.'], mp('RBC Indices', 'rbc-indices')],
  [['770-8', '751-8'], ['Neutrofili', 'Misura i neutrofili, i globuli bianchi più numerosi, che combattono soprattutto i batteri.'], mp('Blood Differential', 'blood-differential')],
  [['736-9', '731-0'], ['Linfociti', 'Misura i linfociti, globuli bianchi che producono anticorpi e combattono i virus.'], mp('Blood Differential', 'blood-differential')],
  [['5905-5', '742-7'], ['Monociti', 'Misura i monociti, globuli bianchi che eliminano germi e cellule danneggiate.'], mp('Blood Differential', 'blood-differential')],
  [['713-8', '711-2'], ['Eosinofili', 'Misura gli eosinofili, globuli bianchi coinvolti nelle allergie e nella difesa dai parassiti.'], mp('Blood Differential', 'blood-differential')],
  [['706-2', '704-7'], ['Basofili', 'Misura i basofili, i globuli bianchi meno numerosi, coinvolti nelle reazioni allergiche.'], mp('Blood Differential', 'blood-differential')],
  [['4537-7', '30341-2'], ['Velocità di eritrosedimentazione (VES)', 'Misura quanto velocemente i globuli rossi si depositano in fondo a una provetta: è un segno generale di infiammazione.'], mp('Erythrocyte Sedimentation Rate (ESR)', 'erythrocyte-sedimentation-rate-esr')],
  [['1988-5', '30522-7'], ['Proteina C reattiva (PCR)', 'Misura una proteina che il fegato produce quando nel corpo c’è un’infiammazione.'], mp('C-Reactive Protein (CRP) Test', 'c-reactive-protein-crp-test')],
  [['3016-3', '11580-8'], ['TSH (ormone tireostimolante)', 'Misura l’ormone con cui l’ipofisi regola il lavoro della tiroide.'], mp('TSH (Thyroid-stimulating hormone) Test', 'tsh-thyroid-stimulating-hormone-test')],
  [['3024-7'], ['FT4 (tiroxina libera)', 'Misura la parte libera, attiva, dell’ormone tiroxina prodotto dalla tiroide.'], mp('Thyroxine (T4) Test', 'thyroxine-t4-test')],
  [['3051-0'], ['FT3 (triiodotironina libera)', 'Misura la parte libera, attiva, dell’ormone triiodotironina della tiroide.'], mp('Triiodothyronine (T3) Test', 'triiodothyronine-t3-test')],
  [['2276-4'], ['Ferritina', 'Misura la ferritina, la proteina che conserva il ferro nel corpo: indica quanto ferro è di riserva.'], mp('Ferritin Blood Test', 'ferritin-blood-test')],
  [['2498-4'], ['Ferro (sideremia)', 'Misura il ferro che circola nel sangue, necessario per fare l’emoglobina.'], mp('Iron Tests', 'iron-tests')],
  [['3034-6'], ['Transferrina', 'Misura la proteina che trasporta il ferro nel sangue.'], mp('Iron Tests', 'iron-tests')],
  [['2132-9'], ['Vitamina B12', 'Misura la vitamina B12, che serve a produrre i globuli rossi e al funzionamento dei nervi.'], mp('Vitamin B Test', 'vitamin-b-test')],
  [['2284-8'], ['Acido folico (folati)', 'Misura i folati, una vitamina del gruppo B che serve a produrre cellule nuove.'], mp('Folic Acid Test', 'folic-acid-test')],
  [['62292-8', '1989-3', '14635-7'], ['Vitamina D (25-OH)', 'Misura la forma della vitamina D che circola nel sangue, importante per le ossa.'], mp('Vitamin D Test', 'vitamin-d-test')],
  [['2857-1', '19197-3'], ['PSA (antigene prostatico specifico)', 'Misura una proteina prodotta dalla prostata.'], mp('PSA (Prostate-Specific Antigen) Test', 'psa-prostate-specific-antigen-test')],
  [['6301-6', '34714-6'], ['INR', 'Esprime il tempo di coagulazione del sangue in una scala uguale per tutti i laboratori; si usa anche per controllare alcuni anticoagulanti.'], mp('Prothrombin Time Test and INR (PT/INR)', 'prothrombin-time-test-and-inr-ptinr')],
  [['5902-2', '5964-2'], ['Tempo di protrombina (PT)', 'Misura quanto tempo impiega il sangue a coagulare.'], mp('Prothrombin Time Test and INR (PT/INR)', 'prothrombin-time-test-and-inr-ptinr')],
  [['3173-2', '14979-9'], ['Tempo di tromboplastina parziale (aPTT)', 'Misura il tempo di coagulazione per un’altra via della coagulazione del sangue.'], mp('Partial Thromboplastin Time (PTT) Test', 'partial-thromboplastin-time-ptt-test')],
  [['3255-7'], ['Fibrinogeno', 'Misura il fibrinogeno, una proteina che serve a formare il coagulo.'], mp('Fibrinogen Blood Test', 'fibrinogen-blood-test')],
  [['48065-7', '48066-5'], ['D-dimero', 'Misura un frammento che si forma quando un coagulo di sangue si scioglie.'], mp('D-Dimer Test', 'd-dimer-test')],
  [['14957-5', '1754-1'], ['Microalbuminuria (albumina nelle urine)', 'Misura piccole quantità di albumina, una proteina del sangue, passate nelle urine.'], mp('Microalbumin Creatinine Ratio', 'microalbumin-creatinine-ratio')],
  [['9318-7', '14959-1'], ['Rapporto albumina/creatinina nelle urine', 'Confronta l’albumina con la creatinina nelle urine, così il risultato non dipende da quanto l’urina è diluita.'], mp('Microalbumin Creatinine Ratio', 'microalbumin-creatinine-ratio')],
  [['5811-5', '2965-2'], ['Peso specifico delle urine', 'Indica quanto l’urina è concentrata o diluita.'], mp('Urinalysis', 'urinalysis')],
  [['5803-2', '2756-5'], ['pH delle urine', 'Misura quanto l’urina è acida o basica.'], mp('Urinalysis', 'urinalysis')],
  [['20454-5', '2888-6', '5804-0'], ['Proteine nelle urine', 'Cerca o misura le proteine nelle urine, dove normalmente sono quasi assenti.'], mp('Protein in Urine', 'protein-in-urine')],
  [['5792-7', '2350-7', '25428-4'], ['Glucosio nelle urine', 'Cerca lo zucchero (glucosio) nelle urine.'], mp('Glucose in Urine Test', 'glucose-in-urine-test')],
  [['5797-6', '2514-8'], ['Chetoni nelle urine', 'Cerca i chetoni, sostanze prodotte quando il corpo usa i grassi invece dello zucchero per l’energia.'], mp('Ketones in Urine', 'ketones-in-urine')],
  [['5799-2'], ['Esterasi leucocitaria nelle urine', 'Cerca un enzima dei globuli bianchi nelle urine.'], ency('Leukocyte esterase urine test', '003584')],
  [['5802-4'], ['Nitriti nelle urine', 'Cerca i nitriti, sostanze prodotte da alcuni batteri presenti nelle urine.'], mp('Urinalysis', 'urinalysis')],
  [['5794-3', '105906-2'], ['Emoglobina (sangue) nelle urine', 'Cerca tracce di sangue nelle urine, anche non visibili a occhio nudo.'], mp('Blood in Urine', 'blood-in-urine')],
  [['630-4'], ['Urinocoltura', 'Cerca e identifica batteri cresciuti in coltura da un campione di urina.'], mp('Urine Culture', 'urine-culture')],
  [['2532-0', '14804-9'], ['LDH (lattato deidrogenasi)', 'Misura un enzima presente in quasi tutte le cellule del corpo, che passa nel sangue quando le cellule si danneggiano.'], mp('Lactate Dehydrogenase (LDH) Test', 'lactate-dehydrogenase-ldh-test')],
  [['2157-6'], ['CK (creatinchinasi, CPK)', 'Misura un enzima presente soprattutto nei muscoli e nel cuore.'], mp('Creatine Kinase', 'creatine-kinase')],
  [['10839-9', '49563-0', '6598-7', '89579-7'], ['Troponina', 'Misura una proteina del muscolo del cuore che passa nel sangue quando il cuore subisce un danno.'], mp('Troponin Test', 'troponin-test')],
  [['33762-6', '30934-4'], ['NT-proBNP / BNP', 'Misura un ormone che il cuore rilascia quando deve lavorare di più.'], mp('Natriuretic Peptide Tests (BNP, NT-proBNP)', 'natriuretic-peptide-tests-bnp-nt-probnp')],
  [['1798-8'], ['Amilasi', 'Misura un enzima che aiuta a digerire gli amidi, prodotto dal pancreas e dalle ghiandole salivari.'], mp('Amylase Test', 'amylase-test')],
  [['3040-3'], ['Lipasi', 'Misura un enzima del pancreas che aiuta a digerire i grassi.'], mp('Lipase Tests', 'lipase-tests')],
  [['2335-8', '29771-3', '57905-2'], ['Sangue occulto nelle feci', 'Cerca tracce di sangue nelle feci non visibili a occhio nudo; è il test dello screening del colon-retto.'], mp('Fecal Occult Blood Test (FOBT)', 'fecal-occult-blood-test-fobt')],
  [['5195-3'], ['HBsAg (epatite B)', 'Cerca una proteina della superficie del virus dell’epatite B.'], mp('Hepatitis B Tests', 'hepatitis-b-tests')],
  [['16128-1', '13955-0'], ['Anticorpi anti-epatite C (HCV)', 'Cerca gli anticorpi che il corpo produce contro il virus dell’epatite C.'], mp('Hepatitis C Test', 'hepatitis-c-test')],
  [['2106-3', '21198-7'], ['Beta-hCG (gonadotropina corionica)', 'Misura l’ormone prodotto in gravidanza dalla placenta.'], mp('hCG Blood Test', 'hcg-blood-test')],
];

/** Every analyte entry, by LOINC code. */
export const ANALYTE_GLOSSARY: ReadonlyMap<string, GlossaryEntry> = (() => {
  const map = new Map<string, GlossaryEntry>();
  for (const [codes, it, page] of rows) {
    const entry: GlossaryEntry = {
      name: { it: it[0] },
      text: { it: it[1] },
      sources: [page, LTO],
      reviewed: false,
    };
    for (const c of codes) map.set(c, entry);
  }
  return map;
})();

/** How many distinct analytes the glossary explains. */
export const ANALYTE_COUNT = rows.length;
