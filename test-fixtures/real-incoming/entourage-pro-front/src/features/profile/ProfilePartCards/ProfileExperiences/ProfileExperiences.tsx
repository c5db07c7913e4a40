import { useRouter } from 'next/router';
import React, { useCallback, useMemo } from 'react';
import { useSelector } from 'react-redux';
import { LucidIcon, Text } from '@/src/components/ui';
import { UserRoles } from '@/src/constants/users';
import { useEditableExperiencesById } from '@/src/features/profile/hooks/useEditableExperiences';
import { useAuthenticatedUser } from '@/src/hooks/authentication/useAuthenticatedUser';
import { useUpdateProfile } from '@/src/hooks/useUpdateProfile';
import { CVExperienceOrFormation } from '../../CVExperienceOrFormation/CVExperienceOrFormation';
import { ProfilePartCard } from '../Card/Card/Card';
import { Experience } from 'src/api/types';
import { selectCurrentUserId } from 'src/use-cases/current-user';
import { StyledProfileExperiencesList } from './ProfileExperiences.styles';

interface ProfileExperiencesProps {
  userId: string;
  userFirstName: string;
  userRole: UserRoles;
  experiences?: Experience[];
  isEditable?: boolean;
}

export const ProfileExperiences = ({
  userId,
  userFirstName,
  userRole,
  experiences = [],
  isEditable = false,
}: ProfileExperiencesProps) => {
  const currentUserId = useSelector(selectCurrentUserId);
  const user = useAuthenticatedUser();
  const router = useRouter();
  const { updateUserProfile } = useUpdateProfile(user);

  const isOwnProfile = userId === currentUserId;
  const isCompleted = experiences.length > 0;

  const editableFallback = useMemo(() => {
    if (user.role === UserRoles.CANDIDATE) {
      return (
        <Text>
          Vous n’avez pas encore renseigné d’expérience professionnelle. Si vous
          avez de l&apos;expérience, nous vous invitons à la partager. Elle est
          essentielle pour nos coachs et pour les recruteurs.
        </Text>
      );
    }
    return (
      <Text>
        Vous n’avez pas encore renseigné d’expérience professionnelle. Si vous
        avez de l&apos;expérience, nous vous invitons à la partager.
      </Text>
    );
  }, [user.role]);

  const fallback = useMemo(() => {
    const content = isEditable ? (
      editableFallback
    ) : (
      <Text>
        Beaucoup de candidats ont un parcours riche mais ont besoin d&apos;un
        coup de pouce pour le formuler. Le regard extérieur d&apos;un coach
        suffit souvent.
      </Text>
    );
    return {
      title: !isEditable
        ? `${userFirstName} n'a pas encore renseigné ses expériences`
        : undefined,
      content,
      icon: !isEditable ? <LucidIcon name="MessageSquare" /> : null,
    };
  }, [editableFallback, isEditable, userFirstName]);

  const suggestHelpToComplete = useCallback(() => {
    router.push(`/backoffice/messaging?userId=${userId}`);
  }, [router, userId]);

  const { addExperience, editExperience, deleteExperience } =
    useEditableExperiencesById({
      experiences,
      includeSkillId: false,
      onChange: (nextExperiences) => {
        updateUserProfile({ experiences: nextExperiences });
      },
    });

  const ctaCallback = useCallback(() => {
    if (isEditable) {
      return addExperience();
    }
    if (!isOwnProfile) {
      return suggestHelpToComplete();
    }
    return undefined;
  }, [addExperience, isEditable, isOwnProfile, suggestHelpToComplete]);

  const ctaTitle = useMemo(() => {
    if (!isOwnProfile && !isCompleted && userRole === UserRoles.CANDIDATE) {
      return `Échanger avec ${userFirstName}`;
    }
    if (isOwnProfile && isEditable) {
      return 'Ajouter';
    }
    return null;
  }, [isOwnProfile, isCompleted, userRole, isEditable, userFirstName]);

  return (
    <ProfilePartCard
      title="Expériences"
      isCompleted={isCompleted}
      isEditable={isEditable}
      // iaGenerated
      fallback={fallback}
      ctaTitle={ctaTitle}
      ctaCallback={ctaCallback}
    >
      <StyledProfileExperiencesList>
        {experiences.map((experience: Experience) => {
          return (
            <CVExperienceOrFormation
              key={experience.id}
              title={experience.title}
              description={experience.description}
              startDate={experience.startDate}
              endDate={experience.endDate}
              location={experience.location}
              structure={experience.company}
              skills={experience.skills}
              variant="timeline"
              isEditable={isEditable}
              editItem={() => editExperience(experience.id)}
              deleteItem={() => deleteExperience(experience.id)}
            />
          );
        })}
      </StyledProfileExperiencesList>
    </ProfilePartCard>
  );
};
