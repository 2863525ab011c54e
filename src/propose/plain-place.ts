export { plainPlace, plainWijkName } from '../data/plain-names';
