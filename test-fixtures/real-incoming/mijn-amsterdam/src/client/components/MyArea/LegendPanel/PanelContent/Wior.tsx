import { GenericBase } from './GenericBase.tsx';
import { defaultDateFormat } from '../../../../../universal/helpers/date.ts';
import type { Unshaped } from '../../../../../universal/types/App.types.ts';
import type { Row, RowSet } from '../../../Datalist/Datalist.tsx';
import { Datalist } from '../../../Datalist/Datalist.tsx';

interface MyArePanelContentWIORProps {
  panelItem: Unshaped;
}

export function MyArePanelContentWIOR({
  panelItem,
}: MyArePanelContentWIORProps) {
  const rows: Array<Row | RowSet> = [
    {
      label: 'Projectnummer',
      content: panelItem.wiorNummer,
      isVisible: !!panelItem.wiorNummer,
    },
    {
      label: 'Projectnaam',
      content: panelItem.projectnaam,
      isVisible: !!panelItem.projectnaam,
    },
    {
      label: 'Werkzaamheden',
      content: panelItem.beschrijving,
      isVisible: !!panelItem.beschrijving,
    },
    {
      label: 'Geplande uitvoering',
      rows: [
        {
          label: `Datum ${panelItem.datumStartUitvoering !== panelItem.datumEindeUitvoering ? 'van' : ''}`,
          content: defaultDateFormat(panelItem.datumStartUitvoering),
        },
        {
          label: 'Datum tot en met',
          content: defaultDateFormat(panelItem.datumEindeUitvoering),
        },
      ],
      isVisible: !!(
        panelItem.datumStartUitvoering && panelItem.datumEindeUitvoering
      ),
    },
  ];

  return (
    <GenericBase
      title={`Projectnummer: ${panelItem.wiorNummer}`}
      supTitle="Werk in de openbare ruimte (WIOR)"
    >
      <Datalist rows={rows} />
    </GenericBase>
  );
}
