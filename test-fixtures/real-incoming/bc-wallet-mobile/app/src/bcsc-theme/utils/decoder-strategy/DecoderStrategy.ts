import { AbstractBifoldLogger } from '@bifold/core'
import { CodeType } from 'react-native-vision-camera'
import { BCComboCardBarcodeDecoder } from './BCComboCardBarcodeDecoder'
import { BCServicesCardBarcodeDecoder } from './BCServicesCardBarcodeDecoder'
import { DriversLicenseBarcodeDecoder } from './DriversLicenseBarcodeDecoder'

// Enum representing the kinds of decoded codes
export enum DecodedCodeKind {
  DriversLicenseBarcode = 'DriversLicenseBarcode',
  BCServicesCardBarcode = 'BCServicesCardBarcode',
  BCServicesComboCardCardBarcode = 'BCServicesComboCardCardBarcode',
}

// Stub interface representing a scanned code ie: barcode or qr code
export interface ScanableCode {
  type: CodeType | 'unknown'
  value?: string
}

export type DecodedCode =
  | BCServicesCardDecodedBarcode
  | DriversLicenseDecodedBarcode
  | BCServicesComboCardDecodedBarcode

// Interface for code decoding strategies
export interface DecoderStrategy {
  /**
   * Determines if the strategy can decode the given code.
   *
   * @param scanableCode The scanable code to check.
   * @returns True if the strategy can decode the code, false otherwise.
   */
  canDecode(scanableCode: ScanableCode): boolean
  /**
   * Decodes the given code.
   *
   * @param scanableCode The scanable code to decode.
   * @returns The decoded information.
   */
  decode(scanableCode: ScanableCode): DecodedCode
}

// Narrowed drivers license barcode type
export interface DriversLicenseBarcode {
  type: 'pdf-417'
  value: string
}

// Narrowed BC services card barcode type
export interface BCServicesCardBarcode {
  type: 'code-39' | 'code-128'
  value: string
}

export interface BCServicesCardDecodedBarcode {
  kind: DecodedCodeKind.BCServicesCardBarcode
  bcscSerial: string
}

export interface DriversLicenseMetadata {
  licenseNumber: string
  firstName: string
  middleNames: string
  lastName: string
  birthDate: Date
  expiryDate: Date
  streetAddress: string
  city: string
  province: string
  postalCode: string
  /** Issuer Identification Number from AAMVA track 2 (e.g. BC = '636028'). */
  isoIIN: string
}

export interface DriversLicenseDecodedBarcode extends DriversLicenseMetadata {
  kind: DecodedCodeKind.DriversLicenseBarcode
}

export interface BCServicesComboCardDecodedBarcode extends DriversLicenseMetadata {
  kind: DecodedCodeKind.BCServicesComboCardCardBarcode
  bcscSerial: string
}

/**
 * Returns an array of code decoding strategies in the order they should be attempted.
 *
 * @returns An ordered array of code decoding strategies.
 */
export const getDecoderStrategies = (): DecoderStrategy[] => {
  return [
    // Note: Attempt combo card decoding before drivers license decoding
    new BCComboCardBarcodeDecoder(),
    new DriversLicenseBarcodeDecoder(),
    new BCServicesCardBarcodeDecoder(),
  ]
}

/**
 * Decodes a scanable code using the provided decoding strategies.
 *
 * @param code The scanable code to decode.
 * @param decoderStrategies An array of decoding strategies to use. Defaults to the standard strategies.
 * @returns The decoded code information, or null if decoding was unsuccessful.
 */
export const decodeScannedCode = (
  code: ScanableCode,
  logger: AbstractBifoldLogger,
  decoderStrategies: DecoderStrategy[] = getDecoderStrategies()
): DecodedCode | null => {
  for (const strategy of decoderStrategies) {
    if (strategy.canDecode(code)) {
      try {
        return strategy.decode(code)
      } catch (error) {
        logger.warn(`Error decoding ${code.type} barcode`, { error })
        // Decoder matched but failed to parse — try the next strategy
        continue
      }
    }
  }

  return null
}

/**
 * Decodes an array of scannable codes using the provided decoding strategies.
 *
 * @param codes An array of scannable codes to decode.
 * @param logger A logger instance for logging decoding attempts and errors.
 * @returns An array of decoded code information, with null entries for codes that could not be decoded.
 */
export const decodeBarcodes = (codes: ScanableCode[], logger: AbstractBifoldLogger): (DecodedCode | null)[] => {
  const decodedCodes: Array<DecodedCode | null> = []

  for (const code of codes) {
    if (code.type === 'unknown') {
      logger.debug('[DecodeBarcodes] Skipping unknown barcode')
      continue
    }

    const decodedCode = decodeScannedCode(code, logger)

    if (!decodedCode) {
      logger.debug('[DecodeBarcodes] Failed to decode barcode', { barcode: code })
    } else {
      logger.debug('[DecodeBarcodes] Decoded barcode metadata:', { barcode: code, metadata: decodedCode })
    }

    decodedCodes.push(decodedCode)
  }

  return decodedCodes
}
