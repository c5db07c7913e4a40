import React, { useState } from 'react';

import {
  Box,
  Typography,
  Paper,
  Grid,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  CircularProgress,
  Alert,
  IconButton,
  Tooltip,
  Link,
  TablePagination,
  TextField,
  FormControl,
  InputLabel,
  Select,
  MenuItem,
  SelectChangeEvent,
} from '@mui/material';
import { BarChart, Bar, XAxis, YAxis, CartesianGrid, Tooltip as RechartsTooltip, Legend, ResponsiveContainer, PieChart, Pie, Cell } from 'recharts';
import { format, startOfMonth } from 'date-fns';
import { es } from 'date-fns/locale';
import WhatsAppIcon from '@mui/icons-material/WhatsApp';
import { useGetDashboardDataQuery } from '../services/api';

// Definir colores fijos para cada tipo de servicio
const SERVICE_COLORS: { [key: string]: string } = {
  'Aceite para barba': '#0088FE',
  'Barba + Corte Promocional': '#00C49F',
  'Barba Hombre Clipper Cut': '#FFBB28',
  'Barba Promocional': '#FF8042',
  'Corte Hombre Clipper Cut': '#8884d8',
  'Corte Hombre Promocional': '#82ca9d',
  'Corte Mujer Clipper Cut': '#a4de6c',
  'Corte Mujer Promocional': '#d0ed57',
  'Corte Niño Promocional': '#ffc658',
  'Corte y Barba Hombre Clipper Cut': '#8dd1e1',
  'Diseño Cejas': '#83a6ed',
  'Minoxidil': '#8884d8',
  'Polvo Volumen': '#a4de6c',
  'Pomada 100g': '#d0ed57',
  'Pomada XL 500g': '#ffc658',
  'Ritual Barba Clipper Cut': '#000000',
};

// Colores para el gráfico de pie (barberos)
const PIE_CHART_COLORS = ['#0088FE', '#00C49F', '#FFBB28', '#FF8042', '#8884d8', '#82ca9d'];

interface SaleData {
  originalDate: string;
  date: string;
  EFECTIVO: number;
  DEBITO: number;
  CREDITO: number;
  total: number;
}

interface BarberSaleData {
  name: string;
  value: number;
}

interface ServiceData {
  originalDate: string;
  date: string;
  [key: string]: string | number;  // Allow string or number values for service counts
}

const Dashboard = () => {
  const [page, setPage] = useState(1);
  const pageSize = 5;
  // Obtener el mes actual
  const currentDate = new Date();
  const [selectedMonth, setSelectedMonth] = useState(format(currentDate, 'yyyy-MM'));

  // Generar array de meses para el selector (12 meses hacia atrás desde el mes actual)
  const months = Array.from({ length: 12 }, (_, i) => {
    const date = new Date(currentDate.getFullYear(), currentDate.getMonth() - i, 1);
    return {
      value: format(date, 'yyyy-MM'),
      label: format(date, "MMMM 'de' yyyy", { locale: es })
    };
  });

  const { 
    data: salesByDay,
    isLoading: isLoadingSalesByDay,
    error: salesByDayError
  } = useGetDashboardDataQuery(`/sales-by-day?date=${selectedMonth}-15`);

  const {
    data: salesByBarber,
    isLoading: isLoadingSalesByBarber,
    error: salesByBarberError
  } = useGetDashboardDataQuery(`/sales-by-barber?date=${selectedMonth}-15`);

  const {
    data: servicesByDate,
    isLoading: isLoadingServicesByDate,
    error: servicesByDateError
  } = useGetDashboardDataQuery(`/services-by-date?date=${selectedMonth}-15`);

  const {
    data: inactiveClientsData,
    isLoading: isLoadingInactiveClients,
    error: inactiveClientsError
  } = useGetDashboardDataQuery(`/inactive-clients?page=${page}`);

  const formatPhoneForWhatsApp = (phone: string) => {
    return phone.replace(/\D/g, '');
  };

  // Transformar datos para la gráfica de barras
  const barChartData = salesByDay ? Object.entries(salesByDay)
    .map(([date, amounts]: [string, any]): SaleData => {
      const [year, month, day] = date.split('-').map(Number);
      return {
        originalDate: date,
        date: format(new Date(year, month - 1, day), "d 'de' MMMM", { locale: es }),
        EFECTIVO: amounts.EFECTIVO || 0,
        DEBITO: amounts.DEBITO || 0,
        CREDITO: amounts.CREDITO || 0,
        total: (amounts.EFECTIVO || 0) + (amounts.DEBITO || 0) + (amounts.CREDITO || 0)
      };
    })
    .sort((a, b) => new Date(a.originalDate).getTime() - new Date(b.originalDate).getTime()) : [];

  // Transformar datos para la gráfica de pie
  const pieChartData = salesByBarber ? salesByBarber.map((barber: BarberSaleData) => ({
    name: barber.name,
    value: barber.value || 0
  })) : [];

  // Transformar datos para la gráfica de servicios
  const serviceChartData = servicesByDate ? Object.entries(servicesByDate)
    .map(([date, services]: [string, any]): ServiceData => {
      const [year, month, day] = date.split('-').map(Number);
      return {
        originalDate: date,
        date: format(new Date(year, month - 1, day), "d 'de' MMMM", { locale: es }),
        ...services
      };
    })
    .sort((a, b) => new Date(a.originalDate).getTime() - new Date(b.originalDate).getTime()) : [];

  // Obtener todos los tipos de servicios únicos y ordenarlos alfabéticamente
  const serviceTypes = serviceChartData.length > 0
    ? Object.keys(serviceChartData[0])
      .filter(key => !['originalDate', 'date'].includes(key))
      .sort((a, b) => a.localeCompare(b))
    : [];

  // Obtener el mes actual para el título
  const currentMonth = format(new Date(`${selectedMonth}-15`), "MMMM 'de' yyyy", { locale: es });

  const handlePageChange = (_: unknown, newPage: number) => {
    setPage(newPage + 1);
  };

  const handleMonthChange = (event: SelectChangeEvent<string>) => {
    setSelectedMonth(event.target.value);
  };

  return (
    <Box sx={{ 
      width: '100%',
      maxWidth: '100%',
      overflow: 'hidden',
      p: { xs: 2, sm: 3 }
    }}>
      <Box sx={{ 
        mb: 4,
        display: 'flex',
        flexDirection: { xs: 'column', sm: 'row' },
        justifyContent: 'space-between',
        alignItems: { xs: 'flex-start', sm: 'center' },
        gap: 2
      }}>
        <Typography 
          variant="h4" 
          component="h1"
          sx={{ fontSize: { xs: '1.5rem', sm: '2rem' } }}
        >
          Dashboard
        </Typography>
        <FormControl 
          variant="outlined" 
          sx={{ 
            minWidth: { xs: '100%', sm: 200 },
          }}
        >
          <InputLabel>Seleccionar Mes</InputLabel>
          <Select
            value={selectedMonth}
            onChange={handleMonthChange}
            label="Seleccionar Mes"
          >
            {months.map((month) => (
              <MenuItem key={month.value} value={month.value}>
                {month.label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Box>

      <Grid container spacing={3}>
        {/* Gráfica de Ventas Diarias */}
        <Grid item xs={12}>
          <Paper 
            sx={{ 
              p: 2,
              overflow: 'hidden',
              height: '100%',
              minHeight: 400
            }}
          >
            <Typography variant="h6" gutterBottom>
              Ventas Diarias - {selectedMonth}
            </Typography>
            {isLoadingSalesByDay ? (
              <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
                <CircularProgress />
              </Box>
            ) : salesByDayError ? (
              <Alert severity="error">Error al cargar los datos de ventas</Alert>
            ) : !barChartData || barChartData.length === 0 || barChartData.every(data => data.total === 0) ? (
              <Alert severity="info" sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
                No hay datos de ventas para el mes seleccionado
              </Alert>
            ) : (
              <Box sx={{ 
                width: '100%',
                height: 'calc(100% - 40px)',
                minHeight: 360,
                overflow: 'hidden'
              }}>
                <ResponsiveContainer>
                  <BarChart data={barChartData}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="date" />
                    <YAxis />
                    <RechartsTooltip formatter={(value: number) => `$${value.toLocaleString()}`} />
                    <Legend />
                    <Bar dataKey="EFECTIVO" stackId="a" fill="#0088FE" name="Efectivo" />
                    <Bar dataKey="DEBITO" stackId="a" fill="#00C49F" name="Débito" />
                    <Bar dataKey="CREDITO" stackId="a" fill="#FFBB28" name="Crédito" />
                  </BarChart>
                </ResponsiveContainer>
              </Box>
            )}
          </Paper>
        </Grid>

        {/* Gráfica de Servicios por Fecha */}
        <Grid item xs={12}>
          <Paper 
            sx={{ 
              p: 2,
              overflow: 'hidden',
              height: '100%',
              minHeight: 400
            }}
          >
            <Typography variant="h6" gutterBottom>
              Servicios por Fecha - {selectedMonth}
            </Typography>
            {isLoadingServicesByDate ? (
              <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
                <CircularProgress />
              </Box>
            ) : servicesByDateError ? (
              <Alert severity="error">Error al cargar los datos de servicios</Alert>
            ) : !serviceChartData || serviceChartData.length === 0 || !serviceTypes.length ? (
              <Alert severity="info" sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
                No hay datos de servicios para el mes seleccionado
              </Alert>
            ) : (
              <Box sx={{ 
                width: '100%',
                height: 'calc(100% - 40px)',
                minHeight: 360,
                overflow: 'hidden'
              }}>
                <ResponsiveContainer>
                  <BarChart data={serviceChartData}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="date" />
                    <YAxis />
                    <RechartsTooltip 
                      formatter={(value: number, name: string) => {
                        return value > 0 ? [value, name] : undefined;
                      }}
                    />
                    <Legend 
                      formatter={(value: string) => {
                        // Encontrar el valor total para este servicio
                        const total = serviceChartData.reduce((sum, data) => {
                          const val = data[value];
                          return sum + (typeof val === 'number' ? val : 0);
                        }, 0);
                        // Solo ocultar el servicio si no tiene ventas
                        return total > 0 ? value : '';
                      }}
                    />
                    {serviceTypes.map((service) => {
                      // Calcular el total de ventas para este servicio
                      const totalSales = serviceChartData.reduce((sum, data) => {
                        const val = data[service];
                        return sum + (typeof val === 'number' ? val : 0);
                      }, 0);
                      
                      // Solo renderizar la barra si hay ventas
                      return totalSales > 0 ? (
                        <Bar 
                          key={service}
                          dataKey={service}
                          stackId="a"
                          fill={SERVICE_COLORS[service] || '#000000'} // Color negro como fallback
                          name={service}
                        />
                      ) : null;
                    })}
                  </BarChart>
                </ResponsiveContainer>
              </Box>
            )}
          </Paper>
        </Grid>

        {/* Gráfica de Distribución por Barbero */}
        <Grid item xs={12} md={6}>
          <Paper sx={{ p: 2 }}>
            <Typography variant="h6" gutterBottom>Distribución por Barbero - {currentMonth}</Typography>
            {isLoadingSalesByBarber ? (
              <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
                <CircularProgress />
              </Box>
            ) : salesByBarberError ? (
              <Alert severity="error">Error al cargar los datos de barberos</Alert>
            ) : !pieChartData || pieChartData.length === 0 || pieChartData.every((data: BarberSaleData) => data.value === 0) ? (
              <Alert severity="info" sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
                No hay datos de ventas por barbero para el mes seleccionado
              </Alert>
            ) : (
              <Box sx={{ width: '100%', height: 400 }}>
                <ResponsiveContainer>
                  <PieChart>
                    <Pie
                      data={pieChartData}
                      dataKey="value"
                      nameKey="name"
                      cx="50%"
                      cy="50%"
                      outerRadius={150}
                      fill="#8884d8"
                      label={({ name, value }) => `${name}: $${(value || 0).toLocaleString()}`}
                    >
                      {pieChartData.map((entry: BarberSaleData, index: number) => (
                        <Cell key={`cell-${index}`} fill={PIE_CHART_COLORS[index % PIE_CHART_COLORS.length]} />
                      ))}
                    </Pie>
                    <RechartsTooltip formatter={(value: number) => `$${value.toLocaleString()}`} />
                    <Legend />
                  </PieChart>
                </ResponsiveContainer>
              </Box>
            )}
          </Paper>
        </Grid>

        {/* Tabla de Clientes Inactivos */}
        <Grid item xs={12} md={6}>
          <Paper sx={{ p: 2 }}>
            <Typography variant="h6" gutterBottom>Clientes sin visitas recientes (más de 15 días)</Typography>
            {isLoadingInactiveClients ? (
              <CircularProgress />
            ) : inactiveClientsError ? (
              <Alert severity="error">Error al cargar los datos de clientes inactivos</Alert>
            ) : (
              <>
                <TableContainer>
                  <Table>
                    <TableHead>
                      <TableRow>
                        <TableCell>Cliente</TableCell>
                        <TableCell>Teléfono</TableCell>
                        <TableCell>Última Visita</TableCell>
                        <TableCell>Días sin visita</TableCell>
                        <TableCell>Acciones</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {[...(inactiveClientsData?.clients || [])]
                        ?.sort((a: any, b: any) => b.daysSinceLastVisit - a.daysSinceLastVisit)
                        ?.map((client: any) => (
                        <TableRow 
                          key={client.id}
                          sx={{
                            color: client.daysSinceLastVisit >= 20 ? 'error.main' : 'inherit',
                            '& .MuiTableCell-root': {
                              color: client.daysSinceLastVisit >= 20 ? 'error.main' : 'inherit'
                            }
                          }}
                        >
                          <TableCell>{client.name}</TableCell>
                          <TableCell>{client.phone}</TableCell>
                          <TableCell>
                            {client.lastVisit
                              ? format(new Date(client.lastVisit), "d 'de' MMMM 'de' yyyy", { locale: es })
                              : 'Sin visitas'}
                          </TableCell>
                          <TableCell>{client.daysSinceLastVisit || 'N/A'}</TableCell>
                          <TableCell>
                            <Tooltip title="Enviar mensaje por WhatsApp">
                              <Link
                                href={`https://wa.me/${formatPhoneForWhatsApp(client.phone)}?text=${encodeURIComponent(`¡Hola ${client.name}! Te extrañamos en ClipperCut, agenda la cita para tu próxima visita. ¡Te esperamos!`)}`}
                                target="_blank"
                                rel="noopener noreferrer"
                              >
                                <IconButton size="small" color="success">
                                  <WhatsAppIcon />
                                </IconButton>
                              </Link>
                            </Tooltip>
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
                <Box sx={{ p: 2 }}>
                  <TablePagination
                    component="div"
                    count={inactiveClientsData?.pagination?.totalClients || 0}
                    page={page - 1}
                    onPageChange={handlePageChange}
                    rowsPerPage={pageSize}
                    rowsPerPageOptions={[5]}
                    labelRowsPerPage="Clientes por página"
                  />
                </Box>
              </>
            )}
          </Paper>
        </Grid>
      </Grid>
    </Box>
  );
};

export default Dashboard;