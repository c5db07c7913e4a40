"use client";

import { Box, Chip, Typography } from "@mui/material";
import { DataGrid, GridColDef } from "@mui/x-data-grid";
import React, { ReactNode, useEffect, useState } from "react";

import type { HousingManager } from "@/types/housing-manager";
import { Client } from "@/types/schema";

import SearchBox from "../common/search-box";
import ClientActionsMenu from "./client-actions-menu";

type ClientTableProps = {
  initialClients: Client[];
  housingManagers: HousingManager[];
};

type Row = Client;

export default function ClientTable({
  initialClients,
  housingManagers,
}: ClientTableProps): ReactNode {
  const [clients, setClients] = useState(initialClients);
  const [searchQuery, setSearchQuery] = useState("");

  const getRows = (): Row[] => {
    const lowerQuery = searchQuery.toLowerCase();

    const filteredClients = clients.filter((client: Client) => {
      return (
        client.firstName.toLowerCase().includes(lowerQuery) ||
        client.lastName.toLowerCase().includes(lowerQuery) ||
        client.email.toLowerCase().includes(lowerQuery)
      );
    });

    const roleOrder = {
      resident: 1,
      graduated: 2,
      discharged: 3,
    };

    const sortedClients = filteredClients.sort((a, b) => {
      if (roleOrder[a.status] !== roleOrder[b.status]) {
        return roleOrder[a.status] - roleOrder[b.status];
      }

      return a.lastName.localeCompare(b.lastName);
    });

    return sortedClients;
  };

  const filteredRows = getRows();

  const updateClients = (updatedClient: Client): void => {
    setClients((prevClients) =>
      prevClients.map((client) =>
        client.id === updatedClient.id ? updatedClient : client,
      ),
    );
  };

  const columns: GridColDef<Row>[] = [
    {
      field: "firstName",
      headerName: "First Name",
      width: 50,
      flex: 1,
    },
    {
      field: "lastName",
      headerName: "Last Name",
      width: 50,
      flex: 1,
    },
    {
      field: "email",
      headerName: "Email",
      width: 200,
      flex: 1,
    },
    {
      field: "status",
      headerName: "Status",
      width: 150,
      flex: 1,
      renderCell: (params): React.ReactNode => {
        const status = params.value;
        return <Chip label={status} size="small" />;
      },
    },
    {
      field: "",
      headerName: "",
      width: 20,
      filterable: false,
      sortable: false,
      hideable: false,
      disableColumnMenu: true,
      renderCell: (params) => (
        <ClientActionsMenu
          client={params.row}
          housingManagers={housingManagers}
          onUpdateHousingManager={updateClients}
          onGraduate={updateClients}
          onDischarge={updateClients}
        />
      ),
    },
  ];

  const [displayDataGrid, setDisplayDataGrid] = useState(false);

  useEffect(() => {
    setTimeout(() => {
      setDisplayDataGrid(true);
    });
  }, []);

  return (
    <>
      <Box
        sx={{
          height: "75vh",
          width: "75vw",
          display: "flex",
          flexDirection: "column",
        }}
      >
        <Typography align="center" variant="h5" sx={{ mt: 2 }}>
          Client Dashboard
        </Typography>
        <Box display="flex" alignItems="center" sx={{ py: 2 }}>
          <SearchBox
            searchQuery={searchQuery}
            setSearchQuery={setSearchQuery}
          />
        </Box>

        {displayDataGrid && (
          <DataGrid
            rows={filteredRows}
            columns={columns}
            disableRowSelectionOnClick
            disableColumnSelector
            initialState={{
              pagination: {
                paginationModel: {
                  pageSize: 8,
                },
              },
            }}
          />
        )}
      </Box>
    </>
  );
}
