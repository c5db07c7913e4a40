import { FlashList } from "@shopify/flash-list";
import React, { useCallback, useMemo, useState } from "react";
import { Keyboard, View } from "react-native";

import i18n from "../../i18n";
import styles from "../../styles/observations/observations";
import { baseTextStyles } from "../../styles/textStyles";
import { iconicTaxaNamesById } from "../../utility/dictionaries/taxonomyDicts";
import EmptyState from "../UIComponents/EmptyState";
import StyledText from "../UIComponents/StyledText";
import ObservationCard from "./ObsCard";
import SearchBar from "./SearchBar";
import SearchEmpty from "./SearchEmpty";
import SectionHeader from "./SectionHeader";

interface Observation {
  id: number;
  data: any[];
}

interface Taxon {
  id: number;
  iconicTaxonId?: number | undefined;
  preferredCommonName?: string | undefined;
  name: string;
  defaultPhoto?: {
    backupUri?: string;
    mediumUrl?: string;
    lastUpdated?: Date;
  };
}

interface ConvertedDataItem {
  taxon: Taxon;
  photo: string;
  toAnimate: boolean;
  isLast?: boolean;
  type?: "header" | "footer" | "footerHidden" | "footerEmpty" | "observation";
  id: number;
  dataLength: number;
  sectionId: number;
}

interface Props {
  fetchFilteredObservations: ( text: string ) => void;
  observations: Observation[];
  searchText: string;
  openModal: ( photo: { uri: string }, taxon: Taxon ) => void;
  updateObs: ( observations: Observation[] ) => void;
  clearText: () => void;
}

const ObsList = ( {
  fetchFilteredObservations,
  observations,
  searchText,
  openModal,
  updateObs,
  clearText,
}: Props ) => {
  // TODO: preferably we should use setHiddenSections to change state
  const [hiddenSections] = useState<number[]>( [] );
  const [itemScrolledId, setItemScrolledId] = useState<number | null>( null );
  const [hasAnimated, setHasAnimated] = useState<boolean>( false );

  const updateItemScrolledId = useCallback(
    ( id: number | null ) => setItemScrolledId( id ),
    []
  );

  const toggleSection = useCallback(
    ( id: number ) => {
      const updatedObs = observations.slice(); // this is needed to force a refresh of SectionList
      const idToHide = hiddenSections.indexOf( id );

      if ( idToHide !== -1 ) {
        hiddenSections.splice( idToHide, 1 );
      } else {
        hiddenSections.push( id );
      }

      updateObs( updatedObs );
    },
    [observations, hiddenSections, updateObs],
  );

  const sectionIsHidden = useCallback(
    ( id: number ) => hiddenSections.includes( id ),
    [hiddenSections]
  );

  let convertedData: ConvertedDataItem[] = [];
  observations.map( ( section ) => {
    const { data, id } = section;
    // Push header data
    convertedData.push( { type: "header", id, dataLength: data.length } );
    // Push observation data
    if ( !sectionIsHidden( id ) ) {
      const idData = data.map( ( item, index ) => {
        if ( index === 0 && id === 47126 ) {
          item.toAnimate = true;
        }
        item.sectionId = id;
        if ( index === data.length - 1 ) {
          item.isLast = true;
        }
        return item;
      } );
      convertedData = convertedData.concat( ...idData );
    }
    // Push footer data
    if ( sectionIsHidden( id ) && data.length === 0 ) {
      convertedData.push( { type: "footerHidden" } );
    } else if ( data.length === 0 ) {
      convertedData.push( { type: "footerEmpty", id } );
    } else {
      convertedData.push( { type: "footer" } );
    }
  } );

  const renderItem = useCallback(
    ( { item }: { item: ConvertedDataItem } ) => {
      if ( item.type === "header" ) {
        // Render header
        return (
          <SectionHeader
            id={item.id}
            dataLength={item.dataLength}
            open={!sectionIsHidden( item.id )}
            toggleSection={toggleSection}
          />
        );
      }
      if ( item.type === "footerHidden" ) {
        // Render footer for hidden section
        return <View style={styles.hiddenSectionSeparator} />;
      }
      if ( item.type === "footerEmpty" ) {
        // Render footer for hidden section
        const iconicTaxon = iconicTaxaNamesById[item.id].split( "." )[1];
        return (
          <StyledText style={[baseTextStyles.body, styles.emptyText]}>
            {i18n.t( `observations.not_seen_${iconicTaxon}` )}
          </StyledText>
        );
      }
      if ( item.type === "footer" ) {
        // Render footer
        return <View style={styles.sectionWithDataSeparator} />;
      } else {
        // Render item
        return (
          <>
            <ObservationCard
              item={item}
              itemScrolledId={itemScrolledId}
              openModal={openModal}
              updateItemScrolledId={updateItemScrolledId}
              toAnimate={item.toAnimate}
              hasAnimated={hasAnimated}
              setHasAnimated={setHasAnimated}
            />
            {item.isLast && <View style={styles.bottomOfSectionPadding} />}
          </>
        );
      }
    },
    [
      sectionIsHidden,
      toggleSection,
      itemScrolledId,
      openModal,
      updateItemScrolledId,
      hasAnimated,
      setHasAnimated,
    ],
  );

  const renderListFooter = () => <View style={styles.padding} />;

  const renderListEmpty = () => {
    if ( searchText.length > 0 ) {
      return <SearchEmpty clearText={clearText} />;
    } else {
      return <EmptyState />;
    }
  };

  const renderHeader = useMemo(
    () => (
      <SearchBar
        fetchFilteredObservations={fetchFilteredObservations}
        searchText={searchText}
        clearText={clearText}
      />
    ),
    [fetchFilteredObservations, searchText, clearText]
  );

  const dismissKeyboard = () => Keyboard.dismiss();

  const extractKey = ( item: ConvertedDataItem, index: number ) => item + index;
  return (
    <FlashList
      testID="observations-list"
      keyboardDismissMode="on-drag"
      onScroll={dismissKeyboard}
      scrollEventThrottle={1}
      data={convertedData}
      initialNumToRender={5}
      stickySectionHeadersEnabled={false}
      keyExtractor={extractKey}
      ListHeaderComponent={renderHeader}
      renderItem={renderItem}
      getItemType={( item ) => {
        if ( item.hasOwnProperty( "type" ) ) {
          return item.type;
        }
        return "observation";
      }}
      ListFooterComponent={renderListFooter}
      ListEmptyComponent={renderListEmpty}
      removeClippedSubviews
    />
  );
};

export default ObsList;
