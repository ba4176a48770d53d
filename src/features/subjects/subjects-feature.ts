import { legacyFeature } from "../../app/legacy-feature";
import { SubjectsPanel } from "./SubjectsPanel";
import { startSubjects } from "./subjects-actions";

export const subjectsFeature = legacyFeature({ id: "subjects", label: "Subjects", Panel: SubjectsPanel, start: startSubjects });
