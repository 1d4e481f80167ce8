export { amountPerPopulation, crimeRate, type RateLabels } from "./rates";
export { detectionRate, type DetectionLabels } from "./detections";
export {
  costPerBandD,
  costPerFte,
  costPerHead,
  costPerOfficer,
  costPerPcso,
  costPerStaff,
  costPerUnit,
  type CostNames,
} from "./costs";
