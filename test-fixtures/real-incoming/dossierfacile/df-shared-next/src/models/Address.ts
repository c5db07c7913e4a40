export class Address {
  type = 'Feature'
  geometry = { type: 'Point', coordinates: [] }
  properties = {
    label: '',
    score: 0,
    housenumber: '8',
    id: '',
    name: '',
    postcode: '',
    citycode: '',
    x: 0,
    y: 0,
    city: '',
    context: '',
    importance: 0,
    street: ''
  }
}
