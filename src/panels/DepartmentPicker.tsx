import { useDepartments } from "./use-places";
import { COPY } from "../app/copy";
import { useAppStore } from "../store";

/** Pick a department: the map fits its bounds (union of its districts' Turf bboxes). */
export function DepartmentPicker() {
  const lang = useAppStore((s) => s.lang);
  const code = useAppStore((s) => s.departmentCode);
  const setDepartment = useAppStore((s) => s.setDepartment);
  const departments = useDepartments();
  const t = COPY[lang];
  return (
    <label className="field">
      <span>{t.department}</span>
      <select
        value={code ?? ""}
        onChange={(e) => setDepartment(e.target.value === "" ? null : e.target.value)}
        data-testid="department-select"
      >
        <option value="">{t.allDepartments}</option>
        {departments.map(([c, name]) => (
          <option key={c} value={c}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
