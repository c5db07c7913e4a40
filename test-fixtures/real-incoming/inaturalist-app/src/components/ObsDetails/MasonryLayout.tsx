import PhotoContainer from "components/ObsDetailsSharedComponents/Media/PhotoContainer";
import SoundContainer from "components/ObsDetailsSharedComponents/Media/SoundContainer";
import { ScrollView, View } from "components/styledComponents";
import React, { useEffect, useState } from "react";
import { Image } from "react-native";
import Photo from "realmModels/Photo";

interface PhotoItem {
  id: number;
  url: string;
  localFilePath: string;
  attribution: string;
  hidden: boolean;
}

interface SoundItem {
  file_url: string;
  hidden: boolean;
}

type MediaItem = PhotoItem | SoundItem;

interface Props {
  items: MediaItem[];
  onImagePress: ( index: number ) => void;
}

interface SizedPhoto extends PhotoItem {
  width: number;
  height: number;
}

type ProcessedMediaItem = SizedPhoto | SoundItem;

interface EnrichedPhoto extends SizedPhoto {
  originalIndex: number;
}

interface EnrichedSound extends SoundItem {
  originalIndex: number;
}

type EnrichedMediaItem = EnrichedPhoto | EnrichedSound;

const numColumns = 2;
const spacing = 6;

const photoUrl = ( photo: PhotoItem ): string => (
  Photo.displayLocalOrRemoteLargePhoto( photo )
);

const isSound = ( item: MediaItem ): item is SoundItem => "file_url" in item;

const MasonryLayout = ( { items, onImagePress }: Props ) => {
  const [columns, setColumns] = useState<EnrichedMediaItem[][]>(
    Array.from( { length: numColumns }, () => [] ),
  );

  useEffect( () => {
    const distributeItems = async () => {
      const newColumns: EnrichedMediaItem[][] = Array.from(
        { length: numColumns },
        () => [],
      );

      const itemPromises = items.map( async ( item ): Promise<ProcessedMediaItem> => {
        // If a sound, just return it
        if ( isSound( item ) ) {
          return item;
        }
        const imageDimensions = await Image.getSize( photoUrl( item ) );
        return { ...item, ...imageDimensions };
      } );

      const itemData = await Promise.all( itemPromises );

      itemData.forEach( ( item, i ) => {
        const columnIndex = i % numColumns;
        const enrichedItem: EnrichedMediaItem = { ...item, originalIndex: i };
        newColumns[columnIndex].push( enrichedItem );
      } );

      setColumns( newColumns );
    };

    distributeItems();
  }, [items] );

  const imageStyle = ( item: EnrichedPhoto ) => ( {
    width: "100%" as const,
    height: undefined,
    aspectRatio: item.width / item.height,
    marginBottom: spacing,
  } );

  const renderImage = ( item: EnrichedPhoto, index: number, column: number ) => (
    <PhotoContainer
      key={`MasonryLayout.column${column}.photo_${index}`}
      photo={item}
      style={imageStyle( item )}
      onPress={() => onImagePress( item.originalIndex )}
    />
  );

  const renderSound = ( item: EnrichedSound, index: number, column: number ) => (
    <SoundContainer
      key={`MasonryLayout.column${column}.sound_${index}`}
      sizeClass="w-full aspect-square"
      sound={item}
      isVisible
    />
  );

  const renderItem = (
    item: EnrichedMediaItem,
    index: number,
    column: number,
  ) => ( isSound( item )
    ? renderSound( item, index, column )
    : renderImage( item, index, column ) );

  return (
    <ScrollView>
      <View className="flex-row">
        <View className="flex-col flex-1">
          {columns[0].map( ( item, index ) => renderItem( item, index, 1 ) )}
        </View>
        <View className="w-[6px]" />
        <View className="flex-col flex-1">
          {columns[1].map( ( item, index ) => renderItem( item, index, 2 ) )}
        </View>
      </View>
    </ScrollView>
  );
};

export default MasonryLayout;
