// Import type-only (effacé à la compilation) : ce service part dans le bundle de la
// home (autocomplete du SearchBar) — aucun runtime zod/shared ne doit y entrer, les
// réponses de la BAN sont typées par assertion et jamais validées ici.
import type { IPointGeometry } from "shared/models/address.model"

import { simplifiedItems } from "./arrondissements"

type AddressFeature = {
  properties: {
    label: string
    postcode: string
    citycode: string
    population?: number
  }
  geometry: IPointGeometry
}

type Coordinates = [number, number]

type IAddressItem = {
  value: IPointGeometry
  insee: string
  zipcode: string
  label: string
}

export async function searchAddress(value: string, type?: string, signal?: AbortSignal): Promise<IAddressItem[]> {
  if (value && value.length > 2) {
    let term = value
    const limit = 10
    let filter = ""

    if (term.length < 6) {
      // sur courte recherche on ne demande que des villes
      if (!type) filter = "&type=municipality"

      if (!isNaN(Number(term))) {
        // si le début est un nombre on complète à 5 chiffes avec des 0 pour rechercher sur un CP
        const zipLengthDiff = 5 - term.length
        for (let i = 0; i < zipLengthDiff; ++i) term += "0"
      }
    }
    if (type) filter = "&type=" + type

    const addressURL = `https://data.geopf.fr/geocodage/search/?limit=${limit}&q=${term}${filter}`

    try {
      const response = await fetch(addressURL, { signal })
      if (!response.ok) throw new Error("Network response was not ok")

      const data: { features: AddressFeature[] } = await response.json()
      data.features.sort((a, b) => {
        if (a.properties.population && b.properties.population) return b.properties.population - a.properties.population
        else if (a.properties.population) return -1
        else if (b.properties.population) return 1
        else return 0
      })

      const returnedItems = data.features.map((feature) => {
        let label = feature.properties.label
        if (label.indexOf(feature.properties.postcode) < 0) label += " " + feature.properties.postcode

        return {
          value: feature.geometry,
          insee: feature.properties.citycode,
          zipcode: feature.properties.postcode,
          label,
        }
      })

      return simplifiedItems(returnedItems)
    } catch (err) {
      // Requête supplantée par une saisie plus récente (React Query annule via signal à chaque
      // frappe) : flux normal de l'autocomplétion, pas une erreur à faire remonter.
      if (signal?.aborted) return []
      console.error("Fetch addresses failed : ", err)
      return []
    }
  } else return []
}

export const fetchAddressFromCoordinates = async (coordinates: Coordinates, type?: string, signal?: AbortSignal): Promise<IAddressItem[]> => {
  const addressURL = `https://data.geopf.fr/geocodage/reverse/?lat=${coordinates[1]}&lon=${coordinates[0]}${type ? "&type=" + type : ""}`

  try {
    const response = await fetch(addressURL, { signal })
    if (!response.ok) throw new Error("Network response was not ok")

    const data: { features: AddressFeature[] } = await response.json()
    const returnedItems: IAddressItem[] = data.features.map((feature) => ({
      value: feature.geometry,
      insee: feature.properties.citycode,
      zipcode: feature.properties.postcode,
      label: feature.properties.label,
    }))

    return returnedItems
  } catch (err) {
    console.error("Fetch address from coordinates failed: ", err)
    return []
  }
}
