import type { Feature } from "../../app/feature";
import { SubjectsPanel } from "./SubjectsPanel";
import { startSubjects } from "./subjects-actions";

export const subjectsFeature: Feature = { id: "subjects", label: "Subjects", Panel: SubjectsPanel, start: startSubjects };
