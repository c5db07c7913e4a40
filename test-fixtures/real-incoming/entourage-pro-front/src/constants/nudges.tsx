import React, { type JSX } from 'react';

import { LegacyImg } from '@/src/components/ui/Images/LegacyImg';
import { SvgIcon } from '@/src/components/ui/SvgIcon/SvgIcon';
import {
  SelectListType,
  SelectOptionTitleIconDescriptionLabelType,
} from '../components/ui/Inputs/SelectList';
import { NormalUserRoles, UserRoles } from './users';
import { FilterConstant } from './utils';

const iconSizeProps = { width: 40, height: 40 };

export const nudgesIcons = {
  tips: <SvgIcon name="IlluPoigneeDeMain" {...iconSizeProps} />,
  interview: <SvgIcon name="IlluMalette" {...iconSizeProps} />,
  cv: <SvgIcon name="IlluCV" {...iconSizeProps} />,
  network: <SvgIcon name="IlluConversation" {...iconSizeProps} />,
  discovery: <SvgIcon name="IlluAmpoule" {...iconSizeProps} />,
};

export const ProfileNudges: (FilterConstant<string> & {
  icon: JSX.Element;
  shortTitle: {
    [K in NormalUserRoles]: string;
  };
})[] = [
  {
    icon: (
      <LegacyImg
        src="/static/img/illustrations/illu-poignee-main.png"
        alt="Poignée de main"
        {...iconSizeProps}
      />
    ),
    value: 'tips',
    label: 'Soutien',
    shortTitle: {
      [UserRoles.CANDIDATE]: 'Demander un conseil',
      [UserRoles.COACH]: 'Conseiller un(e) candidat(e)',
    },
  },
  {
    icon: (
      <LegacyImg
        src="/static/img/illustrations/illu-mallette.png"
        alt="Entretien"
        {...iconSizeProps}
      />
    ),
    value: 'interview',
    label: 'Entretien',
    shortTitle: {
      [UserRoles.CANDIDATE]: 'Préparer un entretien',
      [UserRoles.COACH]: 'Aider à préparer un entretien',
    },
  },
  {
    icon: (
      <LegacyImg
        src="/static/img/illustrations/illu-CV.png"
        alt="CV"
        {...iconSizeProps}
      />
    ),
    value: 'cv',
    label: 'CV',
    shortTitle: {
      [UserRoles.CANDIDATE]: 'Créer mon CV',
      [UserRoles.COACH]: 'Aider à réaliser un CV',
    },
  },
  {
    icon: (
      <LegacyImg
        src="/static/img/illustrations/illu-partage-rs.png"
        alt="Réseaux sociaux"
        {...iconSizeProps}
      />
    ),
    value: 'network',
    label: 'Partage',
    shortTitle: {
      [UserRoles.CANDIDATE]: 'Développer mon réseau',
      [UserRoles.COACH]: 'Partager mon réseau',
    },
  },
  {
    icon: <SvgIcon name="IlluAmpoule" {...iconSizeProps} />,
    value: 'discovery',
    label: 'Découverte métier',
    shortTitle: {
      [UserRoles.CANDIDATE]: 'Découvrir un métier',
      [UserRoles.COACH]: 'Faire découvrir mon métier',
    },
  },
];

const ParametresNudgeCardContents: {
  [K in NormalUserRoles]: SelectOptionTitleIconDescriptionLabelType[];
} = {
  [UserRoles.CANDIDATE]: [
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-poignee-main.png"
          alt="Poignée de main"
          {...iconSizeProps}
        />
      ),
      value: 'tips',
      label: 'Demander des conseils aux membres de la communauté',
      description:
        'Recevez des conseils personnalisés et un accompagnement de la part de nos coachs pour vous guider dans votre parcours professionnel.',
    },
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-mallette.png"
          alt="Mallette"
          {...iconSizeProps}
        />
      ),
      value: 'interview',
      label: 'Se préparer aux entretiens d’embauche',
      description:
        'Préparez au mieux vos entretiens grâce aux conseils et au soutien des coachs Entourage Pro.',
    },
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-CV.png"
          alt="CV"
          {...iconSizeProps}
        />
      ),
      value: 'cv',
      label: 'Réaliser son CV et ses lettres de motivation',
      description:
        'Profitez de l’expertise des coachs Entourage Pro pour concevoir un CV et des lettres de motivation qui valorisent vos atouts et compétences.',
    },
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-partage-rs.png"
          alt="Réseaux sociaux"
          {...iconSizeProps}
        />
      ),
      value: 'network',
      label: 'Faire grandir son réseau professionnel',
      description:
        "Multipliez les opportunités professionnelles en vous connectant avec des professionnels qui peuvent vous soutenir et vous ouvrir des portes sur le marché de l'emploi.",
    },
    {
      icon: <SvgIcon name="IlluAmpoule" {...iconSizeProps} />,
      value: 'discovery',
      label: 'Découvrir un métier',
      description:
        'Rencontrez des professionnels de la communauté pour explorer des métiers qui vous attirent et poser vos questions',
    },
  ],

  [UserRoles.COACH]: [
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-CV.png"
          alt="CV"
          {...iconSizeProps}
        />
      ),
      value: 'tips',
      label: 'Donner des conseils aux membres de la communauté',
      description:
        'Partagez votre savoir-faire et vos conseils pour aider les candidats à naviguer sur le marché du travail et à trouver des opportunités adaptées à leurs compétences.',
    },
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-mallette.png"
          alt="Mallette"
          {...iconSizeProps}
        />
      ),
      value: 'interview',
      label: 'Aider à préparer les entretiens d’embauche',
      description:
        "Mettez à profit votre expertise pour coacher les candidats, les aider à anticiper les questions d'entretiens et à communiquer efficacement leur motivation.",
    },
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-poignee-main.png"
          alt="Poignée de main"
          {...iconSizeProps}
        />
      ),
      value: 'cv',
      label: 'Aider à réaliser un CV et une lettre de motivation',
      description:
        'Utilisez votre expérience pour guider les candidats dans la création de documents professionnels qui reflètent leur potentiel et leurs expériences.',
    },
    {
      icon: (
        <LegacyImg
          src="/static/img/illustrations/illu-partage-rs.png"
          alt="Réseaux sociaux"
          {...iconSizeProps}
        />
      ),
      value: 'network',
      label: 'Partager mon réseau professionnel',
      description:
        'Mettez en relation les candidats avec des contacts pertinents et intégrez-les dans des réseaux qui peuvent favoriser leur insertion professionnelle.',
    },
    {
      icon: <SvgIcon name="IlluAmpoule" {...iconSizeProps} />,
      value: 'discovery',
      label: 'Faire découvrir mon métier',
      description:
        'Partagez votre quotidien, vos défis et votre parcours pour aider les candidats à explorer un métier. Votre témoignage peut ouvrir des horizons et les aider à clarifier leur projet professionnel.',
    },
  ],
};

export const createNudgeOption = (role: UserRoles, nudge) => {
  const nudgeDetails = ParametresNudgeCardContents[role].find(
    (nudgeConstant) => nudgeConstant.value === nudge.value
  );
  if (nudgeDetails) {
    return {
      value: nudge.id,
      label: nudgeDetails.label,
      icon: nudgeDetails.icon,
      description: nudgeDetails.description,
    } as SelectListType;
  }
  return null;
};
