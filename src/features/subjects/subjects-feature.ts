import { defineFeature } from "../feature";
import { SubjectsPanel } from "./SubjectsPanel";
import { createSubjects } from "./subjects-controller";

export const subjectsFeature = defineFeature({ id: "subjects", label: "Subjects", Panel: SubjectsPanel, start: createSubjects });
