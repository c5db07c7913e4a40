export type Project = {
  image: string;
  title: string;
  link: string;
};

export const listProjects: Project[] = [
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/682/847/datas/medium.png",
    title: "SuperStage",
    link: "https://devpost.com/software/superstage",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_photos/002/683/856/datas/medium.png",
    title: "Infu",
    link: "https://devpost.com/software/infu",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/682/566/datas/medium.png",
    title: "AR.cade",
    link: "https://devpost.com/software/ar-cade",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/682/604/datas/medium.png",
    title: "Credit Crimes",
    link: "https://devpost.com/software/papers-please-clone",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/758/135/datas/medium.png",
    title: "Pawndr",
    link: "https://devpost.com/software/pawndr-kvlmgj",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/683/716/datas/medium.png",
    title: "BlockXism",
    link: "https://devpost.com/software/blockxism",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/683/944/datas/medium.png",
    title: "TrailGuide",
    link: "https://devpost.com/software/trailguide",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_photos/002/683/595/datas/medium.png",
    title: "Memory Lane",
    link: "https://devpost.com/software/memory-lane-84kcrl",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/682/801/datas/medium.gif",
    title: "Harbor.ed",
    link: "https://devpost.com/software/harbor-ed",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/683/130/datas/medium.png",
    title: "Newts",
    link: "https://devpost.com/software/newts",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/683/471/datas/medium.png",
    title: "Outsider Trading",
    link: "https://devpost.com/software/outsider-trading-458oy6",
  },
  {
    image:
      "https://d112y698adiu2z.cloudfront.net/photos/production/software_thumbnail_photos/002/682/642/datas/medium.png",
    title: "bliss",
    link: "https://devpost.com/software/bliss-wtaofu",
  },
];
