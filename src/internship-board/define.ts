import { CarifInternshipBoard } from './internship-board.js';

export { CarifInternshipBoard };

CarifInternshipBoard.define('carif-internship-board');
