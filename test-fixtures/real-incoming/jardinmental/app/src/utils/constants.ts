import { OnboardingStep } from "@/scenes/onboarding-v2/types";
import { colors as mainColors } from "./colors";
import { INDICATORS_CATEGORIES } from "@/entities/IndicatorCategories";
import { symbol } from "zod";

export const icons = {
  veryGood: "VeryGoodSvg",
  good: "GoodSvg",
  middle: "MiddleSvg",
  bad: "BadSvg",
  veryBad: "VeryBadSvg",
  today: "TodaySvg",
  yesterday: "YesterdaySvg",
  notes: "NotesSvg",
};

export const EMOTION_COLORS = {
  // bg
  // veryBad: "#F4A6A6",//"#F16B6B",
  // bad: "#FDD6A5",//"#FEAA5B",
  // middle: "#FFF4B2",//"#F2F478",
  // good: "#D0F0C0",//"#ACF352",
  // veryGood: "#A8E6CF",//"#5DEE5A",
  //
  veryBadTrans: "#fdcccc",
  badTrans: "#fbd8b8",
  middleTrans: "#fbe79c",
  goodTrans: "#f1f491",
  veryGoodTrans: "#edfaca",

  veryBad: "#F3B9B0", // "#822F2F", //"#840707",
  bad: "#F9DCD7", //"#91501A", //"#744519",
  middle: "#F9E1A7", //"#91501A",//"#6C630C",
  good: "#BBE7C6", //'#317535',//"#496300",
  veryGood: "#9ADAAA", //'#21896B',//"#1A6300",
};

export const iconBorderColors = {
  veryBad: "#822F2F", //"#D13E3E",
  bad: "#862F22", //"#E7770F",
  middle: "#862F22", //"#F0DF49",
  good: "#224E2D", //"#7CCF12",
  veryGood: "#004439", //"#0FC321",
};

export const iconColors = {
  veryBad: "#B33F2E", //"#840707",
  bad: "#B33F2E", //"#744519",
  middle: "#5A2017", //"#6C630C",
  good: "#004439", //"#496300",
  veryGood: "#004439", //"#1A6300",

  // veryBad: "#F3A3CD", // "#822F2F", //"#840707",
  // bad: '#F3B9B0',//"#91501A", //"#744519",
  // middle: '#F9E1A7',//"#91501A",//"#6C630C",
  // good: '#BBE7C6',//'#317535',//"#496300",
  // veryGood: '#99DDDD'//'#21896B',//"#1A6300",
};

export interface ColorContextInterface {
  color: string;
  faceIcon?: string;
  borderColor?: string;
  iconColor?: string;
}

export const scoresMapIcon: Record<string | number, ColorContextInterface> = {
  "-1": {
    color: "transparent",
  },
  1: {
    color: EMOTION_COLORS.veryBad,
    faceIcon: icons.veryBad,
    borderColor: iconBorderColors.veryBad,
    iconColor: iconColors.veryBad,
  },
  2: {
    color: EMOTION_COLORS.bad,
    faceIcon: icons.bad,
    borderColor: iconBorderColors.bad,
    iconColor: iconColors.bad,
  },
  3: {
    color: EMOTION_COLORS.middle,
    faceIcon: icons.middle,
    borderColor: iconBorderColors.middle,
    iconColor: iconColors.middle,
  },
  4: {
    color: EMOTION_COLORS.good,
    faceIcon: icons.good,
    borderColor: iconBorderColors.good,
    iconColor: iconColors.good,
  },
  5: {
    color: EMOTION_COLORS.veryGood,
    faceIcon: icons.veryGood,
    borderColor: iconBorderColors.veryGood,
    iconColor: iconColors.veryGood,
  },
};

export const analyzeScoresMapIcon = {
  "-1": {
    color: "transparent",
  },
  1: {
    color: "#F3B9B0",
    symbol: "--",
    iconColor: "#B33F2E",
  },
  2: {
    color: "#F9DCD7",
    symbol: "-",
    iconColor: "#B33F2E",
  },
  3: {
    color: "#F9E1A7",
    symbol: "O",
    iconColor: "#5A2017",
  },
  4: {
    color: "#BBE7C6",
    symbol: "+",
    iconColor: "#004439",
  },
  5: {
    color: "#9ADAAA",
    symbol: "++",
    iconColor: "#004439",
  },
};

export const analyzeGoalScoresMapIcon = {
  "-1": {
    color: "transparent",
  },
  1: {
    color: "#C1DFE6",
    symbol: "x",
    iconColor: "#3D6874",
  },
  5: {
    color: "#9ADAAA",
    symbol: "✓",
    iconColor: "#3D6874",
  },
};

export const yesNoMapTreatmentIcon = {
  true: {
    color: "#CCEDF9",
    symbol: "✓",
  },
  false: {
    color: "#F9D1E6",
    symbol: "x",
  },
};

export const yesNoMapIcon = {
  false: {
    color: "#F3B9B0",
    symbol: "--",
  },
  true: {
    color: "#9ADAAA",
    symbol: "++",
  },
};

export const colorsMap = Object.keys(EMOTION_COLORS).map((key) => EMOTION_COLORS[key]);

export const SCORE_MAP_INFO = {
  ASC: [
    {
      color: "#E3F6F8",
    },
    {
      ...scoresMapIcon[1],
      ...analyzeScoresMapIcon[1],
      label: "Très faible",
    },
    {
      ...scoresMapIcon[2],
      ...analyzeScoresMapIcon[2],
      label: "Bas",
    },
    {
      ...scoresMapIcon[3],
      ...analyzeScoresMapIcon[3],
      label: "Neutre",
    },
    {
      ...scoresMapIcon[4],
      ...analyzeScoresMapIcon[4],
      label: "Élevé(e)",
    },
    {
      ...scoresMapIcon[5],
      ...analyzeScoresMapIcon[5],
      label: "Très élevé(e)",
    },
  ],
  DESC: [
    {
      color: "#E3F6F8",
    },
    {
      ...scoresMapIcon[5],
      ...analyzeScoresMapIcon[5],
      label: "Très faible",
    },
    {
      ...scoresMapIcon[4],
      ...analyzeScoresMapIcon[4],
      label: "Faible",
    },
    {
      ...scoresMapIcon[3],
      ...analyzeScoresMapIcon[3],
      label: "Neutre",
    },
    {
      ...scoresMapIcon[2],
      ...analyzeScoresMapIcon[2],
      label: "Élevé(e)",
    },
    {
      ...scoresMapIcon[1],
      ...analyzeScoresMapIcon[1],
      label: "Très élevé(e)",
    },
  ],
};

export const categoryStates = {
  VERY_GOOD: {
    id: "VERY_GOOD",
    level: 5,
    icon: icons.veryGood,
    color: EMOTION_COLORS.veryGood,
    label: "Très bien",
  },
  GOOD: {
    id: "GOOD",
    level: 4,
    icon: icons.good,
    color: EMOTION_COLORS.good,
    label: "Bien",
  },
  MIDDLE: {
    id: "MIDDLE",
    level: 3,
    icon: icons.middle,
    color: EMOTION_COLORS.middle,
    label: "Moyen",
  },
  BAD: {
    id: "BAD",
    level: 2,
    icon: icons.bad,
    color: EMOTION_COLORS.bad,
    label: "Mauvais",
  },
  VERY_BAD: {
    id: "VERY_BAD",
    level: 1,
    icon: icons.veryBad,
    color: EMOTION_COLORS.veryBad,
    label: "Très mauvais",
  },
};

export const categories = {
  MOOD: "MOOD",
  ANXIETY: "ANXIETY",
  BADTHOUGHTS: "BADTHOUGHTS",
  SENSATIONS: "SENSATIONS",
  SLEEP: "SLEEP",
  DAILYACTIVITIES: "DAILYACTIVITIES",
  COMMUNICATION: "COMMUNICATION",
};
export const reliquatCategories = {
  BADTHOUGHTS_FREQUENCE: "BADTHOUGHTS_FREQUENCE",
  ANXIETY_FREQUENCE: "ANXIETY_FREQUENCE",
  SENSATIONS_FREQUENCE: "SENSATIONS_FREQUENCE",
};

export const displayedCategories = {
  MOOD: "Humeur",
  ANXIETY: "Anxiété",
  BADTHOUGHTS: "Idées parasites",
  SLEEP: "Sommeil",
  SENSATIONS: "Sensations étranges",
  DAILYACTIVITIES: "Faire mes activités quotidiennes",
  COMMUNICATION: "Communication avec mon entourage",
  BADTHOUGHTS_FREQUENCE: "Idées parasites",
  ANXIETY_FREQUENCE: "Anxiété",
  SENSATIONS_FREQUENCE: "Sensations étranges",
};

export const translateCategories = {
  MOOD: "Humeur",
  ANXIETY: "Anxiété",
  BADTHOUGHTS: "Idées parasites",
  SLEEP: "Sommeil",
  SENSATIONS: "Sensations étranges",
  DAILYACTIVITIES: "Faire mes activités quotidiennes",
  COMMUNICATION: "Communication avec mon entourage",
  TOXIC: "Substance",
  CONTEXT: "Contexte",
  [INDICATORS_CATEGORIES["Emotions/sentiments"]]: "vos émotions",
  [INDICATORS_CATEGORIES["Manifestations physiques"]]: "votre sommeil",
  [INDICATORS_CATEGORIES["Pensées"]]: "vos pensées",
  [INDICATORS_CATEGORIES["Comportements"]]: "vos comportements",
};

const surveyDate = {
  YESTERDAY: {
    id: "YESTERDAY",
    icon: icons.yesterday,
    color: "white",
    label: "Hier",
  },
  TODAY: {
    id: "TODAY",
    icon: icons.today,
    color: "white",
    label: "Aujourd'hui",
  },
};

export const frequence = {
  NEVER: {
    id: "NEVER",
    level: 3,
    icon: icons.veryGood,
    color: EMOTION_COLORS.veryGood,
    label: "Jamais",
  },
  SEVERAL_TIMES: {
    id: "SEVERAL_TIMES",
    level: 2,
    icon: icons.middle,
    color: EMOTION_COLORS.middle,
    label: "Plusieurs fois",
  },
  MANY_TIMES: {
    id: "MANY_TIMES",
    level: 1,
    icon: icons.veryBad,
    color: EMOTION_COLORS.veryBad,
    label: "De nombreuses fois",
  },
};

const intensity = {
  LIGHT: {
    id: "LIGHT",
    level: 3,
    icon: icons.veryGood,
    color: EMOTION_COLORS.veryGood,
    label: "Légèrement pénible",
  },
  MIDDLE: {
    id: "MIDDLE",
    level: 2,
    icon: icons.middle,
    color: EMOTION_COLORS.middle,
    label: "Moyennement pénible",
  },
  HIGH: {
    id: "HIGH",
    level: 1,
    icon: icons.veryBad,
    color: EMOTION_COLORS.veryBad,
    label: "Très pénible",
  },
};

export const DEFAULT_BECK_WHERE_LIST = ["À la maison", "Au lycée", "Dans la rue", "Au travail"];
export const DEFAULT_BECK_WHO_LIST = ["Charles", "Karim", "Inès"];
export const DEFAULT_BECK_EMOTION_LIST = [
  "Anxiété",
  "Colère",
  "Tristesse",
  "Peur",
  "Déception",
  "Culpabilité",
  "Solitude",
  "Honte",
  "Frustration",
  "Jalousie",
];
export const DEFAULT_BECK_SENSATION_LIST = [
  "Tête qui tourne",
  "Larmes aux yeux",
  "Gorge serrée",
  "Poids sur la poitrine",
  "Mal au ventre",
  "Coeur qui bat vite",
  "Chaleur",
  "Froid",
  "Tremblements",
  "Nausée",
  "Souffle court",
];

export const BeckStepTitles = ["La situation", "La situation", "Vos émotions", "Vos pensées", "Comportement et Résultats", "Restructuration"];

export const STORAGE_KEY_SURVEY_RESULTS = "@SURVEY_RESULTS";
export const STORAGE_KEY_START_DATE = "@SURVEY_DATE";
export const STORAGE_KEY_SYMPTOMS = "@SYMPTOMS";
export const STORAGE_KEY_GOALS = "@GOALS_TMP";
export const STORAGE_KEY_INDICATEURS = "@INDICATEURS";
export const STORAGE_KEY_IS_FIRST_LAUNCH = "@IS_FIRST_LAUNCH";
export const STORAGE_KEY_ONBOARDING_STEP = "@ONBOARDING_STEP";
export const STORAGE_KEY_ONBOARDING_DONE = "@ONBOARDING_DONE";
export const STORAGE_KEY_MEDICAL_TREATMENT = "@MEDICAL_TREATMENT";
export const STORAGE_KEY_SUPPORTED = "@SUPPORTED";
export const STORAGE_KEY_CUSTOM_SYMPTOMS = "@CUSTOM_SYMPTOMS";
export const STORAGE_KEY_NOTES_VERSION = "@NOTES_VERSION";
export const STORAGE_KEY_VISIT_PRO_NPS = "@VISIT_PRO_NPS";
export const STORAGE_KEY_CUSTOM_DRUGS = "@CUSTOM_DRUGS";
export const STORAGE_KEY_IS_BECK_ACTIVATED = "@STORAGE_KEY_IS_BECK_ACTIVATED";
export const STORAGE_KEY_BECK_WHERE_LIST = "@BECK_WHERE_LIST";
export const STORAGE_KEY_BECK_WHO_LIST = "@BECK_WHO_LIST";
export const STORAGE_KEY_BECK_EMOTION_LIST = "@BECK_EMOTION_LIST";
export const STORAGE_KEY_BECK_SENSATION_LIST = "@BECK_SENSATION_LIST";
export const STORAGE_KEY_BECK_SHOW_WELCOME = "@BECK_SHOW_WELCOME_DEFAULT";
export const STORAGE_KEY_DIARY_NOTES = "@DIARY_NOTES";
export const STORAGE_KEY_NPS_PRO_CONTACT = "@NPS_PRO_CONTACT";
export const STORAGE_KEY_CHECKLIST_BANNER_DISMISSED = "@CHECKLIST_BANNER_DISMISSED";
export const STORAGE_KEY_CHECKLIST_BANNER_STATE = "@CHECKLIST_BANNER_STATE";
export const STORAGE_KEY_PUSH_NOTIFICATION_TOKEN = "@PUSH_NOTIFICATION_TOKEN";
export const STORAGE_KEY_PUSH_NOTIFICATION_TOKEN_ERROR = "@PUSH_NOTIFICATION_TOKEN_ERROR";
export const STORAGE_KEY_REMOVING_TOXIC_QUESTION_FROM_SURVEY_MIGRATION_DONE = "@REMOVING_TOXIC_QUESTION_FROM_SURVEY_MIGRATION_DONE";
export const STORAGE_KEY_NEW_USER = "@IS_NEW_USER";
export const STORAGE_INFO_MODAL_DISMISSED = "@INFO_MODAL_DISMISSED_1.43.3"; // info modal for new version 1.43.3
export const STORAGE_KEY_VIEWED_EXTERNAL_RESOURCES = "@VIEWED_EXTERNAL_RESOURCES";
export const STORAGE_KEY_VIEWED_RESOURCES = "@VIEWED_RESOURCES";
export const STORAGE_KEY_VIEWED_TOOL_ITEMS = "@VIEWED_TOOL_ITEMS";
export const STORAGE_KEY_AUTOMATICALLY_SET_BECK_AS_FAVORITE = "@STORAGE_KEY_AUTOMATICALLY_SET_BECK_AS_FAVORITE";
export const STORAGE_KEY_LAST_EXPORT_DATE = "@LAST_EXPORT_DATE";
export const EXPORT_REMINDER_LAST_SHOWN_KEY = "@EXPORT_REMINDER_LAST_SHOWN_KEY";
export const STORAGE_KEY_CHECKLIST_DATA_EXPORT_DONE = "@CHECKLIST_DATA_EXPORT_DONE";

// Checklist banner configuration
export const CHECKLIST_BANNER_CONFIG = {
  MAX_DISMISSALS: 5,
  BASE_DELAY_DAYS: 1,
};

export const ONBOARDING_STEPS = {
  STEP_CGU: "STEP_CGU",
  STEP_SUPPORTED: "STEP_SUPPORTED",
  STEP_SYMPTOMS: "STEP_SYMPTOMS",
  STEP_SYMPTOMS_SLEEP: "STEP_SYMPTOMS_SLEEP",
  STEP_SYMPTOMS_CUSTOM: "STEP_SYMPTOMS_CUSTOM",
  STEP_GOALS: "STEP_GOALS",
  STEP_HINT: "STEP_HINT",
  STEP_DRUGS: "STEP_DRUGS",
  STEP_REMINDER: "STEP_REMINDER",
  STEP_EXPLANATION: "STEP_EXPLANATION",
};

export const MATOMO_DIMENSION = {
  VERSION: 1,
  SYSTEM: 2,
  SUPPORTED: 3,
};

const STEP_ORDER: OnboardingStep[] = ["INTRO", "PROFILE", "CAROUSEL", "DIFFICULTIES", "OBJECTIVE", "CHECKIN"];

export const TOTAL_STEPS = STEP_ORDER.length;

// Colors
export const TW_COLORS = {
  PRIMARY: "#3D6874", //mainColors.LIGHT_BLUE,
  SECONDARY: "#12747D", //'#00CEF7',
  POSITIVE: "#DDF3E3", // positive for action relative to mental health !== 'success action in app'
  NEGATIVE: "#F9DCD7", // negative feeling for action relative to mental health
  // SUCCESS: "#5DEE5A", //#4CAF50',
  WARNING: "#FF9800",
  // ERROR: "#F44336",
  BACKGROUND: "#F5F5F5",
  WHITE: "#FFFFFF",
  BLACK: "#000000",
  GRAY_LIGHT: "#E0E0E0",
  GRAY_MEDIUM: "#9E9E9E",
  GRAY_DARK: "#424242",
  TEXT_PRIMARY: "#3D6874", //'#212121',
  TEXT_SECONDARY: "#757575",
  LIGHT_COLORS: "#3D6874",
  LIGHT_BLUE: "#EBFDFF",
  BRAND_800: "#12747D",
  BRAND_700: "#158993",
  BRAND_600: "#1CB2BF",
  BRAND_500: "#1FC6D5",
  CNAM_CYAN_DARKEN_20: "#0084B2",
  CNAM_CYAN_LIGHTEN_80: "#CCEDF9",
  CNAM_CYAN_200_LIGHTEN_60: "#99DBF2",
  CNAM_CYAN_50_LIGHTEN_90: "#E5F6FC",
  CNAM_CYAN_600_DARKEN_20: "#0084B2",
  CNAM_CYAN_700_DARKEN_40: "#006386",
  CNAM_CYAN_100_LIGHTEN_80: "#CCEDF9",
  CNAM_CYAN_0: "#00A5DF",
  CNAM_PRIMARY_950: "#28464D",
  CNAM_PRIMARY_900: "#134449",
  CNAM_PRIMARY_800: "#3D6874",
  CNAM_PRIMARY_700: "#518B9A",
  CNAM_PRIMARY_500: "#65AEC1",
  CNAM_PRIMARY_400: "#84BECD",
  CNAM_PRIMARY_300: "#A3CEDA",
  CNAM_PRIMARY_100: "#E0EFF3",
  CNAM_PRIMARY_50: "#F0F7F9",
  CNAM_PRIMARY_25: "#FAFDFD",
  CNAM_MAUVE_DARKEN_80: "#201224",
  BEIGE: "#FCEBD9",
  GRAY_800: "#4A5D5F",
  GRAY_700: "#617778",
  GRAY_200: "#627577ff",
  GRAY_300: "#C7DDDE",
  GRAY_500: "#92A9AB",
  GRAY_600: "#799092",
  GRAY_900: "#354445",
  GRAY_950: "#093F43",
  GRAY_50: "#F7FCFD",
  GRAY_400: "#ACC3C5",
  BRAND_25: "#FAFFFF",
  BRAND_900: "#3D6874",
  SUCCESS: {
    TEXT: "#224E2D",
    BG: "#DDF3E3",
    BG_DARKEN: "#BBE7C6",
  },
  ERROR: {
    BG: "#F9DCD7",
    TEXT: "#5A2017",
  },
};

export const booleanColor: {
  ASC: {
    true: ColorContextInterface;
    false: ColorContextInterface;
  };
  DESC: {
    true: ColorContextInterface;
    false: ColorContextInterface;
  };
} = {
  ASC: {
    true: analyzeScoresMapIcon[5],
    false: analyzeScoresMapIcon[1],
  },
  DESC: {
    true: analyzeScoresMapIcon[1],
    false: analyzeScoresMapIcon[5],
  },
};

export const SHARED_HEADER = false;
export const HEADER_WITH_BANNER = false;
export const PROGRESS_BAR = true;
export const PROGRESS_BAR_AND_HEADER = true;

export const HELP_ANALYSE = {
  trigger: {
    title: "Comment lire mes déclencheurs ?",
    description: `**Les déclencheurs vous aident à :**\n
- Identifier ce qui influence positivement ou négativement votre état
- Faire des liens entre vos ressentis et le contexte de vos journées
- Mieux comprendre ce qui vous aide… et ce qui peut vous fragiliser.\n\n
**Retrouvez les notes que vous avez écrites :**\n
Sélectionnez un indicateur, un ou plusieurs niveaux et une période pour retrouver les notes associées.`,
  },
  variations: {
    title: "Comment lire les variations ?",
    description: `**Depuis cet onglet, vous pouvez facilement :**\n
- Suivre vos indicateurs semaine après semaine
- Observer les variations jour par jour
- Repérer les tendances dans le temps\n\n
**Afficher le détail d’un jour**
Tapez sur un jour ou un point pour retreouver une vue détaillée.`,
  },
  correlation: {
    title: "Comment lire les corrélations ?",
    description: `**Suivez votre évolution grâce aux frises :**\n
Sélectionnez la période qui vous intéresse, ou définissez vous-même les dates de votre choix.\n\n
**Faites des corrélations entre vos indicateurs**\n
Comprenez quels indicateurs évoluent ensemble en les comparant. Utilisez les filtres d’intensité (par exemple uniquement les smileys rouges) pour mieux visualiser les corrélations.\n\n
`,
  },
  bilan: {
    title: "Comment lire mon bilan ?",
    description: `Le bilan vous donne une vue d’ensemble de vos observations sur la période choisie.\n
Il vous permet de :\n
• Voir la moyenne de chaque indicateur sur la période choisie
• Visualiser la répartition de vos réponses
• Suivre la prise de votre traitement (quotidien ou “si besoin”)`,
  },
};
export const TAB_BAR_HEIGHT = 100;
