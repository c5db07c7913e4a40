export type AdeliInfo = {
    'Identifiant PP': string,
    "Nom d'exercice": string,
    "Prénom d'exercice": string,
    'Code profession': number,
    'Libellé profession': string,
}

export type AdeliAPI = {
    columns: string[]
    rows: string[][]
}
