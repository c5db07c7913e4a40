export interface TickerItem {
  tickerText1: string
  tickerText2: string
  tickerText3: string
  id: string
}
