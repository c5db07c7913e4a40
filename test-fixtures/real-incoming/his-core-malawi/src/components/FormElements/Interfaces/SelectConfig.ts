export default interface SelectConfig {
    showKeyboard: boolean;
    showRegimenCardTitle: boolean;
    isFilterDataViaApi: Record<string, string>;
}