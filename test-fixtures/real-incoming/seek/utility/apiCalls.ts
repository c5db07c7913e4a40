import i18n from "../i18n";
import { createJwtToken } from "./helpers";
import createUserAgent from "./userAgent";

interface ApiParams {
  per_page: number;
  lat: number;
  lng: number | null;
  observed_on: Date;
  seek_exceptions: boolean;
  locale: string;
  taxon_id: number | undefined;
}

interface Params {
  lat: number;
  lng: number;
  taxon_id: number | undefined;
}

const fetchSpeciesNearby = async ( params: Params ): Promise<string | any[]> => {
  const staticParams = {
    per_page: 20,
    observed_on: new Date( ),
    seek_exceptions: true,
    locale: i18n.locale,
  };

  const allParams: ApiParams = {
    ...staticParams,
    ...params,
  };

  const site = "https://api.inaturalist.org/v1/taxa/nearby";
  const queryString = Object.keys( allParams ).map( key => `${key}=${allParams[key.toString( ) as keyof ApiParams]}` ).join( "&" );

  const options = { headers: { "User-Agent": createUserAgent( ) } };
  const url = `${site}?${queryString}`;

  try {
    const response = await fetch( url, options );
    const { results }: { results: { taxon: any }[] } = await response.json( );
    const newTaxa = results.map( r => r.taxon );
    return newTaxa;
  } catch ( _e ) {
    return "unknown";
  }
};

export enum LogLevels {
  INFO = "info",
  WARN = "warn",
  ERROR = "error"
}
interface Log {
  level: LogLevels;
  message: string;
  context: string;
  // Currently, on the API error_type is only used if log level is "error"
  errorType?: string;
  backtrace?: string;
}
const logToApi = async ( { level, message, context, errorType, backtrace }: Log ): Promise<any> => {
  const site = "https://api.inaturalist.org/v2/log";

  const formData = {
    timestamp: new Date().toISOString(),
    level,
    message,
    context,
    error_type: errorType,
    backtrace,
  };

  const options = {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "User-Agent": createUserAgent( ),
      "Authorization": createJwtToken( ),
    },
    body: JSON.stringify( formData ),
  };

  try {
    const response = await fetch( site, options );
    return response;
  } catch ( _e ) {
    return "unknown";
  }
};

export {
  fetchSpeciesNearby,
  logToApi,
};
