export interface Compiled { email: string }
