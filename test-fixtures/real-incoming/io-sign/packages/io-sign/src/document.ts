import * as t from "io-ts";

import * as E from "fp-ts/lib/Either";

import {
  NonEmptyString,
  WithinRangeString
} from "@pagopa/ts-commons/lib/strings";

import { IsoDateFromString } from "@pagopa/ts-commons/lib/dates";

import { NonNegativeNumber } from "@pagopa/ts-commons/lib/numbers";

import { pipe } from "fp-ts/lib/function";

import { ActionNotAllowedError } from "./error";
import { Id, id } from "./id";

const ClauseType = t.keyof({
  REQUIRED: null,
  UNFAIR: null,
  OPTIONAL: null
});

const ClauseTitle = WithinRangeString(5, 80);

export const Clause = t.type({
  title: ClauseTitle,
  type: ClauseType
});

export type Clause = t.TypeOf<typeof Clause>;

export const isRequired = (c: Clause) => c.type !== "OPTIONAL";

export const SignatureFieldAttributes = t.type({
  uniqueName: NonEmptyString
});

export type SignatureFieldAttributes = t.TypeOf<
  typeof SignatureFieldAttributes
>;

export const SignatureFieldToBeCreatedAttributes = t.type({
  coordinates: t.type({
    x: t.number,
    y: t.number
  }),
  page: NonNegativeNumber,
  size: t.type({
    w: NonNegativeNumber,
    h: NonNegativeNumber
  })
});

export type SignatureFieldToBeCreatedAttributes = t.TypeOf<
  typeof SignatureFieldToBeCreatedAttributes
>;

export const SignatureField = t.type({
  attributes: t.union([
    SignatureFieldAttributes,
    SignatureFieldToBeCreatedAttributes
  ]),
  clause: Clause
});

export type SignatureField = t.TypeOf<typeof SignatureField>;

export const PdfDocumentMetadataPage = t.type({
  number: NonNegativeNumber,
  width: NonNegativeNumber,
  height: NonNegativeNumber
});
export type PdfDocumentMetadataPage = t.TypeOf<typeof PdfDocumentMetadataPage>;

export const PdfDocumentMetadataFormField = t.type({
  type: t.literal("PDFSignature"),
  name: t.string
});
export type PdfDocumentMetadataFormField = t.TypeOf<
  typeof PdfDocumentMetadataFormField
>;

export const PdfDocumentMetadata = t.type({
  pages: t.array(PdfDocumentMetadataPage),
  formFields: t.array(PdfDocumentMetadataFormField)
});
export type PdfDocumentMetadata = t.TypeOf<typeof PdfDocumentMetadata>;

export interface SignatureFieldsBrand {
  readonly SignatureFields: unique symbol;
}

export const SignatureFields = t.brand(
  t.array(SignatureField),
  (
    signatureFields
  ): signatureFields is t.Branded<SignatureField[], SignatureFieldsBrand> =>
    signatureFields.length === 0 ||
    signatureFields.some((field) => field.clause.type !== "OPTIONAL"),
  "SignatureFields"
);

export const DocumentMetadata = t.type({
  title: WithinRangeString(3, 61),
  signatureFields: SignatureFields,
  pdfDocumentMetadata: PdfDocumentMetadata
});

export type DocumentMetadata = t.TypeOf<typeof DocumentMetadata>;

export const DocumentId = Id;

const commonFields = {
  id: DocumentId,
  metadata: DocumentMetadata,
  createdAt: IsoDateFromString,
  updatedAt: IsoDateFromString
};

const DocumentToBeUploaded = t.type({
  ...commonFields,
  status: t.literal("WAIT_FOR_UPLOAD")
});

export type DocumentToBeUploaded = t.TypeOf<typeof DocumentToBeUploaded>;

const DocumentToBeValidated = t.type({
  ...commonFields,
  status: t.literal("WAIT_FOR_VALIDATION"),
  uploadedAt: IsoDateFromString
});

export type DocumentToBeValidated = t.TypeOf<typeof DocumentToBeValidated>;

export const DocumentReady = t.type({
  ...commonFields,
  status: t.literal("READY"),
  uploadedAt: IsoDateFromString,
  url: t.string
});

export type DocumentReady = t.TypeOf<typeof DocumentReady>;

const DocumentRejected = t.type({
  ...commonFields,
  status: t.literal("REJECTED"),
  uploadedAt: IsoDateFromString,
  rejectedAt: IsoDateFromString,
  rejectReason: t.string
});

export type DocumentRejected = t.TypeOf<typeof DocumentRejected>;

export const Document = t.union([
  DocumentToBeUploaded,
  DocumentToBeValidated,
  DocumentReady,
  DocumentRejected
]);

export type Document = t.TypeOf<typeof Document>;

export const newDocument = (metadata: DocumentMetadata): Document => ({
  id: id(),
  status: "WAIT_FOR_UPLOAD",
  metadata,
  createdAt: new Date(),
  updatedAt: new Date()
});

export const updatePdfDocumentMetadata =
  (pdfDocumentMetadata: PdfDocumentMetadata) =>
  (document: DocumentReady): DocumentReady => ({
    ...document,
    metadata: {
      signatureFields: document.metadata.signatureFields,
      title: document.metadata.title,
      pdfDocumentMetadata
    }
  });

type Action_MARK_AS_READY = {
  name: "MARK_AS_READY";
  payload: {
    url: string;
    pdfDocumentMetadata: PdfDocumentMetadata;
  };
};

type Action_MARK_AS_REJECTED = {
  name: "MARK_AS_REJECTED";
  payload: {
    reason: string;
  };
};

type Action_START_VALIDATION = {
  name: "START_VALIDATION";
};

type DocumentAction =
  | Action_START_VALIDATION
  | Action_MARK_AS_READY
  | Action_MARK_AS_REJECTED;

const dispatch =
  (action: DocumentAction) =>
  (document: Document): E.Either<Error, Document> => {
    switch (document.status) {
      case "READY":
      case "WAIT_FOR_UPLOAD":
        return pipe(document, onWaitForUploadOrReadyStatus(action));
      case "REJECTED":
        return pipe(document, onRejectedStatus(action));
      case "WAIT_FOR_VALIDATION":
        return pipe(document, onWaitForValidationStatus(action));
      default:
        return E.left(new ActionNotAllowedError("Invalid status"));
    }
  };

const onWaitForUploadOrReadyStatus =
  (action: DocumentAction) =>
  ({
    id,
    metadata,
    createdAt
  }: DocumentToBeUploaded | DocumentReady): E.Either<
    Error,
    DocumentToBeValidated
  > => {
    switch (action.name) {
      case "START_VALIDATION":
        return E.right({
          id,
          createdAt,
          metadata,
          status: "WAIT_FOR_VALIDATION",
          uploadedAt: new Date(),
          updatedAt: new Date()
        });
      default:
        return E.left(
          new ActionNotAllowedError(
            "This operation is prohibited if the document is in READY and WAIT_FOR_UPLOAD status"
          )
        );
    }
  };

const onWaitForValidationStatus =
  (action: DocumentAction) =>
  (
    document: DocumentToBeValidated
  ): E.Either<Error, DocumentReady | DocumentRejected> => {
    switch (action.name) {
      case "MARK_AS_READY":
        return E.right(
          updatePdfDocumentMetadata(action.payload.pdfDocumentMetadata)({
            ...document,
            status: "READY",
            url: action.payload.url,
            updatedAt: new Date()
          })
        );
      case "MARK_AS_REJECTED": {
        return E.right({
          ...document,
          status: "REJECTED",
          rejectedAt: new Date(),
          rejectReason: action.payload.reason,
          updatedAt: new Date()
        });
      }
      default:
        return E.left(
          new ActionNotAllowedError(
            "This operation is prohibited if the document is in WAIT_FOR_VALIDATION status"
          )
        );
    }
  };

const onRejectedStatus =
  (action: DocumentAction) =>
  ({
    id,
    createdAt,
    metadata
  }: DocumentRejected): E.Either<Error, DocumentToBeValidated> => {
    switch (action.name) {
      case "START_VALIDATION":
        return E.right({
          id,
          createdAt,
          metadata,
          status: "WAIT_FOR_VALIDATION",
          uploadedAt: new Date(),
          updatedAt: new Date()
        });
      default:
        return E.left(
          new ActionNotAllowedError(
            "This operation is prohibited if the document is in REJECTED status"
          )
        );
    }
  };

export const startValidation = dispatch({
  name: "START_VALIDATION"
});

export const markAsReady = (
  url: string,
  pdfDocumentMetadata: PdfDocumentMetadata
) =>
  dispatch({
    name: "MARK_AS_READY",
    payload: {
      url,
      pdfDocumentMetadata
    }
  });

export const markAsRejected = (reason: string) =>
  dispatch({
    name: "MARK_AS_REJECTED",
    payload: {
      reason
    }
  });
