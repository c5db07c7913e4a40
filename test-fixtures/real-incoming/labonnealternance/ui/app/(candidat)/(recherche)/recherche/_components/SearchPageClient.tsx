"use client"

import { fr } from "@codegouvfr/react-dsfr"
import Button from "@codegouvfr/react-dsfr/Button"
import RadioButtons from "@codegouvfr/react-dsfr/RadioButtons"
import { Box } from "@mui/material"
import { useRouter, useSearchParams } from "next/navigation"
import { useCallback, useEffect, useRef, useState } from "react"
import { LBA_ITEM_TYPE } from "shared/constants/lbaitem"
import { Footer } from "@/app/_components/Footer"
import DefaultContainer from "@/app/_components/Layout/DefaultContainer"
import { MATOMO_EVENTS, pushMatomoEvent, SEARCH_ENGINES } from "@/utils/matomo-utils"
import { useAutoRadius } from "../_hooks/use-auto-radius"
import { useSearchResults } from "../_hooks/use-search-results"
import type { ISearchPageParams, SearchMode } from "../_utils/search.params.utils"
import { ACTIVE_HIT_PARAM, buildSearchUrl, parseSearchPageParams } from "../_utils/search.params.utils"
import type { FilterChange, SortChange } from "../_utils/search.tracking.utils"
import { diffFilterChanges, diffSortChange, searchTypeOf } from "../_utils/search.tracking.utils"
import { SearchBar } from "./SearchBar"
import { clearedFilters, SearchFilters } from "./SearchFilters"
import { SearchMobilePanel } from "./SearchMobilePanel"
import { SearchMobileSummaryBar } from "./SearchMobileSummaryBar"
import { SearchMobileTriModal } from "./SearchMobileTriModal"
import { SearchResultsList } from "./SearchResultsList"
import { SearchSortSelect } from "./SearchSortSelect"
import { SEARCH_MODE_OPTIONS, SearchTypeRechercheSelect } from "./SearchTypeRechercheSelect"

interface SearchPageClientProps {
  initialParams: ISearchPageParams
}

type MobilePanel = null | "search" | "filters" | "tri"

export function SearchPageClient({ initialParams }: SearchPageClientProps) {
  const rawSearchParams = useSearchParams()
  const params = rawSearchParams ? parseSearchPageParams(new URLSearchParams(rawSearchParams.toString())) : initialParams

  const result = useSearchResults(params)
  const router = useRouter()

  // Retour depuis une fiche détail fermée (?active_hit=…, posé par useDetailNavigation) : à
  // capturer dans un state pour survivre au router.replace qui retire le paramètre de l'URL
  // une fois consommé (cf. effet plus bas). Un `useState(() => …)` capté « au montage » ne
  // suffit PAS ici : le routeur App Router peut réutiliser cette instance de SearchPageClient
  // depuis son cache de navigation au lieu de la remonter en revenant sur /recherche — la
  // valeur initiale de useState ne serait alors jamais réévaluée. On capture donc `active_hit`
  // en ajustant l'état PENDANT le rendu (pattern React officiel, cf. « adjusting state during
  // rendering ») dès qu'il change par rapport à la dernière valeur vue, plutôt qu'au montage
  // ou dans un effet — un effet tournerait après la peinture et provoquerait le flash qu'on
  // cherche justement à éviter.
  const rawActiveHit = rawSearchParams?.get(ACTIVE_HIT_PARAM) ?? null
  const [seenActiveHit, setSeenActiveHit] = useState(rawActiveHit)
  const [pendingScrollHitId, setPendingScrollHitId] = useState<string | null>(null)
  if (rawActiveHit !== seenActiveHit) {
    setSeenActiveHit(rawActiveHit)
    if (rawActiveHit) setPendingScrollHitId(rawActiveHit)
  }

  // Une fois les résultats disponibles (donc la carte visée soit rendue, soit absente des
  // pages déjà chargées — dans les deux cas on ne retente pas), on nettoie l'URL : le
  // paramètre est à usage unique, il ne doit pas survivre à un partage de lien ou reparaître
  // après un filtre. `scroll: false` impératif : sans lui, ce `replace` ramène la page en
  // haut (comportement par défaut du routeur), effaçant le scroll qu'on vient de restaurer.
  useEffect(() => {
    if (!pendingScrollHitId || !result.data) return
    setPendingScrollHitId(null)
    router.replace(buildSearchUrl(params), { scroll: false })
    // `params`/`router` volontairement absents des deps : `params` est un objet recréé à
    // chaque rendu (le mettre en dep ferait tourner l'effet en boucle), `router` est stable.
  }, [pendingScrollHitId, result.data])

  const [panel, setPanel] = useState<MobilePanel>(null)
  // Champ en cours de saisie dans la modale « Modifier la recherche » : SearchBar passe en
  // « écran de saisie » (suggestions inline plein écran) — le reste du formulaire est masqué.
  const [searchFieldActive, setSearchFieldActive] = useState(false)
  const closeSearchPanel = () => {
    setPanel(null)
    // Fermeture possible pendant une saisie (croix, Escape) : sans reset, la prochaine
    // ouverture masquerait type de recherche et bouton.
    setSearchFieldActive(false)
  }

  // Bandeau desktop collé ou non : sentinelle observée juste au-dessus du sticky — dès
  // qu'elle sort du viewport par le haut, le bandeau est collé (fond blanc pleine largeur).
  const [isStuck, setIsStuck] = useState(false)
  const stickySentinelRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const sentinel = stickySentinelRef.current
    if (!sentinel) return
    const observer = new IntersectionObserver(([entry]) => setIsStuck(!entry.isIntersecting))
    observer.observe(sentinel)
    return () => observer.disconnect()
  }, [])

  const navigateSilent = useCallback(
    (newParams: ISearchPageParams) => {
      router.replace(buildSearchUrl(newParams))
    },
    [router]
  )

  const nbHits = result.data?.pages.at(-1)?.nbHits ?? 0
  const facets = result.data?.pages[0]?.facets
  const counts = result.data?.pages[0]?.counts

  // Changements de filtres en attente de leurs compteurs : la spec veut results_count et
  // active_filters_count APRÈS application — on mémorise le diff au clic et on pousse les
  // événements quand les résultats de la nouvelle recherche sont affichés (effet ci-dessous).
  const pendingFilterChangesRef = useRef<{ searchKey: string; changes: FilterChange[] } | null>(null)
  // Changement de tri en attente (même mécanique) : les tris date/candidatures/début de
  // contrat excluent des documents → results_count post-application signifiant.
  const pendingSortChangeRef = useRef<{ searchKey: string; change: SortChange } | null>(null)

  const searchKeyOf = (p: ISearchPageParams) => {
    const { page: _page, hitsPerPage: _hitsPerPage, q_source: _qSource, ...trackedParams } = p
    return JSON.stringify(trackedParams)
  }

  // search_results_displayed : une fois par recherche distincte (q/lieu/mode/filtres/tri),
  // pas à chaque page chargée via « Voir plus » — même événement que le legacy, enrichi de
  // search_engine. Les compteurs par type viennent de la facette `type` du result set.
  const lastTrackedSearchKeyRef = useRef<string | null>(null)
  useEffect(() => {
    if (!result.data) return
    // keepPreviousData : pendant le refetch, result.data appartient à la recherche PRÉCÉDENTE
    // → attendre les données fraîches (sinon compteurs faux sur les événements ci-dessous).
    if (result.isPlaceholderData) return
    const searchKey = searchKeyOf(params)

    // Flush des search_filter_applied/removed de la recherche affichée (compteurs post-application).
    if (pendingFilterChangesRef.current?.searchKey === searchKey) {
      const totalResults = result.data.pages.at(-1)?.nbHits ?? 0
      for (const change of pendingFilterChangesRef.current.changes) {
        pushMatomoEvent({
          event: change.action === "applied" ? MATOMO_EVENTS.SEARCH_FILTER_APPLIED : MATOMO_EVENTS.SEARCH_FILTER_REMOVED,
          filter_name: change.filter_name,
          filter_value: change.filter_value,
          active_filters_count: activeFilterCount,
          results_count: totalResults,
          search_engine: SEARCH_ENGINES.BETA,
        })
      }
      pendingFilterChangesRef.current = null
    }

    // Flush du search_sort_changed de la recherche affichée.
    if (pendingSortChangeRef.current?.searchKey === searchKey) {
      pushMatomoEvent({
        event: MATOMO_EVENTS.SEARCH_SORT_CHANGED,
        ...pendingSortChangeRef.current.change,
        results_count: result.data.pages.at(-1)?.nbHits ?? 0,
        search_engine: SEARCH_ENGINES.BETA,
      })
      pendingSortChangeRef.current = null
    }

    if (lastTrackedSearchKeyRef.current === searchKey) return
    lastTrackedSearchKeyRef.current = searchKey
    pushMatomoEvent({
      event: MATOMO_EVENTS.SEARCH_RESULTS_DISPLAYED,
      total_results: result.data.pages.at(-1)?.nbHits ?? 0,
      count_alternance: facets?.type?.offre ?? 0,
      count_formation: facets?.type?.formation ?? 0,
      // Détail par type d'offre (spec Notion « À modifier dans search_results_displayed ») :
      // facette sub_type du result set.
      count_offer_lba: facets?.sub_type?.[LBA_ITEM_TYPE.OFFRES_EMPLOI_LBA] ?? 0,
      count_offer_partner: facets?.sub_type?.[LBA_ITEM_TYPE.OFFRES_EMPLOI_PARTENAIRES] ?? 0,
      count_company_algo: facets?.sub_type?.[LBA_ITEM_TYPE.RECRUTEURS_LBA] ?? 0,
      search_job_name: params.q || "non_renseigné",
      search_address: params.lieu_label || "non_renseigné",
      search_diploma: params.level?.[0] ?? "indifferent",
      search_engine: SEARCH_ENGINES.BETA,
    })
  })
  // NB : effet sans tableau de deps (gardes idempotentes par searchKey) — il doit relire
  // activeFilterCount et le ref pending à chaque affichage de résultats.

  const activeFilterCount =
    (params.type_filter_label?.length ?? 0) +
    (params.contract_type?.length ?? 0) +
    (params.level?.length ?? 0) +
    (params.is_algo_company?.length ?? 0) +
    (params.start_date ? 1 : 0) +
    (params.handi ? 1 : 0) +
    (params.urgent ? 1 : 0) +
    (params.smart_apply ? 1 : 0)

  function handleSearch(q: string, source: "suggestion" | "free_text") {
    // Même événement que les formulaires legacy, enrichi de search_engine et de l'origine
    // de la saisie (suggestion d'autocomplétion vs texte libre).
    pushMatomoEvent({
      event: MATOMO_EVENTS.SEARCH_LAUNCHED,
      search_job_name: q || "non_renseigné",
      search_address: params.lieu_label || "non_renseigné",
      search_radius: params.radius,
      search_diploma: params.level?.[0] ?? "indifferent",
      search_origin: "page_resultat",
      search_engine: SEARCH_ENGINES.BETA,
      q_source: source,
    })
    navigateSilent({ ...params, q: q || undefined, q_source: q ? source : undefined, page: 0 })
  }

  function handleLieuChange(lieu: { label: string; latitude: number; longitude: number } | null) {
    // Nouveau lieu → on repart du rayon le plus étroit (élargissement auto ensuite).
    if (lieu) {
      navigateSilent({ ...params, lieu_label: lieu.label, latitude: lieu.latitude, longitude: lieu.longitude, radius: 20, page: 0 })
    } else {
      navigateSilent({ ...params, lieu_label: undefined, latitude: undefined, longitude: undefined, radius: 20, page: 0 })
    }
  }

  // Changement de type de recherche : les filtres actifs ne s'appliquent plus forcément au
  // nouveau mode (chips différentes) → remis à zéro, comme le tri s'il n'existe pas en mode
  // formations. Le clear implicite n'émet PAS de search_filter_removed (c'est un changement
  // de mode, pas des retraits unitaires — documenté sur Notion).
  function handleModeChange(mode: SearchMode) {
    pushMatomoEvent({ event: MATOMO_EVENTS.SEARCH_TYPE_CHANGED, search_type: searchTypeOf(mode), search_engine: SEARCH_ENGINES.BETA })
    const cleared = clearedFilters(params)
    const sortValidInMode = mode === "formations" ? params.sort === "proximity" : true
    navigateSilent({ ...cleared, mode, sort: sortValidInMode ? params.sort : undefined })
  }

  function handleRadiusChange(radius: number) {
    navigateSilent({ ...params, radius, page: 0 })
  }

  useAutoRadius({ params, result, onRadiusChange: handleRadiusChange })

  function handleFilterChange(newParams: ISearchPageParams) {
    // Mémorise le diff de filtres (un événement par valeur modifiée) — poussé avec les
    // compteurs post-application quand les résultats de la nouvelle recherche s'affichent.
    // Changements en rafale avant l'arrivée des résultats : les diffs s'accumulent.
    const changes = diffFilterChanges(params, newParams)
    if (changes.length) {
      pendingFilterChangesRef.current = {
        searchKey: searchKeyOf(newParams),
        changes: [...(pendingFilterChangesRef.current?.changes ?? []), ...changes],
      }
    }
    // Changement de tri (select desktop et modale mobile passent tous deux par ici) : en
    // rafale, seul le dernier état compte — le previous_sort_value du premier diff est conservé.
    const sortChange = diffSortChange(params, newParams)
    if (sortChange) {
      pendingSortChangeRef.current = {
        searchKey: searchKeyOf(newParams),
        change: { ...sortChange, previous_sort_value: pendingSortChangeRef.current?.change.previous_sort_value ?? sortChange.previous_sort_value },
      }
    }
    navigateSilent(newParams)
  }

  return (
    <>
      <Box sx={{ display: "flex", flexDirection: "column", backgroundColor: fr.colors.decisions.background.alt.grey.default, minHeight: "100dvh" }}>
        {/* Desktop : bandeau de recherche + liste mono-colonne (affichage piloté par CSS pour éviter le flash d'hydratation).
            overflow-x clip : le fond blanc 100vw du bandeau collé inclut la scrollbar — clip
            évite le débordement horizontal sans créer de scroll container (sticky préservé). */}
        <Box sx={{ display: { xs: "none", lg: "block" }, flex: 1, overflowX: "clip" }}>
          <DefaultContainer sx={{ py: fr.spacing("4v") }}>
            {/* Bandeau : champs + chips, panneau blanc arrondi comme le design — sticky au scroll.
                z-index > 500 (cartes DSFR shadow), < 1100 (.fr-header, cf application.css) et
                < 1250 (modales DSFR). Le header a son propre z-index garanti globalement — pas
                besoin de deviner la valeur DSFR interne du menu déroulant ici. */}
            <Box ref={stickySentinelRef} aria-hidden="true" sx={{ height: 0 }} />
            <Box sx={{ position: "sticky", top: 0, zIndex: 999 }}>
              {/* Bandeau collé : fond blanc pleine largeur (comme le legacy) — couvre les
                  gouttières latérales du container et masque les résultats qui défilent
                  derrière (encoches des coins arrondis comprises). */}
              {isStuck && (
                <Box
                  aria-hidden="true"
                  sx={{
                    position: "absolute",
                    top: 0,
                    bottom: 0,
                    left: "50%",
                    width: "100vw",
                    transform: "translateX(-50%)",
                    backgroundColor: fr.colors.decisions.background.default.grey.default,
                    // L'ombre de séparation avec les résultats est portée par la bande
                    // pleine largeur — le panneau, à plat, ne projette plus la sienne.
                    boxShadow: "0 2px 6px rgba(0,0,18,0.08)",
                  }}
                />
              )}
              <Box
                sx={{
                  position: "relative",
                  backgroundColor: fr.colors.decisions.background.default.grey.default,
                  // Collé : coins et ombre latérale du panneau masqués (il se fond dans la
                  // bande pleine largeur, comme le bandeau du legacy).
                  borderRadius: isStuck ? 0 : "8px",
                  p: fr.spacing("6v"),
                  boxShadow: isStuck ? "none" : "0 2px 6px rgba(0,0,18,0.08)",
                }}
              >
                <Box id="search-form" tabIndex={-1} sx={{ display: "flex", gap: fr.spacing("3v"), alignItems: "flex-end" }}>
                  <Box sx={{ flex: 1 }}>
                    <SearchBar initialQ={params.q} initialLieuLabel={params.lieu_label} onSubmit={handleSearch} onLieuChange={handleLieuChange} />
                  </Box>
                  <SearchTypeRechercheSelect value={params.mode} onChange={handleModeChange} />
                </Box>
                <Box sx={{ pt: fr.spacing("4v") }}>
                  <SearchFilters params={params} facets={facets} counts={counts} nbHits={result.data ? nbHits : undefined} onNavigate={handleFilterChange} />
                </Box>
              </Box>
            </Box>

            {/* Ligne tri + compteur */}
            <Box sx={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", py: fr.spacing("4v") }}>
              <SearchSortSelect params={params} onNavigate={handleFilterChange} />
              {result.data && (
                <Box role="status" sx={{ fontWeight: 700, color: fr.colors.decisions.text.title.grey.default }}>
                  {nbHits} résultat{nbHits > 1 ? "s" : ""}
                </Box>
              )}
            </Box>

            <Box role="region" id="search-content-container" tabIndex={-1} aria-label="Résultats de la recherche">
              <SearchResultsList result={result} params={params} scrollToHitId={pendingScrollHitId} />
            </Box>
          </DefaultContainer>
        </Box>

        {/* Mobile : barre résumé (2 lignes + chips Filtres/Tri) et liste plein écran */}
        <Box sx={{ display: { xs: "flex", lg: "none" }, flexDirection: "column", flex: 1, minHeight: 0 }}>
          <Box
            id="search-form-mobile"
            tabIndex={-1}
            sx={{
              position: "sticky",
              top: 0,
              // > 500 (cartes DSFR shadow), < 1100 (.fr-header, cf application.css), < 1250
              // (modales DSFR) — voir commentaire desktop ci-dessus.
              zIndex: 999,
              flexShrink: 0,
              px: fr.spacing("4v"),
              py: fr.spacing("2v"),
              backgroundColor: fr.colors.decisions.background.default.grey.default,
              borderBottom: `1px solid ${fr.colors.decisions.border.default.grey.default}`,
            }}
          >
            <SearchMobileSummaryBar
              params={params}
              activeFilterCount={activeFilterCount}
              onOpenSearch={() => setPanel("search")}
              onOpenFilters={() => setPanel("filters")}
              onOpenTri={() => setPanel("tri")}
            />
          </Box>

          <Box role="region" id="search-content-container-mobile" tabIndex={-1} aria-label="Résultats de la recherche" sx={{ flex: 1, px: fr.spacing("4v"), py: fr.spacing("2v") }}>
            <SearchResultsList result={result} params={params} scrollToHitId={pendingScrollHitId} />
          </Box>
        </Box>

        {panel === "search" && (
          <SearchMobilePanel title="Modifier la recherche" hideHeader={searchFieldActive} onClose={closeSearchPanel}>
            {/* height 100% pendant la saisie : les suggestions inline de SearchBar remplissent
                l'espace du panneau (borné au viewport visible, donc au-dessus du clavier). */}
            <Box sx={{ display: "flex", flexDirection: "column", gap: fr.spacing("4v"), height: searchFieldActive ? "100%" : undefined }}>
              <SearchBar
                layout="column"
                inlineSuggestions
                onActiveFieldChange={(field) => setSearchFieldActive(field !== null)}
                initialQ={params.q}
                initialLieuLabel={params.lieu_label}
                onSubmit={handleSearch}
                onLieuChange={handleLieuChange}
              />
              {/* Masqués pendant la saisie : l'écran est réservé au champ actif + suggestions. */}
              {!searchFieldActive && (
                <>
                  <RadioButtons
                    legend="Type de recherche"
                    options={SEARCH_MODE_OPTIONS.map((option) => ({
                      label: option.label,
                      hintText: option.hint,
                      nativeInputProps: { checked: params.mode === option.value, onChange: () => handleModeChange(option.value) },
                    }))}
                  />
                  <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", gap: fr.spacing("4v") }}>
                    <Button priority="primary" iconId="fr-icon-search-line" onClick={closeSearchPanel} style={{ width: "100%", justifyContent: "center" }}>
                      Rechercher
                    </Button>
                  </Box>
                </>
              )}
            </Box>
          </SearchMobilePanel>
        )}

        {panel === "tri" && <SearchMobileTriModal params={params} onNavigate={handleFilterChange} onClose={() => setPanel(null)} />}

        {panel === "filters" && (
          <SearchMobilePanel
            title="Filtrer les offres"
            onClose={() => setPanel(null)}
            footer={
              <Box sx={{ display: "flex", alignItems: "center", gap: fr.spacing("3v") }}>
                {activeFilterCount > 1 && (
                  <Button priority="tertiary no outline" onClick={() => handleFilterChange(clearedFilters(params))}>
                    Tout effacer
                  </Button>
                )}
                <Button priority="primary" onClick={() => setPanel(null)} style={{ flex: 1, justifyContent: "center" }}>
                  {nbHits > 1 ? `Voir les ${nbHits} résultats` : `Voir ${nbHits} résultat`}
                </Button>
              </Box>
            }
          >
            <SearchFilters variant="sections" params={params} facets={facets} counts={counts} nbHits={result.data ? nbHits : undefined} onNavigate={handleFilterChange} />
          </SearchMobilePanel>
        )}
      </Box>
      <Footer />
    </>
  )
}
