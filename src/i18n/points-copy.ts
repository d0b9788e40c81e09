/**
 * Words of the points and shapes import (issue #17): the file step, progress, the report (rows by
 * status, polygons' coverage) and the indicators it creates. Same keys in both languages (typed).
 */
const es = {
  title: "Puntos y áreas (coordenadas o GeoJSON)",
  help: "Un CSV con columnas de latitud y longitud (WGS84, coma o punto decimal) o un GeoJSON con puntos o polígonos. Cada punto se asigna a su distrito aquí, en el navegador; el archivo no sale del equipo. Primero verá un informe; nada cambia hasta que lo confirme.",
  chooseFile: "Elegir archivo de puntos o áreas",
  noBoundaries:
    "Los límites detallados de los distritos aún no han cargado; inténtelo en unos segundos.",
  failed: (m: string) => `No se pudo leer el archivo: ${m}`,
  stage: {
    read: "Leyendo el archivo…",
    assign: "Asignando puntos a distritos…",
    area: "Midiendo el área cubierta…",
  },
  progress: (done: string, total: string) => `${done} de ${total}`,
  cancel: "Cancelar",
  reportTitle: (file: string) => `Informe de puntos: ${file}`,
  fatalNotGeoJson:
    "El archivo no es un GeoJSON válido (se espera una FeatureCollection o un Feature).",
  fatalNoCoordinates: (cols: string) =>
    `No se encontraron columnas de coordenadas. Nombres aceptados: lat/latitud/y y lon/lng/longitud/x. Columnas del archivo: ${cols}.`,
  fatalEmpty: "El archivo está vacío.",
  detected: (lat: string, lon: string, name: string | null) =>
    `Coordenadas: latitud en «${lat}», longitud en «${lon}»${name ? `; nombre en «${name}»` : ""}.`,
  counts: (read: string, inside: string, border: string, outside: string, invalid: string) =>
    `${read} registros leídos · ${inside} puntos dentro de un distrito · ${border} sobre un límite · ${outside} fuera de todo distrito · ${invalid} sin coordenada válida`,
  districtsWithPoints: (n: string) => `Distritos con al menos un punto: ${n}`,
  timing: (readMs: string, assignMs: string) =>
    `Lectura: ${readMs} ms; asignación a distritos (índice + punto en polígono): ${assignMs} ms.`,
  ruleNote:
    "Regla: un punto a menos de 0,000001° (≈ 0,1 m) de un límite se lista como «sobre un límite» y se cuenta una sola vez, en el distrito de menor ubigeo que toca. Los puntos fuera del Perú, en el mar o sin coordenada no se cuentan.",
  problemsTitle: "Filas no asignadas a un solo distrito",
  rowsTitle: (shown: string, total: string) => `Todas las filas (${shown} de ${total})`,
  colRow: "Fila",
  colName: "Nombre",
  colLatLon: "Latitud, longitud",
  colStatus: "Resultado",
  colDistrict: "Distrito",
  statusInside: "dentro",
  statusBorder: "sobre un límite",
  statusOutside: "fuera de todo distrito",
  statusInvalid: "sin coordenada válida",
  countedIn: (district: string) => `contado en ${district}`,
  skipped: (row: number, code: "geometry" | "coordinates") =>
    `Elemento ${row}: ${code === "geometry" ? "geometría no admitida (solo Point, MultiPoint, Polygon, MultiPolygon)" : "coordenadas mal formadas"}`,
  polygonsTitle: (n: number) => `${n} ${n === 1 ? "polígono" : "polígonos"}`,
  polygonItem: (row: number, name: string | null, n: number) =>
    `Elemento ${row}${name ? ` (${name})` : ""}: ${n === 0 ? "no toca ningún distrito" : `toca ${n} ${n === 1 ? "distrito" : "distritos"}`}`,
  coverageTitle: "Distritos cubiertos (área cubierta por la unión de los polígonos)",
  coverageMethod:
    "Método: integración por líneas de barrido (400 por distrito, ponderadas por el coseno de la latitud) sobre la unión de los polígonos: las superposiciones se cuentan una vez. Tolerancia ≈ 1/400 del distrito por borde cruzado.",
  colShare: "Área cubierta",
  categoryLabel: "Desagregar por la columna",
  categoryNone: "(ninguna)",
  sourceLabel: "Nombre de la fuente",
  publisherLabel: "Entidad",
  dateLabel: "Fecha de los datos",
  unitLabel: "Unidad (conteo)",
  defaultUnit: "puntos",
  defaultSource: (file: string) => `Puntos importados: ${file}`,
  defaultPublisher: "usuario",
  confirm: "Aplicar indicadores",
  discard: "Descartar",
  applied: (file: string) =>
    `Importado: ${file}. Los indicadores están en el selector de capas y en la metodología (peso 0 hasta que lo cambie); deshacer en el historial.`,
  sourceNote: (date: string, rule: string) => `Fecha de los datos: ${date}. ${rule}`,
  labelCount: (file: string) => `Puntos (${file})`,
  labelPer10k: (file: string) => `Puntos por 10 000 hab. (${file})`,
  labelPerKm2: (file: string) => `Puntos por km² (${file})`,
  labelCategory: (file: string, value: string) => `Puntos: ${value} (${file})`,
  labelOthers: (file: string) => `Puntos: otras categorías (${file})`,
  labelAreaShare: (file: string) => `Área cubierta (${file})`,
  unitPer10k: "puntos por 10 000 hab.",
  unitPerKm2: "puntos por km²",
  unitAreaShare: "% del área",
  hoverCluster: (n: number) => `${n} puntos (acerque para verlos)`,
  hoverPoint: "Punto sin nombre",
  hoverArea: "Área sin nombre",
  appliedTitle: (label: string, n: number) =>
    `${label}: ${n} ${n === 1 ? "distrito" : "distritos"}`,
};

const en: typeof es = {
  title: "Points and areas (coordinates or GeoJSON)",
  help: "A CSV with latitude and longitude columns (WGS84, decimal comma or point) or a GeoJSON with points or polygons. Each point is assigned to its district here, in the browser; the file never leaves this computer. You see a report first; nothing changes until you confirm it.",
  chooseFile: "Choose a points or areas file",
  noBoundaries: "The detailed district boundaries have not loaded yet; try again in a few seconds.",
  failed: (m: string) => `The file could not be read: ${m}`,
  stage: {
    read: "Reading the file…",
    assign: "Assigning points to districts…",
    area: "Measuring the covered area…",
  },
  progress: (done: string, total: string) => `${done} of ${total}`,
  cancel: "Cancel",
  reportTitle: (file: string) => `Points report: ${file}`,
  fatalNotGeoJson: "The file is not valid GeoJSON (a FeatureCollection or a Feature is expected).",
  fatalNoCoordinates: (cols: string) =>
    `No coordinate columns were found. Accepted names: lat/latitud/y and lon/lng/longitud/x. Columns in the file: ${cols}.`,
  fatalEmpty: "The file is empty.",
  detected: (lat: string, lon: string, name: string | null) =>
    `Coordinates: latitude in “${lat}”, longitude in “${lon}”${name ? `; name in “${name}”` : ""}.`,
  counts: (read: string, inside: string, border: string, outside: string, invalid: string) =>
    `${read} records read · ${inside} points inside a district · ${border} on a border · ${outside} outside every district · ${invalid} without a valid coordinate`,
  districtsWithPoints: (n: string) => `Districts with at least one point: ${n}`,
  timing: (readMs: string, assignMs: string) =>
    `Reading: ${readMs} ms; assignment to districts (index + point in polygon): ${assignMs} ms.`,
  ruleNote:
    "Rule: a point closer than 0.000001° (≈ 0.1 m) to a boundary is listed as “on a border” and counted once, in the touched district with the lowest ubigeo. Points outside Peru, at sea or without a coordinate are not counted.",
  problemsTitle: "Rows not assigned to exactly one district",
  rowsTitle: (shown: string, total: string) => `All rows (${shown} of ${total})`,
  colRow: "Row",
  colName: "Name",
  colLatLon: "Latitude, longitude",
  colStatus: "Result",
  colDistrict: "District",
  statusInside: "inside",
  statusBorder: "on a border",
  statusOutside: "outside every district",
  statusInvalid: "no valid coordinate",
  countedIn: (district: string) => `counted in ${district}`,
  skipped: (row: number, code: "geometry" | "coordinates") =>
    `Feature ${row}: ${code === "geometry" ? "unsupported geometry (only Point, MultiPoint, Polygon, MultiPolygon)" : "malformed coordinates"}`,
  polygonsTitle: (n: number) => `${n} ${n === 1 ? "polygon" : "polygons"}`,
  polygonItem: (row: number, name: string | null, n: number) =>
    `Feature ${row}${name ? ` (${name})` : ""}: ${n === 0 ? "touches no district" : `touches ${n} ${n === 1 ? "district" : "districts"}`}`,
  coverageTitle: "Districts covered (area covered by the union of the polygons)",
  coverageMethod:
    "Method: scanline integration (400 lines per district, weighted by the cosine of latitude) over the union of the polygons: overlaps count once. Tolerance ≈ 1/400 of the district per boundary crossed.",
  colShare: "Area covered",
  categoryLabel: "Split by the column",
  categoryNone: "(none)",
  sourceLabel: "Source name",
  publisherLabel: "Publisher",
  dateLabel: "Date of the data",
  unitLabel: "Unit (count)",
  defaultUnit: "points",
  defaultSource: (file: string) => `Imported points: ${file}`,
  defaultPublisher: "user",
  confirm: "Apply indicators",
  discard: "Discard",
  applied: (file: string) =>
    `Imported: ${file}. The indicators are in the layer picker and the methodology (weight 0 until you change it); undo in the history.`,
  sourceNote: (date: string, rule: string) => `Date of the data: ${date}. ${rule}`,
  labelCount: (file: string) => `Points (${file})`,
  labelPer10k: (file: string) => `Points per 10,000 inhabitants (${file})`,
  labelPerKm2: (file: string) => `Points per km² (${file})`,
  labelCategory: (file: string, value: string) => `Points: ${value} (${file})`,
  labelOthers: (file: string) => `Points: other categories (${file})`,
  labelAreaShare: (file: string) => `Area covered (${file})`,
  unitPer10k: "points per 10,000 inh.",
  unitPerKm2: "points per km²",
  unitAreaShare: "% of area",
  hoverCluster: (n: number) => `${n} points (zoom in to see them)`,
  hoverPoint: "Unnamed point",
  hoverArea: "Unnamed area",
  appliedTitle: (label: string, n: number) =>
    `${label}: ${n} ${n === 1 ? "district" : "districts"}`,
};

export const POINTS_COPY = { es, en } as const;
