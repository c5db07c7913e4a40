import { Search, Button, Dropdown, Tag } from '@bahmni/design-system';
import {
  PatientSearchResultBundle,
  useTranslation,
  getRegistrationConfig,
  PatientSearchField,
} from '@bahmni/services';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNotification } from '../notification';
import { PatientSearchType, SearchContext } from './SearchStrategy.interface';
import searchStrategyRegistry from './strategies/SearchStrategyRegistry';
import styles from './styles/SearchPatient.module.scss';

interface SearchPatientProps {
  buttonTitle: string;
  searchBarPlaceholder: string;
  onSearch: (
    data: PatientSearchResultBundle | undefined,
    searchTerm: string,
    isLoading: boolean,
    isError: boolean,
    isAdvancedSearch: boolean,
    selectedFieldType?: string,
  ) => void;
}

const SearchPatient: React.FC<SearchPatientProps> = ({
  buttonTitle,
  searchBarPlaceholder,
  onSearch,
}) => {
  const [searchTerm, setSearchTerm] = useState('');
  const [searchInput, setSearchInput] = useState('');
  const [advanceSearchInput, setAdvanceSearchInput] = useState('');
  const [validationError, setValidationError] = useState('');
  const { addNotification } = useNotification();
  const { t } = useTranslation();
  const [isAdvancedSearch, setIsAdvancedSearch] = useState<boolean>(false);
  const [dropdownItems, setDropdownItems] = useState<string[]>([]);
  const [selectedDropdownItem, setSelectedDropdownItem] = useState<string>('');
  const [searchFields, setSearchFields] = useState<PatientSearchField[]>([]);

  const {
    data: configData,
    isError: configIsError,
    error: configError,
  } = useQuery({
    queryKey: ['registrationConfig'],
    queryFn: () => getRegistrationConfig(),
    staleTime: 0,
    gcTime: 0,
  });

  const getSearchType = (
    searchField?: PatientSearchField,
  ): PatientSearchType => {
    return isAdvancedSearch
      ? searchField?.type === 'appointment'
        ? 'appointment'
        : 'attributes'
      : 'nameOrId';
  };

  /**
   * Execute search using the appropriate strategy
   */
  const getSearchQuery = async (): Promise<PatientSearchResultBundle> => {
    const selectedField = searchFields.find(
      (field) => t(field.translationKey) === selectedDropdownItem,
    );

    // Determine which strategy to use
    const searchType: PatientSearchType = getSearchType(selectedField);

    // Get the appropriate strategy
    const strategy = searchStrategyRegistry.getStrategy(searchType);

    // Build context for the strategy
    const context: SearchContext = {
      selectedField,
      searchFields,
      translator: t,
    };

    // Validate input if strategy supports it
    if (strategy.validate) {
      const validation = strategy.validate(searchTerm, context);
      if (!validation.valid) {
        throw new Error(validation.error);
      }
    }

    // Format input if strategy supports it
    const formattedTerm = strategy.formatInput
      ? strategy.formatInput(searchTerm, context)
      : searchTerm;

    // Execute the search
    return await strategy.execute(formattedTerm, context);
  };

  const { data, isLoading, isError, error } = useQuery({
    queryKey: [
      'patientSearch',
      searchTerm,
      isAdvancedSearch,
      selectedDropdownItem,
    ],
    queryFn: getSearchQuery,
    enabled: !!searchTerm,
    staleTime: 0,
    gcTime: 0,
  });

  const isPhoneSearch = () => {
    const selectedField = searchFields.find(
      (field) => t(field.translationKey) === selectedDropdownItem,
    );
    return (
      selectedField?.fields.some(
        (fieldName) =>
          fieldName === 'phoneNumber' || fieldName === 'alternatePhoneNumber',
      ) ?? false
    );
  };

  const handleChange = (inputValue: string, type: 'name' | 'advance') => {
    if (type === 'advance') {
      if (isPhoneSearch()) {
        setAdvanceSearchInput(inputValue);
        setSearchInput('');
        const hasPlusAtStart = inputValue.length > 0 && inputValue[0] === '+';
        const numericValue = inputValue.replace(/[^0-9]/g, '');
        const formattedValue = hasPlusAtStart
          ? '+' + numericValue
          : numericValue;
        setValidationError(
          validationError && inputValue !== formattedValue
            ? t('PHONE_NUMBER_VALIDATION_ERROR')
            : '',
        );
      } else {
        setValidationError('');
        setAdvanceSearchInput(inputValue);
        setSearchInput('');
      }
    } else {
      setValidationError('');
      setAdvanceSearchInput('');
      setSearchInput(inputValue);
    }
  };

  const handleClick = (type: 'name' | 'advance') => {
    const inputValue = type === 'advance' ? advanceSearchInput : searchInput;
    if (!inputValue.trim()) return;

    const trimmedValue = inputValue.trim();

    if (type === 'advance') {
      if (isPhoneSearch()) {
        const hasPlusAtStart = inputValue.length > 0 && inputValue[0] === '+';
        const numericValue = inputValue.replace(/[^0-9]/g, '');
        const formattedValue = hasPlusAtStart
          ? '+' + numericValue
          : numericValue;

        const hasInvalidChars =
          inputValue !== formattedValue && inputValue.length > 0;

        if (hasInvalidChars) {
          setValidationError(t('PHONE_NUMBER_VALIDATION_ERROR'));
          return;
        } else {
          setValidationError('');
          setSearchTerm(formattedValue);
          setAdvanceSearchInput(trimmedValue);
        }
      } else {
        setValidationError('');
        setAdvanceSearchInput(trimmedValue);
        setSearchTerm(trimmedValue);
      }
    } else {
      setSearchInput(trimmedValue);
      setSearchTerm(trimmedValue);
    }

    setIsAdvancedSearch(type === 'advance');
  };

  const handleOnClear = (type: 'name' | 'advance') => {
    if (type === 'advance') {
      setAdvanceSearchInput('');
      setValidationError('');
    } else {
      setSearchInput('');
    }
    setSearchTerm('');
  };

  useEffect(() => {
    if (configIsError) {
      addNotification({
        title: t('CONFIG_ERROR_SCHEMA_VALIDATION_FAILED'),
        message:
          configError instanceof Error
            ? configError.message
            : String(configError),
        type: 'error',
      });
      setDropdownItems([]);
      setSelectedDropdownItem('');
    } else if (configData?.patientSearch?.customAttributes) {
      const combinedFields = [
        ...(configData.patientSearch.customAttributes || []),
        ...(configData.patientSearch.appointment || []),
      ];
      setSearchFields(combinedFields);

      const labels = combinedFields.map((field: PatientSearchField) =>
        t(field.translationKey),
      );
      setDropdownItems(labels);
      setSelectedDropdownItem(labels[0] || '');
    } else if (configData && dropdownItems.length === 0) {
      addNotification({
        title: t('CONFIG_ERROR_NOT_FOUND'),
        message: 'No patient search configuration found',
        type: 'error',
      });
      setDropdownItems([]);
      setSelectedDropdownItem('');
    }
  }, [configData, configIsError, configError, addNotification, t]);

  useEffect(() => {
    if (isError && searchTerm) {
      onSearch(data, searchTerm, isLoading, isError, isAdvancedSearch);
      addNotification({
        title: t('ERROR_DEFAULT_TITLE'),
        message: error instanceof Error ? error.message : String(error),
        type: 'error',
      });
    }
    const selectedField = searchFields.find(
      (field) => t(field.translationKey) === selectedDropdownItem,
    );
    onSearch(
      data,
      searchTerm,
      isLoading,
      isError,
      isAdvancedSearch,
      selectedField?.type,
    );
  }, [
    searchTerm,
    isLoading,
    isError,
    onSearch,
    data,
    isAdvancedSearch,
    selectedDropdownItem,
    searchFields,
    addNotification,
    t,
    error,
  ]);

  return (
    <div
      id="search-patient-tile"
      data-testid="search-patient-tile"
      className={styles.searchPatientContainer}
    >
      <div
        id="search-patient-input"
        className={styles.searchPatient}
        data-testid="search-patient-input"
      >
        <Search
          id="search-patient-searchbar"
          testId="search-patient-searchbar"
          placeholder={searchBarPlaceholder}
          labelText="Search"
          value={searchInput}
          onChange={(e) => handleChange(e.target.value, 'name')}
          onKeyDown={(e) => {
            if (e.code === 'Enter') {
              handleClick('name');
            }
          }}
          onClear={() => handleOnClear('name')}
        />
        <Button
          id="search-patient-search-button"
          testId="search-patient-search-button"
          size="md"
          onClick={() => handleClick('name')}
          disabled={isLoading || searchInput.trim().length === 0}
          className={styles.searchButton}
        >
          {buttonTitle}
        </Button>
      </div>

      <div className={styles.orDivider}>
        <Tag type="cool-gray">{t('OR')}</Tag>
      </div>

      <div className={styles.searchPatient}>
        <div className={styles.advanceSearchContainer}>
          <div className={styles.advanceInputWrapper}>
            <Search
              id="advance-search-input"
              testId="advance-search-input"
              labelText="Advance Search"
              placeholder={t('SEARCH_BY_CUSTOM_ATTRIBUTE', {
                attribute: String(selectedDropdownItem),
              })}
              value={advanceSearchInput}
              onChange={(e) => handleChange(e.target.value, 'advance')}
              onKeyDown={(e) => {
                if (e.code === 'Enter') {
                  handleClick('advance');
                }
              }}
              onClear={() => handleOnClear('advance')}
              inputMode="numeric"
            />
            {validationError && (
              <div
                className={styles.errorMessage}
                data-testid="field-validation-error"
              >
                {validationError}
              </div>
            )}
          </div>
          <Dropdown
            id="search-type-dropdown"
            testId="search-type-dropdown"
            titleText=""
            label={selectedDropdownItem}
            className={styles.searchTypeDropdown}
            size="md"
            items={dropdownItems}
            selectedItem={selectedDropdownItem}
            onChange={(event) => {
              setSelectedDropdownItem(event.selectedItem ?? '');
              setAdvanceSearchInput('');
              setSearchInput('');
              setSearchTerm('');
              setValidationError('');
            }}
            aria-label={t('PATIENT_SEARCH_ATTRIBUTE_SELECTOR')}
          />
        </div>
        <Button
          size="md"
          id="advance-search-button"
          testId="advance-search-button"
          disabled={isLoading || advanceSearchInput.trim().length === 0}
          className={styles.searchButton}
          onClick={() => handleClick('advance')}
        >
          {buttonTitle}
        </Button>
      </div>
    </div>
  );
};

export default SearchPatient;
