import type { Feature } from "../../app/feature";
import { SubjectsPanel } from "./SubjectsPanel";

export const subjectsFeature: Feature = { id: "subjects", label: "Subjects", Panel: SubjectsPanel, start: () => () => undefined };
