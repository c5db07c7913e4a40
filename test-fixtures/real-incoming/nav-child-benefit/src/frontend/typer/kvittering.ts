export interface IKvittering {
    tekst: string;
    mottattDato: string;
}
