import { LBA_ITEM_TYPE } from "shared/constants/lbaitem"
import type { ISearchItem } from "shared/models/index"
import { JOB_START_TYPE } from "shared/models/job.model"

import { getDistanceInKm } from "@/common/utils/geolib"
import { getDbCollection } from "@/common/utils/mongodb-utils"
import { sentryCaptureException } from "@/common/utils/sentry-utils"
import { retryOnTransientSearchCancellation } from "@/services/search/search-transient-retry"

const HIGHLIGHT_MAX_PASSAGES = 5
const HIGHLIGHT_MAX_CHARS = 300

export type Highlight = {
  score: number
  path: string
  texts: Array<{ type: "hit" | "text"; value: string }>
}

export type PreviewItem = { type: "hit" | "text"; value: string }

function splitHighlightPerNewline(highlight: Highlight): Highlight[] {
  const highlights: Highlight[] = []
  let current: Highlight = { score: highlight.score, path: highlight.path, texts: [] }

  for (const text of highlight.texts) {
    if (text.type === "text" && text.value.includes("\n")) {
      const parts = text.value.split("\n")
      const firstLine = parts[0].trim()
      if (firstLine) current.texts.push({ type: "text", value: firstLine })
      if (current.texts.some((t) => t.type === "hit")) highlights.push(current)
      current = { score: highlight.score, path: highlight.path, texts: [] }
      const lastLine = parts.at(-1)?.trim()
      if (lastLine) current.texts.push({ type: "text", value: lastLine })
    } else {
      current.texts.push({ type: text.type, value: text.value.trim() })
    }
  }

  if (current.texts.some((t) => t.type === "hit")) highlights.push(current)
  return highlights
}

function getHighlightSize(highlight: Highlight): number {
  return highlight.texts.reduce((acc, t) => acc + t.value.length + 1, 0)
}

export function buildPreviewText(highlights: Highlight[]): PreviewItem[] {
  const formatted = highlights.flatMap(splitHighlightPerNewline)
  if (formatted.length === 0) return []

  const sorted = [...formatted].sort((a, b) => b.score - a.score)
  let currentSize = 0
  const selected = new Set<Highlight>()

  for (const h of sorted) {
    currentSize += getHighlightSize(h)
    selected.add(h)
    if (currentSize > HIGHLIGHT_MAX_CHARS) break
  }

  const output: PreviewItem[] = []
  for (const h of formatted) {
    if (!selected.has(h)) continue
    output.push({ type: "text", value: "[...]" })
    for (const text of h.texts) output.push(text)
  }
  output.push({ type: "text", value: "[...]" })
  return output
}

export function buildSearchMatchWords(highlights: Highlight[]): Array<{ word: string; count: number }> {
  const hits = new Map<string, number>()
  const normsToWords = new Map<string, Set<string>>()

  for (const highlight of highlights) {
    for (const text of highlight.texts) {
      if (text.type === "hit") {
        const value = text.value.toLowerCase()
        hits.set(value, (hits.get(value) ?? 0) + 1)
        const set = normsToWords.get(value)
        if (set) set.add(value)
        else normsToWords.set(value, new Set([value]))
      }
    }
  }

  const result: Array<{ word: string; count: number }> = []
  for (const [, words] of normsToWords) {
    let best = { word: "", count: 0 }
    let total = 0
    for (const w of words) {
      const c = hits.get(w) ?? 0
      total += c
      if (c > best.count) best = { word: w, count: c }
    }
    result.push({ word: best.word, count: total })
  }

  return result.sort((a, b) => b.count - a.count)
}

type SortOption = "proximity" | "date" | "applications" | "start_date"

type SearchMode = "emplois" | "formations" | "emplois_formation"

interface ISearchFilters {
  q?: string
  type?: string
  mode?: SearchMode
  type_filter_label?: string[]
  contract_type?: string[]
  level?: string[]
  activity_sector?: string[]
  organization_name?: string
  is_disabled_elligible?: boolean
  start_type?: JOB_START_TYPE
  start_date?: Date
  smart_apply?: boolean
  is_algo_company?: boolean
  sort?: SortOption
  latitude?: number
  longitude?: number
  radius: number
  page: number
  hitsPerPage: number
}

interface ISearchFacets {
  type: Record<string, number>
  sub_type: Record<string, number>
  type_filter_label: Record<string, number>
  contract_type: Record<string, number>
  level: Record<string, number>
  activity_sector: Record<string, number>
  organization_name: Record<string, number>
}

type SearchRow = ISearchItem & {
  highlights: Highlight[]
  _meta: { count: { total: number } }
}

// Chemins de la clause synonymes : title + rome_labels uniquement. La clause matche la
// requête BRUTE en plus des expansions — l'étendre à description/keywords rouvrirait une
// porte dérobée dans le result set (un keyword générique suffisait à faire entrer un doc,
// recette #3). Les expansions du référentiel sont des intitulés métier : ils vivent dans
// title/rome_labels.
const SYNONYM_MULTI_PATHS = [
  { value: "title", multi: "standard" },
  { value: "rome_labels", multi: "standard" },
]

// ─── Tokenisation de la requête (couverture par terme) ─────────────────────────────────────
// Mots vides : grammaticaux FR courts + marqueurs génériques du domaine (apprenti, alternance,
// h/f) présents dans quasi toutes les offres → aucun pouvoir discriminant, mais ils gonflent
// le compte de termes exigés par minimumShouldMatch.
const QUERY_STOPWORDS = new Set([
  "a",
  "au",
  "aux",
  "avec",
  "ce",
  "ces",
  "chez",
  "d",
  "dans",
  "de",
  "des",
  "du",
  "en",
  "et",
  "f",
  "h",
  "hf",
  "l",
  "la",
  "le",
  "les",
  "ou",
  "par",
  "pour",
  "sur",
  "un",
  "une",
  "apprenti",
  "alternant",
  "alternance",
  "apprentissage",
  // Mots de diplôme : très fréquents dans les titres/descriptions d'offres, ils couvrent
  // sans discriminer le métier ("bac pro commerce" matchait carrossier/serveur via
  // bac + pro, recette #3). Le niveau se filtre par la facette dédiée ; le bonus phrase
  // (requête entière) continue de favoriser les intitulés exacts type "Bac pro commerce".
  "bac",
  "bachelor",
  "bp",
  "bts",
  "but",
  "cap",
  "deust",
  "diplome",
  "dut",
  "licence",
  "master",
  "mastere",
  "pro",
])

const QUERY_DIACRITICS = /[̀-ͯ]/g
export const normalizeTerm = (s: string) => s.normalize("NFD").replace(QUERY_DIACRITICS, "").toLowerCase()

// Clé de déduplication : replie les variantes plurielles et masculin/féminin des intitulés
// ROME ("Cuisinier / Cuisinière", "Moniteur éducateur / Monitrice éducatrice") sur une même
// clé. Heuristique volontairement simple — la clé ne sert QUE à comparer les termes d'une
// même requête, jamais au matching (le terme original part tel quel vers l'analyzer).
const dedupKey = (normalized: string): string => {
  let t = normalized
  if (t.length > 3 && t.endsWith("s")) t = t.slice(0, -1)
  t = t
    .replace(/trice$/, "teur")
    .replace(/euse$/, "eur")
    .replace(/elle$/, "el")
    .replace(/enne$/, "en")
    .replace(/iere$/, "ier")
    .replace(/ere$/, "er")
  if (t.length > 3 && t.endsWith("e")) t = t.slice(0, -1)
  return t
}

/** Découpe la requête en termes utiles : minuscules, split non-alphanumérique, stopwords, dédup M/F. */
export function tokenizeQuery(q: string): string[] {
  const seen = new Set<string>()
  const terms: string[] = []
  for (const raw of q.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue
    const normalized = normalizeTerm(raw)
    const key = dedupKey(normalized)
    if (QUERY_STOPWORDS.has(normalized) || QUERY_STOPWORDS.has(key) || seen.has(key)) continue
    seen.add(key)
    terms.push(raw)
  }
  return terms
}

// Fuzzy par longueur de terme : réservé aux termes longs (≥ 8). Sur les termes courts et
// moyens, 1 edit change le mot : "esf" → "ESG", "vente" → "verte" (paysagistes),
// "product" → "produits", "manager" → "manger" (recette #3). Préfixe protégé de 2 pour
// éviter les dérives en début de mot.
const fuzzyFor = (term: string): { maxEdits: number; prefixLength: number } | undefined => {
  if (term.length <= 7) return undefined
  return { maxEdits: 1, prefixLength: 2 }
}

// Nombre minimal de termes couverts exigé : tous jusqu'à 2 termes, n−1 pour 3-4, 75 % au-delà.
const msmFor = (n: number): number => (n <= 2 ? n : n <= 4 ? n - 1 : Math.ceil(0.75 * n))

// Filtre « date de début de contrat » (spec ticket Contract start) : l'utilisateur indique
// quand il veut démarrer → on montre tout ce qui est compatible, c'est-à-dire les offres qui
// démarrent AVANT OU À cette date ($lte), celles à date flexible, et les docs SANS date de
// démarrage (candidatures spontanées de l'algo, formations) qui ne sont pas concernés par le
// critère — ils conservent ainsi leur ordre de pertinence, comme si le filtre n'existait pas.
// « A une vraie date de démarrage » : seule une valeur date indexée matche un range (null ne
// matche pas). NB : `exists` est inutilisable ici — il matche aussi les champs à valeur null
// (le champ est présent dans le document), donc tous les docs.
const HAS_START_DATE = { range: { path: "start_date", gte: new Date("1900-01-01T00:00:00.000Z") } }
const HAS_PUBLICATION_DATE = { range: { path: "publication_date", gte: new Date("1900-01-01T00:00:00.000Z") } }
const HAS_APPLICATION_COUNT = { range: { path: "application_count", gte: 0 } }

// Result set du tri par date de début : les docs à vraie date de démarrage + les candidatures
// spontanées (jamais de date par nature — elles restent visibles et sont reléguées en fin de
// liste par la clé de tri is_algo_company, cf. buildSortStage, comme au tri par date de
// publication). Les autres docs sans date (formations, offres sans start_date) trieraient en
// tête (valeur manquante avant toute date en ordre croissant) → écartés.
const START_DATE_SORT_FILTER = {
  compound: {
    should: [HAS_START_DATE, { equals: { path: "is_algo_company", value: true } }],
    minimumShouldMatch: 1,
  },
}

const buildStartDateFilter = (start_date: Date) => ({
  compound: {
    should: [
      { range: { path: "start_date", lte: start_date } },
      { equals: { path: "is_start_flexible", value: true } },
      // Un compound purement négatif ne matche rien (Lucene) → clause positive d'ancrage
      // (`type` est indexé sur tous les docs).
      { compound: { must: [{ exists: { path: "type" } }], mustNot: [HAS_START_DATE] } },
    ],
    minimumShouldMatch: 1,
  },
})

// Type de recherche (champ « Type de recherche » du front) : « emplois » exclut les offres
// avec formation incluse (CFA/GEIQ, cf. is_formation_included dans generateSearchItemsCollection)
// en plus des formations ; « emplois_formation » ne renvoie QUE ces offres CFA/GEIQ.
const buildModeFilter = (mode: SearchMode): object => {
  switch (mode) {
    case "formations":
      return { equals: { path: "type", value: "formation" } }
    case "emplois_formation":
      return { equals: { path: "is_formation_included", value: true } }
    case "emplois":
      return {
        compound: {
          must: [{ equals: { path: "type", value: "offre" } }],
          mustNot: [{ equals: { path: "is_formation_included", value: true } }],
        },
      }
  }
}

// Sémantique INCLUSIVE du filtre niveau : un doc sans niveau précisé ("" — recruteurs et
// offres sans diplôme cible, ~83 % du corpus) ou "Indifférent" (fallback formations) est
// compatible avec tout niveau sélectionné — il n'est pas incompatible, il est indifférent.
const LEVEL_AGNOSTIC_VALUES = ["", "Indifférent"]
const buildLevelFilter = (level: string[]) => ({ in: { path: "level", value: [...level, ...LEVEL_AGNOSTIC_VALUES] } })

// Clause de couverture d'UN terme : le terme est cherché sur tous les champs pondérés
// (boosting par champ). Un doc "couvre" le terme s'il matche au moins un champ.
// Le comportement diffère en requête MONO-terme vs multi-termes (recette #3) :
// - autocomplete (edgeGram) réservé au mono-terme : troncature volontaire ("compta" →
//   "comptable"). En multi-termes il couvrait par préfixe accidentel ("product manager" :
//   « product » couvert par « production » → boucheries).
// - keywords (Mistral) : en mono-terme, couverture réservée aux recruteurs (seul texte riche
//   avec rome_labels) — un keyword générique ("communication", "commercial") suffisait à
//   faire entrer des offres hors sujet. En multi-termes, keywords couvre pour tous : le msm
//   exige déjà les autres termes ailleurs ("monteur vidéo" : « vidéo » légitimement couvert
//   par les keywords d'une offre dont le title porte « monteur »). Les keywords restent un
//   signal de score pour tous les types (cf. buildTextBonusClauses).
function buildTermCoverageClause(term: string, isSingleTerm: boolean, simplifyQuery: boolean): object {
  const fuzzy = simplifyQuery ? undefined : fuzzyFor(term)
  const text = (path: string, boost: number) => ({ text: { query: term, path, ...(fuzzy ? { fuzzy } : {}), score: { boost: { value: boost } } } })
  return {
    compound: {
      should: [
        text("rome_labels", 8),
        text("title", 7),
        // organization_name SANS fuzzy : sur des noms propres, l'édition à 1 caractère produit
        // des faux positifs massifs ("vigile" → VIRGILE, VIGIER, VIEILLE…). L'analyzer
        // lba_company gère déjà casse et accents ; description exclue de la couverture (bonus
        // de score seulement, cf. buildTextBonusClauses) : un terme mentionné uniquement dans
        // la description ne suffit pas à faire entrer le doc dans le result set.
        { text: { query: term, path: "organization_name", score: { boost: { value: 6 } } } },
        isSingleTerm ? { compound: { must: [text("keywords", 5)], filter: [{ equals: { path: "sub_type", value: LBA_ITEM_TYPE.RECRUTEURS_LBA } }] } } : text("keywords", 5),
        ...(isSingleTerm
          ? [
              { autocomplete: { query: term, path: "title", score: { boost: { value: 3 } } } },
              { autocomplete: { query: term, path: "rome_labels", score: { boost: { value: 3 } } } },
            ]
          : []),
      ],
      minimumShouldMatch: 1,
    },
  }
}

/**
 * Porte de pertinence (bloc `must`) : structure « une clause de couverture par terme » +
 * minimumShouldMatch dynamique. Un doc n'entre dans le result set que s'il couvre assez de
 * termes — OU s'il matche la requête ENTIÈRE via la collection de synonymes (les groupes sont
 * multi-mots : "mco" ↔ "management commercial opérationnel" ; la clause synonymes sert donc
 * d'alternative de couverture, avec un boost aligné sur les matchs directs).
 * NB $search : `synonyms` et `fuzzy` sont mutuellement exclusifs sur une même clause `text` —
 * la structure les sépare (fuzzy dans les clauses par terme, synonymes sur la requête entière).
 * Opérateur `phrase` (et non `text`) pour les synonymes : `text` matche l'expansion token par
 * token (« vigile » → « agent de sécurité » laissait entrer tout doc contenant « agent » —
 * agents commerciaux compris, recette #3) ; `phrase` exige la séquence complète du synonyme.
 *
 * `simplifyQuery` (repli sur maxClauseCount dépassé, cf. runSearchAggregations) retire la
 * clause synonymes en plus de désactiver le fuzzy : sur une requête longue et riche en mots
 * courants (ex. intitulé de formation complet), `phrase`+`synonyms` peut À LUI SEUL dépasser
 * la limite — reproduit en isolant cette clause contre mongot (#5153) sur une requête où la
 * couverture par terme, elle, passe sans problème même avec le fuzzy actif. La clause reste
 * peu utile sur ces requêtes de toute façon : `phrase`/`slop:0` exige une correspondance quasi
 * exacte, peu probable sur un texte libre long.
 */
function buildTextGate(q: string | undefined, simplifyQuery: boolean): object | null {
  if (!q?.trim()) return null
  const terms = tokenizeQuery(q)
  const coverage = terms.length
    ? [{ compound: { should: terms.map((term) => buildTermCoverageClause(term, terms.length === 1, simplifyQuery)), minimumShouldMatch: msmFor(terms.length) } }]
    : []
  const synonyms = simplifyQuery ? [] : [{ phrase: { query: q, path: SYNONYM_MULTI_PATHS, synonyms: "lba_synonyms", slop: 0, score: { boost: { value: 6 } } } }]
  const should = [...coverage, ...synonyms]
  // simplifyQuery peut vider les deux voies d'entrée à la fois (q composé uniquement de
  // stopwords, sans la clause synonymes — qui opère sur le q brut, pas sur `terms` — pour
  // compenser) : un compound `should: []` est un comportement $search non défini côté mongot.
  // Repli sur « pas de porte de pertinence », comme pour un q vide.
  return should.length ? { compound: { should, minimumShouldMatch: 1 } } : null
}

// Bonus de score (bloc `should`, n'élargit pas le result set) : adjacence/ordre des termes.
// phrase sur title/rome_labels départage "Product Manager" des docs aux termes épars ; phrase
// sur organization_name fait dominer le match employeur sur les mentions en description ;
// text sur description et keywords départagent les docs qui couvrent aussi le sujet dans
// leur descriptif / leurs mots-clés (ces champs ne sont plus une voie d'entrée dans le
// result set — keywords reste une entrée pour les seuls recruteurs, cf. couverture).
function buildTextBonusClauses(q?: string): object[] {
  if (!q?.trim()) return []
  return [
    { phrase: { query: q, path: ["title", "rome_labels"], slop: 2, score: { boost: { value: 10 } } } },
    { phrase: { query: q, path: "organization_name", slop: 1, score: { boost: { value: 8 } } } },
    { text: { query: q, path: "keywords", score: { boost: { value: 3 } } } },
    { text: { query: q, path: "description", score: { boost: { value: 1 } } } },
  ]
}

function buildCompoundOperator(filters: ISearchFilters, simplifyQuery: boolean) {
  const {
    q,
    type,
    mode,
    type_filter_label,
    contract_type,
    level,
    activity_sector,
    organization_name,
    is_disabled_elligible,
    start_type,
    start_date,
    smart_apply,
    is_algo_company,
    sort,
    latitude,
    longitude,
    radius,
  } = filters
  const hasGeo = latitude !== undefined && longitude !== undefined
  const proximity = sort === "proximity" && hasGeo

  const gate = buildTextGate(q, simplifyQuery)

  const filter: object[] = []

  if (type) filter.push({ equals: { path: "type", value: type } })
  if (mode) filter.push(buildModeFilter(mode))
  if (type_filter_label?.length) filter.push({ in: { path: "type_filter_label", value: type_filter_label } })
  if (contract_type?.length) filter.push({ in: { path: "contract_type", value: contract_type } })
  if (level?.length) filter.push(buildLevelFilter(level))
  if (activity_sector?.length) filter.push({ in: { path: "activity_sector", value: activity_sector } })
  if (organization_name) filter.push({ equals: { path: "organization_name", value: organization_name } })
  // Filtre opt-in : seul `true` restreint (aux offres éligibles handicap) ; false/absent = tout.
  if (is_disabled_elligible) filter.push({ equals: { path: "is_disabled_elligible", value: true } })
  if (start_type) filter.push({ equals: { path: "start_type", value: start_type } })
  if (start_date) filter.push(buildStartDateFilter(start_date))
  // Filtre opt-in : seules les offres avec candidature simplifiée quand true.
  if (smart_apply) filter.push({ equals: { path: "smart_apply", value: true } })
  // Type d'offres d'emploi : true = entreprises à contacter (candidatures spontanées de
  // l'algo), false = offres d'emploi. Absent = les deux (aucun filtre).
  if (is_algo_company !== undefined) filter.push({ equals: { path: "is_algo_company", value: is_algo_company } })
  if (hasGeo) {
    filter.push({
      geoWithin: {
        circle: { center: { type: "Point", coordinates: [longitude, latitude] }, radius: radius * 1000 },
        path: "location",
      },
    })
  }

  // Tri par date : on écarte les docs sans vraie date de publication (formations à
  // publication_date null — un range ne matche que les valeurs date indexées, contrairement à
  // `exists` qui matche aussi null). Les recruteurs_lba restent présents mais sont RELÉGUÉS en
  // fin de liste par la clé de tri is_algo_company (leur publication_date est une date
  // d'IMPORT, pas une vraie date de publication — cf. buildSortStage).
  if (sort === "date") {
    filter.push(HAS_PUBLICATION_DATE)
  }
  // Tri par nb de candidatures : les docs sans compteur (formations) trieraient en tête
  // (valeur manquante avant 0 en ordre croissant) → on les écarte, comme le tri date.
  if (sort === "applications") {
    filter.push(HAS_APPLICATION_COUNT)
  }
  // Tri par date de début de contrat : docs sans start_date écartés, SAUF les candidatures
  // spontanées, conservées et reléguées en fin de liste (cf. START_DATE_SORT_FILTER).
  if (sort === "start_date") {
    filter.push(START_DATE_SORT_FILTER)
  }

  // Tri par proximité : la porte de pertinence devient un filtre, et le score provient
  // de l'opérateur `near` (plus c'est proche, plus le score est élevé). Le tri
  // par score restitue donc les résultats du plus proche au plus lointain.
  if (proximity) {
    if (gate) filter.push(gate)
    // `near` en `must` : matche tous les docs et donne un score décroissant avec la
    // distance. pivot = 1 km → score très sensible à la distance (tri ~ proche d'abord).
    const near = { near: { path: "location", origin: { type: "Point", coordinates: [longitude, latitude] }, pivot: 1000 } }
    if (!filter.length) filter.push({ exists: { path: "type" } })
    return { must: [near], filter }
  }

  if (!gate && !filter.length) {
    filter.push({ exists: { path: "type" } })
  }

  // Porte de pertinence en `must` (gate le result set — vaut pour TOUS les tris, y compris
  // date : un doc trop peu couvrant n'apparaît plus, quel que soit l'ordre) ; bonus phrase
  // en `should` pur (score uniquement, n'élargit pas les résultats).
  return { ...(gate ? { must: [gate], should: buildTextBonusClauses(q) } : {}), filter }
}

// Étape de tri du $search selon l'option choisie (défaut : pertinence + tie-breaks).
function buildSortStage(filters: ISearchFilters): Record<string, unknown> {
  const hasGeo = filters.latitude !== undefined && filters.longitude !== undefined

  if (filters.sort === "date") {
    // Recruteurs algo en DERNIER : leur publication_date est une date d'import, pas une vraie
    // date de publication — ils suivraient sinon en tête de tri (spec : affichés en fin).
    return { is_algo_company: { order: 1 }, publication_date: { order: -1 } }
  }
  if (filters.sort === "start_date") {
    // Démarrages les plus proches d'abord ; candidatures spontanées (sans date de début par
    // nature) en DERNIER via la clé is_algo_company — même mécanique que le tri par date de
    // publication. Les autres docs sans date sont écartés en amont (START_DATE_SORT_FILTER).
    return { is_algo_company: { order: 1 }, start_date: { order: 1 }, score: { $meta: "searchScore", order: -1 } }
  }
  if (filters.sort === "applications") {
    // Moins de candidatures d'abord : maximise les chances du candidat et répartit les
    // candidatures (même philosophie que le tie-break du tri par défaut).
    return { application_count: { order: 1 }, score: { $meta: "searchScore", order: -1 } }
  }
  if (filters.sort === "proximity" && hasGeo) {
    return { score: { $meta: "searchScore", order: -1 } }
  }

  return {
    score: { $meta: "searchScore", order: -1 },
    smart_apply: { order: 1 },
    application_count: { order: 1 },
  }
}

// Compound sans filtres de dimension — utilisé pour $searchMeta (faceting disjoint).
// Les counts reflètent texte + géo seulement, indépendamment des filtres actifs,
// Dimensions de facette pilotées par les filtres multi-sélection du front.
const FACET_DIMENSIONS = ["type_filter_label", "contract_type", "level", "activity_sector", "organization_name"] as const
type FacetDimension = (typeof FACET_DIMENSIONS)[number]

const FACET_FIELD_DEFS: Record<string, object> = {
  type: { type: "string", path: "type" },
  sub_type: { type: "string", path: "sub_type" },
  type_filter_label: { type: "string", path: "type_filter_label" },
  contract_type: { type: "string", path: "contract_type" },
  level: { type: "string", path: "level" },
  activity_sector: { type: "string", path: "activity_sector" },
  organization_name: { type: "string", path: "organization_name", numBuckets: 100 },
}

function isDimensionActive(filters: ISearchFilters, key: FacetDimension): boolean {
  const value = filters[key]
  return Array.isArray(value) ? value.length > 0 : Boolean(value)
}

// Faceting DISJONCTIF : compound = texte + géo + type + tous les filtres de dimension
// SAUF `exclude`. Ainsi une facette ne masque pas ses propres options en multi-sélection,
// mais reflète bien les restrictions imposées par les AUTRES filtres (filtres synchronisés).
function buildFacetCompound(filters: ISearchFilters, exclude: FacetDimension | null, simplifyQuery: boolean) {
  const {
    q,
    type,
    mode,
    type_filter_label,
    contract_type,
    level,
    activity_sector,
    organization_name,
    is_disabled_elligible,
    start_type,
    start_date,
    smart_apply,
    is_algo_company,
    latitude,
    longitude,
    radius,
  } = filters
  const hasGeo = latitude !== undefined && longitude !== undefined
  // Même porte de pertinence que la recherche → les counts de facettes reflètent le même result set.
  const gate = buildTextGate(q, simplifyQuery)
  const filter: object[] = []

  if (type) filter.push({ equals: { path: "type", value: type } })
  if (mode) filter.push(buildModeFilter(mode))
  if (exclude !== "type_filter_label" && type_filter_label?.length) filter.push({ in: { path: "type_filter_label", value: type_filter_label } })
  if (exclude !== "contract_type" && contract_type?.length) filter.push({ in: { path: "contract_type", value: contract_type } })
  if (exclude !== "level" && level?.length) filter.push(buildLevelFilter(level))
  if (exclude !== "activity_sector" && activity_sector?.length) filter.push({ in: { path: "activity_sector", value: activity_sector } })
  if (exclude !== "organization_name" && organization_name) filter.push({ equals: { path: "organization_name", value: organization_name } })
  // Pas des dimensions de facette (jamais exclues) : ils restreignent toujours les counts.
  if (is_disabled_elligible) filter.push({ equals: { path: "is_disabled_elligible", value: true } })
  if (start_type) filter.push({ equals: { path: "start_type", value: start_type } })
  if (start_date) filter.push(buildStartDateFilter(start_date))
  if (smart_apply) filter.push({ equals: { path: "smart_apply", value: true } })
  if (is_algo_company !== undefined) filter.push({ equals: { path: "is_algo_company", value: is_algo_company } })
  if (hasGeo) filter.push({ geoWithin: { circle: { center: { type: "Point", coordinates: [longitude, latitude] }, radius: radius * 1000 }, path: "location" } })

  // Mêmes restrictions qu'en recherche pour les tris → les counts de facettes reflètent le result set réel.
  if (filters.sort === "date") {
    filter.push(HAS_PUBLICATION_DATE)
  }
  if (filters.sort === "applications") {
    filter.push(HAS_APPLICATION_COUNT)
  }
  if (filters.sort === "start_date") {
    filter.push(START_DATE_SORT_FILTER)
  }

  if (!gate && !filter.length) filter.push({ exists: { path: "type" } })
  return { ...(gate ? { must: [gate] } : {}), filter }
}

type FacetMetaRow = { facet?: Record<string, { buckets: { _id: string; count: number }[] }> }

// Compteurs des chips booléennes (« Employeur handi-accueillant », « Recrutement urgent »,
// « Candidature simplifiée ») : champs boolean/token indexés non facettables (les facettes
// mongot ne supportent que string/number/date) → un count dédié par chip via $searchMeta.
// Disjonctif comme les facettes : le filtre de la chip est exclu de son propre compound
// pour que le compteur reste stable quand l'utilisateur active le filtre.
function buildChipCountCompounds(filters: ISearchFilters, simplifyQuery: boolean) {
  const handi = buildFacetCompound({ ...filters, is_disabled_elligible: undefined }, null, simplifyQuery)
  handi.filter.push({ equals: { path: "is_disabled_elligible", value: true } })

  const urgent = buildFacetCompound({ ...filters, start_type: undefined }, null, simplifyQuery)
  urgent.filter.push({ equals: { path: "start_type", value: JOB_START_TYPE.DES_QUE_POSSIBLE } })

  const smartApply = buildFacetCompound({ ...filters, smart_apply: undefined }, null, simplifyQuery)
  smartApply.filter.push({ equals: { path: "smart_apply", value: true } })

  return { is_disabled_elligible: handi, urgent, smart_apply: smartApply }
}

// Construit les groupes de $searchMeta minimisant le nombre de requêtes :
// - 1 groupe pour toutes les dimensions NON sélectionnées (+ `type` et `sub_type`,
//   compteurs informatifs — sub_type alimente le détail par type d'offre de l'événement
//   Matomo search_results_displayed), calculé avec tous les filtres actifs ;
// - 1 groupe par dimension sélectionnée, calculé en excluant cette dimension.
function buildFacetGroups(filters: ISearchFilters, simplifyQuery: boolean): { keys: string[]; compound: object }[] {
  const activeDims = FACET_DIMENSIONS.filter((k) => isDimensionActive(filters, k))
  const inactiveDims = FACET_DIMENSIONS.filter((k) => !activeDims.includes(k))

  const groups: { keys: string[]; compound: object }[] = [{ keys: [...inactiveDims, "type", "sub_type"], compound: buildFacetCompound(filters, null, simplifyQuery) }]
  for (const dim of activeDims) groups.push({ keys: [dim], compound: buildFacetCompound(filters, dim, simplifyQuery) })
  return groups
}

export type SearchHit = ISearchItem & {
  preview: PreviewItem[]
  matched_words: Array<{ word: string; count: number }>
  distance: number | null
}

// TEMPORAIRE — mongot n'est actif que sur le primaire du cluster prod (rollout des
// secondaires en cours) : un $search servi par un secondaire sans mongot échoue en
// SearchNotEnabled (Sentry LBA-SERVER-5J7KF4ZZZT961). Épingle toutes les agrégations
// $search/$searchMeta sur le primaire ; à retirer une fois mongot déployé sur tous les
// membres du replica set (la répartition de charge sur les secondaires redeviendra souhaitable).
const SEARCH_AGGREGATE_OPTIONS = { readPreference: "primary" } as const

// mongot n'expose pas de réglage pour relever cette limite (ni en config Docker/preview, ni en
// déploiement natif prod — vérifié dans les deux repos d'infra). Deux clauses indépendantes
// peuvent chacune expandre en dizaines/centaines de sous-clauses selon le vocabulaire indexé,
// indépendamment du nombre de termes de la requête : le `fuzzy` par terme, et — surtout, cf.
// #5153 où une requête a été isolée et rejouée directement contre mongot — la clause
// `phrase`+`synonyms` sur la requête entière (buildTextGate), qui à elle seule suffit à
// dépasser la limite sur une requête longue et riche en mots courants (intitulé de formation
// complet), même avec le fuzzy désactivé et sans qu'aucun terme ne soit en cause.
function isMaxClauseCountError(err: unknown): boolean {
  return err instanceof Error && err.message.includes("maxClauseCount")
}

async function runSearchAggregations(params: ISearchFilters, simplifyQuery: boolean) {
  const { page, hitsPerPage } = params
  const compound = buildCompoundOperator(params, simplifyQuery)
  const facetGroups = buildFacetGroups(params, simplifyQuery)
  const chipCountCompounds = buildChipCountCompounds(params, simplifyQuery)
  const chipCountKeys = Object.keys(chipCountCompounds) as (keyof typeof chipCountCompounds)[]

  // Retry unique si mongot annule une des requêtes (transitoire — cf. search-transient-retry.ts) ;
  // relancer l'ensemble est sans risque, ce ne sont que des lectures.
  const [rows, chipCountArrays, ...metaArrays] = await retryOnTransientSearchCancellation(
    () =>
      Promise.all([
        getDbCollection("search_items")
          .aggregate<SearchRow>(
            [
              {
                $search: {
                  index: "search_items_index",
                  compound,
                  sort: buildSortStage(params),
                  highlight: {
                    // rome_labels inclus : les recruteurs n'ont pas de description → preview via les intitulés métier.
                    path: ["title", "description", "rome_labels"],
                    maxNumPassages: HIGHLIGHT_MAX_PASSAGES,
                  },
                  count: { type: "total" },
                },
              },
              {
                $addFields: {
                  highlights: { $meta: "searchHighlights" },
                  _meta: "$$SEARCH_META",
                },
              },
              { $skip: page * hitsPerPage },
              { $limit: hitsPerPage },
            ],
            SEARCH_AGGREGATE_OPTIONS
          )
          .toArray(),

        // Compteurs des chips booléennes (handi, urgent, candidature simplifiée) — un $searchMeta chacun.
        Promise.all(
          chipCountKeys.map((key) =>
            getDbCollection("search_items")
              .aggregate<{ count?: { total?: number } }>(
                [
                  {
                    $searchMeta: {
                      index: "search_items_index",
                      compound: chipCountCompounds[key],
                      count: { type: "total" },
                    },
                  },
                ],
                SEARCH_AGGREGATE_OPTIONS
              )
              .toArray()
          )
        ),

        // Une requête $searchMeta par groupe de facettes (faceting disjonctif).
        ...facetGroups.map((group) =>
          getDbCollection("search_items")
            .aggregate<FacetMetaRow>(
              [
                {
                  $searchMeta: {
                    index: "search_items_index",
                    facet: {
                      operator: { compound: group.compound },
                      facets: Object.fromEntries(group.keys.map((key) => [key, FACET_FIELD_DEFS[key]])),
                    },
                  },
                },
              ],
              SEARCH_AGGREGATE_OPTIONS
            )
            .toArray()
        ),
      ]),
    { q: params.q }
  )

  return { rows, chipCountArrays, metaArrays, facetGroups, chipCountKeys }
}

export async function searchItems(params: ISearchFilters): Promise<{
  hits: SearchHit[]
  nbHits: number
  page: number
  nbPages: number
  facets?: ISearchFacets
  counts?: { is_disabled_elligible: number; urgent: number; smart_apply: number }
  // Repli maxClauseCount déclenché (cf. #5153) — pas dans le schéma de réponse publique
  // (strippé par le type provider zod), lu uniquement par le contrôleur pour search_queries.
  degraded?: boolean
}> {
  const { page, hitsPerPage, latitude, longitude } = params

  let aggregations: Awaited<ReturnType<typeof runSearchAggregations>>
  let degraded = false
  try {
    aggregations = await runSearchAggregations(params, false)
  } catch (err) {
    if (!isMaxClauseCountError(err)) throw err
    // Dégradation gracieuse plutôt qu'un 500 : on retente sans fuzzy ni synonymes (tolérance
    // aux fautes de frappe et alternative de couverture par synonyme perdues pour cette requête
    // précise seulement — la couverture par terme reste intacte) — capturé en warning pour
    // suivre la fréquence réelle de ce repli, sans polluer le triage des vraies erreurs.
    sentryCaptureException(err, { level: "warning", extra: { q: params.q, fallback: "search-simplify-query" } })
    aggregations = await runSearchAggregations(params, true)
    degraded = true
  }
  const { rows, chipCountArrays, metaArrays, facetGroups, chipCountKeys } = aggregations

  const nbHits = rows[0]?._meta?.count?.total ?? 0
  const nbPages = Math.ceil(nbHits / hitsPerPage)

  const hasGeo = latitude !== undefined && longitude !== undefined

  const hits: SearchHit[] = rows.map(({ highlights, _meta: _m, ...doc }) => {
    const itemDoc = doc as ISearchItem
    const distance =
      hasGeo && itemDoc.location
        ? getDistanceInKm({
            origin: { latitude, longitude },
            destination: { latitude: itemDoc.location.coordinates[1], longitude: itemDoc.location.coordinates[0] },
          })
        : null
    return {
      ...itemDoc,
      // Champs d'enrichissement ajoutés après coup (rome_labels, keywords) : absents des docs
      // seedés antérieurs → on force la clé à null pour satisfaire le schéma `.nullable()`
      // (sinon `undefined` → erreur de sérialisation Zod → 500).
      keywords: itemDoc.keywords ?? null,
      rome_labels: itemDoc.rome_labels ?? null,
      preview: buildPreviewText(highlights ?? []),
      matched_words: buildSearchMatchWords(highlights ?? []),
      distance,
    }
  })

  // Fusionne les buckets de chaque groupe en un seul objet de facettes.
  const facets: ISearchFacets = { type: {}, sub_type: {}, type_filter_label: {}, contract_type: {}, level: {}, activity_sector: {}, organization_name: {} }
  metaArrays.forEach((arr, i) => {
    const facet = arr[0]?.facet
    if (!facet) return
    for (const key of facetGroups[i].keys) {
      const buckets = facet[key]?.buckets ?? []
      facets[key as keyof ISearchFacets] = Object.fromEntries(buckets.map((b) => [b._id, b.count]))
    }
  })

  const counts = Object.fromEntries(chipCountKeys.map((key, i) => [key, chipCountArrays[i][0]?.count?.total ?? 0])) as Record<
    keyof ReturnType<typeof buildChipCountCompounds>,
    number
  >

  return { hits, nbHits, page, nbPages, facets, counts, degraded }
}

// Autocomplétion sur le contenu indexé (title + rome_labels, edgeGram).
async function suggestFromItems(q: string, limit: number): Promise<string[]> {
  // Même retry anti-annulation mongot que la recherche principale (cf. search-transient-retry.ts).
  const rows = await retryOnTransientSearchCancellation(
    () =>
      getDbCollection("search_items")
        .aggregate<{ title: string; rome_labels: string[] | null }>(
          [
            {
              $search: {
                index: "search_items_index",
                compound: {
                  should: [
                    { autocomplete: { query: q, path: "title", fuzzy: { maxEdits: 1 }, score: { boost: { value: 2 } } } },
                    { autocomplete: { query: q, path: "rome_labels", fuzzy: { maxEdits: 1 } } },
                  ],
                  minimumShouldMatch: 1,
                },
              },
            },
            { $limit: limit * 5 },
            { $project: { _id: 0, title: 1, rome_labels: 1 } },
          ],
          SEARCH_AGGREGATE_OPTIONS
        )
        .toArray(),
    { q, source: "suggest" }
  )
  return rows.flatMap((row) => [row.title, ...(row.rome_labels ?? [])])
}

// Autocomplétion sur les suggestions issues des recherches utilisateurs (collection
// `search_suggestions`, alimentée par le job analyzeSearchQueries — seuls les termes
// `active` sont servis ; kill-switch : passer origin user_queries en disabled).
async function suggestFromUserSuggestions(q: string, limit: number): Promise<string[]> {
  const rows = await getDbCollection("search_suggestions")
    .aggregate<{ term: string }>(
      [
        {
          $search: {
            index: "search_suggestions_index",
            compound: {
              must: [{ autocomplete: { query: q, path: "term", fuzzy: { maxEdits: 1 } } }],
              filter: [{ equals: { path: "status", value: "active" } }],
            },
          },
        },
        { $limit: limit },
        { $project: { _id: 0, term: 1 } },
      ],
      SEARCH_AGGREGATE_OPTIONS
    )
    .toArray()
  return rows.map((row) => row.term)
}

/**
 * Autocomplétion par préfixe pour la barre de recherche : fusionne le contenu réellement
 * indexé (title/rome_labels — prioritaire) et les suggestions apprises des recherches
 * utilisateurs (en complément jusqu'à `limit`). Les deux requêtes $search partent en
 * parallèle ; la déduplication et le filtre anti-bruit fuzzy s'appliquent aux deux listes.
 */
export async function suggestSearchTerms({ q, limit }: { q: string; limit: number }): Promise<{ suggestions: string[] }> {
  const [itemCandidates, userCandidates] = await Promise.all([
    suggestFromItems(q, limit),
    // La collection peut ne pas exister / index absent (env de test) → dégradation silencieuse.
    suggestFromUserSuggestions(q, limit).catch(() => [] as string[]),
  ])

  // Normalisation (minuscules + sans accents) pour le filtrage et la déduplication.
  const diacritics = new RegExp("[\\u0300-\\u036f]", "g")
  const normalize = (s: string) => s.normalize("NFD").replace(diacritics, "").toLowerCase().trim()
  const normalizedQuery = normalize(q)

  // On ne garde que les intitulés contenant réellement la saisie (évite le bruit fuzzy/indirect),
  // dédupliqués en préservant l'ordre de pertinence — contenu indexé d'abord.
  const seen = new Set<string>()
  const suggestions: string[] = []
  for (const candidate of [...itemCandidates, ...userCandidates]) {
    const value = candidate?.trim()
    if (!value) continue
    const normalized = normalize(value)
    if (!normalized.includes(normalizedQuery) || seen.has(normalized)) continue
    seen.add(normalized)
    suggestions.push(value)
    if (suggestions.length >= limit) return { suggestions }
  }
  return { suggestions }
}
