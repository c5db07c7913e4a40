import { useCallback, useEffect, useMemo, useState } from 'react';
import { debounce } from 'lodash';
import { Select, Option, SearchResult, TextInput, IconSearch } from 'hds-react';
import { useTranslation } from 'react-i18next';

import { CustomerListItem } from '../../types';
import { useGetCustomersQuery } from '../../redux/services/api';
import styles from './SelectCustomerDropdown.module.scss';

const T_PATH = 'components.customers.SelectCustomerDropdown';
const SEARCH_KEYWORD_MIN_LENGTH = 2;

interface IProps {
  handleSelectCallback: (customerId: string) => void;
  errorMessage?: string;
  hasError?: boolean;
  helpText?: string;
}

const SelectCustomerDropdown = ({ handleSelectCallback, errorMessage, hasError, helpText }: IProps) => {
  const { t } = useTranslation();
  const [searchValue, setSearchValue] = useState<string>('');
  const [options, setOptions] = useState<Option[]>([]);
  const [didMount, setDidMount] = useState(false);
  const {
    data: customers,
    isSuccess,
    isError,
    isLoading,
    isFetching,
  } = useGetCustomersQuery(`last_name=${searchValue}`, { skip: searchValue.length < SEARCH_KEYWORD_MIN_LENGTH });

  // Update component mount state
  useEffect(() => {
    setDidMount(true);
    return () => setDidMount(false);
  }, []);

  useEffect(() => {
    // Construct label that is visible as a single dropdown option
    const getLabel = (customer: CustomerListItem) => {
      let label = `${customer.primary_last_name}, ${customer.primary_first_name} - ${customer.primary_email}`;
      if (customer.secondary_last_name) {
        label = `${label}; ${customer.secondary_last_name}, ${customer.secondary_first_name}`;
      }
      return label.concat(` - ID: ${customer.id}`);
    };

    // Create dropdown options from found customers
    const mapOptions = (customerList: CustomerListItem[]): Option[] => {
      let list: Option[] = [];

      customerList.forEach((customer) => {
        list.push({
          label: getLabel(customer),
          value: customer.id.toString(),
          visible: true,
          disabled: false,
          selected: false,
          isGroupLabel: false,
        });
      });

      return list;
    };

    // Show one disabled option with label "loading" while fetching the customers
    if (isLoading || isFetching) {
      return setOptions([
        {
          label: t(`${T_PATH}.loading`),
          value: '',
          disabled: true,
          selected: true,
          isGroupLabel: false,
          visible: true,
        },
      ]);
    }

    // Set dropdown options empty if:
    // - The search keyword is too short
    // - There's an error while fetching customers
    // - No success state in customer fetching
    if (searchValue.length < SEARCH_KEYWORD_MIN_LENGTH || isError || !isSuccess) {
      return setOptions([]);
    }

    // Show one disabled option with label "no results" when there's no results from the query
    if (isSuccess && customers?.length === 0) {
      return setOptions([
        {
          label: t(`${T_PATH}.noResults`),
          value: '',
          disabled: true,
          selected: true,
          isGroupLabel: false,
          visible: true,
        },
      ]);
    }

    // For successfull results, display found customers as dropdown options
    if (isSuccess && customers) {
      const customerOptions = mapOptions(customers);
      setOptions(customerOptions);
    }
  }, [customers, searchValue, isSuccess, isError, isLoading, isFetching, t]);

  // Use debounce to optimize the number of calls to the backend while typing rapidly
  const debouncedSearch = useMemo(
    () =>
      debounce((searchKeyword: string) => {
        // Wait for the component to mount before trying to update it's state
        if (didMount) {
          setSearchValue(searchKeyword);
        }
      }, 500),
    [setSearchValue, didMount]
  );

  // Use debounced search keyword setting for the backend and return all of the found options
  const handleSearch = useCallback(
    async (searchKeyword: string, selectOptions: Option[]): Promise<SearchResult> => {
      debouncedSearch(searchKeyword);
      return { options: selectOptions };
    },
    [debouncedSearch]
  );

  // Set the selected customer's ID
  const handleSelectChange = (selected: Option) => {
    if (!selected) {
      return handleSelectCallback('');
    }
    return handleSelectCallback(selected.value);
  };

  const renderHelpText = () => {
    if (helpText) {
      return helpText + ' ' + t(`${T_PATH}.searchByLastNameOnly`);
    }

    return t(`${T_PATH}.searchByLastNameOnly`);
  };

  return (
    /* Quick fix while refactoring. Select-component's own searchfield doesn't retain
    its search value between searches when using a debounced search 
    which leads to a janky user experience. -> use a separate TextInput
    **/
    <div className={styles.inputWrapper}>
      <TextInput
        buttonIcon={<IconSearch />}
        type="search"
        id={'searchCustomer'}
        placeholder={t(`${T_PATH}.searchByName`)}
        label={t(`${T_PATH}.selectCustomer`)}
        onChange={(e) => {
          handleSearch(e.target.value, options);
        }}
      />
      {searchValue && (
        <Select
          texts={{
            error: errorMessage || `${T_PATH}.errorLoadingCustomers`,
            label: t(`${T_PATH}.selectCustomer`),
          }}
          required
          id="selectCustomer"
          placeholder={t(`${T_PATH}.searchByName`)}
          invalid={isError || hasError}
          options={options}
          onChange={(selected: Option[], clickedOption: Option) => handleSelectChange(clickedOption)}
          defaultValue={options.find((x: Option) => !x.disabled)?.value}
          open={true}
          visibleOptions={8}
          clearable
        />
      )}
    </div>
  );
};

export default SelectCustomerDropdown;
