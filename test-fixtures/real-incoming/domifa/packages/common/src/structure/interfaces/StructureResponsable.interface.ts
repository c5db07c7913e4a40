export interface StructureResponsable {
  fonction: string;
  nom: string;
  prenom: string;
}
