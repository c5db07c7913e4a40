import { Table, TableBody, TableCell, TableRow, Button } from "@mui/material";
import { Person as PersonIcon } from "@mui/icons-material";
import { useState, useEffect } from "react";
import { PersonAdd } from "../../components";
import { type PersonInterface } from "@churchapps/helpers";
import { PersonHelper, Locale, PersonAvatar } from "@churchapps/apphelper";

interface Props {
  person: PersonInterface;
  handleAssociatePerson: (person: PersonInterface) => void;
  searchStatus: (value: boolean) => void;
  filterList?: string[];
  onChangeClick?: () => void;
  showChangeOption?: boolean;
}

export const AssociatePerson = ({ person, handleAssociatePerson, searchStatus, filterList, onChangeClick = () => {}, showChangeOption = true }: Props) => {
  const [showSearchPerson, setShowSearchPerson] = useState<boolean>(false);
  const [hasSearched, setHasSearched] = useState<boolean>(false);

  useEffect(() => {
    setShowSearchPerson(false);
    setHasSearched(false);
  }, [person]);

  const searchClicked = () => {
    setHasSearched(true);
  };

  const handleChangeClick = () => {
    setShowSearchPerson(true);
    onChangeClick();
  };

  useEffect(() => {
    searchStatus(hasSearched);
  }, [hasSearched, searchStatus]);

  if (!person || showSearchPerson) {
    return <PersonAdd getPhotoUrl={PersonHelper.getPhotoUrl} addFunction={handleAssociatePerson} searchClicked={searchClicked} filterList={filterList} includeEmail={true} />;
  }
  return (
    <Table size="small">
      <TableBody>
        <TableRow>
          <TableCell>
            <PersonAvatar person={person} size="small" />
          </TableCell>
          <TableCell className="border-0">{person?.name?.display}</TableCell>
          {showChangeOption && (
            <TableCell className="border-0">
              <Button size="small" variant="outlined" startIcon={<PersonIcon />} data-cy="change-person" onClick={handleChangeClick}>{Locale.label("settings.associatePerson.change")}</Button>
            </TableCell>
          )}
        </TableRow>
      </TableBody>
    </Table>
  );
};
