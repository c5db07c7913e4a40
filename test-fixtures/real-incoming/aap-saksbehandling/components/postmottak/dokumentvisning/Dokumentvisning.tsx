'use client';

import { useEffect, useState } from 'react';
import { BodyShort, Button, HStack, Tabs, Tooltip } from '@navikt/ds-react';
import { Dokument } from 'lib/types/postmottakTypes';
import { ExpandIcon, ShrinkIcon } from '@navikt/aksel-icons';

import styles from './Dokumentvisning.module.css';
import { postmottakHentDokumentClient } from 'lib/postmottakClientApi';

interface Props {
  journalpostId: number;
  dokumenter: Dokument[];
  setIsExpandedAction: (isExpanded: boolean) => void;
  isExpanded: boolean;
}

export const Dokumentvisning = ({ journalpostId, dokumenter, setIsExpandedAction, isExpanded }: Props) => {
  const [valgtDokumentInfoId, setValgtDokumentInfoId] = useState<string | undefined>(
    dokumenter && dokumenter.length > 0 ? dokumenter[0].dokumentInfoId : undefined
  );

  const [dataUri, setDataUri] = useState<string>();

  useEffect(() => {
    let objectURL: string | undefined;

    const hentDokument = async (dokumentInfoId: string) => {
      const blob = await postmottakHentDokumentClient(journalpostId, dokumentInfoId);
      objectURL = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
      setDataUri(objectURL);
    };

    if (valgtDokumentInfoId) {
      hentDokument(valgtDokumentInfoId);
    }

    return () => {
      if (objectURL) {
        URL.revokeObjectURL(objectURL);
      }
    };
  }, [valgtDokumentInfoId, journalpostId]);

  return (
    <div className={styles.dokumentvisning}>
      <HStack gap={'space-8'} align={'center'}>
        <div className={styles.ekspanderknapp}>
          <Button
            variant={'tertiary'}
            size={'small'}
            icon={isExpanded ? <ShrinkIcon /> : <ExpandIcon />}
            type={'button'}
            onClick={() => setIsExpandedAction(!isExpanded)}
          />
        </div>
        <Tabs defaultValue="0" size="medium">
          <Tabs.List>
            {dokumenter.map((dokument, index) => (
              <Tooltip key={dokument.dokumentInfoId} content={dokument.tittel || ''}>
                <Tabs.Tab
                  value={`${index}`}
                  label={
                    <div style={{ maxWidth: '200px' }}>
                      <BodyShort truncate>{dokument.tittel}</BodyShort>
                    </div>
                  }
                  onClick={() => setValgtDokumentInfoId(dokument.dokumentInfoId)}
                />
              </Tooltip>
            ))}
          </Tabs.List>
        </Tabs>
      </HStack>
      {dataUri && (
        <div className={styles.pdf}>
          <iframe className={styles.iframe} src={dataUri} title="Dokumentvisning" />
        </div>
      )}
    </div>
  );
};
