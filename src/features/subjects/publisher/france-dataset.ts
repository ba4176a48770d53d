// Real French regions, departments and cities, as subject tokens for the lab's
// fr.<région>.<département>.<ville>: lowercase ASCII, underscores for spaces,
// hyphens and apostrophes, no accents. `name` is how a person writes it: a proper
// name, shown as is in every language.

/** A remark on a city of the dataset: words of the UI (publisher-text.ts), not a name. */
export type CityNote = "lab-sheet-colmar";
export type City = { token: string; name: string; note?: CityNote };
export type Department = { token: string; name: string; cities: City[] };
export type Region = { token: string; name: string; departments: Department[] };

const c = (token: string, name: string, note?: CityNote): City => (note ? { token, name, note } : { token, name });
const d = (token: string, name: string, ...cities: City[]): Department => ({ token, name, cities });
const r = (token: string, name: string, ...departments: Department[]): Region => ({ token, name, departments });

export const FRANCE: readonly Region[] = [
  r("auvergne_rhone_alpes", "Auvergne-Rhône-Alpes",
    d("69", "Rhône", c("lyon", "Lyon"), c("villeurbanne", "Villeurbanne"), c("venissieux", "Vénissieux")),
    d("42", "Loire", c("saint_etienne", "Saint-Étienne"), c("roanne", "Roanne")),
    d("38", "Isère", c("grenoble", "Grenoble"), c("vienne", "Vienne")),
    d("63", "Puy-de-Dôme", c("clermont_ferrand", "Clermont-Ferrand"))),
  r("bourgogne_franche_comte", "Bourgogne-Franche-Comté",
    d("21", "Côte-d'Or", c("dijon", "Dijon"), c("beaune", "Beaune")),
    d("25", "Doubs", c("besancon", "Besançon"), c("montbeliard", "Montbéliard"))),
  r("bretagne", "Bretagne",
    d("35", "Ille-et-Vilaine", c("rennes", "Rennes"), c("saint_malo", "Saint-Malo")),
    d("29", "Finistère", c("brest", "Brest"), c("quimper", "Quimper"))),
  r("centre_val_de_loire", "Centre-Val de Loire",
    d("45", "Loiret", c("orleans", "Orléans")),
    d("37", "Indre-et-Loire", c("tours", "Tours"), c("amboise", "Amboise"))),
  r("corse", "Corse",
    d("2a", "Corse-du-Sud", c("ajaccio", "Ajaccio"), c("porto_vecchio", "Porto-Vecchio")),
    d("2b", "Haute-Corse", c("bastia", "Bastia"), c("corte", "Corte"))),
  r("grand_est", "Grand Est",
    // The lab sheet subscribes to fr.grand_est.67.colmar; Colmar is really in 68,
    // so it is offered under 67 too, said plainly, to make the lab's subject one click away.
    d("67", "Bas-Rhin", c("strasbourg", "Strasbourg"), c("haguenau", "Haguenau"), c("selestat", "Sélestat"),
      c("saverne", "Saverne"), c("colmar", "Colmar", "lab-sheet-colmar")),
    d("68", "Haut-Rhin", c("colmar", "Colmar"), c("mulhouse", "Mulhouse"), c("saint_louis", "Saint-Louis")),
    d("57", "Moselle", c("metz", "Metz"), c("thionville", "Thionville")),
    d("51", "Marne", c("reims", "Reims"), c("chalons_en_champagne", "Châlons-en-Champagne")),
    d("54", "Meurthe-et-Moselle", c("nancy", "Nancy"))),
  r("hauts_de_france", "Hauts-de-France",
    d("59", "Nord", c("lille", "Lille"), c("roubaix", "Roubaix"), c("dunkerque", "Dunkerque")),
    d("80", "Somme", c("amiens", "Amiens"))),
  r("ile_de_france", "Île-de-France",
    d("75", "Paris", c("paris", "Paris")),
    d("92", "Hauts-de-Seine", c("boulogne_billancourt", "Boulogne-Billancourt"), c("nanterre", "Nanterre")),
    d("93", "Seine-Saint-Denis", c("saint_denis", "Saint-Denis"), c("montreuil", "Montreuil")),
    d("78", "Yvelines", c("versailles", "Versailles"))),
  r("normandie", "Normandie",
    d("76", "Seine-Maritime", c("rouen", "Rouen"), c("le_havre", "Le Havre")),
    d("14", "Calvados", c("caen", "Caen"))),
  r("nouvelle_aquitaine", "Nouvelle-Aquitaine",
    d("33", "Gironde", c("bordeaux", "Bordeaux"), c("arcachon", "Arcachon")),
    d("87", "Haute-Vienne", c("limoges", "Limoges")),
    d("64", "Pyrénées-Atlantiques", c("pau", "Pau"), c("bayonne", "Bayonne"), c("biarritz", "Biarritz"))),
  r("occitanie", "Occitanie",
    d("31", "Haute-Garonne", c("toulouse", "Toulouse")),
    d("34", "Hérault", c("montpellier", "Montpellier"), c("beziers", "Béziers")),
    d("30", "Gard", c("nimes", "Nîmes"))),
  r("pays_de_la_loire", "Pays de la Loire",
    d("44", "Loire-Atlantique", c("nantes", "Nantes"), c("saint_nazaire", "Saint-Nazaire")),
    d("49", "Maine-et-Loire", c("angers", "Angers"))),
  r("provence_alpes_cote_d_azur", "Provence-Alpes-Côte d'Azur",
    d("13", "Bouches-du-Rhône", c("marseille", "Marseille"), c("aix_en_provence", "Aix-en-Provence"), c("arles", "Arles")),
    d("06", "Alpes-Maritimes", c("nice", "Nice"), c("cannes", "Cannes"), c("antibes", "Antibes")),
    d("83", "Var", c("toulon", "Toulon"))),
];

export type Place = { region: string; department: string; city: string };

export const franceSubject = (p: Place) => `fr.${p.region}.${p.department}.${p.city}`;

/** Every city of the dataset, once per department it is listed under. */
export function allPlaces(): Place[] {
  return FRANCE.flatMap((reg) =>
    reg.departments.flatMap((dep) => dep.cities.map((city) => ({ region: reg.token, department: dep.token, city: city.token }))),
  );
}

export const findRegion = (token: string) => FRANCE.find((reg) => reg.token === token);
export const findDepartment = (region: string, token: string) => findRegion(region)?.departments.find((dep) => dep.token === token);

// Keeps a selection consistent: a region change picks its first department, and so on down.
export function settlePlace(p: Partial<Place>): Place {
  const reg = findRegion(p.region ?? "") ?? FRANCE[0]!;
  const dep = reg.departments.find((x) => x.token === p.department) ?? reg.departments[0]!;
  const city = dep.cities.find((x) => x.token === p.city) ?? dep.cities[0]!;
  return { region: reg.token, department: dep.token, city: city.token };
}

const PLACES = allPlaces();

export function randomPlace(random: () => number = Math.random): Place {
  return PLACES[Math.floor(random() * PLACES.length) % PLACES.length]!;
}
