type DocumentOnlyProps = {
  document: Document;
};

export type { DocumentOnlyProps };
