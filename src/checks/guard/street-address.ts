/**
 * Postal addresses in running text, by the published address formats rather than by examples:
 * USPS Publication 28 (street suffixes, Appendix C1; secondary unit designators, Appendix C2;
 * military and post office box addresses) and the street-type words of other languages (the
 * categories libpostal's dictionaries hold: a type word before the name, as in "Rue", or after it,
 * alone or glued to it, as in "-straße"). An address is one or more of these parts with the
 * place, region and postal code lines that follow them.
 */
import type { Found } from './text.js';

/** The parts an address is recognised by; a bench switches one off to measure it. */
export type AddressRule =
  | 'street-suffix'
  | 'street-type-before'
  | 'street-type-after'
  | 'unit'
  | 'military'
  | 'po-box'
  | 'intersection';

/**
 * What found a part of an address: its rule, and for the rules that read a listed word (a suffix, a
 * street type, a unit designator) the rule with that word, as in `street-type-after:straße`.
 */
export type AddressEvidence = AddressRule | `${AddressRule}:${string}`;

/** A found address and the evidence for its parts. */
export interface FoundAddress extends Found {
  evidence: AddressEvidence[];
}

/** The words of a list written one after another, separated by spaces and line breaks. */
const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * USPS Publication 28, Appendix C1: primary street suffix names and their standard abbreviations,
 * less "Is" (Island) and "Un" (Union), which are everyday words.
 */
const USPS_SUFFIXES = words(`
  Alley Aly Anex Anx Arcade Arc Avenue Ave Bayou Byu Beach Bch Bend Bnd Bluff Blf Bluffs Blfs Bottom
  Btm Boulevard Blvd Branch Br Bridge Brg Brook Brk Brooks Brks Burg Bg Burgs Bgs Bypass Byp Camp Cp
  Canyon Cyn Cape Cpe Causeway Cswy Center Ctr Centers Ctrs Circle Cir Circles Cirs Cliff Clf Cliffs
  Clfs Club Clb Common Cmn Commons Cmns Corner Cor Corners Cors Course Crse Court Ct Courts Cts Cove
  Cv Coves Cvs Creek Crk Crescent Cres Crest Crst Crossing Xing Crossroad Xrd Crossroads Xrds Curve
  Curv Dale Dl Dam Dm Divide Dv Drive Dr Drives Drs Estate Est Estates Ests Expressway Expy Extension
  Ext Extensions Exts Fall Falls Fls Ferry Fry Field Fld Fields Flds Flat Flt Flats Flts Ford Frd
  Fords Frds Forest Frst Forge Frg Forges Frgs Fork Frk Forks Frks Fort Ft Freeway Fwy Garden Gdn
  Gardens Gdns Gateway Gtwy Glen Gln Glens Glns Green Grn Greens Grns Grove Grv Groves Grvs Harbor
  Hbr Harbors Hbrs Haven Hvn Heights Hts Highway Hwy Hill Hl Hills Hls Hollow Holw Inlet Inlt Island
  Islands Isle Junction Jct Junctions Jcts Key Ky Keys Kys Knoll Knl Knolls Knls Lake Lk Lakes Lks
  Land Landing Lndg Lane Ln Light Lgt Lights Lgts Loaf Lf Lock Lck Locks Lcks Lodge Ldg Loop Mall
  Manor Mnr Manors Mnrs Meadow Mdw Meadows Mdws Mews Mill Ml Mills Mls Mission Msn Motorway Mtwy
  Mount Mt Mountain Mtn Mountains Mtns Neck Nck Orchard Orch Oval Overpass Opas Park Parks Parkway
  Pkwy Parkways Pass Passage Psge Path Pike Pine Pne Pines Pnes Place Pl Plain Pln Plains Plns Plaza
  Plz Point Pt Points Pts Port Prt Ports Prts Prairie Pr Radial Radl Ramp Ranch Rnch Rapid Rpd Rapids
  Rpds Rest Rst Ridge Rdg Ridges Rdgs River Riv Road Rd Roads Rds Route Rte Row Rue Run Shoal Shl
  Shoals Shls Shore Shr Shores Shrs Skyway Skwy Spring Spg Springs Spgs Spur Spurs Square Sq Squares
  Sqs Station Sta Stravenue Stra Stream Strm Street St Streets Sts Summit Smt Terrace Ter Throughway
  Trwy Trace Trce Track Trak Trafficway Trfy Trail Trl Trailer Trlr Tunnel Tunl Turnpike Tpke
  Underpass Upas Union Unions Valley Vly Valleys Vlys Viaduct View Vw Views Vws Village Vlg Villages
  Vlgs Ville Vl Vista Vis Walk Walks Wall Way Ways Well Wl Wells Wls
`).concat(
  // Street types of Royal Mail and Australia Post addresses that USPS does not list.
  words('Close Rise Parade Esplanade Quay Wharf Promenade Gate Yard'),
);

/** USPS Publication 28, Appendix C2: secondary unit designators, the word and its abbreviation. */
const UNIT_DESIGNATORS = words(`
  Apartment Apt Basement Bsmt Building Bldg Department Dept Floor Fl Front Frnt Hangar Hngr Lobby Lbby
  Lot Lower Lowr Office Ofc Penthouse Ph Pier Rear Room Rm Side Slip Space Spc Stop Suite Ste Trailer
  Trlr Unit Upper Uppr
`);
/** The designators that name a dwelling or premises on their own ("Apt. 4B"), not only after a street line. */
const DWELLING_DESIGNATORS = words('Apartment Apt Suite Ste');

/** Street-type words written before the name, by language (as in libpostal's street-type dictionaries). */
const TYPES_BEFORE = words(`
  Rue Avenue Boulevard Bd Chemin Allée Impasse Place Quai Route
  Calle C/ Avenida Avda Av Paseo Plaza Camino Carrer Passeig
  Rua Travessa Praça Largo Estrada
  Via Viale Piazza Piazzale Corso Vicolo
  Strada Bulevardul Str Calea Aleea
  ul ulica al aleja pl nám náměstí tř třída
  Οδός οδός Λεωφόρος Λ
`);
/**
 * Street-type words written after the name as a word of their own, by language. Left out: "gate"
 * (Norwegian, but "Boarding gate 5") and "tie" (Finnish, but "Bow tie 5").
 */
const TYPES_AFTER = words(`
  Straße Strasse Str Weg Gasse Platz Allee Damm Ufer
  straat laan weg plein gracht
  vej gade allé plads gata gatan vägen väg torg veien vei vegen plass terrasse
  tänav mnt iela gatvė
  utca u út útja tér körút krt rakpart rkp
  cesta ulica trg Sokak Sk Caddesi Cad
`);
/**
 * Types glued to the name ("Hauptstraße", "Mannerheimintie"). Left out where they end everyday
 * words: "-ring" ("During"), "-gate" ("Delegate"), "-gade" ("Brigade"), "-iela" ("Daniela").
 */
const TYPES_GLUED = words(`
  straße strasse str gasse weg platz allee damm ufer graben brücke straat laan gracht plein
  vej gata gatan vägen veien vegen katu tie kuja polku braut stræti vegur tänav
`);
/** Compass directions before or after a US street name (Publication 28, Appendix B). */
const DIRECTIONALS = words('N S E W NE NW SE SW North South East West');
/** Particles inside street names ("Avenue du Golf", "Via dei Mille", "Calle de la Paz"). */
const PARTICLES = words('de del della dei di da do dos das du des la le les van von der');

/** Each word as written and in upper case; full words (over three letters) in lower case too. */
const casings = (word: string): string[] =>
  word.length > 3 ? [word, word.toUpperCase(), word.toLowerCase()] : [word, word.toUpperCase()];
/** Each word as written, and in upper case: the lower-case forms of these are everyday English ("via", "place"). */
const titleOrUpper = (word: string): string[] => [word, word.toUpperCase()];

/** The words of `list` in the `forms` of each as a regex alternation, longest first. */
function anyOf(list: string[], forms: (word: string) => string[] = (word) => [word]): string {
  return [...new Set(list.flatMap(forms))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

/** A house or building number: digits, a letter or a fraction may follow (Publication 28, section 232). */
const NUMBER = String.raw`\d{1,6}(?:[A-Za-z]\b|-\d{1,4}|\/\d)?`;
/** A number after a continental street name; Hungarian and others write a period after it ("19."). */
const NUMBER_AFTER = String.raw`\d{1,5}(?:[A-Za-z]\b|\/\d{1,4}|-\d{1,4})?\.?`;
/** A word of a street name: capitalised, an ordinal ("5th"), or an initial. */
const NAME = String.raw`(?:[\p{Lu}][\p{L}\p{M}'\u2019-]*\.?|\d{1,3}(?:st|nd|rd|th))`;
const PARTICLE = `(?:${anyOf(PARTICLES)})`;
const DIRECTIONAL = `(?:${anyOf(DIRECTIONALS)})\\.?`;
const SUFFIX = `(?:${anyOf(USPS_SUFFIXES, casings)})`;
const TYPE_BEFORE = `(?:${anyOf(TYPES_BEFORE, titleOrUpper)})`;
/** A street's name after its type word: up to four words, particles among them. */
const STREET_NAME = `(?:(?:${NAME}|${PARTICLE}) ){0,3}${NAME}`;
const END = String.raw`(?![\p{L}\p{N}])`;
/** The period of an abbreviated suffix ("Blvd."); after a whole word ("Avenue.") it ends the sentence. */
const ABBREVIATION_STOP = String.raw`(?:(?<=(?<![\p{L}])\p{L}{1,4})\.)?`;
/** A four-digit number after "in", "since" and the like is a year ("In 2019 Apple Park opened"), not a house number. */
const NOT_A_YEAR = String.raw`(?!(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f) )[12]\d{3}\b)`;
// Not inside a word, nor after its joiners or accents: a match starting at each piece of "A-A-A-…"
// would read the rest of the run each time, in time quadratic in its length.
const START = String.raw`(?<![\p{L}\p{M}\p{N}'\u2019.-])`;

const PATTERNS: Array<{ rule: AddressRule; pattern: RegExp }> = [
  {
    // "1600 Pennsylvania Avenue NW", "221B Baker St": number, name, suffix (Publication 28's primary
    // line); a name does not start with an article ("chapter 5 The Way").
    rule: 'street-suffix',
    pattern: new RegExp(
      `${START}${NOT_A_YEAR}${NUMBER}(?: ${DIRECTIONAL})? (?!(?:The|A|An) )(?:${NAME} ){1,3}(?<w>${SUFFIX})${ABBREVIATION_STOP}${END}(?: ${DIRECTIONAL}${END})?`,
      'gu',
    ),
  },
  {
    // "Rue de Rivoli 12", "Via Roma 5", "ul. Długa 10", or with the number first: "12 Rue de Rivoli".
    rule: 'street-type-before',
    pattern: new RegExp(
      `${START}(?:${NUMBER} (?<w>${TYPE_BEFORE})\\.? ${STREET_NAME}(?: ${NUMBER_AFTER})?|(?<v>${TYPE_BEFORE})\\.? ${STREET_NAME} ${NUMBER_AFTER})${END}`,
      'gu',
    ),
  },
  {
    // "Hauptstraße 5", "Mannerheimintie 12", "Andrássy út 22.", "Passauer Straße 3".
    rule: 'street-type-after',
    pattern: new RegExp(
      `${START}(?:${NAME} ){0,2}(?:[\\p{L}\\p{M}]{3,}(?<w>${anyOf(TYPES_GLUED)})|${NAME} (?<v>${anyOf(TYPES_AFTER, casings)})\\.?) ${NUMBER_AFTER}${END}`,
      'gu',
    ),
  },
  {
    // "Apt. 4B", "Suite 300", "apt #12": a dwelling's secondary unit (Appendix C2).
    rule: 'unit',
    pattern: new RegExp(
      `${START}(?<w>${anyOf(DWELLING_DESIGNATORS, casings)})\\.?,? ?#? ?[A-Za-z]?\\d{1,5}[A-Za-z]?${END}`,
      'gu',
    ),
  },
  {
    // "PSC 1234, Box 5678", "Unit 2050 Box 4190", "APO AE 09001" (Publication 28, military addresses).
    rule: 'military',
    pattern: /\b(?:(?:PSC|CMR|Unit) \d{1,5},? Box \d{1,5}|[AFD]PO,? A[AEP],? \d{5}(?:-\d{4})?)\b/g,
  },
  {
    // "P.O. Box 149", "PO Box 12", "Post Office Box 7".
    rule: 'po-box',
    pattern: /\b(?:P\.? ?O\.?|Post Office) Box \d{1,6}\b/gi,
  },
  {
    // "the corner of Main Street and 5th Avenue": an intersection, whose second street ends in a suffix.
    rule: 'intersection',
    pattern: new RegExp(
      `\\b(?:the )?(?:corner|intersection) of (?:[\\p{L}\\p{M}\\d.'’-]+ ){1,5}(?:and|&) (?:[\\p{L}\\p{M}\\d.'’-]+ ){0,3}(?:${SUFFIX})${ABBREVIATION_STOP}${END}`,
      'giu',
    ),
  },
];

/**
 * What may follow an address's street or unit on the same or the next lines: another unit ("Floor 3",
 * "#12"), a place or region name, a two-letter region code, a postal code (US ZIP and ZIP+4, Canadian,
 * UK and the four-to-six-digit codes of most countries), a country with a qualifier in brackets.
 */
const PLACE_PART = new RegExp(
  String.raw`(?:[ \t]*[,\n][ \t]*|[ \t]+)(?:` +
    [
      `(?:${anyOf(UNIT_DESIGNATORS, titleOrUpper)})\\.? ?#? ?[A-Za-z]?\\d{1,5}[A-Za-z]?`,
      String.raw`#\d{1,5}[A-Za-z]?`,
      String.raw`[A-Z]\d[A-Z] ?\d[A-Z]\d`,
      String.raw`[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}`,
      String.raw`\d{4,6}(?:-\d{3,4})?`,
      String.raw`\([\p{Lu}][\p{L}\p{M} ]*\)`,
      String.raw`[\p{Lu}][\p{L}\p{M}'\u2019-]*`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'uy',
);
/** Place lines an address may run on for: a city, a region, a postal code and a country, with room for units. */
const MAX_PLACE_PARTS = 8;

/** Where the address that ends at `end` ends once the place, region and postal code parts after it are read. */
function extendOverPlaces(text: string, end: number): number {
  let reach = end;
  for (let parts = 0; parts < MAX_PLACE_PARTS; parts++) {
    PLACE_PART.lastIndex = reach;
    const part = PLACE_PART.exec(text);
    if (!part) break;
    reach = PLACE_PART.lastIndex;
  }
  return reach;
}

/** Whether only separators (spaces, commas, a line break) lie between `from` and `to`. */
function adjoins(text: string, from: number, to: number): boolean {
  return to <= from || /^[\s,;]*$/.test(text.slice(from, to));
}

/**
 * Addresses in `text`: every part any rule finds, each run on over the place lines after it, and
 * parts that meet merged into one address. A part whose rule or word is `disabled` is not used (a
 * bench's ablation).
 */
export function findAddresses(
  text: string,
  disabled: ReadonlySet<AddressEvidence> = new Set(),
): FoundAddress[] {
  const parts = PATTERNS.flatMap(({ rule, pattern }) =>
    [...text.matchAll(pattern)].map((m) => {
      const word = m.groups?.w ?? m.groups?.v;
      const evidence: AddressEvidence[] = word ? [rule, `${rule}:${word.toLowerCase()}`] : [rule];
      return { start: m.index, end: m.index + m[0].length, evidence };
    }),
  )
    .filter(({ evidence }) => !evidence.some((e) => disabled.has(e)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const addresses: Array<{ start: number; end: number; reach: number; evidence: Set<AddressEvidence> }> = [];
  for (const part of parts) {
    const last = addresses.at(-1);
    if (last && (part.start < last.reach || adjoins(text, last.reach, part.start))) {
      last.end = Math.max(last.end, part.end);
      part.evidence.forEach((e) => last.evidence.add(e));
    } else addresses.push({ ...part, reach: part.end, evidence: new Set(part.evidence) });
    const address = addresses[addresses.length - 1];
    address.reach = Math.max(address.reach, extendOverPlaces(text, address.end));
  }
  return addresses.map(({ start, reach, evidence }) => ({
    index: start,
    0: text.slice(start, reach),
    evidence: [...evidence],
  }));
}
