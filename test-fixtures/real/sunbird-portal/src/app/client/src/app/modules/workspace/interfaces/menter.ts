/**
 * Menterlist interface
*/
export interface IMenter {
    /**
    * user avatar
    */
    avatar?: string;
    /**
    * Menterlist id
    */
    id: string;
    /**
    * Menterlist user name
    */
    name?: string;
    /**
    * Menterlist otherDetail
    */
    otherDetail?: string;
}
