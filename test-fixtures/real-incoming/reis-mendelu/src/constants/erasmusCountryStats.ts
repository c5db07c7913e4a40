/** Pre-computed stats per Erasmus country (generated 2026-03-15). */
export const ERASMUS_COUNTRY_STATS: Record<string, {
  count: number;
  avgRating: number;
  schools: number;
  medianCostPerMonth: number;
  avgDuration: number;
  topSchool: string;
  priceLevelIndex: number | null;
}> = {
  "100": {
    "count": 17,
    "avgRating": 4.5,
    "schools": 2,
    "medianCostPerMonth": 11628,
    "avgDuration": 4.1,
    "topSchool": "University of Economics - Varna",
    "priceLevelIndex": 60.5
  },
  "191": {
    "count": 44,
    "avgRating": 4.5,
    "schools": 5,
    "medianCostPerMonth": 15301,
    "avgDuration": 4.4,
    "topSchool": "University of Zadar",
    "priceLevelIndex": 76.6
  },
  "196": {
    "count": 22,
    "avgRating": 4.5,
    "schools": 1,
    "medianCostPerMonth": 21666.5,
    "avgDuration": 4.5,
    "topSchool": "University of Nicosia",
    "priceLevelIndex": 91.6
  },
  "208": {
    "count": 4,
    "avgRating": 5,
    "schools": 2,
    "medianCostPerMonth": 150000,
    "avgDuration": 1.4,
    "topSchool": "University College of Northern Denmark (UCN)",
    "priceLevelIndex": 140.7
  },
  "233": {
    "count": 76,
    "avgRating": 4.6,
    "schools": 4,
    "medianCostPerMonth": 15686,
    "avgDuration": 5.1,
    "topSchool": "University of Tartu (TARTU ÜLIKOOL)",
    "priceLevelIndex": 100.2
  },
  "246": {
    "count": 208,
    "avgRating": 4.6,
    "schools": 10,
    "medianCostPerMonth": 23113.5,
    "avgDuration": 4,
    "topSchool": "Oulu University of Applied Sciences",
    "priceLevelIndex": 122.3
  },
  "250": {
    "count": 68,
    "avgRating": 4.4,
    "schools": 12,
    "medianCostPerMonth": 20833,
    "avgDuration": 4.3,
    "topSchool": "Université Catholique de Lyon",
    "priceLevelIndex": 111.2
  },
  "276": {
    "count": 87,
    "avgRating": 4.5,
    "schools": 16,
    "medianCostPerMonth": 16667,
    "avgDuration": 5.6,
    "topSchool": "Deggendorf Institute of Technology",
    "priceLevelIndex": 108.8
  },
  "300": {
    "count": 142,
    "avgRating": 4.5,
    "schools": 8,
    "medianCostPerMonth": 20119,
    "avgDuration": 4.7,
    "topSchool": "Athens University of Economics and Business",
    "priceLevelIndex": 86.5
  },
  "348": {
    "count": 37,
    "avgRating": 4.6,
    "schools": 6,
    "medianCostPerMonth": 13771,
    "avgDuration": 4.7,
    "topSchool": "Budapest Metropolitan University of Applie...",
    "priceLevelIndex": 74.3
  },
  "372": {
    "count": 20,
    "avgRating": 4.4,
    "schools": 3,
    "medianCostPerMonth": 26729.5,
    "avgDuration": 4.6,
    "topSchool": "University College Cork",
    "priceLevelIndex": 136.8
  },
  "380": {
    "count": 49,
    "avgRating": 4.4,
    "schools": 14,
    "medianCostPerMonth": 21286,
    "avgDuration": 4.6,
    "topSchool": "Universita degli Studi di Padova",
    "priceLevelIndex": 97
  },
  "428": {
    "count": 22,
    "avgRating": 4.4,
    "schools": 5,
    "medianCostPerMonth": 14884.5,
    "avgDuration": 4.1,
    "topSchool": "Turiba University",
    "priceLevelIndex": 82.7
  },
  "440": {
    "count": 51,
    "avgRating": 4.6,
    "schools": 8,
    "medianCostPerMonth": 16000,
    "avgDuration": 4,
    "topSchool": "Vilnius Gediminas Technical University",
    "priceLevelIndex": 81.7
  },
  "528": {
    "count": 73,
    "avgRating": 4.4,
    "schools": 4,
    "medianCostPerMonth": 21818,
    "avgDuration": 4.9,
    "topSchool": "Wageningen University",
    "priceLevelIndex": 115.1
  },
  "578": {
    "count": 58,
    "avgRating": 4.7,
    "schools": 2,
    "medianCostPerMonth": 25000,
    "avgDuration": 4.9,
    "topSchool": "Norwegian University of Life Sciences",
    "priceLevelIndex": 127.2
  },
  "616": {
    "count": 69,
    "avgRating": 4.3,
    "schools": 12,
    "medianCostPerMonth": 11207.5,
    "avgDuration": 4.2,
    "topSchool": "Wroclaw University of Economics",
    "priceLevelIndex": 72.3
  },
  "620": {
    "count": 112,
    "avgRating": 4.5,
    "schools": 6,
    "medianCostPerMonth": 17445.5,
    "avgDuration": 5,
    "topSchool": "Instituto Politécnico De Coimbra",
    "priceLevelIndex": 86.7
  },
  "642": {
    "count": 7,
    "avgRating": 4.1,
    "schools": 4,
    "medianCostPerMonth": 15909,
    "avgDuration": 4.4,
    "topSchool": "Transilvania University of Brasov",
    "priceLevelIndex": 64.1
  },
  "688": {
    "count": 2,
    "avgRating": 3,
    "schools": 1,
    "medianCostPerMonth": 11695,
    "avgDuration": 4.3,
    "topSchool": "University of Educons",
    "priceLevelIndex": 67
  },
  "703": {
    "count": 13,
    "avgRating": 4.2,
    "schools": 4,
    "medianCostPerMonth": 8587,
    "avgDuration": 4,
    "topSchool": "Technická univerzita vo Zvolene",
    "priceLevelIndex": 84.6
  },
  "705": {
    "count": 137,
    "avgRating": 4.5,
    "schools": 2,
    "medianCostPerMonth": 14130,
    "avgDuration": 4.8,
    "topSchool": "University of Maribor",
    "priceLevelIndex": 89.5
  },
  "724": {
    "count": 151,
    "avgRating": 4.4,
    "schools": 21,
    "medianCostPerMonth": 18240,
    "avgDuration": 5.1,
    "topSchool": "University of Lleida",
    "priceLevelIndex": 91.3
  },
  "752": {
    "count": 43,
    "avgRating": 4.7,
    "schools": 2,
    "medianCostPerMonth": 20007,
    "avgDuration": 5.1,
    "topSchool": "Swedish University of Agriculture Sciences",
    "priceLevelIndex": 116.4
  },
  "792": {
    "count": 52,
    "avgRating": 4.4,
    "schools": 14,
    "medianCostPerMonth": 15720.5,
    "avgDuration": 4.7,
    "topSchool": "Istanbul Aydin Univeristy",
    "priceLevelIndex": 55.5
  },
  "826": {
    "count": 16,
    "avgRating": 4.3,
    "schools": 4,
    "medianCostPerMonth": 20588,
    "avgDuration": 4,
    "topSchool": "Inverness College UHI",
    "priceLevelIndex": 128.4
  },
  "040": {
    "count": 97,
    "avgRating": 4.5,
    "schools": 10,
    "medianCostPerMonth": 19526,
    "avgDuration": 4.4,
    "topSchool": "University of Applied Sciences Kufstein",
    "priceLevelIndex": 111.7
  },
  "056": {
    "count": 40,
    "avgRating": 4.5,
    "schools": 7,
    "medianCostPerMonth": 20710.5,
    "avgDuration": 4,
    "topSchool": "Thomas More University (Geel Campus)",
    "priceLevelIndex": 116.7
  }
};
