import { PlaceSelect } from "./PlaceSelect";
import { useDepartments } from "./use-places";
import { COPY } from "../i18n/copy";
import { useAppStore } from "../store";

/** Pick a department: the map fits its bounds (union of its districts' Turf bboxes). */
export function DepartmentPicker() {
  const lang = useAppStore((s) => s.lang);
  const code = useAppStore((s) => s.departmentCode);
  const setDepartment = useAppStore((s) => s.setDepartment);
  const departments = useDepartments();
  const t = COPY[lang];
  return (
    <PlaceSelect
      label={t.department}
      allLabel={t.allDepartments}
      value={code}
      options={departments}
      onChange={setDepartment}
      testId="department-select"
    />
  );
}
