export default interface EhrenamtJustizStatus {
  anzahlBewerbungen: number;
  anzahlKonflikte: number;
  anzahlVorschlaege: number;
  anzahlVorschlaegeNeu: number;
}
