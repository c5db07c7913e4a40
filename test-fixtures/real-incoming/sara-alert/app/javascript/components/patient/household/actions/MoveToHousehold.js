import React from 'react';
import { PropTypes } from 'prop-types';
import { Form, Row, Col, Button, Modal, InputGroup, OverlayTrigger, Tooltip } from 'react-bootstrap';
import axios from 'axios';
import _ from 'lodash';
import { formatDate } from '../../../../utils/DateTime';
import { formatNameAlt, formatPhoneNumberVisually } from '../../../../utils/PatientFormatters';

import BadgeHoH from '../../icons/BadgeHoH';
import CustomTable from '../../../layout/CustomTable';
import reportError from '../../../util/ReportError';
import { patientHref } from '../../../../utils/Navigation';

class MoveToHousehold extends React.Component {
  constructor(props) {
    super(props);
    this.state = {
      table: {
        colData: [
          { field: 'name', label: 'Monitoree', isSortable: true, tooltip: null, filter: this.renderPatientName },
          { field: 'state_local_id', label: 'State/Local ID', isSortable: true, tooltip: null },
          { field: 'jurisdiction', label: 'Jurisdiction', isSortable: true, tooltip: null },
          { field: 'dob', label: 'Date of Birth', isSortable: true, tooltip: null, filter: formatDate },
          { field: 'primary_telephone', label: 'Phone Number', isSortable: true, tooltip: null, filter: this.renderPhoneNumber },
          { field: 'select', label: '', isSortable: false, tooltip: null, filter: this.createSelectButton, className: 'text-center', onClick: this.submit },
        ],
        rowData: [],
        totalRows: 0,
      },
      query: {
        page: 0,
        search: '',
        entries: 5,
        workflow: 'global',
        tab: 'all',
        scope: 'all',
        tz_offset: new Date().getTimezoneOffset(),
        exclude_patient_id: this.props.patient.id,
        // This query should always filter out records that are not self-reporters
        filter: [{ name: 'hoh', type: 'boolean', value: true }],
      },
      entryOptions: [5, 10],
      isLoading: false,
      showModal: false,
      cancelToken: axios.CancelToken.source(),
    };
  }

  /**
   * Creates a link and renders HoH badge for monitoree name in table.
   * @param {Object} data - provided by CustomTable about each cell in the column this filter is called in.
   */
  renderPatientName = data => {
    const name = data.value;
    const rowData = data.rowData;

    if (rowData.is_hoh) {
      return (
        <div>
          <BadgeHoH patientId={rowData.id.toString()} customClass={'float-right ml-1'} location={'right'} />
          <a href={patientHref(rowData.id, this.props.workflow)}>{name}</a>
        </div>
      );
    }
    return <a href={patientHref(rowData.id, this.props.workflow)}>{name}</a>;
  };

  /**
   * Uses custom phone number formatter for the phone number in the table
   * @param {Object} data - provided by CustomTable about each cell in the column this filter is called in.
   */
  renderPhoneNumber = data => {
    return formatPhoneNumberVisually(data.value);
  };

  /**
   * Creates a "Select" button for each row of the table.
   * @param {Object} data - provided by CustomTable about each cell in the column this filter is called in.
   */
  createSelectButton(data) {
    const rowData = data?.rowData;
    const patientId = rowData?.id;
    const ariaLabel = `Select button for monitoree ${rowData?.name}  with ID ${patientId}.`;
    return (
      <Button id={`select-button-${patientId}`} variant="primary" size="md" aria-label={ariaLabel}>
        Select
      </Button>
    );
  }

  /**
   * Toggles the Move To Household modal.
   */
  toggleModal = () => {
    let current = this.state.showModal;

    // If toggling off
    if (current) {
      // Reset modal when modal is hidden
      this.resetState();
    } else {
      this.setState(
        {
          showModal: true,
          isLoading: true,
        },
        () => {
          // Make initial call for table data when modal is shown.
          this.updateTable(this.state.query);
        }
      );
    }
  };

  resetState = () => {
    const resetQuery = {
      ...this.state.query,
      page: 0,
      search: '',
      entries: 5,
    };

    const resetTable = {
      ...this.state.table,
      rowData: [],
      totalRows: 0,
    };

    this.setState({
      showModal: false,
      isLoading: false,
      query: resetQuery,
      table: resetTable,
    });
  };

  /**
   * Handles change of input in the search input.
   * @param {SyntheticEvent} event - Event when the search input changes
   */
  handleSearchChange = event => {
    const value = event.target.value;
    this.setState(
      state => {
        return { query: { ...state.query, search: value } };
      },
      () => {
        this.updateTable(this.state.query);
      }
    );
  };

  /**
   * Called when the number of entries to be shown on a page changes.
   * Updates state and then calls table update handler.
   * @param {SyntheticEvent} event - Event when num entries changes
   */
  handleEntriesChange = event => {
    const value = event?.target?.value || event;
    this.setState(
      state => {
        return {
          query: { ...state.query, entries: parseInt(value), page: 0 },
        };
      },
      () => {
        this.updateTable(this.state.query);
      }
    );
  };

  /**
   * Called when a page is clicked in the pagination component.
   * Updates the table based on the selected page.
   *
   * @param {Object} page - Page object from react-paginate
   */
  handlePageUpdate = page => {
    this.setState(
      state => {
        return {
          query: { ...state.query, page: page.selected },
        };
      },
      () => {
        this.updateTable(this.state.query);
      }
    );
  };

  updateTable = query => {
    // cancel any previous unfinished requests to prevent race condition inconsistencies
    this.state.cancelToken.cancel();

    // generate new cancel token for this request
    const cancelToken = axios.CancelToken.source();

    this.setState({ query, cancelToken, isLoading: true }, () => {
      this.queryServer(query);
    });
  };

  queryServer = _.debounce(query => {
    axios.defaults.headers.common['X-CSRF-Token'] = this.props.authenticity_token;
    axios
      .post(window.BASE_PATH + '/patients/head_of_household_options', {
        query,
        cancelToken: this.state.cancelToken.token,
      })
      .catch(error => {
        if (!axios.isCancel(error)) {
          this.setState(state => {
            return {
              table: { ...state.table, rowData: [], totalRows: 0 },
              isLoading: false,
            };
          });
        } else {
          console.log(error);
          this.setState({ isLoading: false });
        }
      })
      .then(response => {
        if (response && response.data && response.data.linelist) {
          this.setState(state => {
            const displayedColData = this.state.table.colData.filter(colData => response.data.fields.includes(colData.field));
            return {
              table: { ...state.table, displayedColData, rowData: response.data.linelist, totalRows: response.data.total },
              isLoading: false,
            };
          });
        } else {
          this.setState({ isLoading: false });
        }
      });
  }, 500);

  /**
   * Makes a POST to update the HoH for the current patient.
   * @param {string} new_hoh_id
   */
  submit = new_hoh_id => {
    this.setState({ isLoading: true }, () => {
      axios.defaults.headers.common['X-CSRF-Token'] = this.props.authenticity_token;
      axios
        .post(window.BASE_PATH + '/patients/' + this.props.patient.id + '/move_to_household', {
          new_hoh_id: new_hoh_id,
        })
        .then(() => {
          // Reload the page to see updated HoH
          location.reload();
        })
        .catch(err => {
          reportError(err?.response?.data?.error ? err.response.data.error : err, false);
        });
    });
  };

  /**
   * Handles a key press event on the search form control.
   * Checks for enter button press and prevents submisson event.
   * @param {Object} event
   */
  handleKeyPress(event) {
    if (event.which === 13) {
      event.preventDefault();
    }
  }

  createModal() {
    return (
      <Modal dialogClassName="modal-move-household" show centered onHide={this.toggleModal}>
        <Modal.Header>
          <Modal.Title>Move To Household</Modal.Title>
        </Modal.Header>
        <Modal.Body className="modal-move-household-body">
          <Form>
            <Row>
              <Form.Group as={Col}>
                <Form.Label>
                  Please select the new monitoree that will respond for <b>{formatNameAlt(this.props.patient)}</b>.
                </Form.Label>
                <p>
                  You may select from the provided existing Head of Households and monitorees who are self reporting. {formatNameAlt(this.props.patient)} will
                  be immediately moved into the selected monitoree&apos;s household.
                </p>
                <InputGroup size="md">
                  <InputGroup.Prepend>
                    <OverlayTrigger
                      overlay={
                        <Tooltip>Search by Monitoree Name, Date of Birth, Email, Primary Telephone Number, State/Local ID, CDC ID, or NNDSS/Case ID</Tooltip>
                      }>
                      <InputGroup.Text className="rounded-0">
                        <i className="fas fa-search"></i>
                        <label htmlFor="search-input" className="ml-1 mb-0">
                          Search
                        </label>
                      </InputGroup.Text>
                    </OverlayTrigger>
                  </InputGroup.Prepend>
                  <Form.Control
                    id="search-input"
                    autoComplete="off"
                    size="md"
                    name="search"
                    aria-label="Search"
                    value={this.state.query.search}
                    onChange={this.handleSearchChange}
                    onKeyPress={this.handleKeyPress}
                  />
                </InputGroup>
              </Form.Group>
            </Row>
          </Form>
          <CustomTable
            dataType="households"
            columnData={this.state.table.colData}
            rowData={this.state.table.rowData}
            totalRows={this.state.table.totalRows}
            handleTableUpdate={query => this.updateTable({ ...this.state.query, order: query.orderBy, page: query.page, direction: query.sortDirection })}
            handleEntriesChange={this.handleEntriesChange}
            isSelectable={false}
            isEditable={false}
            isLoading={this.state.isLoading}
            page={this.state.query.page}
            handlePageUpdate={this.handlePageUpdate}
            entryOptions={this.state.entryOptions}
            entries={this.state.query.entries}
          />
        </Modal.Body>
        <Modal.Footer>
          <Button
            id="move-to-household-cancel-button"
            variant="secondary btn-square"
            aria-label="Cancel button for Move To Household modal"
            onClick={this.toggleModal}>
            Cancel
          </Button>
        </Modal.Footer>
      </Modal>
    );
  }

  render() {
    return (
      <React.Fragment>
        <Button size="sm" className="my-2 mr-2" aria-label="Move To Household button" onClick={this.toggleModal}>
          <i className="fas fa-house-user"></i> Move To Household
        </Button>
        {this.state.showModal && this.createModal()}
      </React.Fragment>
    );
  }
}

MoveToHousehold.propTypes = {
  patient: PropTypes.object,
  authenticity_token: PropTypes.string,
  workflow: PropTypes.string,
};

export default MoveToHousehold;
