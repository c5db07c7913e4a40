import Oystehr from '@oystehr/sdk';
import { CandidApi, CandidApiClient, CandidApiEnvironment } from 'candidhealth';
import { Appointment, Patient } from 'fhir/r4b';
import * as fs from 'fs';
import { createClinicalOystehrClient, getAuth0Token } from '../shared';

interface PatientInfo {
  fullName: string;
  dateOfBirth: string;
  latestAppointmentDate: string | null;
}

async function getPatientInfoWithLatestAppointment(oystehr: Oystehr, patientId: string): Promise<PatientInfo | null> {
  try {
    console.log(`🔍 Fetching patient info for: ${patientId}`);

    // Get patient resource
    const patient = await oystehr.fhir.get<Patient>({
      resourceType: 'Patient',
      id: patientId,
    });

    if (!patient) {
      console.log(`❌ Patient not found: ${patientId}`);
      return null;
    }

    // Extract full name
    const name = patient.name?.[0];
    const fullName = name ? `${name.given?.join(' ') || ''} ${name.family || ''}`.trim() : 'Unknown';

    // Extract date of birth
    const dateOfBirth = patient.birthDate || 'Unknown';

    // Get latest appointment for this patient
    console.log(`🔍 Fetching appointments for patient: ${patientId}`);

    const appointmentsResponse = await oystehr.fhir.search<Appointment>({
      resourceType: 'Appointment',
      params: [
        {
          name: 'patient',
          value: `Patient/${patientId}`,
        },
        {
          name: '_sort',
          value: '-date', // Sort by date descending (latest first)
        },
        {
          name: '_count',
          value: 1, // Only get the most recent appointment
        },
      ],
    });

    const appointments = appointmentsResponse.unbundle();

    let latestAppointmentDate: string | null = null;

    if (appointments.length > 0) {
      const latestAppointment = appointments[0];
      if (latestAppointment.start) {
        // Store the ISO date string for CSV formatting
        latestAppointmentDate = latestAppointment.start;
      }
    }

    const displayDate = latestAppointmentDate
      ? new Date(latestAppointmentDate).toLocaleDateString('en-US', {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
        })
      : 'No appointments found';

    console.log(`✅ Found patient info for ${patientId}:`);
    console.log(`   Name: ${fullName}`);
    console.log(`   DOB: ${dateOfBirth}`);
    console.log(`   Latest appointment: ${displayDate}`);

    return {
      fullName,
      dateOfBirth,
      latestAppointmentDate: latestAppointmentDate, // This will be the ISO string for CSV conversion
    };
  } catch (error) {
    console.error(`❌ Error fetching patient info for ${patientId}:`, error);
    return null;
  }
}

interface InvoiceableClaim {
  claimId: string;
  encounterId: string;
  patientExternalId: string;
  patientArStatus: string;
  timestamp: string;
}

interface InvoiceableClaimsResponse {
  claims: InvoiceableClaim[];
  nextPageToken?: string;
  totalClaims: number;
  uniquePatients: number;
  statusCounts: Record<string, number>;
}

interface ItemizedInvoice {
  claimId: string;
  patientBalanceCents: number;
  claimLevelPatientPayments: {
    totalPaymentCents: number;
    items: any[]; // Could be more specific if you have examples of payment items
  };
  serviceLineItemization: Array<{
    serviceLineId: string;
    procedureCode: string;
    dateOfService: string;
    patientBalanceCents: number;
    chargeAmountCents: number;
    insuranceAdjustments: {
      totalAdjustmentCents: number;
    };
    insurancePayments: {
      totalPaymentCents: number;
    };
    nonInsuranceAdjustments: {
      totalAdjustmentCents: number;
    };
    nonInsurancePayments: {
      totalPaymentCents: number;
    };
    patientAdjustments: {
      totalAdjustmentCents: number;
    };
    patientPayments: {
      totalPaymentCents: number;
      items: any[]; // Could be more specific if you have examples of payment items
    };
    copayCents: number;
    coinsuranceCents: number;
    deductibleCents: number;
  }>;
}

async function getInvoiceDetails(candid: CandidApiClient, claimId: string): Promise<ItemizedInvoice | null> {
  try {
    console.log(`🔍 Fetching invoice details for claim: ${claimId}`);

    const invoiceResponse = await candid.patientAr.v1.itemize(CandidApi.ClaimId(claimId));

    // console.log(`\n📄 Invoice Details for Claim ${claimId}:`);
    // console.log('==========================================');
    // console.log('Full JSON Response:');
    // console.log(JSON.stringify(invoiceResponse, null, 2));
    // console.log('==========================================\n');

    // Check if response is ok and body exists
    if (invoiceResponse && invoiceResponse.ok && invoiceResponse.body) {
      return invoiceResponse.body as ItemizedInvoice;
    } else {
      console.log(`⚠️ Invalid response for claim ${claimId}:`, {
        ok: invoiceResponse?.ok,
        hasBody: !!(invoiceResponse as any)?.body,
      });
      return null;
    }
  } catch (error) {
    console.error(`❌ Error fetching invoice details for claim ${claimId}:`, error);
    return null;
  }
}

async function getInvoiceableClaims(
  candid: CandidApiClient,
  limit: number = 100,
  pageToken?: string
): Promise<InvoiceableClaimsResponse | null> {
  try {
    console.log('🔍 Fetching patient inventory from Candid...');

    let allRecords: any[] = [];
    let currentPageToken = pageToken;
    let pageCount = 0;
    let totalFetched = 0;

    // If pageToken is provided, only fetch that specific page
    // Otherwise, iterate through all pages
    do {
      pageCount++;
      console.log(
        `📄 Fetching page ${pageCount}${currentPageToken ? ` (token: ${currentPageToken.substring(0, 20)}...)` : ''}...`
      );

      const inventoryResponse = await candid.patientAr.v1.listInventory({
        limit: limit,
        pageToken: currentPageToken ? CandidApi.PageToken(currentPageToken) : undefined,
      });

      // Handle the actual response structure: { ok: boolean, body: { records: [], nextPageToken?: string } }
      if (inventoryResponse && inventoryResponse.ok && inventoryResponse.body) {
        const { records, nextPageToken } = inventoryResponse.body;

        // Filter for only invoiceable status claims
        const invoiceableRecords = records.filter((record) => record.patientArStatus === 'invoiceable');

        console.log(
          `   📄 Page ${pageCount}: Found ${records.length} total claims, ${invoiceableRecords.length} invoiceable`
        );

        // Add filtered records to our collection
        allRecords = allRecords.concat(invoiceableRecords);
        totalFetched += invoiceableRecords.length;

        // Update page token for next iteration
        currentPageToken = nextPageToken;

        // If a specific pageToken was provided, only fetch that one page
        if (pageToken) {
          break;
        }

        // If no more pages, break the loop
        if (!nextPageToken) {
          console.log(`   🏁 Reached end of pages`);
          break;
        }
      } else {
        console.log('⚠️ Unexpected response format or failed request on page', pageCount);
        console.log('Response details:', {
          ok: inventoryResponse?.ok,
          hasBody: inventoryResponse?.ok ? !!(inventoryResponse as any).body : false,
          responseType: typeof inventoryResponse,
        });
        break;
      }
    } while (currentPageToken && !pageToken); // Continue if there's a next page and no specific pageToken was requested

    console.log('\n📊 Patient Inventory Response:');
    console.log('===============================');
    console.log(`📄 Total pages fetched: ${pageCount}`);
    console.log(`📄 Total invoiceable claims found: ${totalFetched}`);

    if (allRecords.length > 0) {
      console.log(`📄 Response Status: ✅ Success`);

      if (currentPageToken) {
        console.log(`📄 Next Page Token: ${currentPageToken}`);
        console.log(`📄 More records available: Yes`);
      } else {
        console.log(`📄 More records available: No`);
      }

      // Calculate summary statistics (should all be 'invoiceable' now)
      const uniquePatients = new Set(allRecords.map((r) => r.patientExternalId));
      const statusCounts = allRecords.reduce(
        (acc, record) => {
          acc[record.patientArStatus] = (acc[record.patientArStatus] || 0) + 1;
          return acc;
        },
        {} as Record<string, number>
      );

      // Summary
      console.log(`\n📊 Summary:`);
      console.log(`   Total invoiceable claims: ${allRecords.length}`);
      console.log(`   Unique patients: ${uniquePatients.size}`);
      console.log(`   Status breakdown:`);
      Object.entries(statusCounts).forEach(([status, count]) => {
        console.log(`     ${status}: ${count}`);
      });

      return {
        claims: allRecords.map((record) => ({
          claimId: record.claimId,
          encounterId: record.encounterId,
          patientExternalId: record.patientExternalId,
          patientArStatus: record.patientArStatus,
          timestamp: record.timestamp instanceof Date ? record.timestamp.toISOString() : String(record.timestamp),
        })),
        nextPageToken: currentPageToken,
        totalClaims: allRecords.length,
        uniquePatients: uniquePatients.size,
        statusCounts: statusCounts,
      };
    } else {
      console.log('📄 No invoiceable claims found');
      return {
        claims: [],
        nextPageToken: undefined,
        totalClaims: 0,
        uniquePatients: 0,
        statusCounts: {},
      };
    }
  } catch (error) {
    console.error('❌ Error fetching invoiceable claims:', error);

    // Print more detailed error information
    if (error instanceof Error) {
      console.error('Error message:', error.message);
      console.error('Error stack:', error.stack);
    }
    throw error;
  }
}
