/**
 * Medicines the synthetic generator and the national gateway's example documents use: AIC
 * (Autorizzazione all'Immissione in Commercio, the Italian marketing authorisation code of a pack)
 * → brand, pack and active substance; ATC → active substance in Italian.
 *
 * Sources: AIFA, Banca Dati Farmaci (https://medicinali.aifa.gov.it/) for the AIC packs (the
 * codes and pack names are the ones the gateway's examples carry, e.g. 043348022 "NORVASC*5MG 28
 * CPR"); WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index
 * (https://atcddd.fhi.no/atc_ddd_index/) for the ATC codes, with the Italian names of the
 * substances as AIFA's lists of medicines spell them (Lista di trasparenza, Elenco farmaci di
 * classe A e H). A code missing here is shown with the words its source gives.
 */

export interface AicPack {
  brand: string;
  /** The pack as AIFA names it. */
  pack: string;
  atc: string;
  /** Units (tablets, syringes, vials) in the pack. */
  units?: number;
}

export const AIC_PACKS: Readonly<Record<string, AicPack>> = {
  '043348022': { brand: 'Norvasc', pack: 'NORVASC*5MG 28 CPR', atc: 'C08CA01', units: 28 },
  '035606033': { brand: 'Arixtra', pack: 'ARIXTRA*2,5MG/0,5ML SC 10 SIR', atc: 'B01AX05', units: 10 },
  '023993013': { brand: 'Lasix', pack: 'LASIX*25MG 30 CPR', atc: 'C03CA01', units: 30 },
  '024754018': { brand: 'Carmian', pack: 'CARMIAN*30 CPR 100/25MG', atc: 'C02LA01', units: 30 },
  '035911015': { brand: 'Propofol B. Braun', pack: 'PROPOFOL B.BRAUN 1% 5 F 20ML', atc: 'N01AX10', units: 5 },
};

/** Active substances (Italian names) by ATC level-5 code. */
export const ATC_SUBSTANCES: Readonly<Record<string, string>> = {
  B01AF01: 'Rivaroxaban',
  B01AF02: 'Apixaban',
  B01AF03: 'Edoxaban',
  B01AE07: 'Dabigatran etexilato',
  B01AA03: 'Warfarin',
  B01AA07: 'Acenocumarolo',
  B01AB05: 'Enoxaparina',
  B01AX05: 'Fondaparinux',
  B01AC06: 'Acido acetilsalicilico',
  B01AC04: 'Clopidogrel',
  A10AE04: 'Insulina glargine',
  A10BA02: 'Metformina',
  C07AB07: 'Bisoprololo',
  C09AA05: 'Ramipril',
  C09CA01: 'Losartan',
  C10AA05: 'Atorvastatina',
  C08CA01: 'Amlodipina',
  C03CA01: 'Furosemide',
  C02LA01: 'Reserpina e diuretici',
  A02BC02: 'Pantoprazolo',
  J01CR02: 'Amoxicillina e acido clavulanico',
  M01AE01: 'Ibuprofene',
  H03AA01: 'Levotiroxina sodica',
  H02AB06: 'Prednisolone',
  H02AB07: 'Prednisone',
  N01AX10: 'Propofol',
  N02AA01: 'Morfina',
  N03AX14: 'Levetiracetam',
  L04AD01: 'Ciclosporina',
};
