import React, { useCallback, useMemo, useState } from "react";
import { Image, TouchableOpacity, View } from "react-native";

import badgeImages from "../../assets/badges";
import { imageStyles, viewStyles } from "../../styles/badges/achievements";
import { createBadgeSetList } from "../../utility/badgeHelpers";
import ChallengeModal from "../Modals/ChallengeEarnedModal";
import ChallengeUnearnedModal from "../Modals/ChallengeUnearnedModal";
import Modal from "../UIComponents/Modals/Modal";
import BadgeContainer from "./BadgeContainer";
import { useFetchChallenges } from "./hooks/achievementHooks";

interface ChallengeBadge {
  index: number;
  startedDate: Date;
  availableDate: Date;
  backgroundName: string;
  sponsorName: string;
  secondLogo: string;
  badgeName: string;
  percentComplete: number;
  name: string;
  earnedIconName: string;
}

const ChallengeBadges = ( ) => {
  const challengeBadges = useFetchChallenges( );
  const [showModal, setModal] = useState( false );
  const [selectedChallenge, setChallenge] = useState<ChallengeBadge | null>( null );

  const sets = createBadgeSetList( challengeBadges );

  const openModal = useCallback( ( ) => setModal( true ), [] );
  const closeModal = useCallback( ( ) => setModal( false ), [] );

  const renderChallengesGrid = useMemo( ( ) => sets.map( ( set, index ) => {
    const setOfFive = challengeBadges.slice( sets[index], sets[index + 1] );

    const renderChallengeBadge = ( item: ChallengeBadge ) => {
      const openChallengeBadgeModal = ( ) => {
        openModal();
        setChallenge( item );
      };

      return (
        <TouchableOpacity onPress={openChallengeBadgeModal} key={item.earnedIconName}>
          <Image
            source={item.percentComplete === 100 ? badgeImages[item.earnedIconName] : badgeImages.badge_empty}
            style={imageStyles.badgeIcon}
          />
        </TouchableOpacity>
      );
    };

    return (
      <View key={`challenge-grid-${sets[index]}`}>
        <BadgeContainer
          data={setOfFive}
          renderItem={renderChallengeBadge}
        />
      </View>
    );
  } ), [challengeBadges, sets, openModal] );

  return (
    <>
      {selectedChallenge && (
        <Modal
          showModal={showModal}
          closeModal={closeModal}
          modal={selectedChallenge.percentComplete === 100 ? (
            <ChallengeModal
              challenge={selectedChallenge}
              closeModal={closeModal}
            />
          ) : (
            <ChallengeUnearnedModal
              challenge={selectedChallenge}
              closeModal={closeModal}
            />
          )}
        />
      )}
      {challengeBadges.length > 0 && renderChallengesGrid}
      <View style={viewStyles.marginLarge} />
    </>
  );
};

export default ChallengeBadges;
