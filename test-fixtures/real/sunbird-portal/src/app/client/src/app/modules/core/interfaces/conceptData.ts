export interface IConceptData {
id?: string;
name?: string;
nodes?: Array<IConceptData>;
 }
