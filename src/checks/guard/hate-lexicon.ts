/**
 * Word lists for the offline hate-speech detector. They name groups protected by anti-discrimination
 * law and the hostile words used about them; a guardrail cannot find slurs without listing them.
 */

/** Protected groups, singular and plural stems (matched on whole words, typos tolerated). */
export const IDENTITY_TERMS = [
  'women',
  'woman',
  'girls',
  'females',
  'trans',
  'transgender',
  'gay',
  'gays',
  'lesbian',
  'lesbians',
  'homosexual',
  'homosexuals',
  'bisexual',
  'bisexuals',
  'black',
  'blacks',
  'disabled',
  'muslim',
  'muslims',
  'islam',
  'jew',
  'jews',
  'jewish',
  'immigrant',
  'immigrants',
  'migrant',
  'migrants',
  'refugee',
  'refugees',
  'foreigners',
  'asian',
  'asians',
  'chinese',
  'arab',
  'arabs',
  'hispanic',
  'hispanics',
  'latino',
  'latinos',
  'latinas',
  'mexican',
  'mexicans',
  'african',
  'africans',
  'indian',
  'indians',
  'indigenous',
  'roma',
  'gypsies',
  'christian',
  'christians',
  'hindu',
  'hindus',
  'sikh',
  'sikhs',
  'buddhists',
  'atheists',
  'catholics',
  'non-binary',
  'queers',
  'elderly',
  'pakistanis',
  'blind',
  'deaf',
  'autistic',
];

/** Slurs used as insults; directed at a person they are harassment, at a group hate. */
export const SLURS = [
  'nigger',
  'niggers',
  'coon',
  'coons',
  'wetback',
  'wetbacks',
  'spic',
  'spics',
  'chink',
  'chinks',
  'kike',
  'kikes',
  'raghead',
  'ragheads',
  'towelhead',
  'towelheads',
  'muzzie',
  'muzzies',
  'jihadi',
  'jihadis',
  'rapefugee',
  'rapefugees',
  'faggot',
  'faggots',
  'fag',
  'fags',
  'dyke',
  'dykes',
  'tranny',
  'trannies',
  'shemale',
  'shemales',
  'retard',
  'retards',
  'retarded',
  'cripple',
  'cripples',
  'mong',
  'mongs',
  'spastic',
  'gook',
  'gooks',
  'paki',
  'pakis',
  'gyppo',
  'bitch',
  'bitches',
  'slut',
  'sluts',
  'whore',
  'whores',
  'camel fucker',
  'camel fuckers',
];

/** Contexts in which a slur-shaped word has its other meaning (dogs, dams, cigarettes, firewood). */
export const HOMONYM_CONTEXT =
  /\b(dogs?|puppies|puppy|labrador|breed|kennel|walls?|embankments?|flood(?:ing)?|beach|council|sticks|firewood|fuel|cigarettes?|smok(?:e|ed|ing)|packet|butcher|meatballs?|feeling rather|seemed a bit|studies|culture|rights|community|pride)\b/i;

/** Hostile words and phrases: emotions, dehumanisation, derogation, threats. */
export const HOSTILE =
  /\b(hate|hated|hates|hating|hatred|despise|despicable|loathe|loathsome|detest|abhor|disgust(?:ing|ed)?|revolting|repulsive|vile|scum|filth|filthy|vermin|rats|cockroaches|parasites|animals|trash|garbage|subhuman|savages?|pathetic|worthless|useless|stupid|idiots?|dumb|inferior|evil|plague|cancer|disease|contempt|disdain|sick of|can'?t stand|no compassion|no respect|no sympathy|belong in a (?:zoo|cage)|smarter than|never (?:any )?(?:intelligent|smart|capable)|nothing worse than|shouldn'?t (?:be allowed|exist)|should(?:n'?t)? (?:all )?(?:be|get) (?:killed|shot|hanged|gassed|deported|locked up|banned|removed|exterminated)|fucking|fuck off|(?:the )?(?:absolute |very )?worst|make(?:s)? me (?:sick|want to (?:puke|vomit))|disgust(?:s)? me|sub-?human|a (?:plague|disease|burden)|go back to|do not deserve|don'?t deserve)\b/i;

/** Threats of violence. */
export const THREAT =
  /\b(kill|murder|shoot|stab|hang|lynch|gas|burn|exterminate|eradicate|wipe out|slaughter|execute|beat up|hurt)\b[^.!?]{0,30}\b(all|every|them|you|those|these|that|this|any)\b|\b(?:see|watch|make)\b[^.!?]{0,30}\b(?:suffer|die|burn|bleed)\b|\b(should|must|will|deserve to|ought to)\b[^.!?]{0,20}\b(die|be killed|be shot|be hanged|be gassed|be exterminated|be wiped out|suffer)\b/i;

/** Negations that flip a hostile statement ("I don't hate women"). */
export const NEGATION =
  /\bno (?:particular |real |special )?(?:contempt|hatred|hate|problem|issue|grudge)\b|\b(don'?t|do not|doesn'?t|does not|never|not|no longer|won'?t|wouldn'?t|didn'?t)\s+(?:\w+\s+){0,2}?(hate|despise|loathe|detest|think|believe|find)\b/i;

/** Counter-speech: quoting or condemning hate rather than expressing it. */
export const COUNTER_SPEECH =
  /\b(if you say|saying (?:that|things like)|statements? like|when (?:people|you) say|you (?:are|sound like) (?:a )?(?:bigot|racist|sexist|homophob)|bigot(?:ed|s|ry)?|misguided|is (?:wrong|unacceptable|not okay|hateful|disgusting)|shows how|should be ashamed|calling (?:them|people)|has to stop|needs to stop|your (?:obvious |blatant )?(?:contempt|hatred|hate|disdain|bigotry)|i can'?t believe (?:you|people)|no place for)\b/i;
