import { CarifTrainingSearch } from './training-search.js';

CarifTrainingSearch.define('carif-training-search');

export { CarifTrainingSearch };
