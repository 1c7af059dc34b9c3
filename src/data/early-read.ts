// Imported first by main.tsx, so that it runs before the rest of the app's code is evaluated.
import { startReadingStoredDataset } from './stored-dataset';

startReadingStoredDataset();
