import ImageResizer from "@bam.tech/react-native-image-resizer";
import {
  appendFile,
  ExternalStorageDirectoryPath,
  mkdir,
  moveFile,
  stat,
  unlink,
} from "@dr.pogodin/react-native-fs";
import Realm from "realm";

import i18n from "../i18n";
import realmConfig from "../models/index";
import { dimensions } from "../styles/global";
import { checkSavePermissions } from "./androidHelpers.android";
import {
  formatHourMonthSecond,
  formatYearMonthDay,
  namePhotoByTime,
  setISOTime,
} from "./dateHelpers";
import { dirPictures } from "./dirStorage";
import {
  ensureLogDirectory,
  getTodayLogFilePath,
} from "./logManagementHelpers";

interface Location {
  latitude: number;
  longitude: number;
}

interface Image {
  latitude?: number;
  longitude?: number;
  uri: string;
  time?: number;
}

const writeToDebugLog = ( newLine: string ): void => {
  let line = newLine;

  const date = newLine.split( " " );

  if ( date[0] !== formatYearMonthDay() ) {
    line = `${formatYearMonthDay()} ${formatHourMonthSecond()}: ${newLine}`;
  }

  ensureLogDirectory()
    .then( () => appendFile( getTodayLogFilePath(), `${line}\n` ) )
    .catch( ( e ) => {
      console.log( e, "error while appending debug log" );
    } );
};

const checkForPhotoMetaData = ( location: Location | null ): boolean => {
  if ( location ) {
    if ( Object.keys( location ).length !== 0 && location.latitude ) {
      return true;
    }
    return false;
  }
  return false;
};

const resizeImage = async ( path: string, width: number, height?: number, outputPath?: string ): Promise<string> => {
  try {
    const { uri } = await ImageResizer.createResizedImage(
      path,
      width,
      height || width, // height
      "JPEG", // compressFormat
      100, // quality
      0, // rotation
      outputPath, // outputPath
      true // keep metadata
    );

    return uri;
  } catch ( _e ) {
    return "";
  }
};

const movePhotoToAppStorage = async ( filePath: string, newFilepath: string ): Promise<any> => (
  new Promise( ( resolve ) => {
    mkdir( dirPictures ) // doesn't throw error if directory already exists
      .then( () => {
        moveFile( filePath, newFilepath )
          .then( () => {
            resolve( true );
          } ).catch( ( error ) => {
            resolve( `${error} : error moving file from ${filePath} to: ${newFilepath}` );
          } );
      } );
  } )
);

const localizeAttributions = (
  attribution: string,
  licenseCode: string | null,
  screen: string
): string => {
  const userName = attribution.split( "," )[0];
  const name = userName.split( ") " )[1];

  let licenseText: string;

  if ( !licenseCode || licenseCode === "cc0" ) {
    licenseText = i18n.t( "attributions.all" );
  } else {
    licenseText = i18n.t( "attributions.some" );
  }

  const licenseSuffix = licenseCode ? ` (${licenseCode.toUpperCase()})` : "";

  if ( screen === "iNatStats" ) {
    return `${name} · ${licenseText}${licenseSuffix}`;
  }

  return `${userName} ${licenseText}${licenseSuffix}`;
};

const localizeAttributionsLandscape = (
  attribution: string,
  licenseCode: string | null
): string => {
  const nameAndCC = attribution.split( "," )[0];
  const userName = nameAndCC.split( ")" )[1];

  const licenseSuffix = licenseCode ? ` (${licenseCode.toUpperCase()})` : "";

  return `\u00A9${userName}${licenseSuffix}`;
};

const createBackupUri = async ( uri: string, uuid?: string | null ): Promise<string | null> => {
  let newImageName: string;

  const timestamp = namePhotoByTime();

  if ( uuid ) {
    newImageName = `${uuid}.jpg`;
  } else {
    newImageName = `${timestamp}.jpg`;
  }

  // const historicalSeekSize = 250;

  const thumbnailWidth = dimensions.width;

  try {
    const resizedImage = await resizeImage( uri, thumbnailWidth, thumbnailWidth ); // stored in cache

    if ( resizedImage ) {
      const backupFilepath = `${dirPictures}/${newImageName}`; // stored in document directory
      const imageMoved = await movePhotoToAppStorage( resizedImage, backupFilepath );
      if ( imageMoved ) {
        return backupFilepath;
      }
      return null;
    }
    return null;
  } catch ( e ) {
    console.log( e, "couldn't resize image" );
    return null;
  }
};

const moveFileAndUpdateRealm = async ( timestamp: string, photo: any, realm: Realm ): Promise<void> => {
  const oldAndroidDir = `${ExternalStorageDirectoryPath}/Seek/Pictures`;
  const oldFile = `${oldAndroidDir}/${timestamp}`;
  const newFile = `${dirPictures}/${timestamp}`;

  const imageMoved = await movePhotoToAppStorage( oldFile, newFile );

  if ( imageMoved ) {
    realm.write( () => {
      photo.backupUri = newFile;
    } );
  }
};

const deleteFile = ( filepath: string ): void => {
  unlink( filepath ).then( () => {
    console.log( "unused backup filepath deleted: ", filepath );
  } ).catch( ( err ) => {
    console.log( err.message );
  } );
};

const getThumbnailName = ( thumbnail: string | null ): string | null => {
  if ( thumbnail === null ) { // some photos were added before we started implementing backups
    return null;
  }
  const uri = thumbnail.split( "Pictures/" )[1]; // should work for both iOS and Android
  return uri;
};

const findDuplicates = ( list: any[] ): any[] => {
  const sorted = list.slice().sort();

  const duplicates: any[] = [];
  for ( let i = 0; i < sorted.length - 1; i += 1 ) {
    if ( sorted[i + 1] === sorted[i] && sorted[i] !== null ) {
      if ( !duplicates.includes( sorted[i] ) ) {
        duplicates.push( sorted[i] );
      }
    }
  }
  return duplicates;
};

const updateRealmThumbnails = (): void => {
  Realm.open( realmConfig )
    .then( ( realm ) => {
      const databasePhotos = realm.objects( "PhotoRealm" );
      const backups = databasePhotos.map( ( photo ) => getThumbnailName( photo.backupUri ) );
      // check out backup names in realm

      const duplicates = findDuplicates( backups );

      const filtered = databasePhotos.filtered( 'backupUri CONTAINS "/Pictures/"' ); // eslint-disable-line quotes

      filtered.forEach( ( photo ) => {
        const { backupUri } = photo;
        const thumbnail = backupUri.split( "/Pictures/" )[1];

        if ( !duplicates.includes( thumbnail ) ) {
          moveFileAndUpdateRealm( thumbnail, photo, realm );
        }
      } );
    } ).catch( ( e ) => console.log( e, "error checking for database photos" ) );
};

const checkForDirectory = async ( dir: string ): Promise<boolean> => {
  try {
    const exists = await stat( dir );
    if ( exists ) {
      return true;
    }
    return false;
  } catch ( e ) {
    console.log( e, "directory does not exist: ", dir );
    return false;
  }
};

const moveAndroidFilesToInternalStorage = async (): Promise<void> => {
  const oldAndroidDir = `${ExternalStorageDirectoryPath}/Seek/Pictures`;
  const dirExists = await checkForDirectory( oldAndroidDir );

  if ( dirExists ) {
    const permission = await checkSavePermissions();
    if ( permission === true ) {
      updateRealmThumbnails();
    }
  }
};

const replacePhoto = async ( id: number, image: Image ): Promise<void> => {
  const {
    latitude,
    longitude,
    uri,
    time,
  } = image;
  const backupUri = await createBackupUri( uri );
  // edit realm photo object attached to observation
  // using id, create a new backup photo URI and save new cameraroll uri
  Realm.open( realmConfig ).then( ( realm ) => {
    realm.write( () => {
      const obsToEdit = realm.objects( "ObservationRealm" ).filtered( `taxon.id == ${id}` );
      const taxonToEdit = obsToEdit[0].taxon;
      const photoToEdit = taxonToEdit.defaultPhoto;

      obsToEdit.latitude = latitude || null;
      obsToEdit.longitude = longitude || null;

      photoToEdit.backupUri = backupUri;
      photoToEdit.mediumUrl = uri;
      photoToEdit.lastUpdated = time ? setISOTime( time ) : new Date();
    } );
  } ).catch( ( e ) => {
    console.log( e, "error editing photo object" );
  } );
};

const formatBytes = ( bytes: number, decimals: number = 2 ): string => {
  // https://stackoverflow.com/questions/15900485/correct-way-to-convert-size-in-bytes-to-kb-mb-gb-in-javascript
  if ( bytes === 0 ) {return "0 Bytes";}

  const k = 1024;
  const dm = decimals < 0 ? 0 : decimals;
  const sizes = ["Bytes", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];

  const i = Math.floor( Math.log( bytes ) / Math.log( k ) );

  return parseFloat( ( bytes / Math.pow( k, i ) ).toFixed( dm ) ) + " " + sizes[i];
};

const checkPhotoSize = async ( file: string ): Promise<string> => {
  // this returns size in bytes
  const stats = await stat( file );
  return formatBytes( Number( stats.size ) );
};

export {
  checkForDirectory,
  checkForPhotoMetaData,
  checkPhotoSize,
  createBackupUri,
  deleteFile,
  localizeAttributions,
  localizeAttributionsLandscape,
  moveAndroidFilesToInternalStorage,
  movePhotoToAppStorage,
  replacePhoto,
  resizeImage,
  writeToDebugLog,
};
